#pragma once

#include "api/VapiCallRequest.h"
#include "provisioning/TestCallResult.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace tw {

class VapiClient;

// Places an outbound call through the trunk (POST /call) and polls it (GET /call/{id}) until
// it ends or the wait runs out, then explains the endedReason.
class TestCallRunner : public QObject
{
    Q_OBJECT

public:
    explicit TestCallRunner(VapiClient *vapi, QObject *parent = nullptr);

    void setPollInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    void start(const VapiCallRequest &request, std::chrono::milliseconds wait,
               std::function<void(const TestCallResult &)> done);

signals:
    void statusChanged(const QString &status); // queued, ringing, in-progress, ended

private:
    void poll();
    void finish();

    VapiClient *m_vapi;
    std::chrono::milliseconds m_interval {1000};
    QTimer m_deadline;
    TestCallResult m_result;
    std::function<void(const TestCallResult &)> m_done;
};

} // namespace tw
