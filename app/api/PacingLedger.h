#pragma once

#include <QString>

#include <deque>
#include <functional>

namespace tw {

// The pacing of the last seconds, shared by every Trunk Wizard process on this computer: a
// small JSON file of request start times (ms since the epoch) per pace key, read and written
// under a lock file. Five CLI commands in a row thus see each other's requests and never walk
// into Cloudonix's 429 one after another.
class PacingLedger
{
public:
    explicit PacingLedger(const QString &filePath);

    QString filePath() const { return m_filePath; }

    // Under the inter-process lock: loads the starts of `key` at or after `oldest`, lets
    // `decide` add new ones, writes them back. False (and `decide` sees only what the file
    // held, or nothing) when the lock or the file could not be had; pacing then still works
    // within this process.
    bool update(const QString &key, qint64 oldest, const std::function<void(std::deque<qint64> &)> &decide);

private:
    QString m_filePath;
};

} // namespace tw
