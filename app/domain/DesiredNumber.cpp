#include "domain/DesiredNumber.h"

#include <QCoreApplication>
#include <QStringList>

namespace tw {

DesiredNumber DesiredNumber::fromJson(const QJsonObject &o, QStringList *errors)
{
    DesiredNumber n;
    n.number = o.value(QLatin1String("number")).toString().trimmed();
    n.assistant = o.value(QLatin1String("assistant")).toString().trimmed();
    n.name = o.value(QLatin1String("name")).toString();
    const QString mode = o.value(QLatin1String("mode")).toString(QStringLiteral("trunk"));
    if (mode == QLatin1String("sip-uri"))
        n.mode = Mode::SipUri;
    else if (mode != QLatin1String("trunk"))
        *errors << QCoreApplication::translate("tw::DesiredState",
                                               "numbers: mode must be \"trunk\" or \"sip-uri\", not \"%1\".")
                       .arg(mode);
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
