#pragma once

#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace tw::test {

// Waits for a callback without polling: an event loop that done() ends at once, or the
// timeout. QTRY_VERIFY would look every 50 ms, which adds up over hundreds of requests.
class EventWait
{
public:
    std::function<void()> done()
    {
        return [this] {
            m_done = true;
            m_loop.quit();
        };
    }
    // True when done() ran (before or during the wait).
    bool wait(int timeoutMs = 10000)
    {
        if (m_done)
            return true;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        m_loop.exec();
        return m_done;
    }

private:
    QEventLoop m_loop;
    bool m_done = false;
};

} // namespace tw::test
