#pragma once

#include "api/ApiError.h"
#include "api/CloudonixTrunk.h"
#include "api/VapiAssistant.h"
#include "api/VapiGateway.h"
#include "config/DomainRecord.h"
#include "operations/DriftFinding.h"
#include "provisioning/PlanOutcome.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace tw {

// One domain as a status view shows it: what is stored, and with a live read also each
// number's state at Vapi, the trunk's gateways, the Cloudonix settings and the drift from
// what was last applied. The CLI prints it (display, status); the dashboard will list it.
struct DomainStatus
{
    Q_DECLARE_TR_FUNCTIONS(tw::DomainStatus)

public:
    struct Number
    {
        QString number;
        QString id;
        QString assistantId;
        QString status; // "unknown" without a live read, "missing" when gone from Vapi, else Vapi's
        QString mode = QStringLiteral("trunk"); // or "sip-uri"
        QString assistantName; // with a live read, as Vapi names the assistant
    };

    QString domain;
    QString inboundSipHost;
    QString trunkId;
    QString trunkName;
    QList<VapiGateway> gateways;
    std::optional<bool> leadingPlus;
    QList<Number> numbers;
    bool applied = false; // Trunk Wizard applied an intent (drift is measured against it)
    bool live = false; // the fields below come from a live read
    bool allowBorderToBorder = false;
    bool redirectUnknownToBorder = false;
    QList<DriftFinding> drift; // what differs from the stored intent, each tied to its resource
    QStringList notes; // e.g. the trunk was found, not recorded; several trunks could be the domain's
    // A live read found no outbound trunk on the Cloudonix domain: Vapi's outbound calls have
    // nowhere to go. A flag, not a sentence: what to do differs by audience (the wizard's
    // Routing page, the desired state's key), so each front end says it in its own words.
    bool noOutboundTrunk = false;
    static QString noOutboundTrunkText();
    QStringList warnings; // any others, each a sentence
    QStringList allWarnings() const; // the sentences: the missing outbound trunk's, then the others
    QList<CloudonixTrunk> outboundTrunks; // the domain's Cloudonix trunks to carriers
    QList<VapiAssistant> assistants; // the Vapi account's, to choose from (live read only)
    // Why there is no live read: a refusal or failure of Cloudonix or Vapi, or input problems.
    std::optional<ApiError> error;
    QStringList problems;

    bool ok() const { return !error && problems.isEmpty(); }
    // `live`: a drift plan of this domain (PlanOperation::forDrift), or null for the stored view.
    static DomainStatus from(const DomainRecord &record, const PlanOutcome *live);
    // {"domain", "inboundSipHost", "trunk": {"id", "name", "gateways"[, "leadingPlus"]},
    // "numbers": [{"number", "id", "assistantId", "status"}], "cloudonix": {...} or null, "drift"}
    QJsonObject toJson() const;
};

} // namespace tw
