#include "operations/DoctorReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tw {

QString DoctorReport::message() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("tw::DoctorReport", text); };
    if (!inputError.isEmpty())
        return inputError;
    if (error)
        return error->userMessage();
    if (cancelled)
        return tr("The check was cancelled.");
    if (findings.isEmpty())
        return tr("No problem found: the trunk, the numbers, the Cloudonix settings and the gateways look right.");
    return findings.size() == 1 ? tr("1 problem found.") : tr("%1 problems found.").arg(findings.size());
}

QJsonObject DoctorReport::toJson() const
{
    QJsonArray list;
    for (const DoctorFinding &f : findings)
        list.append(f.toJson());
    QJsonObject json {{QStringLiteral("domain"), domain},
                      {QStringLiteral("clean"), clean()},
                      {QStringLiteral("message"), message()},
                      {QStringLiteral("findings"), list}};
    if (!probe.results.isEmpty())
        json.insert(QStringLiteral("probe"), probe.toJson());
    return json;
}

} // namespace tw
