#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace tw::test {

// Makes `window` the active one and waits until it is. Offscreen Qt does not activate on
// request as a window manager would (QWidget::activateWindow leaves a dialog over the main
// window inactive, so Tab never reaches it), so the application is told directly. Qt 6.5
// deprecated that call for applications; a test driving the offscreen platform still needs it.
inline bool activate(QWidget *window)
{
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    QApplication::setActiveWindow(window);
    QT_WARNING_POP
    return QTest::qWaitForWindowActive(window);
}

} // namespace tw::test
