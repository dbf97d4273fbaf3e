#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace tw {

// One address for a Vapi SIP trunk gateway, as an admin writes it: an IPv4 address, an IPv4
// network in CIDR form ("203.0.113.0/24") or a host name ("abc.sip.cloudonix.net").
class GatewayAddress
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(tw::GatewayAddress)

public:
    enum class Kind { Invalid, Ipv4, HostName };
    Q_ENUM(Kind)

    static GatewayAddress parse(const QString &text);
    // Why an IPv4 address can never be a gateway (unspecified, loopback, multicast, reserved,
    // broadcast); empty when it can.
    static QString unusableIpv4(const QString &address);
    static bool isHostName(const QString &text);
    static bool isIpv4(const QString &text);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    QString host() const { return m_host; } // address or name, no mask
    int netmask() const { return m_netmask; } // 32 unless given; host names always 32
    QString error() const { return m_error; } // why it is invalid
    QString toString() const; // "1.2.3.4/24", "1.2.3.4", "host.example"

private:
    Kind m_kind = Kind::Invalid;
    QString m_host;
    int m_netmask = 32;
    QString m_error;
};

} // namespace tw
