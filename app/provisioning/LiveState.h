#pragma once

#include "api/CloudonixApplication.h"
#include "api/CloudonixDnid.h"
#include "api/CloudonixDomain.h"
#include "api/CloudonixTrunk.h"
#include "api/VapiAssistant.h"
#include "api/VapiCredential.h"
#include "api/VapiPhoneNumber.h"

#include <QList>

#include <optional>

namespace tw {

// What Cloudonix and Vapi hold right now for one domain: the planner's other input.
struct LiveState
{
    CloudonixDomain domain;
    std::optional<CloudonixApplication> application; // the one named in the desired state, if it exists
    QList<CloudonixDnid> dnids;
    QList<CloudonixTrunk> cloudonixTrunks; // the domain's voice trunks (the carrier ones are outbound)
    QList<VapiCredential> trunks; // byo-sip-trunk credentials of the organisation
    QList<VapiPhoneNumber> numbers;
    QList<VapiAssistant> assistants;

    const VapiCredential *trunkById(const QString &id) const;
    const VapiAssistant *assistantById(const QString &id) const;
    // An assistant as people know it (VapiAssistant::labelAmong); the id when Vapi does not list it.
    QString assistantLabel(const QString &id) const;
};

} // namespace tw
