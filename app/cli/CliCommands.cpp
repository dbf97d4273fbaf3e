#include "cli/CliCommands.h"

#include "api/EndpointPolicy.h"
#include "cli/CliAccountCommands.h"
#include "cli/CliCommand.h"
#include "cli/CliDiagnosticCommands.h"
#include "cli/CliNumberCommands.h"
#include "cli/CliOutput.h"
#include "cli/CliStateCommands.h"
#include "cli/CliViewCommands.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "core/Translations.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

namespace tw {

namespace {
// One entry per command: make its family, then call the command on it.
template<typename Family>
std::function<void(CliCommands *, const CliArguments &, CoreContext *, CliOutput *)> command(void (Family::*method)())
{
    return [method](CliCommands *parent, const CliArguments &args, CoreContext *core, CliOutput *out) {
        auto *family = new Family(args, core, out, parent);
        (family->*method)();
    };
}
} // namespace

CliCommands::CliCommands(const CliArguments &arguments, CoreContext *core, QObject *parent)
    : QObject(parent)
    , m_args(arguments)
    , m_core(core)
    , m_out(new CliOutput(arguments.isSet(QStringLiteral("json")), arguments.isSet(QStringLiteral("verbose")), this))
{
    connect(m_out, &CliOutput::finished, this, &CliCommands::finished);
}

QString CliCommands::usage()
{
    return tr(
        "Usage: trunkwizard-cli COMMAND [options]   (global options may stand anywhere)\n"
        "\n"
        "cx-vcc compatible:\n"
        "  configure --domain D --apikey K          verify a Cloudonix key and domain; store the key in the keychain\n"
        "  service --provider vapi --apikey K [--domain D [--name N] [--inbound-ip IP[/MASK]]...]\n"
        "                                           store the Vapi key; with --domain, create or reuse the domain's\n"
        "                                           trunk (default name \"Cloudonix D\"; outbound host gateway +\n"
        "                                           inbound IP gateways)\n"
        "  addnumber --domain D --provider vapi --number N [--number N...] [--file numbers.csv]\n"
        "            [--assistant ID_OR_NAME] [--mode trunk|sip-uri] [--number-region CC]\n"
        "                                           (CC: the country of numbers written without a leading +)\n"
        "  display [--domain D] [--remote]          what is stored (and, with --remote, what is live)\n"
        "  sync [--domain D] [--trunk ID]           record the domain's trunk and numbers as Vapi has them (no remote\n"
        "                                           change)\n"
        "  delete --domain D [--remote]             forget a domain; with --remote, remove its trunk and numbers "
        "first\n"
        "More:\n"
        "  plan --file STATE.json                   show what an apply would change\n"
        "  (--trunk ID on service, addnumber, plan, apply and sync: use this Vapi trunk when several could be the\n"
        "   domain's)\n"
        "  apply --file STATE.json [--no-rollback]  make it so\n"
        "  status --domain D                        live state and drift from what was applied\n"
        "  test-call --domain D --from NUMBER_OR_ID --to NUMBER --assistant ID_OR_NAME [--wait SECONDS]\n"
        "  teardown --domain D [--restore-cloudonix] remove numbers, then the trunk (and restore the domain settings)\n"
        "  probe --domain D [--timeout SECONDS]     do the trunk's gateways answer SIP? (OPTIONS to each address)\n"
        "  doctor --domain D [--timeout SECONDS]    what is set up wrong, each with its fix (exit 0: nothing found)\n"
        "  import-cxvcc [--file PATH]               import ~/.cx-vcc/config.yaml; its keys move into the keychain\n"
        "  report --domain D|--all --format json|html|pdf|csv|md --output FILE|-\n"
        "                                           a configuration report (keys only as fingerprints)\n"
        "  glossary [--term KEY]                    SIP trunk, gateway, options ping, leading plus... in plain words\n"
        "\n"
        "Global options: --config-dir DIR, --cloudonix-url URL, --vapi-url URL, --region us|eu, --json, --verbose,\n"
        "  --sandbox (simulated Cloudonix and Vapi on this computer), --yes (no confirmation question),\n"
        "  --ca-file FILE (CA certificates, PEM or DER, trusted beside the system's: a TLS-inspecting proxy),\n"
        "  --lang en|de|es|fr|he (the language of the messages; default: the settings', else the system's),\n"
        "  --help, --version.\n"
        "Keys: --apikey K (shows in the process list) or --apikey - (read from standard input) win over\n"
        "  TRUNKWIZARD_CLOUDONIX_KEY / TRUNKWIZARD_VAPI_KEY, which win over the keychain.\n"
        "Exit codes: 0 success, 1 a remote system refused or another failure, 2 invalid input or usage,\n"
        "  3 authentication failed, 4 network unreachable, timed out or TLS failure, 5 keychain unavailable.\n");
}

void CliCommands::start()
{
    // --lang (either form) from the first word on; without it the settings' language, once read.
    const QString asked = m_args.value(QStringLiteral("lang"));
    if (Translations::isKnown(asked))
        Translations::install(asked);
    const QString name = m_args.command();
    if (m_args.isSet(QStringLiteral("help")) || name == QLatin1String("help")) {
        QTextStream(stdout) << usage();
        return m_out->done(CliOutput::Success);
    }
    if (name.isEmpty()) {
        QTextStream(stderr) << usage();
        return m_out->done(CliOutput::Usage);
    }
    // One plain sentence per failure on stderr; the request log only with --verbose.
    QLoggingCategory::setFilterRules(m_out->isVerbose() ? QStringLiteral("tw.*.debug=true")
                                                        : QStringLiteral("tw.*=false"));

    const ConfigStore::LoadResult loaded = m_core->store()->load();
    if (m_core->store()->isWriteBlocked())
        return m_out->fail(CliOutput::Failure, loaded.message, QStringLiteral("trunkwizard"), QStringLiteral("config"));
    if (!loaded.message.isEmpty())
        m_out->note(loaded.message);
    if (!asked.isEmpty() && !Translations::isKnown(asked))
        return m_out->fail(CliOutput::Usage,
                           tr("--lang must be one of %1.").arg(Translations::languages().join(QStringLiteral(", "))));
    if (asked.isEmpty() && Translations::isKnown(loaded.config.settings.language))
        Translations::install(loaded.config.settings.language);
    const QString region = CliCommand::regionOf(m_args, loaded.config.settings);
    EndpointPolicy::VapiRegion parsed = EndpointPolicy::VapiRegion::Us;
    if (!EndpointPolicy::parseRegion(region, &parsed))
        return m_out->fail(CliOutput::Usage, tr("--region must be us or eu."));
    if (const QString problem = m_core->endpointProblem(region); !problem.isEmpty())
        return m_out->fail(CliOutput::Usage, problem);

    using Run = std::function<void(CliCommands *, const CliArguments &, CoreContext *, CliOutput *)>;
    static const QHash<QString, Run> commands {
        {QStringLiteral("configure"), command(&CliAccountCommands::configure)},
        {QStringLiteral("service"), command(&CliAccountCommands::service)},
        {QStringLiteral("import-cxvcc"), command(&CliAccountCommands::importCxVcc)},
        {QStringLiteral("delete"), command(&CliAccountCommands::deleteDomain)},
        {QStringLiteral("addnumber"), command(&CliNumberCommands::addNumber)},
        {QStringLiteral("sync"), command(&CliNumberCommands::sync)},
        {QStringLiteral("test-call"), command(&CliNumberCommands::testCall)},
        {QStringLiteral("probe"), command(&CliDiagnosticCommands::probe)},
        {QStringLiteral("doctor"), command(&CliDiagnosticCommands::doctor)},
        {QStringLiteral("plan"), command(&CliStateCommands::plan)},
        {QStringLiteral("apply"), command(&CliStateCommands::apply)},
        {QStringLiteral("teardown"), command(&CliStateCommands::teardown)},
        {QStringLiteral("display"), command(&CliViewCommands::display)},
        {QStringLiteral("status"), command(&CliViewCommands::status)},
        {QStringLiteral("report"), command(&CliViewCommands::report)},
        {QStringLiteral("glossary"), command(&CliViewCommands::glossary)}};
    const Run run = commands.value(name);
    if (!run)
        return m_out->fail(CliOutput::Usage, tr("Unknown command %1; see trunkwizard-cli help.").arg(name));
    run(this, m_args, m_core, m_out);
}

} // namespace tw
