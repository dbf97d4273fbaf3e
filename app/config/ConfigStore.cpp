#include "config/ConfigStore.h"

#include "config/BoundedFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <unistd.h>

namespace tw {

namespace {
constexpr auto PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto PrivateDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr auto OpenToOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
} // namespace

ConfigStore::ConfigStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{ }

QString ConfigStore::defaultDirectory()
{
    const QString env = qEnvironmentVariable("TRUNKWIZARD_CONFIG_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/trunkwizard");
}

QString ConfigStore::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("config.json"));
}

bool ConfigStore::hasKnownShape(const QJsonObject &o)
{
    // Valid JSON of another shape is damage too: reading it as empty would wipe it on save.
    auto listOfObjects = [&o](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return false;
        const QJsonArray items = v.toArray();
        return std::all_of(items.begin(), items.end(), [](const QJsonValue &item) { return item.isObject(); });
    };
    const QJsonValue settings = o.value(QLatin1String("settings"));
    if (!(settings.isUndefined() || settings.isObject()) || !listOfObjects("domains") || !listOfObjects("journal"))
        return false;
    for (const QJsonValue &d : o.value(QLatin1String("domains")).toArray())
        if (!d.toObject().value(QLatin1String("domain")).isString())
            return false;
    return true;
}

QString ConfigStore::securePermissions(bool *refused) const
{
    // Anyone who can write into this folder can point vapiUrl at their own host and receive
    // the keys: it is the owner's alone.
    *refused = false;
    const QFileInfo dir(m_directory);
    if (!dir.exists())
        return {};
    if (dir.ownerId() != uint(geteuid())) {
        *refused = true;
        return tr("The settings folder %1 belongs to another user; Trunk Wizard uses only a folder of your own. Choose "
                  "another one (TRUNKWIZARD_CONFIG_DIR or --config-dir).")
            .arg(m_directory);
    }
    QString notice;
    if (dir.permissions() & OpenToOthers) {
        if (!QFile::setPermissions(m_directory, PrivateDir)) {
            *refused = true;
            return tr("The settings folder %1 is open to other users and its permissions could not be tightened; "
                      "make it private (chmod 700) and try again.")
                .arg(m_directory);
        }
        notice = tr("The settings folder %1 was open to other users; it is now private to you.").arg(m_directory);
    }
    const QFileInfo file(filePath());
    if (file.exists() && (file.permissions() & OpenToOthers))
        QFile::setPermissions(filePath(), PrivateFile);
    return notice;
}

QString ConfigStore::recordsPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("records.db"));
}

QString ConfigStore::openRecords()
{
    if (!m_db)
        m_db = std::make_unique<RecordStore>(recordsPath());
    return m_db->open();
}

ConfigStore::LoadResult ConfigStore::load()
{
    LoadResult result;
    m_blockReason.clear();
    bool refused = false;
    const QString notice = securePermissions(&refused);
    auto blocked = [&](LoadStatus status, const QString &message) {
        result.status = status;
        result.message = message;
        m_blockReason = message;
        return result;
    };
    if (refused)
        return blocked(LoadStatus::Unreadable, notice);
    // Taken before reading: a change made while reading makes the next load read again.
    const Snapshot before = snapshot();
    if (m_lastLoad && m_lastLoad->first == before && before.records.second >= 0) {
        // The same again: a damaged file set aside is still said (the first load may have been
        // one whose result nobody showed); a permissions notice only when it happened now.
        LoadResult same = m_lastLoad->second;
        if (!notice.isEmpty())
            same.message = same.message.isEmpty() ? notice : notice + QLatin1Char(' ') + same.message;
        return same;
    }
    m_lastLoad.reset();
    result.message = notice;
    QJsonObject root;
    // Records live in the database; the settings file stays small, so 64 MB is far above any real one.
    BoundedFile file(filePath(), 64 * 1024 * 1024);
    const BoundedFile::Outcome read = file.read();
    if (read == BoundedFile::Outcome::TooLarge)
        return blocked(LoadStatus::Unreadable,
                       tr("The settings file %1 is larger than 64 MB, far more than Trunk Wizard ever writes; move "
                          "it away and start again. It was not changed.")
                           .arg(filePath()));
    if (read == BoundedFile::Outcome::Unreadable)
        return blocked(LoadStatus::Unreadable,
                       tr("The settings file %1 cannot be read (%2); fix its permissions and start again. It was "
                          "not changed.")
                           .arg(filePath(), file.reason()));
    if (read == BoundedFile::Outcome::Read) {
        const QByteArray &data = file.data();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        const QJsonValue format = doc.object().value(QLatin1String("format"));
        const bool valid = parseError.error == QJsonParseError::NoError && doc.isObject() && format.isDouble()
            && format.toDouble() >= 1 && format.toDouble() == double(format.toInt()) && hasKnownShape(doc.object());
        if (!valid) {
            const QString backup = filePath() + QStringLiteral(".corrupt-")
                + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            if (!QFile::rename(filePath(), backup))
                return blocked(LoadStatus::Unreadable,
                               tr("The settings file %1 is damaged and could not be set aside; move it away by hand "
                                  "and start again.")
                                   .arg(filePath()));
            result.status = LoadStatus::RecoveredFromCorrupt;
            result.backupPath = backup;
            result.message = tr("The settings file was damaged, so Trunk Wizard kept it as %1 and started with "
                                "empty settings; your records and your API keys in the keychain are untouched.")
                                 .arg(backup);
        } else if (format.toInt() > AppConfig::CurrentFormat) {
            return blocked(LoadStatus::TooNew,
                           tr("The settings file %1 was written by a newer Trunk Wizard (format %2; this version "
                              "reads up to %3); update Trunk Wizard. The file was left unchanged.")
                               .arg(filePath())
                               .arg(format.toInt())
                               .arg(AppConfig::CurrentFormat));
        } else {
            root = doc.object();
            result.status = LoadStatus::Loaded;
        }
    }
    if (result.status == LoadStatus::Missing && !QFileInfo::exists(recordsPath()))
        return result; // first start: nothing is created until something is saved

    if (const QString error = openRecords(); !error.isEmpty())
        return blocked(LoadStatus::Unreadable, error);
    if (root.value(QLatin1String("format")).toInt() == 1) {
        if (const QString error = migrateFormat1(root); !error.isEmpty())
            return blocked(LoadStatus::Unreadable, error);
    }
    QList<DomainRecord> records;
    const QPair<qint64, qint64> recordsBefore = m_db->changeStamp();
    if (const QString error = m_db->load(&records, &result.config.journal); !error.isEmpty())
        return blocked(LoadStatus::Unreadable, error);
    m_root = root;
    result.config.settings = AppSettings::fromJson(root.value(QLatin1String("settings")).toObject());
    result.config.domains = records;
    for (const QJsonValue &v : root.value(QLatin1String("domains")).toArray()) {
        const QJsonObject o = v.toObject();
        result.config.domainOrNew(o.value(QLatin1String("domain")).toString()).intent
            = o.value(QLatin1String("intent")).toObject();
    }
    if (result.status == LoadStatus::Missing)
        result.status = LoadStatus::Loaded; // the records alone
    remember(result.config, false);
    LoadResult kept = result;
    if (kept.status != LoadStatus::RecoveredFromCorrupt)
        kept.message.clear(); // a notice is said once
    if (before.exists == QFileInfo::exists(filePath()) && m_db) { // the file was there, or not, all along
        m_lastLoad = std::pair {Snapshot {before.exists, before.size, before.modified, recordsBefore}, kept};
    } else if (result.status == LoadStatus::RecoveredFromCorrupt && m_db) {
        // Set aside by this load: what is there now is no file, until a save writes one.
        Snapshot after = snapshot();
        after.records = recordsBefore;
        if (!after.exists)
            m_lastLoad = std::pair {after, kept};
    }
    return result;
}

QString ConfigStore::migrateFormat1(QJsonObject &root)
{
    // Format 1 kept the records and the journal in config.json: they move into the records
    // file, then config.json keeps what the admin wants. The old file stays as a copy.
    const AppConfig old = AppConfig::fromJson(root);
    QList<JournalEntry> journal = old.journal;
    if (const QString error = m_db->write(old.domains, {}, &journal); !error.isEmpty())
        return error;
    const QString copy = filePath() + QStringLiteral(".format1");
    QFile::remove(copy);
    if (!QFile::copy(filePath(), copy))
        return tr("The settings file %1 could not be copied before its upgrade; check the disk, then start again.")
            .arg(filePath());
    QFile::setPermissions(copy, PrivateFile);
    QJsonObject upgraded = root;
    upgraded.remove(QStringLiteral("journal"));
    QJsonArray domains;
    for (const QJsonValue &v : root.value(QLatin1String("domains")).toArray()) {
        const QJsonObject o = v.toObject();
        QJsonObject kept {{QStringLiteral("domain"), o.value(QLatin1String("domain"))}};
        if (o.contains(QLatin1String("intent")))
            kept.insert(QStringLiteral("intent"), o.value(QLatin1String("intent")));
        domains.append(kept);
    }
    upgraded.insert(QStringLiteral("domains"), domains);
    upgraded.insert(QStringLiteral("format"), AppConfig::CurrentFormat);
    if (const QString error = writeJson(upgraded); !error.isEmpty())
        return error;
    root = upgraded;
    return {};
}

QJsonObject ConfigStore::settingsDocument(const AppConfig &config) const
{
    // Keys this version does not know (a newer minor version's) are kept as they were.
    QJsonObject root = m_root;
    root.insert(QStringLiteral("format"), AppConfig::CurrentFormat);
    QJsonObject settings = root.value(QLatin1String("settings")).toObject();
    const QJsonObject known = config.settings.toJson();
    for (auto it = known.begin(); it != known.end(); ++it)
        settings.insert(it.key(), it.value());
    if (!known.contains(QLatin1String("cloudonixPacing")))
        settings.remove(QStringLiteral("cloudonixPacing"));
    root.insert(QStringLiteral("settings"), settings);
    QHash<QString, QJsonObject> before;
    for (const QJsonValue &v : m_root.value(QLatin1String("domains")).toArray())
        before.insert(v.toObject().value(QLatin1String("domain")).toString(), v.toObject());
    QJsonArray domains;
    for (const DomainRecord &d : config.domains) {
        QJsonObject o = before.value(d.domain);
        o.insert(QStringLiteral("domain"), d.domain);
        if (d.intent.isEmpty())
            o.remove(QStringLiteral("intent"));
        else
            o.insert(QStringLiteral("intent"), d.intent);
        domains.append(o);
    }
    root.insert(QStringLiteral("domains"), domains);
    return root;
}

ConfigStore::Snapshot ConfigStore::snapshot() const
{
    const QFileInfo info(filePath());
    return Snapshot {info.exists(), info.exists() ? info.size() : -1, info.exists() ? info.lastModified() : QDateTime(),
                     m_db ? m_db->changeStamp() : QPair<qint64, qint64> {-1, -1}};
}

QString ConfigStore::writeJson(const QJsonObject &root)
{
    m_lastLoad.reset(); // within the same millisecond the file's time may not change
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return tr("The settings file %1 could not be written (%2); check the disk and its permissions.")
            .arg(filePath(), file.errorString());
    file.setPermissions(PrivateFile);
    // Every byte must reach the disk before the new file replaces the old one: a full disk
    // must never leave a short or empty file behind.
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size() || !file.flush() || file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        return tr("The settings file %1 could not be saved (%2); the previous version is intact. Free some disk "
                  "space or check the folder's permissions, then try again.")
            .arg(filePath(), why);
    }
    if (!file.commit())
        return tr("The settings file %1 could not be saved (%2); the previous version is intact.")
            .arg(filePath(), file.errorString());
    m_root = root;
    return {};
}

QString ConfigStore::prepareWrite()
{
    if (!m_blockReason.isEmpty())
        return m_blockReason;
    QDir dir(m_directory);
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return tr("The settings folder %1 could not be created; check that the disk is writable.").arg(m_directory);
        QFile::setPermissions(m_directory, PrivateDir);
    }
    bool refused = false;
    const QString problem = securePermissions(&refused);
    if (refused)
        return problem;
    return openRecords();
}

QString ConfigStore::save(const AppConfig &config)
{
    if (const QString error = prepareWrite(); !error.isEmpty())
        return error;
    // The records first: what exists must never be lost for the sake of a setting.
    QList<DomainRecord> changed;
    QStringList removed;
    for (const DomainRecord &d : config.domains)
        if (m_records.value(d.domain) != d.toJson())
            changed << d;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it)
        if (!config.findDomain(it.key()))
            removed << it.key();
    QList<JournalEntry> journal = config.journal;
    if (!changed.isEmpty() || !removed.isEmpty()
        || std::any_of(journal.cbegin(), journal.cend(), [](const JournalEntry &e) { return e.id == 0; }))
        if (const QString error = m_db->write(changed, removed, &journal); !error.isEmpty())
            return error;
    const QJsonObject root = settingsDocument(config);
    if (root != m_root || !QFileInfo::exists(filePath()))
        if (const QString error = writeJson(root); !error.isEmpty())
            return error;
    remember(config, true);
    return {};
}

QString ConfigStore::recordStep(const DomainRecord &record, const QString &number, QList<JournalEntry> *entries)
{
    if (const QString error = prepareWrite(); !error.isEmpty())
        return error;
    if (const QString error = m_db->recordStep(record, number, entries); !error.isEmpty())
        return error;
    // A run changes the intent only when it removes the trunk (nothing left to drift from).
    if (!m_records.contains(record.domain) || record.intent != m_intents.value(record.domain)) {
        AppConfig intents;
        for (const QJsonValue &v : m_root.value(QLatin1String("domains")).toArray()) {
            const QJsonObject o = v.toObject();
            intents.domainOrNew(o.value(QLatin1String("domain")).toString()).intent
                = o.value(QLatin1String("intent")).toObject();
        }
        intents.domainOrNew(record.domain).intent = record.intent;
        intents.settings = AppSettings::fromJson(m_root.value(QLatin1String("settings")).toObject());
        if (const QString error = writeJson(settingsDocument(intents)); !error.isEmpty())
            return error;
    }
    // Serialising 10,000 numbers per step would make a run quadratic: the cached record is
    // marked out of date instead (a later full save writes the domain once), and a step always
    // changed something.
    m_records.insert(record.domain, QJsonObject());
    m_intents.insert(record.domain, record.intent);
    emit configChanged(record.domain);
    return {};
}

QString ConfigStore::update(const std::function<void(AppConfig &)> &change)
{
    LoadResult loaded = load();
    if (isWriteBlocked())
        return loaded.message;
    change(loaded.config);
    return save(loaded.config);
}

void ConfigStore::remember(const AppConfig &config, bool announce)
{
    QHash<QString, QJsonObject> records;
    m_intents.clear();
    for (const DomainRecord &d : config.domains) {
        records.insert(d.domain, d.toJson());
        m_intents.insert(d.domain, d.intent);
    }
    QStringList changed;
    if (announce) {
        for (auto it = records.cbegin(); it != records.cend(); ++it)
            if (m_records.value(it.key()) != it.value())
                changed << it.key();
        for (auto it = m_records.cbegin(); it != m_records.cend(); ++it)
            if (!records.contains(it.key()))
                changed << it.key();
    }
    m_records = std::move(records);
    changed.sort();
    for (const QString &domain : std::as_const(changed))
        emit configChanged(domain);
}

QString ConfigStore::recordTestCall(const QString &domain, const QJsonObject &entry)
{
    if (const QString error = prepareWrite(); !error.isEmpty())
        return error;
    return m_db->recordTestCall(domain, entry);
}

QList<QJsonObject> ConfigStore::testCalls(const QString &domain, int limit)
{
    RecordStore *db = existingRecords();
    return db ? db->testCalls(domain, limit) : QList<QJsonObject>();
}

QString ConfigStore::recordProbe(const QString &domain, const QJsonObject &entry)
{
    if (const QString error = prepareWrite(); !error.isEmpty())
        return error;
    return m_db->recordProbe(domain, entry);
}

QList<QJsonObject> ConfigStore::probes(const QString &domain, int limit)
{
    RecordStore *db = existingRecords();
    return db ? db->probes(domain, limit) : QList<QJsonObject>();
}

RecordStore *ConfigStore::existingRecords()
{
    // Reading creates nothing: without a records database there is no history to show.
    if (!m_db && !QFileInfo::exists(recordsPath()))
        return nullptr;
    if (!openRecords().isEmpty() || !m_db)
        return nullptr;
    return m_db.get();
}

} // namespace tw
