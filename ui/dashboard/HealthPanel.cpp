#include "dashboard/HealthPanel.h"

#include "common/BusyIndicator.h"
#include "common/FormRows.h"
#include "common/MessageBanner.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "operations/AccountKeysReader.h"
#include "operations/DoctorOperation.h"
#include "operations/ProbeOperation.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tw {

namespace {
QListWidget *compactList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setAccessibleName(name);
    list->setWordWrap(true);
    list->setResizeMode(QListView::Adjust); // wrapped rows re-measured when the width changes
    list->setIconSize(QSize(16, 16));
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return list;
}

// As tall as its rows (wrapped), up to `lines` lines: a few findings never need a scroll bar.
void fitHeight(QListWidget *list, int lines)
{
    list->doItemsLayout();
    int rows = 0;
    for (int i = 0; i < list->count(); ++i)
        rows += list->visualItemRect(list->item(i)).height();
    const int frame = 2 * list->frameWidth() + 4;
    list->setFixedHeight(std::min(rows, list->fontMetrics().lineSpacing() * lines) + frame);
}

QString when(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

HealthPanel::HealthPanel(CoreContext *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_check(new QPushButton(tr("Chec&k SIP"), this))
    , m_troubleshoot(new QPushButton(tr("Tro&ubleshoot"), this))
    , m_busy(new BusyIndicator(this))
    , m_banner(new MessageBanner(this))
    , m_results(compactList(this, tr("Health check results")))
    , m_history(compactList(this, tr("Earlier SIP checks")))
{
    m_check->setAccessibleName(tr("Check SIP"));
    m_check->setToolTip(tr("Send SIP OPTIONS to each gateway of the trunk: does it answer, and how fast?"));
    m_troubleshoot->setAccessibleName(tr("Troubleshoot"));
    m_troubleshoot->setToolTip(
        tr("Look for the misconfigurations that most often break calls, each with its fix (checks SIP too)"));
    auto *heading = new QHBoxLayout;
    heading->addWidget(FormRows::heading(tr("Health"), this), 1);
    heading->addWidget(m_check);
    heading->addWidget(m_troubleshoot);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_busy);
    layout->addWidget(m_banner);
    layout->addWidget(m_results);
    layout->addWidget(FormRows::heading(tr("Earlier SIP checks"), this));
    layout->addWidget(m_history);
    m_busy->hide();
    m_results->hide();
    connect(m_check, &QPushButton::clicked, this, &HealthPanel::checkSip);
    connect(m_troubleshoot, &QPushButton::clicked, this, &HealthPanel::troubleshoot);
    setDomain({}, {});
}

void HealthPanel::setDomain(const QString &domain, const QString &vapiRegion)
{
    if (domain == m_domain && vapiRegion == m_region)
        return;
    cancelRunning();
    m_domain = domain;
    m_region = vapiRegion.isEmpty() ? QStringLiteral("us") : vapiRegion;
    m_banner->hide();
    m_results->clear();
    m_results->hide();
    m_check->setEnabled(m_core && !domain.isEmpty());
    m_troubleshoot->setEnabled(m_core && !domain.isEmpty());
    showHistory();
}

void HealthPanel::begin(const QString &busyText, std::function<void(const AccountKeys &, const QString &)> start)
{
    m_banner->hide();
    m_results->clear();
    m_results->show();
    m_check->setEnabled(false);
    m_troubleshoot->setEnabled(false);
    m_busy->show();
    m_busy->start(busyText);
    m_reading = true;
    const int run = ++m_run;
    AccountKeysReader::read(m_core->secrets(), m_domain, m_region, this,
                            [this, run, start](const AccountKeys &keys, const QString &problem) {
                                if (run != m_run)
                                    return;
                                m_reading = false;
                                start(keys, problem);
                            });
}

void HealthPanel::checkSip()
{
    if (isRunning() || m_domain.isEmpty())
        return;
    // Without the Vapi key the probe checks the inbound SIP host, and says so.
    begin(tr("Asking the gateways of %1 over SIP…").arg(m_domain), [this](const AccountKeys &keys, const QString &) {
        ProbeOperation::Request request;
        request.domain = m_domain;
        m_probe = new ProbeOperation(m_core, keys, request, this);
        connect(m_probe, &ProbeOperation::resultReady, this, &HealthPanel::addResult);
        connect(m_probe, &ProbeOperation::finished, this, [this](const ProbeReport &report) {
            m_probe->deleteLater();
            m_probe.clear();
            finishRun();
            if (!report.inputError.isEmpty())
                return m_banner->showMessage(MessageBanner::Level::Error, report.inputError);
            if (report.error)
                return m_banner->showError(*report.error);
            m_banner->showMessage(report.passed() ? MessageBanner::Level::Positive : MessageBanner::Level::Warning,
                                  report.message());
            showHistory();
            emit checked();
        });
        m_probe->start();
    });
}

void HealthPanel::troubleshoot()
{
    if (isRunning() || m_domain.isEmpty())
        return;
    begin(tr("Looking for problems in %1…").arg(m_domain), [this](const AccountKeys &keys, const QString &problem) {
        if (!problem.isEmpty()) {
            finishRun();
            return m_banner->showMessage(MessageBanner::Level::Error, problem);
        }
        m_doctor = new DoctorOperation(m_core, keys, m_domain, this);
        connect(m_doctor, &DoctorOperation::finished, this, [this](const DoctorReport &r) {
            m_doctor->deleteLater();
            m_doctor.clear();
            finishRun();
            showFindings(r);
            showHistory(); // the troubleshooter checked SIP too
            emit checked();
        });
        m_doctor->start();
    });
}

void HealthPanel::addResult(const SipProbeResult &r)
{
    auto *item = new QListWidgetItem(
        style()->standardIcon(r.passed() ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning),
        r.passed() ? tr("Answers: %1").arg(r.sentence()) : tr("Fails: %1").arg(r.sentence()), m_results);
    item->setToolTip(r.detail.isEmpty() ? r.sentence() : r.sentence() + QLatin1Char('\n') + r.detail);
    fitHeight(m_results, 12);
}

void HealthPanel::showFindings(const DoctorReport &report)
{
    if (!report.inputError.isEmpty())
        return m_banner->showMessage(MessageBanner::Level::Error, report.inputError);
    if (report.error)
        return m_banner->showError(*report.error);
    m_banner->showMessage(report.clean() ? MessageBanner::Level::Positive : MessageBanner::Level::Warning,
                          report.message());
    for (const DoctorFinding &f : report.findings) {
        const bool error = f.severity == DoctorFinding::Severity::Error;
        auto *item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            (error ? tr("Problem: %1") : tr("Warning: %1")).arg(f.text), m_results);
        item->setData(Qt::UserRole, f.codeName());
    }
    m_results->setVisible(!report.findings.isEmpty());
    fitHeight(m_results, 12);
}

void HealthPanel::showHistory()
{
    if (m_historyRead) {
        m_historyRead->disconnect(this);
        m_historyRead->deleteLater();
    }
    if (m_domain.isEmpty() || !m_core) {
        m_history->clear();
        return fitHeight(m_history, 5);
    }
    m_historyRead = new HistoryOperation(m_core, m_domain, 5, this);
    connect(m_historyRead, &HistoryOperation::finished, this, &HealthPanel::listHistory);
    connect(m_historyRead, &Operation::ended, m_historyRead, &QObject::deleteLater);
    m_historyRead->start();
}

void HealthPanel::listHistory(const DomainHistory &history)
{
    if (history.domain != m_domain)
        return;
    m_history->clear();
    for (const QJsonObject &entry : history.probes) {
        const bool passed = entry.value(QLatin1String("passed")).toBool();
        new QListWidgetItem(style()->standardIcon(passed ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning),
                            tr("%1 — %2").arg(when(entry.value(QLatin1String("at")).toString()),
                                              entry.value(QLatin1String("message")).toString()),
                            m_history);
    }
    if (!history.error.isEmpty())
        new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), history.error, m_history);
    else if (m_history->count() == 0)
        new QListWidgetItem(tr("None yet: Check SIP asks each gateway of the trunk."), m_history);
    fitHeight(m_history, 5);
    emit historyShown();
}

void HealthPanel::cancelRunning()
{
    for (Operation *op : {static_cast<Operation *>(m_probe.data()), static_cast<Operation *>(m_doctor.data())})
        if (op) {
            op->disconnect(this);
            op->cancel();
            op->deleteLater();
        }
    m_probe.clear();
    m_doctor.clear();
    m_reading = false;
    ++m_run;
    finishRun();
}

void HealthPanel::finishRun()
{
    m_busy->stop();
    m_busy->hide();
    m_check->setEnabled(m_core && !m_domain.isEmpty());
    m_troubleshoot->setEnabled(m_core && !m_domain.isEmpty());
}

} // namespace tw
