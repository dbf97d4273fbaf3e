#include "provisioning/TestCallResult.h"

#include <QCoreApplication>

namespace tw {

QString TestCallResult::message() const
{
    if (!inputError.isEmpty())
        return inputError;
    if (error)
        return error->userMessage();
    if (!ended)
        return QCoreApplication::translate("tw::TestCallResult",
                                           "The test call %1 had not ended when the wait ran out (last status: %2).")
            .arg(call.id, call.status);
    return explanation.text;
}

QJsonObject TestCallResult::toJson() const
{
    QJsonObject o {{QStringLiteral("callId"), call.id},
                   {QStringLiteral("status"), call.status},
                   {QStringLiteral("ended"), ended},
                   {QStringLiteral("connected"), connected()},
                   {QStringLiteral("message"), message()}};
    if (!call.endedReason.isEmpty())
        o.insert(QStringLiteral("endedReason"), call.endedReason);
    if (ended)
        o.insert(QStringLiteral("side"), explanation.side);
    return o;
}

} // namespace tw
