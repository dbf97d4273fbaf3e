#include "provisioning/EndedReasonExplainer.h"

#include <QRegularExpression>

namespace tw {

namespace {

QString nobody()
{
    return EndedReasonExplainer::tr("nobody");
}
QString vapi()
{
    return QStringLiteral("Vapi");
}
QString cloudonix()
{
    return QStringLiteral("Cloudonix");
}
QString trunkSettings()
{
    return EndedReasonExplainer::tr("the trunk settings");
}
QString carrier()
{
    return EndedReasonExplainer::tr("the carrier");
}
QString calledParty()
{
    return EndedReasonExplainer::tr("the called party");
}
QString assistant()
{
    return EndedReasonExplainer::tr("the assistant");
}

EndedReasonExplainer::Explanation say(bool connected, const QString &side, const QString &what, const QString &next)
{
    return {connected, side, next.isEmpty() ? what : what + QLatin1Char(' ') + next};
}

// The SIP responses a trunk meets, as an admin would act on them.
EndedReasonExplainer::Explanation fromSip(int code, const QString &reason)
{
    switch (code) {
    case 401:
    case 407:
        return say(false, cloudonix(),
                   EndedReasonExplainer::tr("Cloudonix asked Vapi to authenticate (SIP %1).").arg(code),
                   EndedReasonExplainer::tr(
                       "Cloudonix should accept Vapi by the domain's alias: check the gateway host name, and remove "
                       "any outbound authentication from the trunk."));
    case 403:
        return say(false, cloudonix(),
                   EndedReasonExplainer::tr("Cloudonix refused the call from Vapi (SIP 403 Forbidden)."),
                   EndedReasonExplainer::tr(
                       "Check that the trunk's outbound gateway is the domain's inbound SIP host and that \"Allow "
                       "border-to-border calls\" is on for the domain."));
    case 404:
    case 484:
        return say(
            false, cloudonix(),
            EndedReasonExplainer::tr("Cloudonix did not know where to send the dialled number (SIP %1).").arg(code),
            EndedReasonExplainer::tr(
                "Turn on \"Redirect unknown destination to border\", and check the outbound carrier trunk "
                "and the number format (leading plus)."));
    case 408:
        return say(false, trunkSettings(),
                   EndedReasonExplainer::tr("Vapi had no answer from Cloudonix over SIP (SIP 408)."),
                   EndedReasonExplainer::tr(
                       "Check the gateway host, port and transport, and any firewall between Vapi and Cloudonix; "
                       "the SIP probe shows whether the gateway answers."));
    case 480:
        return say(
            false, carrier(), EndedReasonExplainer::tr("The called number was not reachable just now (SIP 480)."),
            EndedReasonExplainer::tr("The trunk works as far as the carrier; try again, or call another number."));
    case 486:
    case 600:
        return say(false, calledParty(), EndedReasonExplainer::tr("The called number was busy (SIP %1).").arg(code),
                   EndedReasonExplainer::tr("The trunk works; try again later."));
    case 487:
        return say(false, calledParty(),
                   EndedReasonExplainer::tr("The call was cancelled before it was answered (SIP 487)."),
                   EndedReasonExplainer::tr("The trunk works; place the call again and pick up."));
    case 488:
    case 606:
        return say(
            false, carrier(),
            EndedReasonExplainer::tr("The call failed on media negotiation (SIP %1: codecs or encryption).").arg(code),
            EndedReasonExplainer::tr("Check the trunk's transport and the carrier's codecs."));
    case 603:
        return say(false, calledParty(), EndedReasonExplainer::tr("The called party declined the call (SIP 603)."),
                   EndedReasonExplainer::tr("The trunk works; call a phone that will answer."));
    default:
        break;
    }
    if (code >= 500)
        return say(false, carrier(),
                   EndedReasonExplainer::tr("Cloudonix or its carrier could not take the call (SIP %1).").arg(code),
                   EndedReasonExplainer::tr("Check the domain's outbound carrier trunk, then try again."));
    return say(false, cloudonix(),
               EndedReasonExplainer::tr("The SIP side refused the call (SIP %1: %2).").arg(code).arg(reason),
               EndedReasonExplainer::tr("Check the domain's settings and its carrier trunk in the Cloudonix console."));
}

} // namespace

int EndedReasonExplainer::sipCode(const QString &endedReason)
{
    static const QRegularExpression code(QStringLiteral("sip-([1-6]\\d\\d)(?:-|$)"));
    const QRegularExpressionMatch m = code.match(endedReason.toLower());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

EndedReasonExplainer::Explanation EndedReasonExplainer::explain(const QString &endedReason)
{
    const QString r = endedReason.trimmed().toLower();
    auto is = [&r](const char *value) { return r == QLatin1String(value); };
    auto starts = [&r](const char *prefix) { return r.startsWith(QLatin1String(prefix)); };
    auto has = [&r](const char *part) { return r.contains(QLatin1String(part)); };

    if (r.isEmpty())
        return say(false, vapi(), tr("Vapi ended the call without giving a reason."),
                   tr("Open the call in Vapi's call log for its details."));

    // Endings where the call went through: the trunk works.
    if (starts("customer-ended-call") || starts("assistant-ended-call") || is("assistant-said-end-call-phrase")
        || is("exceeded-max-duration") || is("silence-timed-out") || is("assistant-forwarded-call") || is("voicemail")
        || is("call.in-progress.sip-completed-call") || is("call.in-progress.twilio-completed-call")
        || is("vonage-completed") || starts("call.ending.hook-executed") || starts("call.ringing.hook-executed"))
        return say(true, nobody(), tr("The call connected through the trunk and ended normally: the trunk works."), {});

    // The called party, not the trunk.
    if (is("customer-did-not-answer") || is("call.forwarding.no-answer"))
        return say(false, calledParty(), tr("The call reached the number and rang, but nobody answered."),
                   tr("The trunk works; try again and pick up."));
    if (is("customer-busy") || is("call.forwarding.operator-busy"))
        return say(false, calledParty(), tr("The called number was busy."), tr("The trunk works; try again later."));
    if (is("call.ringing.sip-inbound-caller-hungup-before-call-connect"))
        return say(false, calledParty(), tr("The caller hung up before the assistant answered."),
                   tr("The trunk works; call again and wait for the assistant."));
    if (is("twilio-reported-customer-misdialed"))
        return say(false, calledParty(), tr("The number dialled does not exist, as the phone network reports."),
                   tr("Check the number you called."));
    if (is("customer-did-not-give-microphone-permission"))
        return say(false, calledParty(), tr("The web caller did not allow the microphone."),
                   tr("This is a web call, not a call through the trunk; allow the microphone and try again."));
    if (is("manually-canceled") || is("scheduled-call-deleted") || is("call-deleted"))
        return say(false, nobody(), tr("The call was cancelled or deleted before it ended by itself."),
                   tr("Place the call again if you still need it."));

    // SIP inside the reason: read the code.
    if (const int code = sipCode(r); code > 0)
        return fromSip(code, endedReason);
    if (has("inbound-call-failed-to-connect"))
        return say(false, trunkSettings(), tr("Vapi did not accept the call that Cloudonix sent it."),
                   tr("Check that Cloudonix's addresses are the trunk's inbound gateways, and that the number is on "
                      "the trunk in Vapi."));
    if (has("outbound-call-failed-to-connect") || has("transport-never-connected"))
        return say(false, trunkSettings(), tr("Vapi could not reach Cloudonix over SIP."),
                   tr("Check the gateway host, port and transport, and any firewall between them; the SIP probe "
                      "shows whether the gateway answers."));
    if (is("call.in-progress.error-assistant-did-not-receive-customer-audio"))
        return say(false, trunkSettings(), tr("The call connected, but no sound reached the assistant."),
                   tr("Check that media (RTP) can flow between Cloudonix and Vapi: firewalls and NAT, and the "
                      "codecs of the carrier."));

    // Before the call started: what Vapi refused.
    if (is("call.start.error-get-transport"))
        return say(false, trunkSettings(),
                   tr("Vapi cannot call out from this number: a Vapi SIP URI number only receives calls."),
                   tr("Place the call from a number on the trunk."));
    if (is("call.start.error-get-phone-number"))
        return say(false, vapi(), tr("Vapi could not find the number the call was to come from."),
                   tr("Run Sync for the domain, and call from a number the dashboard shows as active."));
    if (is("call.start.error-get-customer") || is("call.start.error-get-resources-validation"))
        return say(false, vapi(), tr("Vapi refused the call's details (the number called or its format)."),
                   tr("Call a number in international form, starting with +."));
    if (starts("call.start.error-subscription") || is("call.start.error-fraud-check-failed"))
        return say(false, vapi(), tr("Vapi refused to start the call because of the Vapi account (%1).").arg(r),
                   tr("Check the account's credits, subscription and limits in the Vapi dashboard."));
    if (starts("call.start.error-vapi-number"))
        return say(false, vapi(), tr("Vapi refused to start the call: a limit of Vapi's own numbers (%1).").arg(r),
                   tr("Call from a number on the Cloudonix trunk instead."));
    if (starts("assistant-not-") || starts("assistant-request-") || is("call.start.error-get-assistant")
        || is("call-start-error-neither-assistant-nor-server-set") || starts("call.start.assistant-version")
        || starts("call.start.error-enterprise-feature"))
        return say(false, assistant(), tr("Vapi could not use the assistant for this call (%1).").arg(r),
                   tr("Check that the assistant exists and is set up completely in the Vapi dashboard."));
    if (is("assistant-join-timed-out") || is("assistant-error"))
        return say(false, assistant(), tr("The assistant did not join the call (%1).").arg(r),
                   tr("Check the assistant's model, voice and transcriber in the Vapi dashboard, then try again."));
    if (starts("call.start."))
        return say(false, vapi(), tr("Vapi could not start the call (%1).").arg(r),
                   tr("Try again; if it happens again, see Vapi's status page and call log."));

    // During the call: the assistant's providers, Vapi itself, or a transfer.
    if (has("transfer-failed") || has("warm-transfer"))
        return say(false, assistant(), tr("The assistant's transfer did not complete (%1).").arg(r),
                   tr("Check the transfer destination set in the assistant."));
    if (starts("call.in-progress.error-configfault") || starts("call.in-progress.error-pipeline"))
        return say(false, assistant(), tr("The assistant's configuration stopped the call (%1).").arg(r),
                   tr("Check the assistant's model and transport settings in the Vapi dashboard."));
    if (starts("call.in-progress.error-vapifault") || is("worker-shutdown") || is("db-error") || is("database-error")
        || is("no-server-available") || is("license-check-failed") || is("unknown-error") || has("vapifault"))
        return say(false, vapi(), tr("The call failed inside Vapi (%1), not on the trunk.").arg(r),
                   tr("Try again; if it keeps happening, see Vapi's status page."));
    if (starts("call.in-progress.error-providerfault") || starts("pipeline-error")) {
        const bool key = has("401") || has("unauthorized") || has("invalid-api-key") || has("403");
        const bool quota = has("429") || has("quota") || has("rate-limit") || has("credits");
        return say(false, assistant(),
                   tr("A provider the assistant uses (its model, voice or transcriber) failed (%1).").arg(r),
                   key         ? tr("Check that provider's API key in the Vapi dashboard.")
                       : quota ? tr("That provider's quota or rate limit was reached: check its plan, then try again.")
                               : tr("Try again, or choose another provider for the assistant."));
    }

    // Calls that went through another phone provider than this trunk.
    if (starts("twilio-") || starts("vonage-") || starts("phone-call-provider"))
        return say(false, carrier(), tr("The call went through another phone provider, which ended it (%1).").arg(r),
                   tr("Test calls for this trunk go from a number on the Cloudonix trunk; call from one of those."));

    // A value this version does not know yet, by its family.
    if (starts("customer-"))
        return say(false, calledParty(), tr("The called party ended or refused the call (%1).").arg(r),
                   tr("The trunk probably works; call again and answer."));
    if (starts("assistant-"))
        return say(false, assistant(), tr("The assistant ended the call (%1).").arg(r),
                   tr("Check the assistant's configuration in the Vapi dashboard."));
    if (starts("call.ringing."))
        return say(false, trunkSettings(), tr("The call ended while ringing (%1).").arg(r),
                   tr("Check the trunk's gateways; the SIP probe shows whether the gateway answers."));
    return say(false, vapi(), tr("Vapi ended the call with a reason Trunk Wizard does not know yet (%1).").arg(r),
               tr("Open the call in Vapi's call log for its details."));
}

} // namespace tw
