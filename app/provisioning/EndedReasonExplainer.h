#pragma once

#include <QCoreApplication>
#include <QString>

namespace tw {

// Turns Vapi's endedReason into words an admin can act on, naming the side that refused.
class EndedReasonExplainer
{
    Q_DECLARE_TR_FUNCTIONS(EndedReasonExplainer)

public:
    struct Explanation
    {
        bool connected = false; // the call went through: the trunk works
        QString side; // "Cloudonix", "Vapi", "the called party", "the network"
        QString text; // one or two sentences
    };

    static Explanation explain(const QString &endedReason);
};

} // namespace tw
