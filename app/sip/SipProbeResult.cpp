#include "sip/SipProbeResult.h"

#include <QCoreApplication>
#include <QMetaEnum>

namespace tw {

namespace {

template<typename E> QString enumKey(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}

template<typename E> E enumValue(const QString &key, E fallback)
{
    bool ok = false;
    const int v = QMetaEnum::fromType<E>().keyToValue(key.toLatin1().constData(), &ok);
    return ok ? E(v) : fallback;
}
} // namespace

QString SipProbeResult::statusText() const
{
    switch (outcome) {
    case Outcome::Answered:
        return reason.isEmpty() ? QString::number(statusCode) : QStringLiteral("%1 %2").arg(statusCode).arg(reason);
    case Outcome::NoAnswer:
        return SipProbeResult::tr("no answer");
    case Outcome::Refused:
        return SipProbeResult::tr("refused");
    case Outcome::Unreachable:
        return SipProbeResult::tr("unreachable");
    case Outcome::NotResolved:
        return SipProbeResult::tr("not in DNS");
    case Outcome::TlsFailed:
        return SipProbeResult::tr("TLS failed");
    case Outcome::BadAnswer:
        return SipProbeResult::tr("not SIP");
    case Outcome::Unusable:
        return SipProbeResult::tr("not a SIP address");
    case Outcome::Cancelled:
        return SipProbeResult::tr("cancelled");
    }
    return {};
}

QString SipProbeResult::sentence() const
{
    const QString who = address.isEmpty() || address == target.host
        ? target.label()
        : SipProbeResult::tr("%1 (%2)").arg(target.label(), address);
    const QString status = statusText();
    switch (outcome) {
    case Outcome::Answered:
        if (statusCode < 300)
            return SipProbeResult::tr("%1 answered SIP in %2 ms (%3).").arg(who).arg(roundTripMs).arg(status);
        if (statusCode == 401 || statusCode == 407)
            return SipProbeResult::tr(
                       "%1 answered SIP in %2 ms and asked for credentials (%3): it is reachable, and accepts calls "
                       "only from its trunk partners.")
                .arg(who)
                .arg(roundTripMs)
                .arg(status);
        if (statusCode == 403)
            return SipProbeResult::tr(
                       "%1 answered SIP in %2 ms but refuses this computer (%3): it is reachable; a gateway usually "
                       "accepts only its trunk partners' addresses, so this is expected.")
                .arg(who)
                .arg(roundTripMs)
                .arg(status);
        if (statusCode == 404)
            return SipProbeResult::tr(
                       "%1 answered SIP in %2 ms but does not know the address asked for (%3): check that the gateway "
                       "is the domain's inbound SIP host.")
                .arg(who)
                .arg(roundTripMs)
                .arg(status);
        if (statusCode < 500)
            return SipProbeResult::tr("%1 answered SIP in %2 ms (%3): it is reachable.")
                .arg(who)
                .arg(roundTripMs)
                .arg(status);
        if (statusCode == 503)
            return SipProbeResult::tr(
                       "%1 answered but is unavailable (%2): the SIP server is overloaded or down for maintenance; try "
                       "again in a few minutes, and if it stays so, ask Cloudonix support.")
                .arg(who, status);
        return SipProbeResult::tr(
                   "%1 answered with a server failure (%2): try again in a few minutes, and if it stays so, ask "
                   "Cloudonix support.")
            .arg(who, status);
    case Outcome::NoAnswer:
        return SipProbeResult::tr(
                   "%1 did not answer (%2): the host, port or transport may be wrong, a firewall may drop SIP, or "
                   "the server is down. Check the gateway's port and protocol, and that this network lets SIP out "
                   "(UDP or TCP 5060, TLS 5061).")
            .arg(who, sends == 1 ? SipProbeResult::tr("1 try") : SipProbeResult::tr("%1 tries").arg(sends));
    case Outcome::Refused:
        return SipProbeResult::tr(
                   "%1 refused: nothing takes SIP on that port. Check the gateway's port and protocol (UDP or TCP "
                   "5060, TLS 5061).")
            .arg(who);
    case Outcome::Unreachable:
        return SipProbeResult::tr(
                   "%1 cannot be reached from this computer: check the network connection and any firewall.")
            .arg(who);
    case Outcome::NotResolved:
        return SipProbeResult::tr(
                   "%1 has no address in DNS: check the host name for typos; the domain's inbound SIP host is on the "
                   "Cloudonix page.")
            .arg(who);
    case Outcome::TlsFailed:
        return SipProbeResult::tr(
                   "%1 failed the TLS handshake: check the port (TLS is usually 5061) and, behind a TLS-inspecting "
                   "proxy, add its CA in Settings.")
            .arg(who);
    case Outcome::BadAnswer:
        return SipProbeResult::tr(
                   "%1 answered with something that is not SIP: another service listens on that port. Check the "
                   "gateway's port.")
            .arg(who);
    case Outcome::Unusable:
        return SipProbeResult::tr(
                   "%1 cannot be asked: its host is not a valid SIP address. Check the gateway for typos.")
            .arg(who);
    case Outcome::Cancelled:
        return SipProbeResult::tr("%1 was not checked: the probe was cancelled.").arg(who);
    }
    return {};
}

QJsonObject SipProbeResult::toJson() const
{
    QJsonObject json {{QStringLiteral("host"), target.host},
                      {QStringLiteral("port"), target.port},
                      {QStringLiteral("transport"), SipTarget::name(target.transport).toLower()},
                      {QStringLiteral("address"), address},
                      {QStringLiteral("outcome"), enumKey(outcome)},
                      {QStringLiteral("passed"), passed()},
                      {QStringLiteral("sends"), sends},
                      {QStringLiteral("sentence"), sentence()},
                      {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)}};
    if (outcome == Outcome::Answered) {
        json.insert(QStringLiteral("status"), statusCode);
        json.insert(QStringLiteral("reason"), reason);
        json.insert(QStringLiteral("roundTripMs"), roundTripMs);
        if (!server.isEmpty())
            json.insert(QStringLiteral("server"), server);
    }
    if (!detail.isEmpty())
        json.insert(QStringLiteral("detail"), detail);
    return json;
}

SipProbeResult SipProbeResult::fromJson(const QJsonObject &json)
{
    SipProbeResult r;
    r.target.host = json.value(QLatin1String("host")).toString();
    r.target.port = quint16(json.value(QLatin1String("port")).toInt(5060));
    r.target.transport
        = SipTarget::fromVapi(json.value(QLatin1String("transport")).toString()).value_or(SipTarget::Transport::Udp);
    r.address = json.value(QLatin1String("address")).toString();
    r.outcome = enumValue(json.value(QLatin1String("outcome")).toString(), Outcome::NoAnswer);
    r.statusCode = json.value(QLatin1String("status")).toInt();
    r.reason = json.value(QLatin1String("reason")).toString();
    r.roundTripMs = json.value(QLatin1String("roundTripMs")).toInteger(-1);
    r.sends = json.value(QLatin1String("sends")).toInt();
    r.server = json.value(QLatin1String("server")).toString();
    r.detail = json.value(QLatin1String("detail")).toString();
    r.at = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    return r;
}

} // namespace tw
