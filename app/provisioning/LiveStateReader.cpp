#include "provisioning/LiveStateReader.h"

#include "api/CloudonixClient.h"
#include "api/VapiClient.h"

namespace tw {

LiveStateReader::LiveStateReader(CloudonixClient *cloudonix, VapiClient *vapi, QObject *parent)
    : QObject(parent)
    , m_cloudonix(cloudonix)
    , m_vapi(vapi)
{ }

void LiveStateReader::part(ApiCall *call)
{
    ++m_pending;
    ++m_total;
    m_calls << QPointer<ApiCall>(call);
}

void LiveStateReader::settle(const std::optional<ApiError> &error)
{
    --m_pending;
    emit progressChanged(m_total - m_pending, m_total);
    if (m_failed)
        return;
    if (error) {
        m_failed = true;
        cancel(); // the other reads are of no use now
        m_done(*error);
        return;
    }
    if (m_pending == 0)
        m_done(m_state);
}

void LiveStateReader::begin(Done done)
{
    m_done = std::move(done);
    m_state = {};
    m_failed = false;
}

void LiveStateReader::readVapi(Done done)
{
    begin(std::move(done));
    listVapi();
}

void LiveStateReader::read(const QString &domain, const QString &applicationName, Done done)
{
    begin(std::move(done));
    if (m_vapiSnapshot) { // implicitly shared lists: no copy of the numbers
        m_state.trunks = m_vapiSnapshot->trunks;
        m_state.numbers = m_vapiSnapshot->numbers;
        m_state.assistants = m_vapiSnapshot->assistants;
    }
    part(m_cloudonix->getDomain(domain, this, [this](const ApiResult<CloudonixDomain> &r) {
        if (r.ok())
            m_state.domain = r.value();
        settle(r.ok() ? std::nullopt : std::optional(r.error()));
    }));
    if (!applicationName.isEmpty()) {
        part(m_cloudonix->getApplication(
            domain, applicationName, this, [this](const ApiResult<CloudonixApplication> &r) {
                if (r.ok())
                    m_state.application = r.value();
                // Not there yet is an answer, not a failure.
                const bool missing = !r.ok() && r.error().kind() == ApiError::Kind::NotFound;
                settle(r.ok() || missing ? std::nullopt : std::optional(r.error()));
            }));
        part(m_cloudonix->listDnids(domain, this, [this](const ApiResult<QList<CloudonixDnid>> &r) {
            if (r.ok())
                m_state.dnids = r.value();
            settle(r.ok() ? std::nullopt : std::optional(r.error()));
        }));
    }
    part(m_cloudonix->listTrunks(domain, this, [this](const ApiResult<QList<CloudonixTrunk>> &r) {
        if (r.ok())
            m_state.cloudonixTrunks = r.value();
        settle(r.ok() ? std::nullopt : std::optional(r.error()));
    }));
    if (!m_vapiSnapshot)
        listVapi();
}

void LiveStateReader::listVapi()
{
    part(m_vapi->listSipTrunkCredentials(this, [this](const ApiResult<QList<VapiCredential>> &r) {
        if (r.ok())
            m_state.trunks = r.value();
        settle(r.ok() ? std::nullopt : std::optional(r.error()));
    }));
    part(m_vapi->listPhoneNumbers(this, [this](const ApiResult<QList<VapiPhoneNumber>> &r) {
        if (r.ok())
            m_state.numbers = r.value();
        settle(r.ok() ? std::nullopt : std::optional(r.error()));
    }));
    part(m_vapi->listAssistants(this, [this](const ApiResult<QList<VapiAssistant>> &r) {
        if (r.ok())
            m_state.assistants = r.value();
        settle(r.ok() ? std::nullopt : std::optional(r.error()));
    }));
}

void LiveStateReader::cancel()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_calls))
        if (call)
            call->abort();
    m_calls.clear();
}

} // namespace tw
