#pragma once

#include "config/DomainRecord.h"
#include "operations/DomainStatus.h"

#include <QCoreApplication>
#include <QStringList>

namespace tw {

// How trunkwizard-cli shows a domain to people: the stored view (display) and the live one
// (display --remote, status). The JSON is DomainStatus::toJson().
class CliDomainView
{
    Q_DECLARE_TR_FUNCTIONS(tw::CliDomainView)

public:
    static QStringList remoteText(const DomainStatus &status);
    static QStringList localText(const DomainRecord &record);
};

} // namespace tw
