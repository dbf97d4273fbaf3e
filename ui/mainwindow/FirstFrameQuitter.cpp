#include "mainwindow/FirstFrameQuitter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace tw {

bool FirstFrameQuitter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // After this paint has been delivered and flushed.
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tw
