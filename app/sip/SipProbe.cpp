#include "sip/SipProbe.h"

#include "provisioning/HostResolver.h"
#include "sip/SipOptionsTransaction.h"

#include <QTimer>

namespace tw {

SipProbe::SipProbe(HostResolver *resolver, Options options, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_options(std::move(options))
{ }

void SipProbe::start(const QList<SipTarget> &targets)
{
    m_targets = targets;
    m_results = QList<QList<SipProbeResult>>(targets.size());
    m_looked = QList<bool>(targets.size(), false);
    m_transactions.clear();
    m_lookups = int(targets.size());
    m_asking = 0;
    m_running = true;
    if (targets.isEmpty())
        QTimer::singleShot(0, this, &SipProbe::finishIfDone);
    for (int i = 0; i < targets.size(); ++i) {
        const QString host = targets.at(i).host;
        QHostAddress literal;
        const bool skipLookup = m_options.redirectPort && !m_options.resolveNames;
        if (skipLookup || (literal.setAddress(host) && literal.protocol() == QAbstractSocket::IPv4Protocol)) {
            QTimer::singleShot(0, this, [this, i, host] { resolved(i, {host}, {}); });
            continue;
        }
        m_resolver->resolve(host, this, [this, i](const QStringList &addresses, const QString &error) {
            resolved(i, addresses, error);
        });
    }
}

void SipProbe::resolved(int index, const QStringList &addresses, const QString &error)
{
    if (m_looked.value(index, true))
        return; // cancelled meanwhile
    m_looked[index] = true;
    --m_lookups;
    if (addresses.isEmpty() || !error.isEmpty()) {
        SipProbeResult r;
        r.target = m_targets.at(index);
        r.outcome = SipProbeResult::Outcome::NotResolved;
        r.detail = error;
        r.at = QDateTime::currentDateTimeUtc();
        m_results[index] << r;
        emit resultReady(r);
        finishIfDone();
        return;
    }
    const QStringList usable = addresses.mid(0, m_options.maxAddresses);
    for (const QString &address : usable) {
        m_results[index] << SipProbeResult();
        ask(index, int(m_results[index].size()) - 1, address);
    }
}

void SipProbe::ask(int index, int slot, const QString &address)
{
    SipOptionsTransaction::Setup setup;
    setup.target = m_targets.at(index);
    setup.reportedAddress = address;
    setup.destination = m_options.redirectPort ? m_options.redirect : QHostAddress(address);
    setup.destinationPort = m_options.redirectPort ? m_options.redirectPort : setup.target.port;
    setup.timers = m_options.timers;
    setup.tls = m_options.tls;
    setup.userAgent = m_options.userAgent;
    auto *transaction = new SipOptionsTransaction(setup, this);
    ++m_asking;
    m_transactions << transaction;
    connect(transaction, &SipOptionsTransaction::finished, this,
            [this, index, slot, transaction](const SipProbeResult &result) {
                transaction->deleteLater();
                settle(index, slot, result);
            });
    transaction->start();
}

void SipProbe::settle(int index, int slot, const SipProbeResult &result)
{
    m_results[index][slot] = result;
    --m_asking;
    emit resultReady(result);
    finishIfDone();
}

void SipProbe::finishIfDone()
{
    if (!m_running || m_lookups > 0 || m_asking > 0)
        return;
    m_running = false;
    QList<SipProbeResult> all;
    for (const QList<SipProbeResult> &perTarget : std::as_const(m_results))
        all += perTarget;
    emit finished(all);
}

void SipProbe::cancel()
{
    if (!m_running)
        return;
    // Names still being looked up are not asked; what is in flight ends as cancelled.
    for (int i = 0; i < m_looked.size(); ++i) {
        if (m_looked.at(i))
            continue;
        m_looked[i] = true;
        --m_lookups;
        SipProbeResult r;
        r.target = m_targets.at(i);
        r.outcome = SipProbeResult::Outcome::Cancelled;
        r.at = QDateTime::currentDateTimeUtc();
        m_results[i] << r;
    }
    for (const QPointer<SipOptionsTransaction> &t : std::as_const(m_transactions))
        if (t)
            t->cancel();
    QTimer::singleShot(0, this, &SipProbe::finishIfDone);
}

} // namespace tw
