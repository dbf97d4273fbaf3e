#include "config/CxVccImporter.h"

#include "config/BoundedFile.h"

#include "domain/PhoneNumberValidator.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QTimer>

#include <yaml-cpp/yaml.h>

namespace tw {

struct CxVccImporter::Parsed
{
    struct Domain
    {
        QString name;
        QString apiKey;
        QString autoAlias;
        QString inboundSipUri;
        QString credentialId;
        QList<QPair<QString, QString>> numbers; // raw number, Vapi id
    };
    QList<Domain> domains;
    QString vapiKey;
    QString vapiRegion = QStringLiteral("us");
    QList<QPair<QString, QString>> keys; // account, secret
    CxVccImportReport report;
    AppConfig merged;
};

namespace {

QString text(const YAML::Node &node, const char *key)
{
    const YAML::Node child = node[key];
    if (!child || !child.IsScalar())
        return {};
    return QString::fromStdString(child.Scalar()).trimmed();
}

} // namespace

CxVccImporter::CxVccImporter(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

QString CxVccImporter::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.cx-vcc/config.yaml");
}

void CxVccImporter::import(const QString &path, const AppConfig &current, const QString &defaultNumberRegion, Done done)
{
    auto parsed = std::make_shared<Parsed>();
    CxVccImportReport &report = parsed->report;
    report.sourcePath = path;
    auto fail = [this, parsed, done, current](const QString &error) {
        parsed->report.error = error;
        QTimer::singleShot(0, this, [parsed, done, current] { done(parsed->report, current); });
    };

    // cx-vcc's config.yaml is a few KB; 4 MB is far above any real one.
    BoundedFile file(path, 4 * 1024 * 1024);
    switch (file.read()) {
    case BoundedFile::Outcome::Read:
        break;
    case BoundedFile::Outcome::Missing:
        return fail(tr("No cx-vcc configuration was found at %1; give the path of its config.yaml.").arg(path));
    case BoundedFile::Outcome::TooLarge:
        return fail(tr("The cx-vcc configuration %1 is larger than 4 MB, far more than any cx-vcc configuration; "
                       "check that it is the right file. Nothing was imported.")
                        .arg(path));
    case BoundedFile::Outcome::Unreadable:
        return fail(tr("The cx-vcc configuration %1 cannot be read (%2).").arg(path, file.reason()));
    }
    const QByteArray &data = file.data();

    YAML::Node root;
    try {
        root = YAML::Load(data.toStdString());
    } catch (const YAML::Exception &e) {
        // yaml-cpp's message quotes the offending line, which may hold a key: give only the position.
        return fail(tr("The cx-vcc configuration %1 is not valid YAML (line %2, column %3); nothing was imported.")
                        .arg(path)
                        .arg(e.mark.line + 1)
                        .arg(e.mark.column + 1));
    }
    if (!root.IsMap())
        return fail(
            tr("The cx-vcc configuration %1 does not have the expected layout; nothing was imported.").arg(path));

    try {
        const YAML::Node vapi = root["vapi"];
        if (vapi && vapi.IsMap()) {
            parsed->vapiKey = text(vapi, "apiKey");
            if (text(vapi, "apiUrl").contains(QLatin1String(".eu.")))
                parsed->vapiRegion = QStringLiteral("eu");
        }
        const YAML::Node domains = root["domains"];
        if (domains && domains.IsMap()) {
            for (auto it = domains.begin(); it != domains.end(); ++it) {
                Parsed::Domain d;
                d.name = QString::fromStdString(it->first.as<std::string>()).trimmed().toLower();
                const YAML::Node node = it->second;
                if (d.name.isEmpty() || !node.IsMap()) {
                    report.warnings << tr("An entry without a usable domain name was skipped.");
                    continue;
                }
                d.apiKey = text(node, "apiKey");
                d.autoAlias = text(node, "autoAlias");
                d.inboundSipUri = text(node, "inboundSipUri");
                const YAML::Node v = node["vapi"];
                if (v && v.IsMap()) {
                    d.credentialId = text(v, "trunkCredentialId");
                    const YAML::Node numbers = v["phoneNumbers"];
                    if (numbers && numbers.IsMap())
                        for (auto n = numbers.begin(); n != numbers.end(); ++n)
                            d.numbers << qMakePair(QString::fromStdString(n->first.as<std::string>()),
                                                   n->second.IsMap() ? text(n->second, "id") : QString());
                }
                parsed->domains << d;
            }
        }
    } catch (const YAML::Exception &e) {
        return fail(tr("The cx-vcc configuration %1 has an unexpected entry (line %2); nothing was imported.")
                        .arg(path)
                        .arg(e.mark.line + 1));
    }
    if (parsed->domains.isEmpty() && parsed->vapiKey.isEmpty())
        return fail(tr("The cx-vcc configuration %1 holds no domain and no Vapi key; nothing was imported.").arg(path));

    // Merge into a copy; it only replaces the caller's config once every key is stored.
    AppConfig merged = current;
    for (const Parsed::Domain &d : std::as_const(parsed->domains)) {
        DomainRecord &record = merged.domainOrNew(d.name);
        if (record.importedFrom.isEmpty() && record.vapiCredentialId.isEmpty())
            record.importedFrom = QStringLiteral("cx-vcc");
        if (record.autoAlias.isEmpty() && d.autoAlias != d.name)
            record.autoAlias = d.autoAlias;
        if (record.inboundSipHost.isEmpty())
            record.inboundSipHost = d.inboundSipUri;
        record.vapiRegion = parsed->vapiRegion;
        if (!d.credentialId.isEmpty()) {
            if (record.vapiCredentialId.isEmpty())
                record.vapiCredentialId = d.credentialId;
            else if (record.vapiCredentialId != d.credentialId)
                report.warnings << tr("%1: cx-vcc names trunk %2 but Trunk Wizard already manages trunk %3; kept %3.")
                                       .arg(d.name, d.credentialId, record.vapiCredentialId);
        }
        for (const auto &[raw, id] : d.numbers) {
            const auto check = PhoneNumberValidator::normalize(raw, defaultNumberRegion);
            if (!check.valid) {
                report.warnings << tr("%1: number %2 was skipped: %3").arg(d.name, raw, check.error);
                continue;
            }
            if (NumberRecord *existing = record.findNumber(check.e164)) {
                if (existing->vapiId.isEmpty())
                    existing->vapiId = id;
                continue;
            }
            NumberRecord n;
            n.number = check.e164;
            n.vapiId = id;
            record.numbers << n;
            ++report.numbers;
        }
        report.domains << d.name;
        if (!d.apiKey.isEmpty())
            parsed->keys << qMakePair(SecretStore::cloudonixAccount(d.name), d.apiKey);
        else
            report.warnings
                << tr("%1: cx-vcc stored no Cloudonix key; enter it when you first use the domain.").arg(d.name);
    }
    if (!parsed->vapiKey.isEmpty())
        parsed->keys << qMakePair(SecretStore::vapiAccount(parsed->vapiRegion), parsed->vapiKey);
    if (merged.settings.vapiRegion.isEmpty() || current.domains.isEmpty())
        merged.settings.vapiRegion = parsed->vapiRegion;
    parsed->merged = merged;
    storeKeys(parsed, 0, done);
}

void CxVccImporter::storeKeys(const std::shared_ptr<Parsed> &parsed, int index, Done done)
{
    if (index >= parsed->keys.size()) {
        parsed->report.ok = true;
        if (!parsed->keys.isEmpty())
            parsed->report.warnings
                << tr("%1 still holds the API keys in plain text; delete the file (or its apiKey lines) once you no "
                      "longer use cx-vcc. Trunk Wizard did not change it.")
                       .arg(parsed->report.sourcePath);
        done(parsed->report, parsed->merged);
        return;
    }
    if (!m_store) {
        parsed->report.error = tr("No keychain is available, so nothing was imported.");
        done(parsed->report, AppConfig());
        return;
    }
    // Named copies, not a structured binding: clang 14 (the sanitizer build) cannot capture one.
    const QString account = parsed->keys.at(index).first;
    const QString secret = parsed->keys.at(index).second;
    m_store->write(account, secret, this, [this, parsed, index, done, account](const SecretError &error) {
        if (error.isError()) {
            parsed->report.ok = false;
            parsed->report.error = tr("The key for %1 could not be stored in the keychain, so nothing was imported: %2")
                                       .arg(account, error.message());
            done(parsed->report, AppConfig());
            return;
        }
        parsed->report.keysMoved << account;
        storeKeys(parsed, index + 1, done);
    });
}

} // namespace tw
