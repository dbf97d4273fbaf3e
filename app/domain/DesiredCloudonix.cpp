#include "domain/DesiredCloudonix.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tw {

DesiredCloudonix DesiredCloudonix::fromJson(const QJsonObject &o, QList<FieldError> *errors)
{
    FieldError::checkKeys(o,
                          {QStringLiteral("allowBorderToBorder"), QStringLiteral("redirectUnknownToBorder"),
                           QStringLiteral("cxmlUrl"), QStringLiteral("applicationName"), QStringLiteral("cxmlMethod"),
                           QStringLiteral("carrierTrunks")},
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
    const QJsonValue carriers = o.value(QLatin1String("carrierTrunks"));
    if (carriers.isArray()) {
        const QJsonArray list = carriers.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString field = QStringLiteral("cloudonix.carrierTrunks[%1]").arg(i);
            if (!list.at(i).isObject())
                *errors << FieldError {
                    field,
                    QCoreApplication::translate("tw::DesiredState", "%1 must be an object with name and host.")
                        .arg(field)};
            else
                c.carrierTrunks << DesiredCarrierTrunk::fromJson(list.at(i).toObject(), field, errors);
        }
    } else if (!carriers.isUndefined() && !carriers.isNull()) {
        *errors << FieldError {
            QStringLiteral("cloudonix.carrierTrunks"),
            QCoreApplication::translate("tw::DesiredState", "cloudonix.carrierTrunks must be a list of trunks.")};
    }
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
    if (!carrierTrunks.isEmpty()) {
        QJsonArray list;
        for (const DesiredCarrierTrunk &t : carrierTrunks)
            list.append(t.toJson());
        o.insert(QStringLiteral("carrierTrunks"), list);
    }
    return o;
}

} // namespace tw
