#pragma once

#include <QString>

namespace tw {

struct Report;

// A report as PDF: the HTML report laid out by QTextDocument on A4 with page numbers. Needs a
// QGuiApplication (fonts); the CLI starts one, on the offscreen platform, only for this.
class PdfReportWriter
{
public:
    // Empty when written, else why not.
    static QString write(const Report &report, const QString &path);
};

} // namespace tw
