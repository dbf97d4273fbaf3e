#include "operations/Operation.h"

#include "api/ApiCall.h"
#include "api/CloudonixClient.h"
#include "api/HttpTransport.h"
#include "api/VapiClient.h"
#include "core/CoreContext.h"

#include <QTimer>

namespace tw {

Operation::Operation(CoreContext *core, QObject *parent)
    : QObject(parent)
    , m_core(core)
{ }

void Operation::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    QTimer::singleShot(0, this, [this] { run(); });
}

void Operation::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    for (const QPointer<ApiCall> &call : std::exchange(m_calls, {}))
        if (call)
            call->abort();
    stop();
}

CloudonixClient *Operation::cloudonix(const QString &key)
{
    CloudonixClient *client = m_core->cloudonix(key, this);
    watch(client->transport(), QStringLiteral("Cloudonix"));
    return client;
}

VapiClient *Operation::vapi(const QString &key, const QString &region)
{
    VapiClient *client = m_core->vapi(key, region, this);
    watch(client->transport(), QStringLiteral("Vapi"));
    return client;
}

void Operation::watch(HttpTransport *transport, const QString &system)
{
    connect(transport, &HttpTransport::rateLimitWaitStarted, this, [this, system](int ms) {
        emit waitStarted(Wait::RateLimit, ms,
                         tr("Waiting about %1 s for %2's rate limit…").arg(qMax(1, (ms + 999) / 1000)).arg(system));
    });
    connect(transport, &HttpTransport::retryScheduled, this, [this, system](int attempt, int ms) {
        emit waitStarted(
            Wait::Retry, ms,
            tr("%1 did not answer properly; try %2 in %3 s…").arg(system).arg(attempt).arg(qMax(1, (ms + 999) / 1000)));
    });
}

ApiCall *Operation::track(ApiCall *call)
{
    m_calls.removeAll(nullptr);
    m_calls << QPointer<ApiCall>(call);
    return call;
}

void Operation::complete()
{
    m_running = false;
    m_calls.clear();
    emit ended();
}

} // namespace tw
