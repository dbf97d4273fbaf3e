#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QLockFile;

namespace tw {

// One run per domain at a time, across processes (the CLI and the app alike): a lock file per
// domain in the config folder. A lock left by a process that no longer runs is taken over.
// Waiting never blocks: the lock is tried again on a timer until the wait is over.
class DomainLock : public QObject
{
    Q_OBJECT

public:
    DomainLock(const QString &configDir, const QString &domain, QObject *parent = nullptr);
    ~DomainLock() override;

    // done(held, error) runs once, later: held until release() or deletion; else error says why
    // (empty: the wait was cancelled).
    using Done = std::function<void(bool held, const QString &error)>;
    void acquire(std::chrono::milliseconds wait, Done done);
    void cancelWait();
    bool isHeld() const { return m_held; }
    void release();

    static QString lockPath(const QString &configDir, const QString &domain);

private:
    void attempt();
    QString busyMessage() const;

    QString m_domain;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_retry;
    std::chrono::milliseconds m_left {0};
    Done m_done;
    bool m_held = false;
};

} // namespace tw
