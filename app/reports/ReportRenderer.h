#pragma once

#include <QCoreApplication>

#include "reports/Report.h"

#include <QByteArray>
#include <QObject>

namespace tw {

// Writes a report as JSON (the versioned schema), self-contained HTML (styled, printable), CSV
// (one row per number) or Markdown (for support tickets). Pure text: no widgets, no network.
class ReportRenderer
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(tw::ReportRenderer)

public:
    enum class Format { Json, Html, Csv, Markdown };
    Q_ENUM(Format)

    static QByteArray render(const Report &report, Format format);
    // HTML where a table of more than tableRowLimit rows is aligned text instead (the PDF's
    // layout engine takes seconds per thousand table rows).
    static QByteArray html(const Report &report, int tableRowLimit);
    // "json", "html", "csv", "md" (or "markdown"); false when unknown.
    static bool parseFormat(const QString &text, Format *format);

private:
    static QByteArray markdown(const Report &report);
    static QByteArray csv(const Report &report);
};

} // namespace tw
