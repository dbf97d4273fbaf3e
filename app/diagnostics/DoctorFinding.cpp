#include "diagnostics/DoctorFinding.h"

#include <QMetaEnum>
#include <QRegularExpression>

namespace tw {

QString DoctorFinding::codeName() const
{
    // NoInboundGateway -> no-inbound-gateway
    static const QRegularExpression hump(QStringLiteral("(?<=[a-z])(?=[A-Z])"));
    return QString::fromLatin1(QMetaEnum::fromType<Code>().valueToKey(int(code)))
        .replace(hump, QStringLiteral("-"))
        .toLower();
}

QJsonObject DoctorFinding::toJson() const
{
    return {
        {QStringLiteral("code"), codeName()},
        {QStringLiteral("severity"), severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("text"), text}};
}

} // namespace tw
