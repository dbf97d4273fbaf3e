#include "operations/DoctorOperation.h"

#include "api/CloudonixClient.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "diagnostics/Troubleshooter.h"
#include "operations/PlanOperation.h"
#include "operations/ProbeOperation.h"

namespace tw {

DoctorOperation::DoctorOperation(CoreContext *core, const AccountKeys &keys, const QString &domain, QObject *parent)
    : Operation(core, parent)
    , m_keys(keys)
{
    m_report.domain = domain.trimmed().toLower();
}

void DoctorOperation::run()
{
    const AppConfig config = core()->store()->load().config;
    const DomainRecord *record = config.findDomain(m_report.domain);
    if (!record) {
        m_report.inputError = tr("%1 is not set up on this computer: run the wizard (or trunkwizard-cli apply) first, "
                                 "or name the domain as it was set up.")
                                  .arg(m_report.domain);
        emit finished(m_report);
        return complete();
    }
    emit progressChanged(
        0, 3, tr("Reading %1 from Cloudonix and Vapi, and asking its gateways over SIP…").arg(m_report.domain));
    m_read = PlanOperation::forDrift(core(), m_keys, m_report.domain, this);
    connect(m_read, &Operation::waitStarted, this, &Operation::waitStarted);
    connect(m_read, &PlanOperation::finished, this, [this](const PlanOutcome &outcome) {
        m_outcome = outcome;
        examineWhenReady();
    });
    m_read->start();

    // The drift read lists the DNIDs when it reads a routing application (as planDrift decides);
    // else they are listed here, once.
    const QJsonObject wanted = record->intent.value(QLatin1String("cloudonix")).toObject();
    m_driftReadsDnids = record->intent.isEmpty() ? !record->applicationName.isEmpty()
                                                 : !wanted.value(QLatin1String("cxmlUrl")).toString().isEmpty();
    if (!m_driftReadsDnids)
        track(cloudonix(m_keys.cloudonixKey)
                  ->listDnids(m_report.domain, this, [this](const ApiResult<QList<CloudonixDnid>> &r) {
                      // Without the DNIDs the routing rules are skipped; the read's own error is said.
                      m_dnids = r.ok() ? r.value() : QList<CloudonixDnid>();
                      if (!r.ok() && !m_report.error)
                          m_report.error = r.error();
                      examineWhenReady();
                  }));

    ProbeOperation::Request probe;
    probe.domain = m_report.domain;
    probe.timeout = m_probeTimeout;
    m_probe = new ProbeOperation(core(), m_keys, probe, this);
    connect(m_probe, &ProbeOperation::finished, this, [this](const ProbeReport &report) {
        m_report.probe = report;
        m_probed = true;
        examineWhenReady();
    });
    m_probe->start();
}

void DoctorOperation::examineWhenReady()
{
    if (m_driftReadsDnids && m_outcome && !m_dnids)
        m_dnids = m_outcome->live.dnids;
    const int ready = int(m_outcome.has_value()) + int(m_dnids.has_value()) + int(m_probed);
    emit progressChanged(ready, 3, QString());
    if (ready < 3)
        return;
    m_report.cancelled = isCancelled();
    if (m_outcome->error)
        m_report.error = m_outcome->error;
    else if (!m_outcome->inputErrors.isEmpty())
        m_report.inputError = FieldError::messages(m_outcome->inputErrors).join(QLatin1Char(' '));
    if (!m_report.error && m_report.inputError.isEmpty() && !m_report.cancelled) {
        const DomainRecord *record = m_outcome->config.findDomain(m_report.domain);
        if (record) {
            Troubleshooter::Input input;
            input.record = record;
            input.live = &m_outcome->live;
            input.dnids = &*m_dnids;
            input.probe = &m_report.probe;
            m_report.findings = Troubleshooter::examine(input);
        }
    }
    emit finished(m_report);
    complete();
}

void DoctorOperation::stop()
{
    if (m_read)
        m_read->cancel();
    if (m_probe)
        m_probe->cancel();
}

} // namespace tw
