#include "common/SandboxBanner.h"

namespace tw {

SandboxBanner::SandboxBanner(const QString &endpoint, QWidget *parent)
    : QLabel(parent)
{
    setText(tr("<b>Sandbox:</b> nothing is sent to Cloudonix or Vapi. Accounts, numbers and calls here are "
               "simulated on this computer."));
    setToolTip(tr("Simulated APIs at %1").arg(endpoint));
    setAccessibleName(tr("Sandbox mode"));
    setWordWrap(true);
    setMargin(8);
    setStyleSheet(QStringLiteral("tw--SandboxBanner { background: #5b2a86; color: white; }"));
}

} // namespace tw
