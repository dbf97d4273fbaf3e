#pragma once

#include "config/AppSettings.h"
#include "config/DomainRecord.h"
#include "config/JournalEntry.h"

#include <QJsonObject>
#include <QList>

namespace tw {

// The whole non-secret state, as stored in config.json. No field may ever hold a key.
struct AppConfig
{
    static constexpr int CurrentFormat = 2; // 1 kept records and journal in config.json too

    AppSettings settings;
    QList<DomainRecord> domains;
    QList<JournalEntry> journal;

    DomainRecord *findDomain(const QString &domain);
    const DomainRecord *findDomain(const QString &domain) const;
    DomainRecord &domainOrNew(const QString &domain);

    // Reads format 1 (everything in config.json), for its migration into config.json and records.db.
    static AppConfig fromJson(const QJsonObject &o);
};

} // namespace tw
