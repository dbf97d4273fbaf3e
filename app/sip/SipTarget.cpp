#include "sip/SipTarget.h"

#include <QCoreApplication>

namespace tw {

std::optional<SipTarget::Transport> SipTarget::fromVapi(const QString &protocol)
{
    const QString p = protocol.trimmed().toLower();
    if (p.isEmpty() || p == QLatin1String("udp"))
        return Transport::Udp;
    if (p == QLatin1String("tcp"))
        return Transport::Tcp;
    if (p == QLatin1String("tls") || p == QLatin1String("tls/srtp"))
        return Transport::Tls;
    return std::nullopt;
}

QString SipTarget::name(Transport transport)
{
    switch (transport) {
    case Transport::Udp:
        return QStringLiteral("UDP");
    case Transport::Tcp:
        return QStringLiteral("TCP");
    case Transport::Tls:
        return QStringLiteral("TLS");
    }
    return {};
}

QString SipTarget::label() const
{
    return QCoreApplication::translate("tw::SipTarget", "%1:%2 over %3").arg(host).arg(port).arg(name(transport));
}

} // namespace tw
