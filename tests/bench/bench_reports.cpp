// Scale of the dashboard and the reports, measured, not asserted:
//  - a report of 10,000 numbers exported in every format (JSON, HTML, CSV, Markdown, PDF);
//  - 100,000 numbers (50 domains of 2,000) in the dashboard's numbers model, filtered.
//   build/bin/bench_reports [--numbers N] [--rows N]
#include "dashboard/DomainNumbersModel.h"
#include "reports/ReportRenderer.h"
#include "reports/pdf/PdfReportWriter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <cstdio>

using namespace tw;

namespace {
DomainStatus statusWith(int count, int offset = 0)
{
    DomainStatus s;
    s.domain = QStringLiteral("d%1.cloudonix.net").arg(offset);
    s.live = true;
    s.trunkId = QStringLiteral("t-1");
    s.numbers.reserve(count);
    for (int i = 0; i < count; ++i)
        s.numbers << DomainStatus::Number {
            QStringLiteral("+1212%1").arg(offset * 100000 + i, 7, 10, QLatin1Char('0')),
            QStringLiteral("0c6a8b00-6664-440c-993f-%1").arg(i, 12, 10, QLatin1Char('0')),
            QStringLiteral("a1111111-1111-4111-8111-111111111111"),
            QStringLiteral("active"),
            QStringLiteral("trunk"),
            i % 2 ? QStringLiteral("Support bot") : QStringLiteral("Sales bot")};
    return s;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("numbers"), QStringLiteral("Numbers in the report."), QStringLiteral("n"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows in the numbers model."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.process(app);

    Report report;
    report.id = QStringLiteral("bench");
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.scope = QStringLiteral("all domains");
    Report::Domain d;
    d.record.domain = QStringLiteral("d0.cloudonix.net");
    d.live = statusWith(parser.value(QStringLiteral("numbers")).toInt());
    report.domains << d;
    QTemporaryDir dir;
    for (const auto &[name, format] :
         {std::pair {"json", ReportRenderer::Format::Json}, std::pair {"html", ReportRenderer::Format::Html},
          std::pair {"csv", ReportRenderer::Format::Csv}, std::pair {"md", ReportRenderer::Format::Markdown}}) {
        QElapsedTimer clock;
        clock.start();
        const QByteArray bytes = ReportRenderer::render(report, format);
        std::printf("report %-5s numbers=%lld  %6lld ms  %8lld bytes\n", name,
                    static_cast<long long>(d.live->numbers.size()), static_cast<long long>(clock.elapsed()),
                    static_cast<long long>(bytes.size()));
    }
    QElapsedTimer pdfClock;
    pdfClock.start();
    const QString pdfError = PdfReportWriter::write(report, dir.filePath(QStringLiteral("r.pdf")));
    std::printf("report pdf   numbers=%lld  %6lld ms  %8lld bytes %s\n", static_cast<long long>(d.live->numbers.size()),
                static_cast<long long>(pdfClock.elapsed()),
                static_cast<long long>(QFileInfo(dir.filePath(QStringLiteral("r.pdf"))).size()), qPrintable(pdfError));

    // The dashboard's numbers view: load, then filter as the admin types.
    const int rows = parser.value(QStringLiteral("rows")).toInt();
    DomainNumbersModel model;
    QSortFilterProxyModel filter;
    filter.setSourceModel(&model);
    filter.setFilterKeyColumn(-1);
    filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QElapsedTimer clock;
    clock.start();
    model.setStatus(statusWith(rows));
    const qint64 load = clock.restart();
    for (const QString &text :
         {QStringLiteral("+12120004"), QStringLiteral("support"), QStringLiteral("0000099999"), QString()}) {
        clock.restart();
        filter.setFilterFixedString(text);
        std::printf("filter %-12s rows=%d shown=%d  %lld ms\n",
                    qPrintable(text.isEmpty() ? QStringLiteral("(none)") : text), rows, filter.rowCount(),
                    static_cast<long long>(clock.elapsed()));
    }
    std::printf("load rows=%d  %lld ms\n", rows, static_cast<long long>(load));
    return 0;
}
