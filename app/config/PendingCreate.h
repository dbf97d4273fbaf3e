#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tw {

// A create this tool sent and has not yet seen answered: written before the request leaves, so
// that after a crash the next run knows to look for what may have been made ("resource" is a
// PlanAction resource name, "key" what it is found by: the number, the name, the DNID).
struct PendingCreate
{
    QString resource;
    QString key;
    QString runId;
    QDateTime at; // UTC, when it was sent

    bool concerns(const QString &r, const QString &k) const { return resource == r && key == k; }
    static PendingCreate fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

} // namespace tw
