#pragma once

#include "sip/SipProbeResult.h"
#include "sip/SipTimers.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

namespace tw {

class HostResolver;
class SipOptionsTransaction;

// Sends SIP OPTIONS to every gateway of a trunk at once: host names are looked up first and
// each address (up to four) is asked on its own, since one dead address of a name is what
// makes calls fail at random. Results come one by one as they finish (resultReady) and all
// together, in the gateways' order, at the end (finished). Never blocks; cancel() ends it.
class SipProbe : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        SipTimers timers;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QString userAgent;
        // The sandbox: every request goes to this loopback SIP port, still naming the gateway.
        QHostAddress redirect;
        quint16 redirectPort = 0;
        // With a redirect: look names up first (the in-process sandbox answers them), or send
        // without a lookup (a sandbox process, whose names exist nowhere).
        bool resolveNames = true;
        int maxAddresses = 4;
    };

    SipProbe(HostResolver *resolver, Options options, QObject *parent = nullptr);

    void start(const QList<SipTarget> &targets);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void resultReady(const tw::SipProbeResult &result);
    void finished(const QList<tw::SipProbeResult> &results);

private:
    void resolved(int index, const QStringList &addresses, const QString &error);
    void ask(int index, int slot, const QString &address);
    void settle(int index, int slot, const SipProbeResult &result);
    void finishIfDone();

    HostResolver *m_resolver;
    Options m_options;
    QList<SipTarget> m_targets;
    QList<QList<SipProbeResult>> m_results; // per gateway, per address
    QList<bool> m_looked; // per gateway: its lookup came back
    QList<QPointer<SipOptionsTransaction>> m_transactions;
    int m_lookups = 0; // not back yet
    int m_asking = 0; // transactions not finished yet
    bool m_running = false;
};

} // namespace tw
