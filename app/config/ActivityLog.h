#pragma once

#include "api/ApiActivity.h"

#include <QList>
#include <QObject>
#include <QString>

namespace tw {

// Every API request this computer's Trunk Wizard made, newest last, in activity.jsonl beside
// config.json (one JSON object per line, 0600; never a key: paths only, no bodies or queries).
// Kept across restarts with a size cap: past it the file moves to activity.1.jsonl, replacing
// the one before, so at most twice the cap is kept.
class ActivityLog : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultCapBytes = 1024 * 1024;

    explicit ActivityLog(const QString &directory, QObject *parent = nullptr);

    void setCapBytes(qint64 bytes) { m_cap = bytes; }
    QString filePath() const;
    // Appends one line; a write that fails is dropped (the log must never stop a run).
    void append(const ApiActivity &activity);
    // The newest entries first-to-last, from both files, at most `limit`.
    QList<ApiActivity> recent(int limit = 5000) const;

signals:
    void appended(const tw::ApiActivity &activity);

private:
    QString m_directory;
    qint64 m_cap = DefaultCapBytes;
    bool m_tailChecked = false;
};

} // namespace tw
