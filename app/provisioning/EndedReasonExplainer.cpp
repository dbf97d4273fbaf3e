#include "provisioning/EndedReasonExplainer.h"

namespace tw {

EndedReasonExplainer::Explanation EndedReasonExplainer::explain(const QString &reason)
{
    const QString r = reason.toLower();
    auto has = [&r](const char *part) { return r.contains(QLatin1String(part)); };
    if (r == QLatin1String("customer-ended-call") || r == QLatin1String("assistant-ended-call")
        || has("said-end-call-phrase") || has("exceeded-max-duration") || has("silence-timed-out"))
        return {true, tr("nobody"), tr("The call connected through the trunk and ended normally: the trunk works.")};
    if (has("customer-did-not-answer") || has("no-answer"))
        return {
            false, tr("the called party"),
            tr("The call reached the number and rang, but nobody answered: the trunk works; try again and pick up.")};
    if (has("customer-busy"))
        return {false, tr("the called party"), tr("The called number was busy: the trunk works; try again later.")};
    if (has("sip-403"))
        return {false, QStringLiteral("Cloudonix"),
                tr("Cloudonix refused the call from Vapi (SIP 403 Forbidden). Check that the trunk's outbound gateway "
                   "is the "
                   "domain's inbound SIP host and that \"Allow border-to-border calls\" is on for the domain.")};
    if (has("sip-407") || has("sip-401"))
        return {false, QStringLiteral("Cloudonix"),
                tr("Cloudonix asked Vapi to authenticate (SIP 401/407). Cloudonix should accept Vapi by the domain's "
                   "alias: "
                   "check the gateway host name, and remove any outbound authentication from the trunk.")};
    if (has("sip-404") || has("sip-484"))
        return {
            false, QStringLiteral("Cloudonix"),
            tr("Cloudonix did not know where to send the dialled number (SIP 404/484). Turn on \"Redirect unknown "
               "destination to border\" and check the outbound carrier trunk and the number format (leading plus).")};
    if (has("sip-503") || has("sip-502") || has("sip-500"))
        return {
            false, QStringLiteral("Cloudonix"),
            tr("Cloudonix or its carrier could not take the call (SIP 5xx). Check the domain's outbound carrier trunk, "
               "then try again.")};
    if (has("sip-488") || has("media"))
        return {false, tr("the network"),
                tr("The call failed on media negotiation (codecs or encryption); check the trunk's transport and the "
                   "carrier's codecs.")};
    if (has("outbound-call-failed-to-connect") || has("sip-408"))
        return {
            false, tr("the network"),
            tr("Vapi could not reach Cloudonix over SIP. Check the gateway host, port and transport, and any firewall "
               "between them.")};
    if (has("inbound-call-failed-to-connect"))
        return {
            false, QStringLiteral("Vapi"),
            tr("Vapi did not accept the call from Cloudonix. Check that Cloudonix's addresses are the trunk's inbound "
               "gateways.")};
    if (has("providerfault") || has("sip-"))
        return {false, QStringLiteral("Cloudonix"), tr("The SIP side refused the call (%1).").arg(reason)};
    if (has("vapifault") || has("pipeline-error") || has("assistant-") || has("error-vapi"))
        return {false, QStringLiteral("Vapi"),
                tr("Vapi ended the call because of a problem on its side (%1); check the assistant's configuration.")
                    .arg(reason)};
    return {false, tr("unknown"), tr("The call ended: %1.").arg(reason.isEmpty() ? tr("no reason given") : reason)};
}

} // namespace tw
