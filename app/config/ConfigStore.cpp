#include "config/ConfigStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace tw {

namespace {
constexpr auto PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto PrivateDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
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

ConfigStore::LoadResult ConfigStore::load()
{
    LoadResult result;
    m_blockReason.clear();
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
        && format.toDouble() >= 1 && format.toDouble() == double(format.toInt());
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
    file.write(QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented));
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
