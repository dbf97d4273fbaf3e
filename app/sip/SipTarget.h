#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace tw {

// One gateway to probe, as the trunk names it: the host (a name or an IPv4 address), its
// port and the transport Vapi uses to reach it ("outboundProtocol").
struct SipTarget
{
    Q_GADGET

public:
    enum class Transport { Udp, Tcp, Tls };
    Q_ENUM(Transport)

    QString host;
    quint16 port = 5060;
    Transport transport = Transport::Udp;

    // Vapi's "udp", "tcp", "tls" and "tls/srtp" (signalling over TLS); empty means udp.
    static std::optional<Transport> fromVapi(const QString &protocol);
    static QString name(Transport transport); // "UDP", "TCP", "TLS"
    QString label() const; // "host:5060 over UDP"
    bool operator==(const SipTarget &other) const
    {
        return host == other.host && port == other.port && transport == other.transport;
    }
};

} // namespace tw

Q_DECLARE_METATYPE(tw::SipTarget)
