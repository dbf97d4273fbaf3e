#include "provisioning/TestCallRunner.h"

#include "api/VapiClient.h"

namespace tw {

TestCallRunner::TestCallRunner(VapiClient *vapi, QObject *parent)
    : QObject(parent)
    , m_vapi(vapi)
{
    m_deadline.setSingleShot(true);
}

void TestCallRunner::start(const VapiCallRequest &request, std::chrono::milliseconds wait,
                           std::function<void(const TestCallResult &)> done)
{
    m_done = std::move(done);
    m_result = {};
    m_deadline.start(wait);
    m_vapi->createCall(request, this, [this](const ApiResult<VapiCall> &r) {
        if (!r.ok()) {
            m_result.error = r.error();
            return finish();
        }
        m_result.call = r.value();
        emit statusChanged(r.value().status);
        QTimer::singleShot(m_interval, this, &TestCallRunner::poll);
    });
}

void TestCallRunner::poll()
{
    m_vapi->getCall(m_result.call.id, this, [this](const ApiResult<VapiCall> &r) {
        if (!r.ok()) {
            m_result.error = r.error();
            return finish();
        }
        if (r.value().status != m_result.call.status)
            emit statusChanged(r.value().status);
        m_result.call = r.value();
        if (m_result.call.isEnded()) {
            m_result.ended = true;
            m_result.explanation = EndedReasonExplainer::explain(m_result.call.endedReason);
            return finish();
        }
        if (!m_deadline.isActive())
            return finish(); // waited long enough
        QTimer::singleShot(m_interval, this, &TestCallRunner::poll);
    });
}

void TestCallRunner::finish()
{
    m_deadline.stop();
    if (m_done)
        std::exchange(m_done, nullptr)(m_result);
}

} // namespace tw
