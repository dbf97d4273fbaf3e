#include "domain/DesiredNumber.h"

#include "domain/Excerpt.h"

#include <QCoreApplication>
#include <QStringList>

namespace tw {

DesiredNumber DesiredNumber::fromJson(const QJsonObject &o, const QString &path, QList<FieldError> *errors)
{
    FieldError::checkKeys(
        o, {QStringLiteral("number"), QStringLiteral("assistant"), QStringLiteral("mode"), QStringLiteral("name")},
        path, errors);
    DesiredNumber n;
    n.number = o.value(QLatin1String("number")).toString().trimmed();
    n.assistant = o.value(QLatin1String("assistant")).toString().trimmed();
    n.name = o.value(QLatin1String("name")).toString();
    const QString mode = o.value(QLatin1String("mode")).toString(QStringLiteral("trunk"));
    if (mode == QLatin1String("sip-uri"))
        n.mode = Mode::SipUri;
    else if (mode != QLatin1String("trunk"))
        *errors << FieldError {
            path + QStringLiteral(".mode"),
            QCoreApplication::translate("tw::DesiredState", "%1.mode must be \"trunk\" or \"sip-uri\", not \"%2\".")
                .arg(path, Excerpt::of(mode))};
    return n;
}

QString DesiredNumber::modeName(Mode mode)
{
    return mode == Mode::SipUri ? QStringLiteral("sip-uri") : QStringLiteral("trunk");
}

QJsonObject DesiredNumber::toJson() const
{
    QJsonObject o {{QStringLiteral("number"), number}, {QStringLiteral("mode"), modeName(mode)}};
    if (!assistant.isEmpty())
        o.insert(QStringLiteral("assistant"), assistant);
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    return o;
}

} // namespace tw
