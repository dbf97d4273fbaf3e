#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace tw::test {

// The whole product as an admin meets it, against the built-in sandbox: each page of the setup
// wizard filled in and verified (with the glossary opened from the trunk page), the apply, a
// test call, then the dashboard (its refresh, the report preview, two changes made behind its
// back, the troubleshooter, adding numbers, the activity log) and the settings. At each screen it calls `stop` with the
// screen's name and the window or dialog showing it. The screenshot tour saves each; the accessibility test audits
// each.
class GuidedTour
{
public:
    using Stop = std::function<bool(const QString &name, QWidget *shown)>;
    // False when a screen did not come as expected, or a stop said so.
    static bool run(const Stop &stop);
};

} // namespace tw::test
