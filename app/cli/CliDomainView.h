#pragma once

#include "config/DomainRecord.h"
#include "operations/DomainStatus.h"

#include <QStringList>

namespace tw {

// How trunkwizard-cli shows a domain to people: the stored view (display) and the live one
// (display --remote, status). The JSON is DomainStatus::toJson().
class CliDomainView
{
public:
    static QStringList remoteText(const DomainStatus &status);
    static QStringList localText(const DomainRecord &record);
};

} // namespace tw
