#include "domain/DesiredCloudonix.h"

#include <QCoreApplication>

namespace tw {

DesiredCloudonix DesiredCloudonix::fromJson(const QJsonObject &o, QList<FieldError> *errors)
{
    FieldError::checkKeys(o,
                          {QStringLiteral("allowBorderToBorder"), QStringLiteral("redirectUnknownToBorder"),
                           QStringLiteral("cxmlUrl"), QStringLiteral("applicationName"), QStringLiteral("cxmlMethod")},
                          QStringLiteral("cloudonix"), errors);
    DesiredCloudonix c;
    for (const auto &[key, target] : {std::pair {"allowBorderToBorder", &c.allowBorderToBorder},
                                      std::pair {"redirectUnknownToBorder", &c.redirectUnknownToBorder}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isBool())
            *target = v.toBool();
        else if (!v.isUndefined())
            *errors << FieldError {
                QStringLiteral("cloudonix.") + QLatin1String(key),
                QCoreApplication::translate("tw::DesiredState", "cloudonix.%1 must be true or false.")
                    .arg(QLatin1String(key))};
    }
    c.cxmlUrl = o.value(QLatin1String("cxmlUrl")).toString().trimmed();
    c.applicationName = o.value(QLatin1String("applicationName")).toString(QStringLiteral("vapi-inbound")).trimmed();
    c.cxmlMethod = o.value(QLatin1String("cxmlMethod")).toString(QStringLiteral("POST")).toUpper();
    return c;
}

QJsonObject DesiredCloudonix::toJson() const
{
    QJsonObject o {{QStringLiteral("allowBorderToBorder"), allowBorderToBorder},
                   {QStringLiteral("redirectUnknownToBorder"), redirectUnknownToBorder}};
    if (!cxmlUrl.isEmpty()) {
        o.insert(QStringLiteral("cxmlUrl"), cxmlUrl);
        o.insert(QStringLiteral("applicationName"), applicationName);
        o.insert(QStringLiteral("cxmlMethod"), cxmlMethod);
    }
    return o;
}

} // namespace tw
