#pragma once

#include <QObject>

namespace tw {

// Quits the application right after the window it watches has painted its first frame: how
// the start-up benchmark measures "cold start to first painted window".
class FirstFrameQuitter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};

} // namespace tw
