#pragma once

#include <QCoreApplication>
#include <QString>

namespace tw {

// Turns Vapi's endedReason into words an admin can act on: what happened, the side at fault
// and the next step. Every documented value (tests/fixtures/vapi-ended-reasons.txt) has its
// rule, SIP codes inside a reason are read from it, and an unknown future value falls back to
// its family's sentence (call.start.*, pipeline-error-*, …): no ending is left to "unknown".
class EndedReasonExplainer
{
    Q_DECLARE_TR_FUNCTIONS(tw::EndedReasonExplainer)

public:
    struct Explanation
    {
        bool connected = false; // the call went through: the trunk works
        // "nobody", "Vapi", "Cloudonix", "the trunk settings", "the carrier", "the called party",
        // "the assistant"
        QString side;
        QString text; // what happened, then the next step
    };

    static Explanation explain(const QString &endedReason);
    // The SIP response code inside a reason ("…-outbound-sip-480-temporarily-unavailable"), or 0.
    static int sipCode(const QString &endedReason);
};

} // namespace tw
