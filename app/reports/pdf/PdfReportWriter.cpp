#include "reports/pdf/PdfReportWriter.h"

#include "reports/ReportRenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace tw {

QString PdfReportWriter::write(const Report &report, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QCoreApplication::translate("tw::PdfReportWriter", "A PDF report needs the graphical libraries.");
    QTextDocument document;
    document.setHtml(QString::fromUtf8(ReportRenderer::html(report, 200)));
    QPdfWriter writer(path);
    writer.setTitle(
        QCoreApplication::translate("tw::PdfReportWriter", "Trunk Wizard report %1 (%2)").arg(report.id, report.scope));
    writer.setCreator(QStringLiteral("Trunk Wizard %1").arg(report.appVersion));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    document.print(&writer); // lays out pages and numbers them
    if (!QFile::exists(path) || QFile(path).size() == 0)
        return QCoreApplication::translate("tw::PdfReportWriter", "The PDF could not be written to %1.").arg(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace tw
