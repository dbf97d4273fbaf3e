#include "dashboard/ReportPreviewDialog.h"

#include "common/BusyIndicator.h"
#include "common/MessageBanner.h"
#include "operations/ReportOperation.h"
#include "reports/pdf/PdfReportWriter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tw {

ReportPreviewDialog::ReportPreviewDialog(CoreContext *core, const QString &domain, QWidget *parent)
    : QDialog(parent)
    , m_busy(new BusyIndicator(this))
    , m_banner(new MessageBanner(this))
    , m_preview(new QTextBrowser(this))
    , m_format(new QComboBox(this))
    , m_save(new QPushButton(tr("&Save…"), this))
{
    setWindowTitle(domain.isEmpty() ? tr("Report of all domains") : tr("Report of %1").arg(domain));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(820, 640);
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setOpenLinks(false);
    // The report is a document on paper: shown as it will print, whatever the desktop theme.
    QPalette paper = m_preview->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, QColor(0x1b, 0x1b, 0x1b));
    m_preview->setPalette(paper);
    m_format->addItem(tr("HTML (printable)"), QStringLiteral("html"));
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("Markdown (for a support ticket)"), QStringLiteral("md"));
    m_format->addItem(tr("CSV (one row per number)"), QStringLiteral("csv"));
    m_format->addItem(tr("JSON"), QStringLiteral("json"));
    m_save->setAccessibleName(tr("Save…"));
    m_save->setEnabled(false);
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    m_format->setAccessibleName(tr("Format"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(formatLabel);
    row->addWidget(m_format);
    row->addWidget(m_save);
    row->addStretch(1);
    row->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_busy);
    layout->addWidget(m_preview, 1);
    layout->addLayout(row);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ReportPreviewDialog::chooseFile);

    m_busy->start(tr("Reading Cloudonix and Vapi for the report…"));
    auto *op = new ReportOperation(core, domain, this);
    connect(op, &ReportOperation::finished, this, [this, op](const Report &report) {
        op->deleteLater();
        m_busy->stop();
        m_report = report;
        m_preview->setHtml(QString::fromUtf8(ReportRenderer::render(report, ReportRenderer::Format::Html)));
        m_save->setEnabled(true);
    });
    op->start();
}

QString ReportPreviewDialog::previewText() const
{
    return m_preview->toPlainText();
}

void ReportPreviewDialog::chooseFile()
{
    const QString format = m_format->currentData().toString();
    auto *dialog = new QFileDialog(this, tr("Save the report"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(format);
    dialog->selectFile(QStringLiteral("trunkwizard-report.%1").arg(format));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (const QString error = saveTo(path); !error.isEmpty())
            m_banner->showMessage(MessageBanner::Level::Error, error);
        else
            m_banner->showMessage(MessageBanner::Level::Positive, tr("Saved to %1.").arg(path));
    });
    dialog->open();
}

QString ReportPreviewDialog::saveTo(const QString &path)
{
    if (!m_report)
        return tr("The report is not ready yet.");
    const QString format = m_format->currentData().toString();
    if (format == QLatin1String("pdf"))
        return PdfReportWriter::write(*m_report, path);
    ReportRenderer::Format f = ReportRenderer::Format::Html;
    ReportRenderer::parseFormat(format, &f);
    const QByteArray text = ReportRenderer::render(*m_report, f);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return tr("The report could not be saved to %1 (%2).").arg(path, file.errorString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace tw
