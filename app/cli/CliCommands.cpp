#include "cli/CliCommands.h"

#include "config/CxVccImporter.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace tw {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

CliCommands::CliCommands(ConfigStore *config, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_secrets(secrets)
{ }

QString CliCommands::usage()
{
    return QStringLiteral(
        "Usage: trunkwizard-cli [--config-dir DIR] [--sandbox] [--json] COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  import-cxvcc [--file PATH]   import cx-vcc's config.yaml; its API keys move into the keychain\n"
        "  display [--domain D]         show the domains, trunks and numbers stored locally\n"
        "  help                         show this text\n"
        "\n"
        "--sandbox runs against simulated Cloudonix and Vapi on this computer: nothing is sent, and\n"
        "neither your settings nor your keychain are touched.\n"
        "\n"
        "Exit codes: 0 success, 1 failure, 2 invalid input or usage, 5 keychain unavailable.\n");
}

void CliCommands::done(int code)
{
    out().flush();
    err().flush();
    QTimer::singleShot(0, this, [this, code] { emit finished(code); });
}

void CliCommands::fail(int code, const QString &message, bool json)
{
    if (json) {
        const QJsonObject error {{QStringLiteral("error"),
                                  QJsonObject {{QStringLiteral("system"), QStringLiteral("trunkwizard")},
                                               {QStringLiteral("kind"), QString::number(code)},
                                               {QStringLiteral("message"), message}}}};
        out() << QJsonDocument(error).toJson(QJsonDocument::Compact) << '\n';
    }
    err() << message << '\n';
    done(code);
}

void CliCommands::run(const QStringList &arguments)
{
    QStringList args = arguments;
    bool json = false;
    QString command;
    QString file;
    QString domain;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        auto value = [&](QString *target) {
            if (i + 1 >= args.size())
                return false;
            *target = args.at(++i);
            return true;
        };
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--file")) {
            if (!value(&file))
                return fail(Usage, QStringLiteral("--file needs a path."), json);
        } else if (a == QLatin1String("--domain")) {
            if (!value(&domain))
                return fail(Usage, QStringLiteral("--domain needs a domain name."), json);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            command = QStringLiteral("help");
        } else if (a.startsWith(QLatin1String("-"))) {
            return fail(Usage, QStringLiteral("Unknown option %1; see trunkwizard-cli help.").arg(a), json);
        } else if (command.isEmpty()) {
            command = a;
        } else {
            return fail(Usage, QStringLiteral("Unexpected argument %1; see trunkwizard-cli help.").arg(a), json);
        }
    }
    if (command.isEmpty() || command == QLatin1String("help")) {
        out() << usage();
        return done(command.isEmpty() ? Usage : Success);
    }
    if (command == QLatin1String("import-cxvcc"))
        return importCxVcc(file.isEmpty() ? CxVccImporter::defaultPath() : file, json);
    if (command == QLatin1String("display"))
        return display(domain, json);
    fail(Usage, QStringLiteral("Unknown command %1; see trunkwizard-cli help.").arg(command), json);
}

void CliCommands::importCxVcc(const QString &path, bool json)
{
    const ConfigStore::LoadResult loaded = m_config->load();
    if (!loaded.ok() && m_config->isWriteBlocked())
        return fail(Failure, loaded.message, json);
    if (!loaded.message.isEmpty())
        err() << loaded.message << '\n';
    auto *importer = new CxVccImporter(m_secrets, this);
    importer->import(path, loaded.config, loaded.config.settings.defaultNumberRegion,
                     [this, importer, json](const CxVccImportReport &report, const AppConfig &merged) {
                         importer->deleteLater();
                         if (!report.ok) {
                             const bool keychain = report.error.contains(QLatin1String("keychain"));
                             return fail(keychain ? SecretsUnavailable : Failure, report.error, json);
                         }
                         if (const QString error = m_config->save(merged); !error.isEmpty())
                             return fail(Failure, error, json);
                         if (json) {
                             const QJsonObject o {
                                 {QStringLiteral("source"), report.sourcePath},
                                 {QStringLiteral("domains"), QJsonArray::fromStringList(report.domains)},
                                 {QStringLiteral("numbers"), report.numbers},
                                 {QStringLiteral("keysMoved"), QJsonArray::fromStringList(report.keysMoved)},
                                 {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}};
                             out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
                         } else {
                             out() << "Imported " << report.domains.size() << " domain(s) and " << report.numbers
                                   << " number(s) from " << report.sourcePath << ".\n";
                             for (const QString &account : report.keysMoved)
                                 out() << "Stored the key for " << account << " in the keychain.\n";
                             for (const QString &warning : report.warnings)
                                 err() << "Note: " << warning << '\n';
                         }
                         done(Success);
                     });
}

void CliCommands::display(const QString &domain, bool json)
{
    const ConfigStore::LoadResult loaded = m_config->load();
    if (!loaded.ok() && m_config->isWriteBlocked())
        return fail(Failure, loaded.message, json);
    if (!loaded.message.isEmpty())
        err() << loaded.message << '\n';
    QList<DomainRecord> domains = loaded.config.domains;
    if (!domain.isEmpty()) {
        const DomainRecord *found = loaded.config.findDomain(domain);
        if (!found)
            return fail(Failure, QStringLiteral("Domain %1 is not configured; run configure first.").arg(domain), json);
        domains = {*found};
    }
    if (json) {
        QJsonArray list;
        for (const DomainRecord &d : std::as_const(domains))
            list.append(d.toJson());
        out() << QJsonDocument(QJsonObject {{QStringLiteral("domains"), list}}).toJson(QJsonDocument::Compact) << '\n';
        return done(Success);
    }
    if (domains.isEmpty())
        out() << "No domain is configured yet.\n";
    for (const DomainRecord &d : std::as_const(domains)) {
        out() << "Domain: " << d.domain << '\n'
              << "  Inbound SIP host: " << (d.inboundSipHost.isEmpty() ? QStringLiteral("(unknown)") : d.inboundSipHost)
              << '\n'
              << "  Vapi trunk: " << (d.vapiCredentialId.isEmpty() ? QStringLiteral("(none)") : d.vapiCredentialId)
              << '\n';
        if (d.numbers.isEmpty())
            out() << "  Numbers: none\n";
        for (const NumberRecord &n : d.numbers)
            out() << "  Number: " << n.number
                  << (n.vapiId.isEmpty() ? QString() : QStringLiteral(" (Vapi id %1)").arg(n.vapiId)) << '\n';
    }
    done(Success);
}

} // namespace tw
