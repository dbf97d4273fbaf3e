#pragma once

#include "config/DomainRecord.h"
#include "provisioning/PlanOutcome.h"

#include <QJsonObject>
#include <QStringList>

namespace tw {

// How trunkwizard-cli shows a domain: the JSON of display --json and status --json, and the
// lines people read.
class CliDomainView
{
public:
    // {"domain", "inboundSipHost", "trunk": {"id", "name", "gateways"}, "numbers": [{"number",
    // "id", "assistantId", "status"}], "cloudonix": {...}, "drift": [...]}. Without live state:
    // what is stored (status "unknown", cloudonix null, no drift).
    static QJsonObject toJson(const DomainRecord &record, const PlanOutcome *live);
    static QStringList remoteText(const QJsonObject &json); // from toJson() with live state
    static QStringList localText(const DomainRecord &record);
};

} // namespace tw
