#include "cli/CliCommands.h"

#include "cli/CliDomainView.h"
#include "cli/CliKeys.h"

#include "api/CloudonixClient.h"
#include "api/EndpointPolicy.h"
#include "api/VapiClient.h"
#include "config/CxVccImporter.h"
#include "core/CoreContext.h"
#include "domain/PhoneNumberValidator.h"
#include "provisioning/Provisioner.h"
#include "provisioning/TestCallRunner.h"
#include "secrets/SecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

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

QString kindName(ApiError::Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<ApiError::Kind>().valueToKey(int(kind))).toLower();
}

bool isUuid(const QString &s)
{
    return s.size() == 36 && s.count(QLatin1Char('-')) == 4;
}

} // namespace

CliCommands::CliCommands(const CliArguments &arguments, CoreContext *core, QObject *parent)
    : QObject(parent)
    , m_args(arguments)
    , m_json(arguments.isSet(QStringLiteral("json")))
    , m_core(core)
    , m_store(core->store())
    , m_keys(new CliKeys(
          arguments, core->secrets(),
          [this](CliKeys::Problem problem, const QString &message) { keyFailed(int(problem), message); }, this))
{ }

void CliCommands::keyFailed(int problem, const QString &message)
{
    const auto p = CliKeys::Problem(problem);
    const bool keychain = p == CliKeys::Problem::KeychainUnavailable || p == CliKeys::Problem::KeychainError;
    const int code = p == CliKeys::Problem::KeychainUnavailable ? SecretsUnavailable : keychain ? Failure : Usage;
    fail(code, message, keychain ? QStringLiteral("keychain") : QStringLiteral("trunkwizard"),
         keychain ? QStringLiteral("unavailable") : QStringLiteral("usage"));
}

CliCommands::~CliCommands() = default;

QString CliCommands::usage()
{
    return QStringLiteral(
        "Usage: trunkwizard-cli COMMAND [options]   (global options may stand anywhere)\n"
        "\n"
        "cx-vcc compatible:\n"
        "  configure --domain D --apikey K          verify a Cloudonix key and domain; store the key in the keychain\n"
        "  service --provider vapi --apikey K [--name N --domain D] [--inbound-ip IP[/MASK]]...\n"
        "                                           store the Vapi key; with --name and --domain, create or reuse the\n"
        "                                           domain's trunk (outbound host gateway + inbound IP gateways)\n"
        "  addnumber --domain D --provider vapi --number N [--number N...] [--file numbers.csv]\n"
        "            [--assistant ID_OR_NAME] [--mode trunk|sip-uri]\n"
        "  display [--domain D] [--remote]          what is stored (and, with --remote, what is live)\n"
        "  sync [--domain D]                        bring the stored ids in line with Vapi (no remote change)\n"
        "  delete --domain D [--remote]             forget a domain; with --remote, remove its trunk and numbers "
        "first\n"
        "More:\n"
        "  plan --file STATE.json                   show what an apply would change\n"
        "  apply --file STATE.json [--no-rollback]  make it so\n"
        "  status --domain D                        live state and drift from what was applied\n"
        "  test-call --domain D --from NUMBER_OR_ID --to NUMBER --assistant ID_OR_NAME [--wait SECONDS]\n"
        "  teardown --domain D [--restore-cloudonix] remove numbers, then the trunk (and restore the domain settings)\n"
        "  import-cxvcc [--file PATH]               import ~/.cx-vcc/config.yaml; its keys move into the keychain\n"
        "\n"
        "Global options: --config-dir DIR, --cloudonix-url URL, --vapi-url URL, --region us|eu, --json, --verbose,\n"
        "  --sandbox (simulated Cloudonix and Vapi on this computer), --yes (no confirmation question).\n"
        "Keys: --apikey K (shows in the process list) or --apikey - (read from standard input) win over\n"
        "  TRUNKWIZARD_CLOUDONIX_KEY / TRUNKWIZARD_VAPI_KEY, which win over the keychain.\n"
        "Exit codes: 0 success, 1 a remote system refused or another failure, 2 invalid input or usage,\n"
        "  3 authentication failed, 4 network unreachable, timed out or TLS failure, 5 keychain unavailable.\n");
}

int CliCommands::exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        return AuthFailed;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return NetworkFailed;
    case ApiError::Kind::InvalidUrl:
        return Usage;
    default:
        return Failure;
    }
}

// ---- output ------------------------------------------------------------------------------

void CliCommands::print(const QString &text)
{
    if (!m_json)
        out() << text << '\n';
}

void CliCommands::note(const QString &text)
{
    err() << text << '\n';
}

void CliCommands::printJson(const QJsonObject &document)
{
    out() << QJsonDocument(document).toJson(QJsonDocument::Compact) << '\n';
}

void CliCommands::done(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    out().flush();
    err().flush();
    QTimer::singleShot(0, this, [this, code] { emit finished(code); });
}

void CliCommands::fail(int code, const QString &message, const QString &system, const QString &kind)
{
    if (m_finished)
        return;
    if (m_json)
        printJson(QJsonObject {{QStringLiteral("error"),
                                QJsonObject {{QStringLiteral("system"), system},
                                             {QStringLiteral("kind"), kind},
                                             {QStringLiteral("message"), message}}}});
    note(message);
    done(code);
}

void CliCommands::failApi(const ApiError &error)
{
    if (m_args.isSet(QStringLiteral("verbose")))
        note(error.details());
    fail(exitCodeFor(error), error.userMessage(), error.systemName().toLower(), kindName(error.kind()));
}

void CliCommands::failPlan(const PlanOutcome &outcome)
{
    if (outcome.error)
        return failApi(*outcome.error);
    if (!outcome.configError.isEmpty())
        return fail(Failure, outcome.configError, QStringLiteral("trunkwizard"), QStringLiteral("config"));
    if (!outcome.inputErrors.isEmpty()) {
        for (qsizetype i = 1; i < outcome.inputErrors.size(); ++i)
            note(outcome.inputErrors.at(i));
        return fail(Usage, outcome.inputErrors.first(), QStringLiteral("trunkwizard"), QStringLiteral("validation"));
    }
    for (qsizetype i = 1; i < outcome.plan.errors.size(); ++i)
        note(outcome.plan.errors.at(i));
    fail(Usage, outcome.plan.errors.value(0), QStringLiteral("trunkwizard"), QStringLiteral("validation"));
}

ConfigStore::LoadResult CliCommands::loadConfig()
{
    return m_store->load();
}

QString CliCommands::region()
{
    if (m_args.has(QStringLiteral("region")))
        return m_args.value(QStringLiteral("region")).toLower();
    return m_store->load().config.settings.vapiRegion;
}

// ---- start -------------------------------------------------------------------------------

void CliCommands::start()
{
    const QString command = m_args.command();
    if (m_args.isSet(QStringLiteral("help")) || command == QLatin1String("help")) {
        out() << usage();
        return done(Success);
    }
    if (command.isEmpty()) {
        err() << usage();
        return done(Usage);
    }
    // One plain sentence per failure on stderr; the request log only with --verbose.
    QLoggingCategory::setFilterRules(m_args.isSet(QStringLiteral("verbose")) ? QStringLiteral("tw.*.debug=true")
                                                                             : QStringLiteral("tw.*=false"));

    const ConfigStore::LoadResult loaded = loadConfig();
    if (m_store->isWriteBlocked() && command != QLatin1String("help"))
        return fail(Failure, loaded.message, QStringLiteral("trunkwizard"), QStringLiteral("config"));
    if (!loaded.message.isEmpty())
        note(loaded.message);
    EndpointPolicy::VapiRegion vapiRegion = EndpointPolicy::VapiRegion::Us;
    if (!EndpointPolicy::parseRegion(region(), &vapiRegion))
        return fail(Usage, QStringLiteral("--region must be us or eu."));
    if (const QString problem = m_core->endpointProblem(region()); !problem.isEmpty())
        return fail(Usage, problem);
    m_cloudonix = m_core->cloudonix({}, this);
    m_vapi = m_core->vapi({}, region(), this);
    m_provisioner = new Provisioner(m_cloudonix, m_vapi, m_core->resolver(), m_store, this);
    m_numberRegion = m_args.has(QStringLiteral("number-region")) ? m_args.value(QStringLiteral("number-region"))
                                                                 : loaded.config.settings.defaultNumberRegion;
    m_provisioner->setDefaultNumberRegion(m_numberRegion);

    using Handler = void (CliCommands::*)();
    static const QHash<QString, Handler> handlers {{QStringLiteral("configure"), &CliCommands::configure},
                                                   {QStringLiteral("service"), &CliCommands::service},
                                                   {QStringLiteral("addnumber"), &CliCommands::addNumber},
                                                   {QStringLiteral("display"), &CliCommands::display},
                                                   {QStringLiteral("sync"), &CliCommands::sync},
                                                   {QStringLiteral("delete"), &CliCommands::deleteDomain},
                                                   {QStringLiteral("status"), &CliCommands::status},
                                                   {QStringLiteral("test-call"), &CliCommands::testCall},
                                                   {QStringLiteral("teardown"), &CliCommands::teardown},
                                                   {QStringLiteral("import-cxvcc"), &CliCommands::importCxVcc}};
    if (command == QLatin1String("plan") || command == QLatin1String("apply"))
        return planFile(command == QLatin1String("apply"));
    const Handler handler = handlers.value(command);
    if (!handler)
        return fail(Usage, QStringLiteral("Unknown command %1; see trunkwizard-cli help.").arg(command));
    (this->*handler)();
}

// ---- keys --------------------------------------------------------------------------------

void CliCommands::withCloudonixKey(const QString &domain, bool fromOption, std::function<void(const QString &)> next)
{
    const CliKeys::Source source {QStringLiteral("Cloudonix"), QStringLiteral("TRUNKWIZARD_CLOUDONIX_KEY"),
                                  SecretStore::cloudonixAccount(domain),
                                  QStringLiteral("run trunkwizard-cli configure --domain %1 --apikey -").arg(domain)};
    m_keys->resolve(source, fromOption, [this, next](const QString &key) {
        m_cloudonix->setApiKey(key);
        next(key);
    });
}

void CliCommands::withVapiKey(bool fromOption, std::function<void(const QString &)> next)
{
    const CliKeys::Source source {QStringLiteral("Vapi"), QStringLiteral("TRUNKWIZARD_VAPI_KEY"),
                                  SecretStore::vapiAccount(region()),
                                  QStringLiteral("run trunkwizard-cli service --provider vapi --apikey -")};
    m_keys->resolve(source, fromOption, [this, next](const QString &key) {
        m_vapi->setApiKey(key);
        next(key);
    });
}

// ---- plan, confirm, apply ----------------------------------------------------------------

bool CliCommands::confirm(const QString &question)
{
    if (m_args.isSet(QStringLiteral("yes")))
        return true;
    if (!isatty(STDIN_FILENO)) {
        fail(Usage,
             QStringLiteral("This changes Cloudonix or Vapi and there is no terminal to ask on; run again with --yes "
                            "after reading the plan."));
        return false;
    }
    err() << question << " [y/N] ";
    err().flush();
    std::string answer;
    std::getline(std::cin, answer);
    const QString a = QString::fromStdString(answer).trimmed().toLower();
    if (a == QLatin1String("y") || a == QLatin1String("yes"))
        return true;
    fail(Failure, QStringLiteral("Nothing was changed."), QStringLiteral("trunkwizard"), QStringLiteral("declined"));
    return false;
}

void CliCommands::runPlanned(const PlanOutcome &planned, bool ask, std::function<void(const ApplyResult &)> after)
{
    if (!planned.ok() || !planned.plan.canApply()) {
        if (planned.ok())
            print(planned.plan.toText());
        return failPlan(planned);
    }
    for (const QString &w : planned.plan.warnings)
        note(QStringLiteral("Warning: %1").arg(w));
    if (planned.plan.writeCount() > 0) {
        if (ask) {
            err() << planned.plan.toText() << '\n';
            if (!confirm(QStringLiteral("Make these %1 change(s)?").arg(planned.plan.writeCount())))
                return;
        }
        if (!m_json) {
            connect(m_provisioner, &Provisioner::stepFinished, this,
                    [](int step, int total, bool ok, const QString &message) {
                        err() << QStringLiteral("[%1/%2] %3 %4")
                                     .arg(step)
                                     .arg(total)
                                     .arg(ok ? QStringLiteral("done:") : QStringLiteral("failed:"), message)
                              << '\n';
                        err().flush();
                    });
            connect(m_provisioner, &Provisioner::rollbackStarted, this, [](int items) {
                err() << QStringLiteral("Removing the %1 thing(s) this run created…").arg(items) << '\n';
            });
        }
    }
    ProvisioningEngine::Options options;
    options.rollback = !m_args.isSet(QStringLiteral("no-rollback"));
    m_provisioner->apply(planned, options, [this, after](const ApplyResult &result) {
        for (const QString &w : result.warnings)
            note(QStringLiteral("Warning: %1").arg(w));
        if (!result.ok) {
            const int code = result.error ? exitCodeFor(*result.error) : Failure;
            if (m_json)
                printJson(QJsonObject {
                    {QStringLiteral("error"),
                     QJsonObject {{QStringLiteral("system"),
                                   result.error ? result.error->systemName().toLower() : QStringLiteral("trunkwizard")},
                                  {QStringLiteral("kind"),
                                   result.error ? kindName(result.error->kind()) : QStringLiteral("cancelled")},
                                  {QStringLiteral("message"), result.message()}}},
                    {QStringLiteral("result"), result.toJson()}});
            note(result.message());
            if (result.error && m_args.isSet(QStringLiteral("verbose")))
                note(result.error->details());
            return done(code);
        }
        after(result);
    });
}

// ---- JSON of a domain --------------------------------------------------------------------

// ---- commands ----------------------------------------------------------------------------

void CliCommands::configure()
{
    const QString domain = m_args.value(QStringLiteral("domain")).trimmed().toLower();
    if (domain.isEmpty() || !m_args.has(QStringLiteral("apikey")))
        return fail(Usage,
                    QStringLiteral("configure needs --domain and --apikey (use --apikey - to read the key from "
                                   "standard input)."));
    withCloudonixKey(domain, true, [this, domain](const QString &key) {
        m_cloudonix->verifyKey(this, [this, domain, key](const ApiResult<CloudonixCustomer> &who) {
            // A domain-scoped key may not read the customer (403); the domain read decides.
            if (!who.ok() && who.error().kind() != ApiError::Kind::Forbidden)
                return failApi(who.error());
            m_cloudonix->getDomain(domain, this, [this, domain, key](const ApiResult<CloudonixDomain> &d) {
                if (!d.ok())
                    return failApi(d.error());
                m_keys->store(SecretStore::cloudonixAccount(domain), key, [this, domain, live = d.value()] {
                    AppConfig config = loadConfig().config;
                    const bool known = config.findDomain(domain) != nullptr;
                    DomainRecord &record = config.domainOrNew(domain); // keeps its trunk and numbers
                    record.autoAlias = live.autoAlias();
                    record.inboundSipHost = live.inboundSipHost();
                    if (const QString error = m_store->save(config); !error.isEmpty())
                        return fail(Failure, error, QStringLiteral("trunkwizard"), QStringLiteral("config"));
                    if (m_json)
                        printJson(QJsonObject {
                            {QStringLiteral("domains"), QJsonArray {CliDomainView::toJson(record, nullptr)}}});
                    print(QStringLiteral("%1 domain %2; the key is in the keychain.")
                              .arg(known ? QStringLiteral("Updated") : QStringLiteral("Configured"), domain));
                    print(record.inboundSipHost.isEmpty()
                              ? QStringLiteral("Cloudonix shows no inbound SIP host for it (no auto alias); give the "
                                               "trunk's gateway by hand.")
                              : QStringLiteral("Inbound SIP host: %1").arg(record.inboundSipHost));
                    done(Success);
                });
            });
        });
    });
}

void CliCommands::service()
{
    const QString provider = m_args.value(QStringLiteral("provider"));
    if (!provider.isEmpty() && provider != QLatin1String("vapi"))
        return fail(Usage, QStringLiteral("Only --provider vapi is supported."));
    const QString name = m_args.value(QStringLiteral("name"));
    const QString domain = m_args.value(QStringLiteral("domain")).trimmed().toLower();
    const bool explicitKey = m_args.has(QStringLiteral("apikey"));
    withVapiKey(true, [this, name, domain, explicitKey](const QString &key) {
        m_vapi->verifyKey(this, [this, name, domain, explicitKey, key](const ApiResult<ApiDone> &ok) {
            if (!ok.ok())
                return failApi(ok.error());
            auto trunkStep = [this, name, domain] {
                if (name.isEmpty() || domain.isEmpty()) {
                    if (!name.isEmpty() || !domain.isEmpty())
                        note(QStringLiteral("To create the trunk, give both --name and --domain."));
                    if (m_json)
                        printJson(QJsonObject {
                            {QStringLiteral("vapi"),
                             QJsonObject {{QStringLiteral("region"), region()}, {QStringLiteral("keyStored"), true}}}});
                    print(QStringLiteral("The Vapi key works and is in the keychain."));
                    return done(Success);
                }
                const AppConfig config = loadConfig().config;
                const DomainRecord *record = config.findDomain(domain);
                if (!record)
                    return fail(
                        Usage,
                        QStringLiteral(
                            "%1 is not configured yet; run trunkwizard-cli configure --domain %1 --apikey - first.")
                            .arg(domain));
                QStringList errors;
                DesiredState desired
                    = record->intent.isEmpty() ? DesiredState() : DesiredState::fromJson(record->intent, &errors);
                desired.domain = domain;
                desired.vapiRegion = region();
                desired.trunk.name = name;
                if (m_args.has(QStringLiteral("inbound-ip")))
                    desired.trunk.inboundGateways = m_args.values(QStringLiteral("inbound-ip"));
                desired.inboundOptional = true;
                if (record->intent.isEmpty()) { // only the trunk (and the domain settings it needs)
                    desired.manageNumbers = false;
                    for (const NumberRecord &n : record->numbers)
                        if (n.mode == QLatin1String("trunk"))
                            desired.numbers << DesiredNumber {n.number, n.assistantId, DesiredNumber::Mode::Trunk, {}};
                }
                withCloudonixKey(domain, false, [this, desired](const QString &) {
                    m_provisioner->plan(desired, [this](const PlanOutcome &planned) {
                        runPlanned(planned, false, [this, planned](const ApplyResult &result) {
                            const DomainRecord *r = result.config.findDomain(planned.plan.domain);
                            const QJsonObject json = CliDomainView::toJson(*r, nullptr);
                            if (m_json)
                                printJson(QJsonObject {{QStringLiteral("domains"), QJsonArray {json}},
                                                       {QStringLiteral("result"), result.toJson()}});
                            print(QStringLiteral("Trunk \"%1\" for %2: %3")
                                      .arg(r->vapiCredentialName, r->domain, r->vapiCredentialId));
                            for (const PlanAction &a : planned.plan.actions)
                                if (a.resource == PlanAction::Resource::Trunk)
                                    print(QStringLiteral("Gateways: %1").arg(a.after.isEmpty() ? a.before : a.after));
                            print(result.message());
                            done(Success);
                        });
                    });
                });
            };
            if (explicitKey)
                m_keys->store(SecretStore::vapiAccount(region()), key, trunkStep);
            else
                trunkStep();
        });
    });
}

void CliCommands::addNumber()
{
    const QString domain = m_args.value(QStringLiteral("domain")).trimmed().toLower();
    if (domain.isEmpty())
        return fail(Usage, QStringLiteral("addnumber needs --domain."));
    const QString provider = m_args.value(QStringLiteral("provider"));
    if (!provider.isEmpty() && provider != QLatin1String("vapi"))
        return fail(Usage, QStringLiteral("Only --provider vapi is supported."));
    const QString modeText = m_args.value(QStringLiteral("mode"));
    if (!modeText.isEmpty() && modeText != QLatin1String("trunk") && modeText != QLatin1String("sip-uri"))
        return fail(Usage, QStringLiteral("--mode must be trunk or sip-uri."));
    const DesiredNumber::Mode mode
        = modeText == QLatin1String("sip-uri") ? DesiredNumber::Mode::SipUri : DesiredNumber::Mode::Trunk;
    const QString assistant = m_args.value(QStringLiteral("assistant"));
    QList<DesiredNumber> wanted;
    for (const QString &n : m_args.values(QStringLiteral("number")))
        wanted << DesiredNumber {n, assistant, mode, {}};
    if (m_args.has(QStringLiteral("file"))) {
        QFile file(m_args.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(
                Usage,
                QStringLiteral("The numbers file %1 cannot be read (%2).").arg(file.fileName(), file.errorString()));
        // number[,assistant[,mode]] per line; a header line and # comments are skipped.
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
                || line.startsWith(QLatin1String("number"), Qt::CaseInsensitive))
                continue;
            const QStringList cells = line.split(QLatin1Char(','));
            const QString cellMode = cells.value(2).trimmed();
            wanted << DesiredNumber {
                cells.value(0).trimmed(),
                cells.value(1).trimmed().isEmpty() ? assistant : cells.value(1).trimmed(),
                cellMode.isEmpty()
                    ? mode
                    : (cellMode == QLatin1String("sip-uri") ? DesiredNumber::Mode::SipUri : DesiredNumber::Mode::Trunk),
                {}};
        }
    }
    if (wanted.isEmpty())
        return fail(Usage, QStringLiteral("addnumber needs --number (repeatable) or --file numbers.csv."));
    const AppConfig config = loadConfig().config;
    const DomainRecord *record = config.findDomain(domain);
    if (!record)
        return fail(
            Usage,
            QStringLiteral("%1 is not configured yet; run trunkwizard-cli configure --domain %1 --apikey - first.")
                .arg(domain));
    QStringList errors;
    DesiredState desired;
    if (!record->intent.isEmpty()) {
        desired = DesiredState::fromJson(record->intent, &errors); // the whole intent, plus these numbers
    } else {
        desired.domain = domain;
        desired.vapiRegion = region();
        desired.manageTrunk = desired.manageCloudonix = desired.manageNumbers = false;
    }
    for (const DesiredNumber &n : std::as_const(wanted)) {
        const auto e164 = PhoneNumberValidator::normalize(n.number, m_numberRegion);
        bool replaced = false;
        for (DesiredNumber &existing : desired.numbers)
            if (e164.valid && existing.number == e164.e164) {
                existing = n;
                replaced = true;
            }
        if (!replaced)
            desired.numbers << n;
    }
    withVapiKey(false, [this, desired, domain](const QString &) {
        withCloudonixKey(domain, false, [this, desired](const QString &) {
            m_provisioner->plan(desired, [this](const PlanOutcome &planned) {
                runPlanned(planned, false, [this, planned](const ApplyResult &result) {
                    const DomainRecord *r = result.config.findDomain(planned.plan.domain);
                    QJsonObject json = CliDomainView::toJson(*r, nullptr);
                    if (m_json)
                        printJson(QJsonObject {{QStringLiteral("domains"), QJsonArray {json}},
                                               {QStringLiteral("result"), result.toJson()}});
                    for (const PlanAction &a : planned.plan.actions)
                        if (a.resource == PlanAction::Resource::PhoneNumber)
                            print(a.summary);
                    for (const DesiredNumber &n : planned.desired.numbers)
                        if (const NumberRecord *stored = const_cast<DomainRecord *>(r)->findNumber(n.number))
                            print(QStringLiteral("%1: Vapi id %2").arg(stored->number, stored->vapiId));
                    print(result.message());
                    done(Success);
                });
            });
        });
    });
}

void CliCommands::display()
{
    const AppConfig config = loadConfig().config;
    const QString only = m_args.value(QStringLiteral("domain")).trimmed().toLower();
    QStringList domains;
    for (const DomainRecord &d : config.domains)
        if (only.isEmpty() || d.domain == only)
            domains << d.domain;
    if (!only.isEmpty() && domains.isEmpty())
        return fail(Failure, QStringLiteral("%1 is not configured; run trunkwizard-cli configure first.").arg(only));
    if (m_args.isSet(QStringLiteral("remote")))
        return showRemote(domains);
    QJsonArray list;
    for (const DomainRecord &d : config.domains) {
        if (!domains.contains(d.domain))
            continue;
        list.append(CliDomainView::toJson(d, nullptr));
        for (const QString &line : CliDomainView::localText(d))
            print(line);
    }
    if (domains.isEmpty())
        print(QStringLiteral("No domain is configured yet."));
    if (m_json)
        printJson(QJsonObject {{QStringLiteral("domains"), list}});
    done(Success);
}

void CliCommands::status()
{
    const QString domain = m_args.value(QStringLiteral("domain")).trimmed().toLower();
    if (domain.isEmpty())
        return fail(Usage, QStringLiteral("status needs --domain."));
    if (!loadConfig().config.findDomain(domain))
        return fail(Failure, QStringLiteral("%1 is not configured; run trunkwizard-cli configure first.").arg(domain));
    showRemote({domain});
}

void CliCommands::showRemote(const QStringList &domains)
{
    auto collected = std::make_shared<QJsonArray>();
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, domains, collected, next](int index) {
        if (index >= domains.size()) {
            if (m_json)
                printJson(QJsonObject {{QStringLiteral("domains"), *collected}});
            return done(Success);
        }
        const QString domain = domains.at(index);
        withVapiKey(false, [this, domain, index, collected, next](const QString &) {
            withCloudonixKey(domain, false, [this, domain, index, collected, next](const QString &) {
                m_provisioner->planDrift(domain, [this, domain, index, collected, next](const PlanOutcome &outcome) {
                    if (outcome.error)
                        return failApi(*outcome.error);
                    const DomainRecord *record = outcome.config.findDomain(domain);
                    const QJsonObject json = CliDomainView::toJson(*record, &outcome);
                    collected->append(json);
                    for (const QString &line : CliDomainView::remoteText(json))
                        print(line);
                    (*next)(index + 1);
                });
            });
        });
    };
    (*next)(0);
}

void CliCommands::sync()
{
    const QString only = m_args.value(QStringLiteral("domain")).trimmed().toLower();
    if (!only.isEmpty() && !loadConfig().config.findDomain(only))
        return fail(Failure, QStringLiteral("%1 is not configured.").arg(only));
    withVapiKey(false, [this, only](const QString &) {
        m_vapi->listPhoneNumbers(this, [this, only](const ApiResult<QList<VapiPhoneNumber>> &numbers) {
            if (!numbers.ok())
                return failApi(numbers.error());
            m_vapi->listSipTrunkCredentials(
                this, [this, only, live = numbers.value()](const ApiResult<QList<VapiCredential>> &trunks) {
                    if (!trunks.ok())
                        return failApi(trunks.error());
                    AppConfig config = loadConfig().config;
                    QStringList changes;
                    for (DomainRecord &d : config.domains) {
                        if (!only.isEmpty() && d.domain != only)
                            continue;
                        bool trunkLive = false;
                        for (const VapiCredential &t : trunks.value())
                            trunkLive |= t.id == d.vapiCredentialId;
                        if (!d.vapiCredentialId.isEmpty() && !trunkLive) {
                            changes << QStringLiteral("%1: trunk %2 is gone from Vapi; forgotten.")
                                           .arg(d.domain, d.vapiCredentialId);
                            d.vapiCredentialId.clear();
                        }
                        for (qsizetype i = d.numbers.size() - 1; i >= 0; --i) {
                            const NumberRecord &n = d.numbers.at(i);
                            bool found = false;
                            for (const VapiPhoneNumber &l : live)
                                found |= l.id == n.vapiId;
                            if (!n.vapiId.isEmpty() && !found) {
                                changes << QStringLiteral("%1: number %2 is gone from Vapi; forgotten.")
                                               .arg(d.domain, n.number);
                                d.numbers.removeAt(i);
                            }
                        }
                        for (const VapiPhoneNumber &l : live) {
                            if (!l.isByo() || l.credentialId.isEmpty() || l.credentialId != d.vapiCredentialId
                                || d.findNumber(l.number))
                                continue;
                            NumberRecord n;
                            n.number = l.number;
                            n.vapiId = l.id;
                            n.assistantId = l.assistantId;
                            n.name = l.name;
                            d.numbers << n;
                            changes << QStringLiteral("%1: number %2 found on the trunk; recorded.")
                                           .arg(d.domain, l.number);
                        }
                    }
                    if (const QString error = m_store->save(config); !error.isEmpty())
                        return fail(Failure, error, QStringLiteral("trunkwizard"), QStringLiteral("config"));
                    if (m_json)
                        printJson(QJsonObject {{QStringLiteral("changes"), QJsonArray::fromStringList(changes)}});
                    for (const QString &c : std::as_const(changes))
                        print(c);
                    if (changes.isEmpty())
                        print(QStringLiteral("Everything stored matches Vapi."));
                    done(Success);
                });
        });
    });
}

void CliCommands::deleteDomain()
{
    const QString domain = m_args.value(QStringLiteral("domain")).trimmed().toLower();
    if (domain.isEmpty())
        return fail(Usage, QStringLiteral("delete needs --domain."));
    if (!loadConfig().config.findDomain(domain))
        return fail(Failure, QStringLiteral("%1 is not configured.").arg(domain));
    auto forget = [this, domain](const QJsonObject &extra) {
        AppConfig config = loadConfig().config;
        config.domains.removeIf([&](const DomainRecord &d) { return d.domain == domain; });
        if (const QString error = m_store->save(config); !error.isEmpty())
            return fail(Failure, error, QStringLiteral("trunkwizard"), QStringLiteral("config"));
        m_keys->forget(SecretStore::cloudonixAccount(domain), [this, domain, extra](const QString &problem) {
            if (!problem.isEmpty())
                note(QStringLiteral("Note: the Cloudonix key of %1 could not be removed from the keychain: %2")
                         .arg(domain, problem));
            if (m_json) {
                QJsonObject o = extra;
                o.insert(QStringLiteral("deleted"), domain);
                printJson(o);
            }
            print(QStringLiteral("%1 is forgotten, and its key removed from the keychain.").arg(domain));
            done(Success);
        });
    };
    if (!m_args.isSet(QStringLiteral("remote")))
        return forget({});
    withVapiKey(false, [this, domain, forget](const QString &) {
        withCloudonixKey(domain, false, [this, domain, forget](const QString &) {
            m_provisioner->planTeardown(domain, m_args.isSet(QStringLiteral("restore-cloudonix")),
                                        [this, forget](const PlanOutcome &planned) {
                                            runPlanned(planned, true, [forget](const ApplyResult &result) {
                                                forget({{QStringLiteral("result"), result.toJson()}});
                                            });
                                        });
        });
    });
}

void CliCommands::planFile(bool apply)
{
    const QString path = m_args.value(QStringLiteral("file"));
    if (path.isEmpty())
        return fail(Usage,
                    QStringLiteral("%1 needs --file STATE.json.")
                        .arg(apply ? QStringLiteral("apply") : QStringLiteral("plan")));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Usage,
                    QStringLiteral("The desired state file %1 cannot be read (%2).").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return fail(Usage,
                    QStringLiteral("The desired state file %1 is not a JSON object (%2 at offset %3).")
                        .arg(path, parseError.errorString())
                        .arg(parseError.offset));
    QStringList errors;
    const DesiredState desired = DesiredState::fromJson(doc.object(), &errors);
    if (!errors.isEmpty()) {
        for (qsizetype i = 1; i < errors.size(); ++i)
            note(errors.at(i));
        return fail(Usage, errors.first(), QStringLiteral("trunkwizard"), QStringLiteral("validation"));
    }
    DesiredState checked = desired;
    if (const QStringList problems = checked.validate(); !problems.isEmpty()) { // before any key or request
        for (qsizetype i = 1; i < problems.size(); ++i)
            note(problems.at(i));
        return fail(Usage, problems.first(), QStringLiteral("trunkwizard"), QStringLiteral("validation"));
    }
    withVapiKey(false, [this, desired, apply](const QString &) {
        withCloudonixKey(desired.domain, false, [this, desired, apply](const QString &) {
            // Both keys are verified before anything is written.
            m_vapi->verifyKey(this, [this, desired, apply](const ApiResult<ApiDone> &ok) {
                if (!ok.ok())
                    return failApi(ok.error());
                m_provisioner->plan(desired, [this, apply](const PlanOutcome &planned) {
                    if (!apply) {
                        if (!planned.ok() || !planned.plan.canApply()) {
                            if (planned.ok())
                                print(planned.plan.toText());
                            return failPlan(planned);
                        }
                        if (m_json)
                            printJson(QJsonObject {{QStringLiteral("plan"), planned.plan.toJson()}});
                        print(planned.plan.toText());
                        return done(Success);
                    }
                    runPlanned(planned, true, [this, planned](const ApplyResult &result) {
                        if (m_json)
                            printJson(QJsonObject {{QStringLiteral("plan"), planned.plan.toJson()},
                                                   {QStringLiteral("result"), result.toJson()}});
                        if (planned.plan.writeCount() == 0)
                            print(planned.plan.toText());
                        print(result.message());
                        done(Success);
                    });
                });
            });
        });
    });
}

void CliCommands::teardown()
{
    const QString domain = m_args.value(QStringLiteral("domain")).trimmed().toLower();
    if (domain.isEmpty())
        return fail(Usage, QStringLiteral("teardown needs --domain."));
    withVapiKey(false, [this, domain](const QString &) {
        withCloudonixKey(domain, false, [this, domain](const QString &) {
            m_provisioner->planTeardown(
                domain, m_args.isSet(QStringLiteral("restore-cloudonix")), [this](const PlanOutcome &planned) {
                    runPlanned(planned, true, [this, planned](const ApplyResult &result) {
                        if (m_json)
                            printJson(QJsonObject {{QStringLiteral("plan"), planned.plan.toJson()},
                                                   {QStringLiteral("result"), result.toJson()}});
                        print(result.message());
                        done(Success);
                    });
                });
        });
    });
}

void CliCommands::testCall()
{
    const QString domain = m_args.value(QStringLiteral("domain")).trimmed().toLower();
    const QString from = m_args.value(QStringLiteral("from")).trimmed();
    const QString assistant = m_args.value(QStringLiteral("assistant")).trimmed();
    if (domain.isEmpty() || from.isEmpty() || m_args.value(QStringLiteral("to")).isEmpty() || assistant.isEmpty())
        return fail(Usage, QStringLiteral("test-call needs --domain, --from, --to and --assistant."));
    const auto to = PhoneNumberValidator::normalize(m_args.value(QStringLiteral("to")));
    if (!to.valid)
        return fail(Usage, QStringLiteral("--to: %1").arg(to.error));
    bool waitOk = true;
    const int waitSeconds
        = m_args.has(QStringLiteral("wait")) ? m_args.value(QStringLiteral("wait")).toInt(&waitOk) : 60;
    if (!waitOk || waitSeconds < 1)
        return fail(Usage, QStringLiteral("--wait takes a number of seconds."));
    withVapiKey(false, [this, domain, from, assistant, to, waitSeconds](const QString &) {
        m_vapi->listAssistants(
            this, [this, domain, from, assistant, to, waitSeconds](const ApiResult<QList<VapiAssistant>> &assistants) {
                if (!assistants.ok())
                    return failApi(assistants.error());
                QStringList ids;
                for (const VapiAssistant &a : assistants.value())
                    if (a.id == assistant || a.name.trimmed().compare(assistant, Qt::CaseInsensitive) == 0)
                        ids << a.id;
                if (ids.size() != 1)
                    return fail(Usage,
                                ids.isEmpty()
                                    ? QStringLiteral("No Vapi assistant is named or numbered \"%1\".").arg(assistant)
                                    : QStringLiteral("\"%1\" matches %2 Vapi assistants; use the id.")
                                          .arg(assistant)
                                          .arg(ids.size()));
                QString numberId = isUuid(from) ? from : QString();
                if (numberId.isEmpty()) {
                    const auto e164 = PhoneNumberValidator::normalize(from);
                    AppConfig config = loadConfig().config;
                    if (DomainRecord *record = config.findDomain(domain))
                        if (const NumberRecord *n = record->findNumber(e164.e164))
                            numberId = n->vapiId;
                    if (numberId.isEmpty())
                        return fail(Usage,
                                    QStringLiteral(
                                        "%1 is not a number of %2 that Trunk Wizard set up; give its Vapi id instead.")
                                        .arg(from, domain));
                }
                auto *runner = new TestCallRunner(m_vapi, this);
                connect(runner, &TestCallRunner::statusChanged, this, [this](const QString &status) {
                    if (!m_json)
                        note(QStringLiteral("Call status: %1").arg(status));
                });
                runner->start(VapiCallRequest {ids.first(), numberId, to.e164}, std::chrono::seconds(waitSeconds),
                              [this, runner](const TestCallResult &result) {
                                  runner->deleteLater();
                                  if (result.error)
                                      return failApi(*result.error);
                                  if (m_json)
                                      printJson(QJsonObject {{QStringLiteral("call"), result.toJson()}});
                                  print(result.message());
                                  if (result.ended && !result.call.endedReason.isEmpty())
                                      print(QStringLiteral("(Vapi's reason: %1; side: %2)")
                                                .arg(result.call.endedReason, result.explanation.side));
                                  done(result.connected() ? Success : Failure);
                              });
            });
    });
}

void CliCommands::importCxVcc()
{
    const QString path
        = m_args.has(QStringLiteral("file")) ? m_args.value(QStringLiteral("file")) : CxVccImporter::defaultPath();
    const ConfigStore::LoadResult loaded = loadConfig();
    auto *importer = new CxVccImporter(m_core->secrets(), this);
    importer->import(
        path, loaded.config, loaded.config.settings.defaultNumberRegion,
        [this, importer](const CxVccImportReport &report, const AppConfig &merged) {
            importer->deleteLater();
            if (!report.ok) {
                const bool keychain = report.error.contains(QLatin1String("keychain"));
                return fail(keychain ? SecretsUnavailable : Failure, report.error,
                            keychain ? QStringLiteral("keychain") : QStringLiteral("trunkwizard"),
                            keychain ? QStringLiteral("unavailable") : QStringLiteral("import"));
            }
            if (const QString error = m_store->save(merged); !error.isEmpty())
                return fail(Failure, error, QStringLiteral("trunkwizard"), QStringLiteral("config"));
            if (m_json)
                printJson(QJsonObject {{QStringLiteral("source"), report.sourcePath},
                                       {QStringLiteral("domains"), QJsonArray::fromStringList(report.domains)},
                                       {QStringLiteral("numbers"), report.numbers},
                                       {QStringLiteral("keysMoved"), QJsonArray::fromStringList(report.keysMoved)},
                                       {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}});
            print(QStringLiteral("Imported %1 domain(s) and %2 number(s) from %3.")
                      .arg(report.domains.size())
                      .arg(report.numbers)
                      .arg(report.sourcePath));
            for (const QString &account : report.keysMoved)
                print(QStringLiteral("Stored the key for %1 in the keychain.").arg(account));
            for (const QString &warning : report.warnings)
                note(QStringLiteral("Note: %1").arg(warning));
            done(Success);
        });
}

} // namespace tw
