#include "cli/CliAccountCommands.h"

#include "cli/CliKeys.h"
#include "cli/CliOutput.h"
#include "config/ConfigStore.h"
#include "config/CxVccImporter.h"
#include "core/CoreContext.h"
#include "operations/DomainStatus.h"
#include "operations/PlanOperation.h"
#include "operations/VerifyCloudonixOperation.h"
#include "operations/VerifyVapiOperation.h"
#include "provisioning/DesiredStateBuilder.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>

namespace tw {

void CliAccountCommands::configure()
{
    const QString domain = domainOption();
    if (domain.isEmpty() || !m_args.has(QStringLiteral("apikey")))
        return m_out->fail(CliOutput::Usage,
                           tr("configure needs --domain and --apikey (use --apikey - to read the key from "
                              "standard input)."));
    withCloudonixKey(domain, true, [this, domain](const QString &key) {
        run(new VerifyCloudonixOperation(m_core, domain, key, this), &VerifyCloudonixOperation::finished,
            [this, domain, key](const CloudonixAccountCheck &check) {
                if (!check.ok())
                    return m_out->failApi(*check.error);
                m_keyring->store(SecretStore::cloudonixAccount(domain), key, [this, domain, live = check.domain] {
                    AppConfig config = m_core->store()->load().config;
                    const bool known = config.findDomain(domain) != nullptr;
                    DomainRecord &record = config.domainOrNew(domain); // keeps its trunk and numbers
                    record.autoAlias = live.autoAlias();
                    record.inboundSipHost = live.inboundSipHost();
                    if (const QString error = m_core->store()->save(config); !error.isEmpty())
                        return m_out->fail(CliOutput::Failure, error, QStringLiteral("trunkwizard"),
                                           QStringLiteral("config"));
                    if (m_out->isJson())
                        m_out->printJson(QJsonObject {
                            {QStringLiteral("domains"), QJsonArray {DomainStatus::from(record, nullptr).toJson()}}});
                    m_out->print(tr("%1 domain %2; the key is in the keychain.")
                                     .arg(known ? QStringLiteral("Updated") : QStringLiteral("Configured"), domain));
                    m_out->print(record.inboundSipHost.isEmpty()
                                     ? tr("Cloudonix shows no inbound SIP host for it (no auto alias); "
                                          "give the trunk's gateway by hand.")
                                     : tr("Inbound SIP host: %1").arg(record.inboundSipHost));
                    m_out->done(CliOutput::Success);
                });
            });
    });
}

void CliAccountCommands::service()
{
    const QString provider = m_args.value(QStringLiteral("provider"));
    if (!provider.isEmpty() && provider != QLatin1String("vapi"))
        return m_out->fail(CliOutput::Usage, tr("Only --provider vapi is supported."));
    const QString name = m_args.value(QStringLiteral("name"));
    const QString domain = domainOption();
    const bool explicitKey = m_args.has(QStringLiteral("apikey"));
    withVapiKey(true, [this, name, domain, explicitKey](const QString &key) {
        run(new VerifyVapiOperation(m_core, key, region(), this), &VerifyVapiOperation::finished,
            [this, name, domain, explicitKey, key](const VapiAccountCheck &check) {
                if (!check.ok())
                    return m_out->failApi(*check.error);
                if (!explicitKey)
                    return serviceTrunk(name, domain);
                m_keyring->store(SecretStore::vapiAccount(region()), key,
                                 [this, name, domain] { serviceTrunk(name, domain); });
            });
    });
}

void CliAccountCommands::serviceTrunk(const QString &name, const QString &domain)
{
    if (domain.isEmpty()) {
        if (!name.isEmpty())
            m_out->note(tr("To create or reuse the domain's trunk, give --domain too."));
        if (m_out->isJson())
            m_out->printJson(QJsonObject {
                {QStringLiteral("vapi"),
                 QJsonObject {{QStringLiteral("region"), region()}, {QStringLiteral("keyStored"), true}}}});
        m_out->print(tr("The Vapi key works and is in the keychain."));
        return m_out->done(CliOutput::Success);
    }
    const std::optional<DomainRecord> record = configuredRecord(domain);
    if (!record)
        return;
    std::optional<QStringList> inbound;
    if (m_args.has(QStringLiteral("inbound-ip")))
        inbound = m_args.values(QStringLiteral("inbound-ip"));
    auto build = [region = region(), name, inbound,
                  trunk = m_args.value(QStringLiteral("trunk"))](const DomainRecord &stored, const LiveState &live) {
        return DesiredStateBuilder::withTrunk(stored, live, region, name, inbound, trunk);
    };
    withCloudonixKey(domain, false, [this, domain, build](const QString &) {
        plan(PlanOperation::forCommand(m_core, m_keys, domain, build, this), [this](const PlanOutcome &planned) {
            runPlanned(planned, false, [this, planned](const ApplyResult &result) {
                printDomainResult(result, planned.plan.domain);
                const DomainRecord *r = result.config.findDomain(planned.plan.domain);
                m_out->print(QStringLiteral("Trunk \"%1\" for %2: %3")
                                 .arg(r->vapiCredentialName, r->domain, r->vapiCredentialId));
                for (const PlanAction &a : planned.plan.actions)
                    if (a.resource == PlanAction::Resource::Trunk)
                        m_out->print(QStringLiteral("Gateways: %1").arg(a.after.isEmpty() ? a.before : a.after));
                m_out->print(result.message());
                m_out->done(CliOutput::Success);
            });
        });
    });
}

void CliAccountCommands::importCxVcc()
{
    const QString path
        = m_args.has(QStringLiteral("file")) ? m_args.value(QStringLiteral("file")) : CxVccImporter::defaultPath();
    const ConfigStore::LoadResult loaded = m_core->store()->load();
    auto *importer = new CxVccImporter(m_core->secrets(), this);
    importer->import(
        path, loaded.config, loaded.config.settings.defaultNumberRegion,
        [this, importer](const CxVccImportReport &report, const AppConfig &merged) {
            importer->deleteLater();
            if (!report.ok) {
                const bool keychain = report.error.contains(QLatin1String("keychain"));
                return m_out->fail(keychain ? CliOutput::SecretsUnavailable : CliOutput::Failure, report.error,
                                   keychain ? QStringLiteral("keychain") : QStringLiteral("trunkwizard"),
                                   keychain ? QStringLiteral("unavailable") : QStringLiteral("import"));
            }
            if (const QString error = m_core->store()->save(merged); !error.isEmpty())
                return m_out->fail(CliOutput::Failure, error, QStringLiteral("trunkwizard"), QStringLiteral("config"));
            if (m_out->isJson())
                m_out->printJson(
                    QJsonObject {{QStringLiteral("source"), report.sourcePath},
                                 {QStringLiteral("domains"), QJsonArray::fromStringList(report.domains)},
                                 {QStringLiteral("numbers"), report.numbers},
                                 {QStringLiteral("keysMoved"), QJsonArray::fromStringList(report.keysMoved)},
                                 {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}});
            m_out->print(tr("Imported %n domain(s) from %1, with %2.", nullptr, int(report.domains.size()))
                             .arg(report.sourcePath, tr("%n number(s)", nullptr, report.numbers)));
            for (const QString &account : report.keysMoved)
                m_out->print(tr("Stored the key for %1 in the keychain.").arg(account));
            for (const QString &warning : report.warnings)
                m_out->note(QStringLiteral("Note: %1").arg(warning));
            m_out->done(CliOutput::Success);
        });
}

void CliAccountCommands::deleteDomain()
{
    const QString domain = domainOption();
    if (domain.isEmpty())
        return m_out->fail(CliOutput::Usage, tr("delete needs --domain."));
    if (!isConfigured(domain))
        return m_out->fail(CliOutput::Failure, tr("%1 is not configured.").arg(domain));
    if (!m_args.isSet(QStringLiteral("remote")))
        return forget(domain, {});
    withBothKeys(domain, [this, domain] {
        plan(
            PlanOperation::forTeardown(m_core, m_keys, domain, m_args.isSet(QStringLiteral("restore-cloudonix")), this),
            [this, domain](const PlanOutcome &planned) {
                runPlanned(planned, true, [this, domain](const ApplyResult &result) {
                    forget(domain, {{QStringLiteral("result"), result.toJson()}});
                });
            });
    });
}

void CliAccountCommands::forget(const QString &domain, const QJsonObject &extra)
{
    AppConfig config = m_core->store()->load().config;
    config.domains.removeIf([&](const DomainRecord &d) { return d.domain == domain; });
    if (const QString error = m_core->store()->save(config); !error.isEmpty())
        return m_out->fail(CliOutput::Failure, error, QStringLiteral("trunkwizard"), QStringLiteral("config"));
    m_keyring->forget(SecretStore::cloudonixAccount(domain), [this, domain, extra](const QString &problem) {
        if (!problem.isEmpty())
            m_out->note(
                tr("Note: the Cloudonix key of %1 could not be removed from the keychain: %2").arg(domain, problem));
        if (m_out->isJson()) {
            QJsonObject o = extra;
            o.insert(QStringLiteral("deleted"), domain);
            m_out->printJson(o);
        }
        m_out->print(tr("%1 is forgotten, and its key removed from the keychain.").arg(domain));
        m_out->done(CliOutput::Success);
    });
}

} // namespace tw
