#include "reports/Report.h"
#include "reports/pdf/PdfReportWriter.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The PDF report, read back as a reader would: its text extracted with pdftotext (poppler-utils,
// installed by dev.sh).
using namespace tw;

class TestPdfReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void theTextIsThereWithPageNumbers();
};

void TestPdfReportWriter::theTextIsThereWithPageNumbers()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: packaging/dev.sh installs poppler-utils");
    Report report;
    report.id = QStringLiteral("r-1");
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.appVersion = QStringLiteral("0.1.0");
    report.scope = QStringLiteral("all domains");
    for (int d = 0; d < 2; ++d) {
        Report::Domain domain;
        domain.record.domain = QStringLiteral("d%1.cloudonix.net").arg(d);
        DomainStatus status;
        status.live = true;
        for (int i = 0; i < (d == 0 ? 120 : 250); ++i) // a table, then one long enough for aligned text
            status.numbers << DomainStatus::Number {QStringLiteral("+1212555%1").arg(1000 + i),
                                                    QStringLiteral("n-%1").arg(i),
                                                    QString(),
                                                    QStringLiteral("active"),
                                                    QStringLiteral("trunk"),
                                                    QString()};
        domain.live = status;
        report.domains << domain;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(PdfReportWriter::write(report, path), QString());
    QProcess extract;
    extract.start(pdftotext, {path, QStringLiteral("-")});
    QVERIFY(extract.waitForFinished(20000));
    QCOMPARE(extract.exitCode(), 0);
    QString text = QString::fromUtf8(extract.readAllStandardOutput());
    text.replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB02), QStringLiteral("fl")); // ligatures
    QVERIFY2(text.contains(QLatin1String("Trunk Wizard configuration report")), qPrintable(text.left(500)));
    QVERIFY(text.contains(QLatin1String("d0.cloudonix.net")) && text.contains(QLatin1String("d1.cloudonix.net")));
    QVERIFY(text.contains(QLatin1String("+12125551119")));
    QVERIFY(text.contains(QLatin1String("+12125551249"))); // from the aligned-text table
    // Several pages, each numbered at its foot.
    const int pages = int(text.count(QLatin1Char('\f')));
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\n\\s*2\\s*\\n"))));
}

QTEST_MAIN(TestPdfReportWriter)
#include "tst_pdfreportwriter.moc"
