#include "config/ActivityLog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace tw {

ActivityLog::ActivityLog(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{ }

QString ActivityLog::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("activity.jsonl"));
}

void ActivityLog::append(const ApiActivity &activity)
{
    const QString path = filePath();
    QFile file(path);
    if (file.size() > m_cap) {
        const QString old = QDir(m_directory).filePath(QStringLiteral("activity.1.jsonl"));
        QFile::remove(old);
        QFile::rename(path, old);
    }
    const bool created = !QFile::exists(path);
    // A line cut by a crash must not swallow the next one: start on a fresh line once.
    bool freshLine = true;
    if (!m_tailChecked && !created) {
        QFile tail(path);
        if (tail.open(QIODevice::ReadOnly) && tail.size() > 0 && tail.seek(tail.size() - 1))
            freshLine = tail.read(1) == "\n";
    }
    m_tailChecked = true;
    if (QDir().mkpath(m_directory) && file.open(QIODevice::Append | QIODevice::WriteOnly)) {
        if (created)
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write((freshLine ? QByteArray() : QByteArray("\n"))
                   + QJsonDocument(activity.toJson()).toJson(QJsonDocument::Compact) + '\n');
    }
    emit appended(activity);
}

QList<ApiActivity> ActivityLog::recent(int limit) const
{
    QList<ApiActivity> entries;
    for (const QString &name : {QStringLiteral("activity.1.jsonl"), QStringLiteral("activity.jsonl")}) {
        QFile file(QDir(m_directory).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject()) // a line cut by a crash is skipped, not fatal
                entries << ApiActivity::fromJson(doc.object());
        }
    }
    if (entries.size() > limit)
        entries = entries.mid(entries.size() - limit);
    return entries;
}

} // namespace tw
