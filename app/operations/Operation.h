#pragma once

#include "operations/AccountKeys.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace tw {

class ApiCall;
class CloudonixClient;
class CoreContext;
class HttpTransport;
class VapiClient;

// One use-case of the core, the same for the CLI, the wizard and the dashboard: start() it,
// watch progressChanged and waitStarted, cancel() it, and read its typed result from its own
// finished(result) signal; ended() follows every finish, whatever the outcome. Each operation
// makes its own clients (its keys, the shared pacing), so any number run at once. The caller
// owns it; connect with a context object so a closed view receives nothing.
class Operation : public QObject
{
    Q_OBJECT

public:
    enum class Wait {
        RateLimit, // Cloudonix pacing holds a request back
        Retry, // a transient failure is retried after a delay
    };
    Q_ENUM(Wait)

    explicit Operation(CoreContext *core, QObject *parent = nullptr);

    void start(); // runs from the event loop, never inside start()
    void cancel(); // what is in flight is told to stop; the result says cancelled
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }

signals:
    void progressChanged(int done, int total, const QString &text);
    void waitStarted(tw::Operation::Wait reason, int ms, const QString &text);
    // Something to tell while it runs: a wait for what a stopped run may still be making, or
    // what already exists being read back and taken over.
    void noteAdded(const QString &text);
    void ended();

protected:
    virtual void run() = 0;
    virtual void stop() { } // cancel what only the subclass knows of (a provisioner run)

    CoreContext *core() const { return m_core; }
    // Clients for this operation's account; their waits become waitStarted.
    CloudonixClient *cloudonix(const QString &key);
    VapiClient *vapi(const QString &key, const QString &region);
    ApiCall *track(ApiCall *call); // aborted by cancel()
    void watch(HttpTransport *transport, const QString &system);
    // Marks the end; the subclass has emitted its finished(result) just before.
    void complete();

private:
    CoreContext *m_core;
    QList<QPointer<ApiCall>> m_calls;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace tw
