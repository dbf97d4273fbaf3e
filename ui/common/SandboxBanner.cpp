#include "common/SandboxBanner.h"

#include <QPalette>

namespace tw {

SandboxBanner::SandboxBanner(const QString &endpoint, QWidget *parent)
    : QLabel(parent)
{
    setText(tr("<b>Sandbox:</b> nothing is sent to Cloudonix or Vapi. Accounts, numbers and calls here are "
               "simulated on this computer."));
    setToolTip(tr("Simulated APIs at %1").arg(endpoint)); // also its accessible description
    // Its accessible name is its text: what is read is what is shown.
    setWordWrap(true);
    setMargin(8);
    // Its own colours in every appearance: white on purple, 9.7:1.
    QPalette purple = palette();
    purple.setColor(QPalette::Window, QColor(0x5b, 0x2a, 0x86));
    purple.setColor(QPalette::WindowText, Qt::white);
    setPalette(purple);
    setAutoFillBackground(true);
}

} // namespace tw
