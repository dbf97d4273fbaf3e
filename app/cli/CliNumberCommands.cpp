#include "cli/CliNumberCommands.h"

#include "cli/CliOutput.h"
#include "config/BoundedFile.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "domain/PhoneNumberValidator.h"
#include "operations/DomainStatus.h"
#include "operations/PlanOperation.h"
#include "operations/SyncOperation.h"
#include "operations/TestCallOperation.h"
#include "provisioning/DesiredStateBuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

namespace tw {

void CliNumberCommands::addNumber()
{
    const QString domain = domainOption();
    if (domain.isEmpty())
        return m_out->fail(CliOutput::Usage, tr("addnumber needs --domain."));
    const QString provider = m_args.value(QStringLiteral("provider"));
    if (!provider.isEmpty() && provider != QLatin1String("vapi"))
        return m_out->fail(CliOutput::Usage, tr("Only --provider vapi is supported."));
    const QString modeText = m_args.value(QStringLiteral("mode"));
    if (!modeText.isEmpty() && modeText != QLatin1String("trunk") && modeText != QLatin1String("sip-uri"))
        return m_out->fail(CliOutput::Usage, tr("--mode must be trunk or sip-uri."));
    const DesiredNumber::Mode mode
        = modeText == QLatin1String("sip-uri") ? DesiredNumber::Mode::SipUri : DesiredNumber::Mode::Trunk;
    const QString assistant = m_args.value(QStringLiteral("assistant"));
    QList<DesiredNumber> wanted;
    for (const QString &n : m_args.values(QStringLiteral("number")))
        wanted << DesiredNumber {n, assistant, mode, {}};
    if (m_args.has(QStringLiteral("file"))) {
        BoundedFile file(m_args.value(QStringLiteral("file")));
        if (file.read() != BoundedFile::Outcome::Read)
            return m_out->fail(CliOutput::Usage,
                               tr("The numbers file %1 cannot be read (%2); give a CSV or text file with "
                                  "one number per line.")
                                   .arg(file.path(), file.reason()));
        wanted << DesiredStateBuilder::numbersFromCsv(file.data(), assistant, mode);
    }
    if (wanted.isEmpty())
        return m_out->fail(CliOutput::Usage, tr("addnumber needs --number (repeatable) or --file numbers.csv."));
    const std::optional<DomainRecord> record = configuredRecord(domain);
    if (!record)
        return;
    auto build = [region = region(), wanted, numberRegion = numberRegion(),
                  trunk = m_args.value(QStringLiteral("trunk"))](const DomainRecord &stored, const LiveState &live) {
        return DesiredStateBuilder::withNumbers(stored, live, region, wanted, numberRegion, trunk);
    };
    withBothKeys(domain, [this, domain, build, wanted] {
        plan(PlanOperation::forCommand(m_core, m_keys, domain, build, this),
             [this, wanted](const PlanOutcome &planned) {
                 runPlanned(planned, false, [this, planned, wanted](const ApplyResult &result) {
                     printDomainResult(result, planned.plan.domain);
                     const DomainRecord *r = result.config.findDomain(planned.plan.domain);
                     QSet<QString> named; // the numbers this command named, not the rest of the intent
                     for (const DesiredNumber &n : wanted) {
                         const auto e164 = PhoneNumberValidator::normalize(n.number, numberRegion());
                         named.insert(e164.valid ? e164.e164 : n.number);
                     }
                     for (const PlanAction &a : planned.plan.actions)
                         if (a.resource == PlanAction::Resource::PhoneNumber && named.contains(a.key))
                             m_out->print(a.summary);
                     for (const NumberRecord &stored : r->numbers)
                         if (named.contains(stored.number))
                             m_out->print(tr("%1: Vapi id %2").arg(stored.number, stored.vapiId));
                     m_out->print(result.message());
                     m_out->done(CliOutput::Success);
                 });
             });
    });
}

void CliNumberCommands::sync()
{
    const QString only = domainOption();
    if (!only.isEmpty() && !isConfigured(only))
        return m_out->fail(CliOutput::Failure, tr("%1 is not configured.").arg(only));
    withVapiKey(false, [this, only](const QString &) {
        auto *op = new SyncOperation(m_core, m_keys, only, m_args.value(QStringLiteral("trunk")), this);
        run(op, &SyncOperation::finished, [this](const SyncResult &result) {
            if (result.error)
                return m_out->failApi(*result.error);
            if (!result.configError.isEmpty())
                return m_out->fail(CliOutput::Failure, result.configError, QStringLiteral("trunkwizard"),
                                   QStringLiteral("config"));
            if (!result.problems.isEmpty()) {
                for (const QString &c : result.changes)
                    m_out->note(c);
                return m_out->failAll(CliOutput::Usage, result.problems, QStringLiteral("choice"));
            }
            if (m_out->isJson())
                m_out->printJson(QJsonObject {{QStringLiteral("changes"), QJsonArray::fromStringList(result.changes)}});
            for (const QString &c : result.changes)
                m_out->print(c);
            if (result.changes.isEmpty())
                m_out->print(tr("Everything stored matches Vapi."));
            m_out->done(CliOutput::Success);
        });
    });
}

void CliNumberCommands::testCall()
{
    TestCallOperation::Request request;
    request.domain = domainOption();
    request.from = m_args.value(QStringLiteral("from")).trimmed();
    request.assistant = m_args.value(QStringLiteral("assistant")).trimmed();
    if (request.domain.isEmpty() || request.from.isEmpty() || m_args.value(QStringLiteral("to")).isEmpty()
        || request.assistant.isEmpty())
        return m_out->fail(CliOutput::Usage, tr("test-call needs --domain, --from, --to and --assistant."));
    const auto to = PhoneNumberValidator::normalize(m_args.value(QStringLiteral("to")));
    if (!to.valid)
        return m_out->fail(CliOutput::Usage, QStringLiteral("--to: %1").arg(to.error));
    request.to = to.e164;
    bool waitOk = true;
    const int waitSeconds
        = m_args.has(QStringLiteral("wait")) ? m_args.value(QStringLiteral("wait")).toInt(&waitOk) : 60;
    if (!waitOk || waitSeconds < 1)
        return m_out->fail(CliOutput::Usage, tr("--wait takes a number of seconds."));
    request.wait = std::chrono::seconds(waitSeconds);
    withVapiKey(false, [this, request](const QString &) {
        auto *op = new TestCallOperation(m_core, m_keys, request, this);
        if (!m_out->isJson())
            connect(op, &TestCallOperation::callStatusChanged, this,
                    [this](const QString &status) { m_out->note(tr("Call status: %1").arg(status)); });
        run(op, &TestCallOperation::finished, [this](const TestCallResult &result) {
            if (!result.inputError.isEmpty())
                return m_out->fail(CliOutput::Usage, result.inputError);
            if (result.error)
                return m_out->failApi(*result.error);
            if (m_out->isJson())
                m_out->printJson(QJsonObject {{QStringLiteral("call"), result.toJson()}});
            m_out->print(result.message());
            if (result.ended && !result.call.endedReason.isEmpty())
                m_out->print(QStringLiteral("(Vapi's reason: %1; side: %2)")
                                 .arg(result.call.endedReason, result.explanation.side));
            m_out->done(result.connected() ? CliOutput::Success : CliOutput::Failure);
        });
    });
}

} // namespace tw
