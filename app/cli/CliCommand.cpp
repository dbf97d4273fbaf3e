#include "cli/CliCommand.h"

#include "cli/CliKeys.h"
#include "cli/CliOutput.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "operations/ApplyOperation.h"
#include "operations/DomainStatus.h"
#include "operations/PlanOperation.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace tw {

CliCommand::CliCommand(const CliArguments &arguments, CoreContext *core, CliOutput *output, QObject *parent)
    : QObject(parent)
    , m_args(arguments)
    , m_core(core)
    , m_out(output)
    , m_keyring(new CliKeys(
          arguments, core->secrets(),
          [output](CliKeys::Problem problem, const QString &message) {
              const bool keychain
                  = problem == CliKeys::Problem::KeychainUnavailable || problem == CliKeys::Problem::KeychainError;
              const int code = problem == CliKeys::Problem::KeychainUnavailable ? CliOutput::SecretsUnavailable
                  : keychain                                                    ? CliOutput::Failure
                                                                                : CliOutput::Usage;
              output->fail(code, message, keychain ? QStringLiteral("keychain") : QStringLiteral("trunkwizard"),
                           keychain ? QStringLiteral("unavailable") : QStringLiteral("usage"));
          },
          this))
{
    m_keys.vapiRegion = region();
}

QString CliCommand::region() const
{
    return regionOf(m_args, m_core->settings());
}

QString CliCommand::regionOf(const CliArguments &arguments, const AppSettings &settings)
{
    return arguments.has(QStringLiteral("region")) ? arguments.value(QStringLiteral("region")).toLower()
                                                   : settings.vapiRegion;
}

QString CliCommand::domainOption() const
{
    return m_args.value(QStringLiteral("domain")).trimmed().toLower();
}

QString CliCommand::numberRegion() const
{
    return m_args.has(QStringLiteral("number-region")) ? m_args.value(QStringLiteral("number-region"))
                                                       : m_core->settings().defaultNumberRegion;
}

bool CliCommand::isConfigured(const QString &domain) const
{
    return m_core->store()->load().config.findDomain(domain) != nullptr;
}

std::optional<DomainRecord> CliCommand::configuredRecord(const QString &domain)
{
    const AppConfig config = m_core->store()->load().config;
    if (const DomainRecord *record = config.findDomain(domain))
        return *record;
    m_out->fail(
        CliOutput::Usage,
        tr("%1 is not configured yet; run trunkwizard-cli configure --domain %1 --apikey - first.").arg(domain));
    return std::nullopt;
}

void CliCommand::printDomainResult(const ApplyResult &result, const QString &domain)
{
    if (!m_out->isJson())
        return;
    const DomainRecord *record = result.config.findDomain(domain);
    m_out->printJson(
        QJsonObject {{QStringLiteral("domains"),
                      QJsonArray {DomainStatus::from(record ? *record : DomainRecord {}, nullptr).toJson()}},
                     {QStringLiteral("result"), result.toJson()}});
}

void CliCommand::withCloudonixKey(const QString &domain, bool fromOption, std::function<void(const QString &)> next)
{
    const CliKeys::Source source {QStringLiteral("Cloudonix"), QStringLiteral("TRUNKWIZARD_CLOUDONIX_KEY"),
                                  SecretStore::cloudonixAccount(domain),
                                  tr("run trunkwizard-cli configure --domain %1 --apikey -").arg(domain)};
    m_keyring->resolve(source, fromOption, [this, next](const QString &key) {
        m_keys.cloudonixKey = key;
        next(key);
    });
}

void CliCommand::withVapiKey(bool fromOption, std::function<void(const QString &)> next)
{
    const CliKeys::Source source {QStringLiteral("Vapi"), QStringLiteral("TRUNKWIZARD_VAPI_KEY"),
                                  SecretStore::vapiAccount(region()),
                                  tr("run trunkwizard-cli service --provider vapi --apikey -")};
    m_keyring->resolve(source, fromOption, [this, next](const QString &key) {
        m_keys.vapiKey = key;
        next(key);
    });
}

void CliCommand::withBothKeys(const QString &domain, std::function<void()> next)
{
    withVapiKey(false, [this, domain, next](const QString &) {
        withCloudonixKey(domain, false, [next](const QString &) { next(); });
    });
}

void CliCommand::plan(PlanOperation *op, std::function<void(const PlanOutcome &)> next)
{
    op->setDefaultNumberRegion(numberRegion());
    connect(op, &Operation::noteAdded, this, [this](const QString &text) { m_out->note(text); });
    run(op, &PlanOperation::finished, std::move(next));
}

bool CliCommand::confirm(const QString &question)
{
    if (m_args.isSet(QStringLiteral("yes")))
        return true;
    if (!isatty(STDIN_FILENO)) {
        m_out->fail(CliOutput::Usage,
                    tr("This changes Cloudonix or Vapi and there is no terminal to ask on; run again with "
                       "--yes after reading the plan."));
        return false;
    }
    const QString a = m_out->prompt(question + QStringLiteral(" [y/N]")).toLower();
    if (a == QLatin1String("y") || a == QLatin1String("yes"))
        return true;
    m_out->fail(CliOutput::Failure, tr("Nothing was changed."), QStringLiteral("trunkwizard"),
                QStringLiteral("declined"));
    return false;
}

void CliCommand::runPlanned(const PlanOutcome &planned, bool ask, std::function<void(const ApplyResult &)> after)
{
    if (!planned.ok() || !planned.plan.canApply()) {
        if (planned.ok())
            m_out->print(planned.plan.toText());
        return m_out->failPlan(planned);
    }
    if (!ask || planned.plan.writeCount() == 0) { // else the plan shown below carries them
        for (const QString &n : planned.plan.notes)
            m_out->note(QStringLiteral("Note: %1").arg(n));
        for (const QString &w : planned.plan.warnings)
            m_out->note(QStringLiteral("Warning: %1").arg(w));
    }
    auto *op = new ApplyOperation(m_core, m_keys, planned, {}, this);
    if (planned.plan.writeCount() > 0) {
        if (ask) {
            m_out->note(planned.plan.toText());
            if (!confirm(tr("Make these %n change(s)?", nullptr, planned.plan.writeCount())))
                return op->deleteLater();
        }
        if (!m_out->isJson()) {
            connect(op, &ApplyOperation::stepFinished, this, [this](const StepReport &step) {
                m_out->note(QStringLiteral("[%1/%2] %3 %4")
                                .arg(step.step)
                                .arg(step.total)
                                .arg(step.ok() ? tr("done:") : tr("failed:"), step.message()));
                m_out->flush();
            });
            connect(op, &ApplyOperation::rollbackStarted, this, [this](int items) {
                m_out->note(tr("Taking back the %n change(s) this run made…", nullptr, items));
            });
        }
    }
    connect(op, &Operation::noteAdded, this, [this](const QString &text) { m_out->note(text); });
    ProvisioningEngine::Options options;
    options.rollback = !m_args.isSet(QStringLiteral("no-rollback"));
    op->setOptions(options);
    run(op, &ApplyOperation::finished, [this, after](const ApplyResult &result) {
        if (!result.ok) {
            const int code = result.error ? CliOutput::exitCodeFor(*result.error) : CliOutput::Failure;
            if (m_out->isJson())
                m_out->printJson(QJsonObject {
                    {QStringLiteral("error"),
                     QJsonObject {{QStringLiteral("system"),
                                   result.error ? result.error->systemName().toLower() : QStringLiteral("trunkwizard")},
                                  {QStringLiteral("kind"),
                                   result.error                       ? CliOutput::kindName(result.error->kind())
                                       : !result.localError.isEmpty() ? QStringLiteral("local")
                                                                      : QStringLiteral("cancelled")},
                                  {QStringLiteral("message"), result.message()}}},
                    {QStringLiteral("result"), result.toJson()}});
            m_out->note(result.message());
            if (result.error && m_out->isVerbose())
                m_out->note(result.error->details());
            return m_out->done(code);
        }
        after(result);
    });
}

} // namespace tw
