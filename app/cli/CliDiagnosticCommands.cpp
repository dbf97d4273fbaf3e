#include "cli/CliDiagnosticCommands.h"

#include "cli/CliOutput.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "operations/DoctorOperation.h"
#include "operations/ProbeOperation.h"

namespace tw {

void CliDiagnosticCommands::probe()
{
    ProbeOperation::Request request;
    request.domain = domainOption();
    if (request.domain.isEmpty())
        return m_out->fail(CliOutput::Usage, tr("probe needs --domain."));
    if (!probeTimeout(&request.timeout))
        return;
    const auto start = [this, request] {
        auto *op = new ProbeOperation(m_core, m_keys, request, this);
        if (!m_out->isJson())
            connect(op, &ProbeOperation::resultReady, this, &CliDiagnosticCommands::printResult);
        connect(op, &Operation::progressChanged, this, [this](int done, int, const QString &text) {
            if (done == 0 && !text.isEmpty())
                m_out->note(text); // stderr: what is going on while a silent gateway is waited for
        });
        run(op, &ProbeOperation::finished, [this](const ProbeReport &report) {
            if (!report.inputError.isEmpty())
                return m_out->fail(CliOutput::Usage, report.inputError);
            if (report.error)
                return m_out->failApi(*report.error);
            if (m_out->isJson())
                m_out->printJson(QJsonObject {{QStringLiteral("probe"), report.toJson()}});
            if (report.source == ProbeReport::Source::InboundHost)
                m_out->note(tr("No Vapi trunk is recorded for %1 (or no Vapi key is at hand): the "
                               "domain's inbound SIP host was checked instead.")
                                .arg(report.domain));
            m_out->print(report.message());
            m_out->done(report.passed() ? CliOutput::Success : CliOutput::Failure);
        });
    };
    // The trunk's gateways need the Vapi key; without a recorded trunk, the host needs none.
    const AppConfig config = m_core->store()->load().config;
    const DomainRecord *record = config.findDomain(request.domain);
    if (record && !record->vapiCredentialId.isEmpty())
        return withVapiKey(false, [start](const QString &) { start(); });
    start();
}

bool CliDiagnosticCommands::probeTimeout(std::optional<std::chrono::milliseconds> *timeout)
{
    if (!m_args.has(QStringLiteral("timeout")))
        return true;
    bool ok = false;
    const int seconds = m_args.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 300) {
        m_out->fail(CliOutput::Usage, tr("--timeout takes a number of seconds from 1 to 300."));
        return false;
    }
    *timeout = std::chrono::seconds(seconds);
    return true;
}

void CliDiagnosticCommands::doctor()
{
    const QString domain = domainOption();
    if (domain.isEmpty())
        return m_out->fail(CliOutput::Usage, tr("doctor needs --domain."));
    std::optional<std::chrono::milliseconds> timeout;
    if (!probeTimeout(&timeout))
        return;
    withBothKeys(domain, [this, domain, timeout] {
        auto *op = new DoctorOperation(m_core, m_keys, domain, this);
        if (timeout)
            op->setProbeTimeout(*timeout);
        run(op, &DoctorOperation::finished, [this](const DoctorReport &report) {
            if (!report.inputError.isEmpty())
                return m_out->fail(CliOutput::Usage, report.inputError);
            if (report.error)
                return m_out->failApi(*report.error);
            if (m_out->isJson())
                m_out->printJson(QJsonObject {{QStringLiteral("doctor"), report.toJson()}});
            for (const DoctorFinding &f : report.findings)
                m_out->print(QStringLiteral("%1  %2").arg(f.severity == DoctorFinding::Severity::Error
                                                              ? QStringLiteral("problem")
                                                              : QStringLiteral("warning"),
                                                          f.text));
            m_out->print(report.message());
            m_out->done(report.clean() ? CliOutput::Success : CliOutput::Failure);
        });
    });
}

void CliDiagnosticCommands::printResult(const SipProbeResult &r)
{
    const QString where = r.address.isEmpty() || r.address == r.target.host
        ? r.target.label()
        : QStringLiteral("%1 (%2)").arg(r.target.label(), r.address);
    QString line = QStringLiteral("%1  %2: %3")
                       .arg(r.passed() ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), where, r.statusText());
    if (r.outcome == SipProbeResult::Outcome::Answered)
        line += QStringLiteral(", %1 ms").arg(r.roundTripMs);
    m_out->print(line);
    if (!r.passed())
        m_out->print(QStringLiteral("      ") + r.sentence());
}

} // namespace tw
