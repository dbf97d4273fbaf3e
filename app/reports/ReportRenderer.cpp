#include "reports/ReportRenderer.h"

#include "sip/SipProbeResult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace tw {

namespace {

QString onOff(bool on)
{
    return on ? ReportRenderer::tr("on") : ReportRenderer::tr("off");
}

// One section of a report as rows of cells, shared by the Markdown and HTML writers.
struct Table
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
    QString empty; // said when there are no rows
};

QList<Table> tablesOf(const Report::Domain &d)
{
    QList<Table> tables;
    const DomainStatus status = d.live ? *d.live : DomainStatus::from(d.record, nullptr);
    Table cloudonix {
        ReportRenderer::tr("Cloudonix"), {ReportRenderer::tr("Setting"), ReportRenderer::tr("Value")}, {}, {}};
    cloudonix.rows << QStringList {ReportRenderer::tr("Inbound SIP host"), status.inboundSipHost};
    if (!d.record.autoAlias.isEmpty())
        cloudonix.rows << QStringList {ReportRenderer::tr("Auto alias"), d.record.autoAlias};
    if (d.live) {
        cloudonix.rows << QStringList {ReportRenderer::tr("Allow border-to-border calls"),
                                       onOff(status.allowBorderToBorder)};
        cloudonix.rows << QStringList {ReportRenderer::tr("Redirect unknown destination to border"),
                                       onOff(status.redirectUnknownToBorder)};
        QStringList carriers;
        for (const CloudonixTrunk &t : status.outboundTrunks)
            carriers << QStringLiteral("%1 (%2)").arg(t.name, t.describe());
        cloudonix.rows << QStringList {ReportRenderer::tr("Outbound trunks"),
                                       carriers.isEmpty() ? ReportRenderer::tr("none")
                                                          : carriers.join(QStringLiteral("; "))};
    }
    cloudonix.rows << QStringList {ReportRenderer::tr("API key"),
                                   d.cloudonixKey.isEmpty() ? ReportRenderer::tr("not in the keychain")
                                                            : d.cloudonixKey};
    tables << cloudonix;

    Table vapi {ReportRenderer::tr("Vapi"), {ReportRenderer::tr("Setting"), ReportRenderer::tr("Value")}, {}, {}};
    vapi.rows << QStringList {ReportRenderer::tr("Region"), d.record.vapiRegion.toUpper()};
    vapi.rows << QStringList {ReportRenderer::tr("SIP trunk"),
                              status.trunkId.isEmpty()
                                  ? ReportRenderer::tr("none")
                                  : QStringLiteral("%1 (%2)").arg(status.trunkName, status.trunkId)};
    if (status.leadingPlus)
        vapi.rows << QStringList {ReportRenderer::tr("Leading plus for outbound calls"), onOff(*status.leadingPlus)};
    vapi.rows << QStringList {ReportRenderer::tr("API key"),
                              d.vapiKey.isEmpty() ? ReportRenderer::tr("not in the keychain") : d.vapiKey};
    tables << vapi;

    Table gateways {ReportRenderer::tr("Gateways"),
                    {ReportRenderer::tr("Address"), ReportRenderer::tr("Port"), ReportRenderer::tr("Inbound"),
                     ReportRenderer::tr("Outbound"), ReportRenderer::tr("Options ping")},
                    {},
                    d.live ? ReportRenderer::tr("No gateways.") : ReportRenderer::tr("Not read (no live state).")};
    for (const VapiGateway &g : status.gateways)
        gateways.rows << QStringList {QStringLiteral("%1/%2").arg(g.ip).arg(g.effectiveNetmask()),
                                      QString::number(g.effectivePort()), onOff(g.inbound()), onOff(g.outbound()),
                                      onOff(g.optionsPing())};
    tables << gateways;

    Table numbers {ReportRenderer::tr("Numbers"),
                   {ReportRenderer::tr("Number"), ReportRenderer::tr("Vapi id"), ReportRenderer::tr("Status"),
                    ReportRenderer::tr("Assistant"), ReportRenderer::tr("Mode")},
                   {},
                   ReportRenderer::tr("No numbers.")};
    for (const DomainStatus::Number &n : status.numbers)
        numbers.rows << QStringList {
            n.number, n.id, n.status,
            n.assistantName.isEmpty() ? n.assistantId : QStringLiteral("%1 (%2)").arg(n.assistantName, n.assistantId),
            n.mode};
    tables << numbers;

    Table findings {ReportRenderer::tr("Findings"),
                    {ReportRenderer::tr("Kind"), ReportRenderer::tr("Finding")},
                    {},
                    d.live ? ReportRenderer::tr("None: everything is as last applied.") : d.liveError};
    for (const DriftFinding &f : status.drift)
        findings.rows << QStringList {ReportRenderer::tr("drift"), f.text};
    if (status.noOutboundTrunk)
        findings.rows << QStringList {ReportRenderer::tr("warning"),
                                      DomainStatus::noOutboundTrunkText() + QLatin1Char(' ')
                                          + ReportRenderer::tr("Add the carrier's trunk in the wizard's Routing "
                                                               "page, or in the Cloudonix console.")};
    for (const QString &w : status.warnings)
        findings.rows << QStringList {ReportRenderer::tr("warning"), w};
    for (const QString &n : status.notes)
        findings.rows << QStringList {ReportRenderer::tr("note"), n};
    tables << findings;

    Table calls {ReportRenderer::tr("Last test calls"),
                 {ReportRenderer::tr("Time (UTC)"), ReportRenderer::tr("From"), ReportRenderer::tr("To"),
                  ReportRenderer::tr("Result"), ReportRenderer::tr("Vapi's reason")},
                 {},
                 ReportRenderer::tr("No test calls yet.")};
    for (const QJsonObject &c : d.testCalls)
        calls.rows << QStringList {c.value(QLatin1String("at")).toString(), c.value(QLatin1String("from")).toString(),
                                   c.value(QLatin1String("to")).toString(),
                                   c.value(QLatin1String("message")).toString(),
                                   c.value(QLatin1String("endedReason")).toString()};
    tables << calls;

    // The newest SIP check in full, one row per gateway address; the ones before it summed up.
    Table sip {ReportRenderer::tr("SIP checks of the gateways"),
               {ReportRenderer::tr("Time (UTC)"), ReportRenderer::tr("Gateway"), ReportRenderer::tr("Address"),
                ReportRenderer::tr("Result"), ReportRenderer::tr("Round trip")},
               {},
               ReportRenderer::tr("No SIP check yet.")};
    for (qsizetype i = 0; i < d.probes.size(); ++i) {
        const QJsonObject &probe = d.probes.at(i);
        const QString at = QDateTime::fromString(probe.value(QLatin1String("at")).toString(), Qt::ISODateWithMs)
                               .toUTC()
                               .toString(Qt::ISODate);
        if (i > 0) {
            sip.rows << QStringList {at, ReportRenderer::tr("(earlier check)"), QString(),
                                     probe.value(QLatin1String("message")).toString(), QString()};
            continue;
        }
        for (const QJsonValue &v : probe.value(QLatin1String("results")).toArray()) {
            const SipProbeResult r = SipProbeResult::fromJson(v.toObject());
            sip.rows << QStringList {at, r.target.label(), r.address, r.passed() ? r.statusText() : r.sentence(),
                                     r.outcome == SipProbeResult::Outcome::Answered
                                         ? ReportRenderer::tr("%1 ms").arg(r.roundTripMs)
                                         : QString()};
        }
    }
    tables << sip;

    Table journal {ReportRenderer::tr("Change journal"),
                   {ReportRenderer::tr("Time (UTC)"), ReportRenderer::tr("System"), ReportRenderer::tr("Action"),
                    ReportRenderer::tr("Resource"), ReportRenderer::tr("Id"), ReportRenderer::tr("After")},
                   {},
                   ReportRenderer::tr("No changes recorded.")};
    for (const JournalEntry &e : d.journal)
        journal.rows << QStringList {
            e.at.toUTC().toString(Qt::ISODate), e.system, e.action, e.resource, e.resourceId, e.after};
    tables << journal;
    return tables;
}

QString mdCell(QString text)
{
    // Markdown would read a pipe as a cell border and <…> as HTML.
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    return QLatin1Char('"') + quoted.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString headerLine(const Report &report)
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const QString app = report.appVersion.isEmpty() ? QStringLiteral("Trunk Wizard")
                                                    : QStringLiteral("Trunk Wizard %1").arg(report.appVersion);
    return ReportRenderer::tr("Report %1, generated %2 UTC (%3 local time) by %4; scope: %5.")
        .arg(report.id, report.generatedAt.toUTC().toString(format), report.generatedAt.toLocalTime().toString(format),
             app, report.scope);
}

} // namespace

bool ReportRenderer::parseFormat(const QString &text, Format *format)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("json"))
        *format = Format::Json;
    else if (t == QLatin1String("html"))
        *format = Format::Html;
    else if (t == QLatin1String("csv"))
        *format = Format::Csv;
    else if (t == QLatin1String("md") || t == QLatin1String("markdown"))
        *format = Format::Markdown;
    else
        return false;
    return true;
}

QByteArray ReportRenderer::render(const Report &report, Format format)
{
    switch (format) {
    case Format::Json:
        return QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    case Format::Html:
        return html(report, std::numeric_limits<int>::max());
    case Format::Csv:
        return csv(report);
    case Format::Markdown:
        break;
    }
    return markdown(report);
}

QByteArray ReportRenderer::markdown(const Report &report)
{
    QStringList out;
    out << ReportRenderer::tr("# Trunk Wizard configuration report") << QString() << headerLine(report) << QString()
        << ReportRenderer::tr(
               "> API keys are shown only as fingerprints: their last four characters and the start of their SHA-256 "
               "hash.")
        << QString();
    for (const Report::Domain &d : report.domains) {
        out << QStringLiteral("## %1").arg(d.record.domain) << QString();
        for (const Table &t : tablesOf(d)) {
            out << QStringLiteral("### %1").arg(t.title) << QString();
            if (t.rows.isEmpty()) {
                out << t.empty << QString();
                continue;
            }
            out << QStringLiteral("| %1 |").arg(t.header.join(QStringLiteral(" | ")));
            out << QStringLiteral("|%1").arg(QStringLiteral("---|").repeated(t.header.size()));
            for (const QStringList &row : t.rows) {
                QStringList cells;
                for (const QString &c : row)
                    cells << mdCell(c);
                out << QStringLiteral("| %1 |").arg(cells.join(QStringLiteral(" | ")));
            }
            out << QString();
        }
    }
    return out.join(QLatin1Char('\n')).toUtf8();
}

QByteArray ReportRenderer::html(const Report &report, int tableRowLimit)
{
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out += QStringLiteral("<title>%1</title>")
               .arg(ReportRenderer::tr("Trunk Wizard report %1").arg(report.id).toHtmlEscaped());
    out += QStringLiteral(
        "<style>body{font-family:sans-serif;margin:2em;color:#1b1b1b}h1{font-size:1.5em}h2{margin-top:2em;"
        "border-bottom:2px solid #5b2a86}table{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}"
        "th,td{border:1px solid #c8c8c8;padding:.3em .5em;text-align:left;vertical-align:top;font-size:.9em}"
        "th{background:#f0eef5}.note{color:#555}@media print{h2{page-break-before:auto}}</style></head><body>\n");
    out += QStringLiteral("<h1>%1</h1>\n").arg(ReportRenderer::tr("Trunk Wizard configuration report").toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>\n").arg(headerLine(report).toHtmlEscaped());
    out += QStringLiteral("<p class=\"note\">%1</p>\n")
               .arg(ReportRenderer::tr(
                        "API keys are shown only as fingerprints: their last four characters and the start of their "
                        "SHA-256 hash.")
                        .toHtmlEscaped());
    for (const Report::Domain &d : report.domains) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(d.record.domain.toHtmlEscaped());
        for (const Table &t : tablesOf(d)) {
            out += QStringLiteral("<h3>%1</h3>\n").arg(t.title.toHtmlEscaped());
            if (t.rows.isEmpty()) {
                out += QStringLiteral("<p>%1</p>\n").arg(t.empty.toHtmlEscaped());
                continue;
            }
            if (t.rows.size() > tableRowLimit) { // aligned text: a layout engine's table would crawl
                QList<int> widths;
                for (const QString &h : t.header)
                    widths << int(h.size());
                for (const QStringList &row : t.rows)
                    for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
                        widths[c] = std::max(widths.at(c), int(row.at(c).size()));
                auto line = [&widths](const QStringList &cells) {
                    QStringList padded;
                    for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c)
                        padded << cells.at(c).leftJustified(widths.at(c));
                    return padded.join(QStringLiteral("  ")).trimmed().toHtmlEscaped();
                };
                out += QStringLiteral("<pre style=\"font-size:.75em\">") + line(t.header) + QLatin1Char('\n');
                for (const QStringList &row : t.rows)
                    out += line(row) + QLatin1Char('\n');
                out += QStringLiteral("</pre>\n");
                continue;
            }
            out += QStringLiteral("<table><tr>");
            for (const QString &h : t.header)
                out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
            out += QStringLiteral("</tr>\n");
            for (const QStringList &row : t.rows) {
                out += QStringLiteral("<tr>");
                for (const QString &c : row)
                    out += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
        }
    }
    out += QStringLiteral("</body></html>\n");
    return out.toUtf8();
}

QByteArray ReportRenderer::csv(const Report &report)
{
    QStringList out;
    out << QStringLiteral("domain,number,vapi_id,status,assistant_name,assistant_id,mode,trunk_id");
    for (const Report::Domain &d : report.domains) {
        const DomainStatus status = d.live ? *d.live : DomainStatus::from(d.record, nullptr);
        for (const DomainStatus::Number &n : status.numbers) {
            QStringList cells {d.record.domain, n.number,      n.id,   n.status,
                               n.assistantName, n.assistantId, n.mode, status.trunkId};
            for (QString &c : cells)
                c = csvCell(c);
            out << cells.join(QLatin1Char(','));
        }
    }
    return (out.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace tw
