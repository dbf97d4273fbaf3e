#include "config/ConfigStore.h"

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

ConfigStore::LoadResult ConfigStore::load()
{
    LoadResult result;
    m_blockReason.clear();
    bool refused = false;
    const QString notice = securePermissions(&refused);
    if (refused) {
        result.status = LoadStatus::Unreadable;
        result.message = notice;
        m_blockReason = notice;
        return result;
    }
    result.message = notice;
    QFile file(filePath());
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = LoadStatus::Unreadable;
        result.message = tr("The settings file %1 cannot be read (%2); fix its permissions and start again. It was not "
                            "changed.")
                             .arg(filePath(), file.errorString());
        m_blockReason = result.message;
        return result;
    }
    const QByteArray data = file.readAll();
    file.close();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    const QJsonValue format = doc.object().value(QLatin1String("format"));
    const bool valid = parseError.error == QJsonParseError::NoError && doc.isObject() && format.isDouble()
        && format.toDouble() >= 1 && format.toDouble() == double(format.toInt()) && hasKnownShape(doc.object());
    if (!valid) {
        const QString backup = filePath() + QStringLiteral(".corrupt-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(filePath(), backup)) {
            result.status = LoadStatus::Unreadable;
            result.message = tr("The settings file %1 is damaged and could not be set aside; move it away by hand and "
                                "start again.")
                                 .arg(filePath());
            m_blockReason = result.message;
            return result;
        }
        result.status = LoadStatus::RecoveredFromCorrupt;
        result.backupPath = backup;
        result.message = tr("The settings file was damaged, so Trunk Wizard kept it as %1 and started with empty "
                            "settings; your API keys in the keychain are untouched.")
                             .arg(backup);
        return result;
    }
    if (format.toInt() > AppConfig::CurrentFormat) {
        result.status = LoadStatus::TooNew;
        result.message
            = tr("The settings file %1 was written by a newer Trunk Wizard (format %2; this version reads up to "
                 "%3); update Trunk Wizard. The file was left unchanged.")
                  .arg(filePath())
                  .arg(format.toInt())
                  .arg(AppConfig::CurrentFormat);
        m_blockReason = result.message;
        return result;
    }
    result.config = AppConfig::fromJson(doc.object());
    result.status = LoadStatus::Loaded;
    remember(result.config, false);
    return result;
}

QString ConfigStore::save(const AppConfig &config)
{
    if (!m_blockReason.isEmpty())
        return m_blockReason;
    QDir dir(m_directory);
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return tr("The settings folder %1 could not be created; check that the disk is writable.").arg(m_directory);
        QFile::setPermissions(m_directory, PrivateDir);
    }
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return tr("The settings file %1 could not be written (%2); check the disk and its permissions.")
            .arg(filePath(), file.errorString());
    file.setPermissions(PrivateFile);
    // Every byte must reach the disk before the new file replaces the old one: a full disk
    // must never leave a short or empty file behind.
    const QByteArray data = QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented);
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
    remember(config, true);
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
    for (const DomainRecord &d : config.domains)
        records.insert(d.domain, d.toJson());
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

} // namespace tw
