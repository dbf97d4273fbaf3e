#include "wizard/SipCheckRow.h"

#include "common/BusyIndicator.h"
#include "operations/ProbeOperation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace tw {

SipCheckRow::SipCheckRow(CoreContext *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_status(new QLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_button(new QPushButton(tr("Chec&k again"), this))
    , m_pause(new QTimer(this))
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setAccessibleDescription(tr("Check the gateway again")); // its name: its text
    m_button->setToolTip(tr("Send SIP OPTIONS to the gateway from this computer"));
    m_pause->setSingleShot(true);
    m_pause->setInterval(800);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy, 1);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    m_busy->hide();
    m_button->setEnabled(false);
    connect(m_pause, &QTimer::timeout, this, &SipCheckRow::checkNow);
    connect(m_button, &QPushButton::clicked, this, &SipCheckRow::checkNow);
}

void SipCheckRow::setPause(std::chrono::milliseconds pause)
{
    m_pause->setInterval(pause);
}

bool SipCheckRow::isChecking() const
{
    return m_running || m_pause->isActive();
}

QString SipCheckRow::statusText() const
{
    return m_status->text();
}

void SipCheckRow::schedule(const std::optional<SipTarget> &target)
{
    if (target == m_target && (m_running || m_pause->isActive() || !m_status->toolTip().isEmpty()))
        return; // nothing changed that the check depends on
    cancel();
    m_target = target;
    m_status->setText(target && m_core ? tr("Checks %1 in a moment…").arg(target->label()) : QString());
    m_status->setToolTip({}); // set when a check has finished
    m_button->setEnabled(target.has_value() && m_core);
    if (target && m_core)
        m_pause->start();
}

void SipCheckRow::checkNow()
{
    if (!m_target || !m_core)
        return;
    cancel();
    m_status->hide();
    m_busy->show();
    m_busy->start(tr("Asking %1 over SIP…").arg(m_target->label()));
    ProbeOperation::Request request;
    request.targets = {*m_target};
    request.record = false; // nothing is set up yet: the dashboard keeps the history
    m_running = new ProbeOperation(m_core, AccountKeys(), request, this);
    connect(m_running, &ProbeOperation::finished, this, [this](const ProbeReport &report) {
        m_running->deleteLater();
        m_running.clear();
        m_busy->stop();
        m_busy->hide();
        m_status->show();
        QStringList all;
        qint64 slowest = 0;
        const SipProbeResult *failed = nullptr;
        for (const SipProbeResult &r : report.results) {
            all << r.sentence();
            slowest = std::max(slowest, r.roundTripMs);
            if (!r.passed() && !failed)
                failed = &r;
        }
        m_status->setToolTip(all.join(QLatin1Char('\n')));
        if (report.results.isEmpty())
            m_status->setText(QStringLiteral("⚠ ") + report.message());
        else if (failed)
            m_status->setText(QStringLiteral("⚠ ") + failed->sentence()
                              + tr(" This computer's network may block SIP where Vapi's does not; you can go on."));
        else
            m_status->setText(
                report.results.size() == 1
                    ? tr("✓ The gateway answers SIP (%1, %2 ms).").arg(report.results.first().statusText()).arg(slowest)
                    : tr("✓ The gateway answers SIP at each of its %1 addresses (slowest %2 ms).")
                          .arg(report.results.size())
                          .arg(slowest));
        emit checked(report.passed());
    });
    m_running->start();
}

void SipCheckRow::cancel()
{
    m_pause->stop();
    if (m_running) {
        m_running->disconnect(this);
        m_running->cancel();
        m_running->deleteLater();
        m_running.clear();
    }
    m_busy->stop();
    m_busy->hide();
    m_status->show();
}

} // namespace tw
