#include "domain/GatewayAddress.h"

#include "domain/Excerpt.h"
#include "domain/VapiLimits.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

namespace tw {

bool GatewayAddress::isIpv4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.startsWith(QLatin1Char('0'))))
            return false;
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
        for (const QChar c : part)
            if (!c.isDigit())
                return false;
    }
    return true;
}

bool GatewayAddress::isHostName(const QString &text)
{
    // RFC 1123 host name; SIP gateways need a fully qualified name, so at least one dot,
    // and a top-level label that is not all digits (that would be a broken IPv4 address).
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    QString name = text;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &l : labels)
        if (!label.match(l).hasMatch())
            return false;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return !digits.match(labels.last()).hasMatch();
}

QString GatewayAddress::unusableIpv4(const QString &address)
{
    const quint32 ip = QHostAddress(address).toIPv4Address();
    const quint32 first = ip >> 24;
    if (first == 0)
        return tr("the unspecified address (0.0.0.0/8)");
    if (first == 127)
        return tr("a loopback address, this computer's own (127.0.0.0/8)");
    if (first >= 224 && first < 240)
        return tr("a multicast address (224.0.0.0/4)");
    if (first >= 240)
        return ip == 0xFFFFFFFFu ? tr("the broadcast address") : tr("a reserved address (240.0.0.0/4)");
    return {};
}

GatewayAddress GatewayAddress::parse(const QString &text)
{
    GatewayAddress result;
    const QString input = text.trimmed();
    if (input.isEmpty()) {
        result.m_error = tr("The gateway address is empty.");
        return result;
    }
    if (QHostAddress(input.section(QLatin1Char('/'), 0, 0)).protocol() == QAbstractSocket::IPv6Protocol) {
        result.m_error
            = tr("\"%1\" is an IPv6 address; Vapi gateways take IPv4 addresses or host names.").arg(Excerpt::of(input));
        return result;
    }
    if (input.contains(QLatin1Char(':')) || input.contains(QLatin1Char('@'))) {
        result.m_error = tr("\"%1\" is not a plain address; enter only the host name or IPv4 address, without "
                            "\"sip:\" or \"https://\", user or port.")
                             .arg(Excerpt::of(input));
        return result;
    }

    const qsizetype slash = input.indexOf(QLatin1Char('/'));
    const QString host = slash < 0 ? input : input.left(slash);
    if (isIpv4(host)) {
        int mask = 32;
        if (slash >= 0) {
            bool ok = false;
            mask = input.mid(slash + 1).toInt(&ok);
            if (!ok) {
                result.m_error = tr("\"%1\" has an unreadable network size after the \"/\".").arg(Excerpt::of(input));
                return result;
            }
            if (const QString error = VapiLimits::checkNetmask(mask); !error.isEmpty()) {
                result.m_error = error;
                return result;
            }
        }
        if (const QString why = unusableIpv4(host); !why.isEmpty()) {
            result.m_error = tr("%1 is %2, so Vapi can never reach it or be called from it; enter the address "
                                "Cloudonix gives for the domain.")
                                 .arg(host, why);
            return result;
        }
        result.m_kind = Kind::Ipv4;
        result.m_host = host;
        result.m_netmask = mask;
        return result;
    }
    if (slash >= 0) {
        result.m_error
            = tr("\"%1\" is not an IPv4 network; a \"/\" only follows an IPv4 address.").arg(Excerpt::of(input));
        return result;
    }
    if (isHostName(host)) {
        result.m_kind = Kind::HostName;
        result.m_host = host.endsWith(QLatin1Char('.')) ? host.chopped(1).toLower() : host.toLower();
        return result;
    }
    result.m_error = tr("\"%1\" is neither an IPv4 address nor a host name.").arg(Excerpt::of(input));
    return result;
}

QString GatewayAddress::toString() const
{
    if (m_kind == Kind::Ipv4 && m_netmask != 32)
        return m_host + QLatin1Char('/') + QString::number(m_netmask);
    return m_host;
}

} // namespace tw
