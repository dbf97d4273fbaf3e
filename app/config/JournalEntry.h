#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tw {

// One committed step of an apply, saved right after it succeeded, so an interrupted run can
// resume and a report can show what this tool changed (before and after).
struct JournalEntry
{
    qint64 id = 0; // its row in the records file; 0 until it is stored
    QDateTime at;
    QString runId;
    QString domain;
    QString system; // "cloudonix" | "vapi"
    QString action; // "create" | "update" | "delete" | "adopt"
    QString resource; // "credential", "phone-number", "profile", ...
    QString resourceId;
    QString before; // compact JSON or text, never a secret
    QString after;

    static JournalEntry fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

} // namespace tw
