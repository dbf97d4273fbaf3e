#include "domain/VapiLimits.h"

#include "domain/Excerpt.h"

namespace tw {

QString VapiLimits::checkName(const QString &name, bool required)
{
    if (name.trimmed().isEmpty())
        return required ? tr("The name is empty; Vapi needs 1 to %1 characters.").arg(MaxNameLength) : QString();
    if (Excerpt::hasControlCharacter(name))
        return tr("The name \"%1\" contains a control character; names are plain text.").arg(Excerpt::of(name));
    if (name.size() > MaxNameLength)
        return tr("The name \"%1\" has %2 characters; Vapi allows at most %3.")
            .arg(Excerpt::of(name))
            .arg(name.size())
            .arg(MaxNameLength);
    return {};
}

QString VapiLimits::checkNetmask(int netmask)
{
    if (netmask < MinNetmask || netmask > MaxNetmask)
        return tr("The netmask /%1 is outside what Vapi accepts (/%2 to /%3).")
            .arg(netmask)
            .arg(MinNetmask)
            .arg(MaxNetmask);
    return {};
}

QString VapiLimits::checkPort(int port)
{
    if (port < MinPort || port > MaxPort)
        return tr("The port %1 is outside %2 to %3.").arg(port).arg(MinPort).arg(MaxPort);
    return {};
}

QString VapiLimits::fitName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.size() <= MaxNameLength)
        return trimmed;
    QString cut = trimmed.left(MaxNameLength - 1);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > MaxNameLength / 2)
        cut.truncate(space);
    return cut.trimmed() + QChar(0x2026); // ellipsis, one character
}

} // namespace tw
