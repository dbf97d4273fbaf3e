#include "provisioning/ApplyResult.h"

#include <QJsonArray>
#include <QMetaEnum>

namespace tw {

QString ApplyResult::message() const
{
    if (ok)
        return writes == 0 ? tr("Everything was already as wanted; nothing was changed.")
                           : tr("Done: %n change(s) made.", nullptr, writes);
    QString text;
    if (!localError.isEmpty())
        text = localError;
    else if (cancelled)
        text = tr("The apply was cancelled.");
    else if (error)
        text = tr("%1 (step: %2)").arg(error->userMessage(), failedStep);
    else
        text = tr("The apply failed at: %1.").arg(failedStep);
    if (rolledBack)
        text += QLatin1Char(' ') + tr("What this run had created was removed again.");
    else if (writes > 0)
        text += QLatin1Char(' ')
            + tr("%n change(s) made before the failure stay in place; run the apply again to finish.", nullptr, writes);
    if (!rollbackProblems.isEmpty())
        text += QLatin1Char(' ')
            + tr("Some things could not be removed: %1").arg(rollbackProblems.join(QStringLiteral("; ")));
    return text;
}

QJsonObject ApplyResult::toJson() const
{
    QJsonObject o {{QStringLiteral("ok"), ok},
                   {QStringLiteral("cancelled"), cancelled},
                   {QStringLiteral("writes"), writes},
                   {QStringLiteral("rolledBack"), rolledBack},
                   {QStringLiteral("message"), message()}};
    if (error)
        o.insert(
            QStringLiteral("error"),
            QJsonObject {{QStringLiteral("system"), error->systemName().toLower()},
                         {QStringLiteral("kind"),
                          QString::fromLatin1(QMetaEnum::fromType<ApiError::Kind>().valueToKey(int(error->kind())))},
                         {QStringLiteral("message"), error->userMessage()},
                         {QStringLiteral("details"), error->details()}});
    if (!failedStep.isEmpty())
        o.insert(QStringLiteral("failedStep"), failedStep);
    if (!localError.isEmpty())
        o.insert(QStringLiteral("localError"), localError);
    if (!rollbackProblems.isEmpty())
        o.insert(QStringLiteral("rollbackProblems"), QJsonArray::fromStringList(rollbackProblems));
    return o;
}

} // namespace tw
