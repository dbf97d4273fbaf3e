#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace tw {

// What records.db remembers of a domain's checks, newest first: its test calls and how they
// ended, and its SIP probes. Read off the UI thread (RecordStore::readHistory).
struct DomainHistory
{
    QString domain;
    QList<QJsonObject> testCalls;
    QList<QJsonObject> probes;
    QString error; // one sentence when the records could not be read; the lists are then empty
};

} // namespace tw

Q_DECLARE_METATYPE(tw::DomainHistory)
