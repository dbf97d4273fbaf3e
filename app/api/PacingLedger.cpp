#include "api/PacingLedger.h"

#include "api/ApiLogging.h"
#include "config/BoundedFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace tw {

namespace {
// Keys nobody used for this long are dropped, so the file stays a few hundred bytes.
constexpr qint64 ForgetAfterMs = 10 * 60 * 1000;
// The lock is held for a read and a write of a tiny file; waiting longer means something is
// wrong, and pacing within this process is the safe fallback.
constexpr int LockWaitMs = 200;
} // namespace

PacingLedger::PacingLedger(const QString &filePath)
    : m_filePath(filePath)
{ }

bool PacingLedger::update(const QString &key, qint64 oldest, const std::function<void(std::deque<qint64> &)> &decide)
{
    std::deque<qint64> starts;
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath())) {
        decide(starts);
        return false;
    }
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    lock.setStaleLockTime(5000);
    if (!lock.tryLock(LockWaitMs)) {
        qCWarning(lcApi) << "pacing ledger busy; pacing this process only";
        decide(starts);
        return false;
    }
    QJsonObject all;
    BoundedFile in(m_filePath, 1024 * 1024); // a few hundred bytes per domain
    if (in.read() == BoundedFile::Outcome::Read)
        all = QJsonDocument::fromJson(in.data()).object(); // damaged or too large: start afresh

    const qint64 forget = QDateTime::currentMSecsSinceEpoch() - ForgetAfterMs;
    for (auto it = all.begin(); it != all.end();) {
        const QJsonArray list = it.value().toArray();
        if (list.isEmpty() || qint64(list.last().toDouble()) < forget)
            it = all.erase(it);
        else
            ++it;
    }
    for (const QJsonValue &v : all.value(key).toArray())
        if (const auto t = qint64(v.toDouble()); t >= oldest)
            starts.push_back(t);
    std::sort(starts.begin(), starts.end());
    decide(starts);

    QJsonArray list;
    for (qint64 t : starts)
        list.append(double(t));
    all.insert(key, list);
    QSaveFile out(m_filePath);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(all).toJson(QJsonDocument::Compact)) < 0
        || !out.commit()) {
        qCWarning(lcApi) << "pacing ledger not written:" << out.errorString();
        return false;
    }
    return true;
}

} // namespace tw
