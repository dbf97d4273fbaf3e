#pragma once

#include "api/VapiAssistant.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tw {

// The one rule for naming an assistant, for plans and test calls alike: its id, or a name
// (trimmed, in any case) that matches exactly one assistant of the organisation.
class AssistantResolver
{
    Q_DECLARE_TR_FUNCTIONS(tw::AssistantResolver)

public:
    struct Result
    {
        QString id; // empty when not resolved
        QString error; // one sentence for the admin, empty when resolved
        bool ok() const { return error.isEmpty(); }
    };

    // `forWhat` names what needs the assistant ("+12127771000"), for the error sentence.
    static Result resolve(const QString &idOrName, const QList<VapiAssistant> &assistants, const QString &forWhat = {});
};

} // namespace tw
