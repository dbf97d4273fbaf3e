#include "config/DomainLock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

namespace tw {

namespace {
constexpr std::chrono::milliseconds RetryEvery {200};
} // namespace

DomainLock::DomainLock(const QString &configDir, const QString &domain, QObject *parent)
    : QObject(parent)
    , m_domain(domain)
    , m_path(lockPath(configDir, domain))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    // Age alone never makes a lock stale (a run may take long); a holder that is gone does.
    m_lock->setStaleLockTime(0);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &DomainLock::attempt);
}

DomainLock::~DomainLock()
{
    release();
}

QString DomainLock::lockPath(const QString &configDir, const QString &domain)
{
    return QDir(configDir).filePath(QStringLiteral("locks/%1.lock").arg(domain.trimmed().toLower()));
}

void DomainLock::acquire(std::chrono::milliseconds wait, Done done)
{
    m_done = std::move(done);
    m_left = wait;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QTimer::singleShot(0, this, &DomainLock::attempt);
}

void DomainLock::attempt()
{
    if (!m_done)
        return;
    if (m_lock->tryLock(0)) {
        m_held = true;
        return std::exchange(m_done, nullptr)(true, QString());
    }
    if (m_lock->error() != QLockFile::LockFailedError)
        return std::exchange(m_done, nullptr)(
            false,
            tr("Trunk Wizard could not take the lock of %1 in %2; check that the settings folder is writable.")
                .arg(m_domain, QFileInfo(m_path).absolutePath()));
    if (m_left <= std::chrono::milliseconds(0))
        return std::exchange(m_done, nullptr)(false, busyMessage());
    const auto step = std::min(RetryEvery, m_left);
    m_left -= step;
    m_retry.start(step);
}

QString DomainLock::busyMessage() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    m_lock->getLockInfo(&pid, &host, &application);
    const QDateTime since = QFileInfo(m_path).lastModified();
    return tr("Another change to %1 is in progress (process %2, started %3); nothing was changed. Try again when it "
              "has finished.")
        .arg(m_domain)
        .arg(pid)
        .arg(QLocale().toString(since, QLocale::ShortFormat));
}

void DomainLock::cancelWait()
{
    m_retry.stop();
    if (m_done)
        std::exchange(m_done, nullptr)(false, QString());
}

void DomainLock::release()
{
    m_retry.stop();
    m_done = nullptr;
    if (m_held)
        m_lock->unlock();
    m_held = false;
}

} // namespace tw
