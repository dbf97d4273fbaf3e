#pragma once

#include <QLabel>

namespace tw {

// The strip that stays on top of every window while the app runs against the built-in
// sandbox, so nobody mistakes simulated results for their real accounts. It cannot be closed.
class SandboxBanner : public QLabel
{
    Q_OBJECT

public:
    explicit SandboxBanner(const QString &endpoint, QWidget *parent = nullptr);
};

} // namespace tw
