#pragma once

#include "config/AppConfig.h"
#include "config/RecordStore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace tw {

// The non-secret state, in two files with two jobs, both private (0600 in a 0700 folder):
// config.json holds what the admin wants and may read or edit (settings, each domain's intent;
// keys this version does not know are kept), written atomically and only when it changes;
// records.db (RecordStore, SQLite) holds what exists and what happened (remote ids, the
// journal), one transaction per step. A damaged config.json is moved aside, never
// overwritten; one from a newer Trunk Wizard is left alone and writing is refused; format 1
// (everything in config.json) moves into the two on first load. Every save announces the
// domains whose records it changed, so open views refresh while a run records its steps.
class ConfigStore : public QObject
{
    Q_OBJECT

public:
    enum class LoadStatus {
        Loaded, // read fine
        Missing, // first run: an empty config
        RecoveredFromCorrupt, // unreadable JSON moved to backupPath; starting empty
        TooNew, // written by a newer version: left untouched, saving refused
        Unreadable, // could not be opened (permissions): saving refused
    };

    struct LoadResult
    {
        AppConfig config;
        LoadStatus status = LoadStatus::Missing;
        QString message; // one sentence for the admin; when Loaded/Missing, a notice or empty
        QString backupPath; // where the damaged file went
        bool ok() const { return status == LoadStatus::Loaded || status == LoadStatus::Missing; }
    };

    explicit ConfigStore(const QString &directory = defaultDirectory(), QObject *parent = nullptr);

    // TRUNKWIZARD_CONFIG_DIR if set, else the platform's app config folder.
    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString filePath() const; // config.json
    QString recordsPath() const; // records.db

    LoadResult load();
    // Empty on success, else one sentence saying why nothing was written.
    QString save(const AppConfig &config);
    // Loads the file as it is now, lets `change` edit it and saves it: runs for different
    // domains that save in turn never undo each other's records. Empty on success.
    QString update(const std::function<void(AppConfig &)> &change);
    // One committed step of a run: the domain's record, the one number it changed (empty: none)
    // and the run's new journal entries. Costs the same whatever the number of numbers.
    QString recordStep(const DomainRecord &record, const QString &number, QList<JournalEntry> *entries);
    bool isWriteBlocked() const { return !m_blockReason.isEmpty(); }
    // Test calls of a domain and how they ended (records.db); empty on success.
    QString recordTestCall(const QString &domain, const QJsonObject &entry);
    QList<QJsonObject> testCalls(const QString &domain, int limit = 10);
    // SIP probes of a domain's gateways (records.db), newest first; empty on success.
    QString recordProbe(const QString &domain, const QJsonObject &entry);
    QList<QJsonObject> probes(const QString &domain, int limit = 10);

signals:
    void configChanged(const QString &domain); // its record was saved changed, added or removed

private:
    RecordStore *existingRecords(); // null when there is no records database yet (reading creates none)
    void remember(const AppConfig &config, bool announce);
    // Makes the folder (and file) private to their owner; a notice when it had to, *refused
    // when the folder is not this user's or cannot be made private.
    QString securePermissions(bool *refused) const;
    static bool hasKnownShape(const QJsonObject &o);
    QString openRecords();
    QString prepareWrite(); // the folder exists and is private, the records are open
    QString migrateFormat1(QJsonObject &root);
    QJsonObject settingsDocument(const AppConfig &config) const;
    QString writeJson(const QJsonObject &root);
    // What load() read: config.json's size and time, and the records' change stamp. The same
    // again means nothing changed, so the last result is returned without reading (a refresh
    // of 50 domains loads 50 times; the records of 100,000 numbers are read once).
    struct Snapshot
    {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        QPair<qint64, qint64> records;
        bool operator==(const Snapshot &o) const
        {
            return exists == o.exists && size == o.size && modified == o.modified && records == o.records;
        }
    };
    Snapshot snapshot() const;

    QString m_directory;
    QString m_blockReason;
    QHash<QString, QJsonObject> m_records; // as last loaded or saved, to tell what a save changed
    QHash<QString, QJsonObject> m_intents; // each domain's intent as in config.json
    QJsonObject m_root; // config.json as last read or written, unknown keys included
    std::unique_ptr<RecordStore> m_db;
    std::optional<std::pair<Snapshot, LoadResult>> m_lastLoad;
};

} // namespace tw
