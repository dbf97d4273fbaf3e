#pragma once

#include "reports/Report.h"
#include "reports/ReportRenderer.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QPushButton;
class QTextBrowser;

namespace tw {

class BusyIndicator;
class CoreContext;
class MessageBanner;

// A configuration report, read live and shown before it is saved (HTML, PDF, Markdown, CSV or
// JSON). Opened with open(): nothing here waits in a nested event loop.
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // domain: one domain; empty: all of them.
    ReportPreviewDialog(CoreContext *core, const QString &domain, QWidget *parent = nullptr);

    bool isReady() const { return m_report.has_value(); }
    QString previewText() const;
    // Writes the report in the chosen format; empty when written, else why not.
    QString saveTo(const QString &path);
    QComboBox *formatBox() const { return m_format; }

private:
    void chooseFile();

    std::optional<Report> m_report;
    BusyIndicator *m_busy;
    MessageBanner *m_banner;
    QTextBrowser *m_preview;
    QComboBox *m_format;
    QPushButton *m_save;
};

} // namespace tw
