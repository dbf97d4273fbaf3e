#include "api/ApiCall.h"

namespace tw {

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
{ }

void ApiCall::abort()
{
    if (m_aborted || m_finished)
        return;
    m_aborted = true;
    if (auto canceller = std::exchange(m_canceller, nullptr))
        canceller();
}

void ApiCall::markFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    m_canceller = nullptr;
    emit finished();
    deleteLater();
}

} // namespace tw
