#include "operations/VerifyVapiOperation.h"

#include "api/VapiClient.h"

namespace tw {

VerifyVapiOperation::VerifyVapiOperation(CoreContext *core, const QString &key, const QString &region, QObject *parent)
    : Operation(core, parent)
    , m_key(key.trimmed())
    , m_regions(region.trimmed().isEmpty() ? QStringList {QStringLiteral("us"), QStringLiteral("eu")}
                                           : QStringList {region.trimmed().toLower()})
{ }

void VerifyVapiOperation::run()
{
    m_pending = int(m_regions.size());
    emit progressChanged(0, m_pending, tr("Checking the Vapi API key…"));
    for (const QString &region : std::as_const(m_regions))
        check(region);
}

void VerifyVapiOperation::check(const QString &region)
{
    VapiClient *client = vapi(m_key, region);
    m_checks[region].region = region;
    track(client->listAssistants(this, [this, client, region](const ApiResult<QList<VapiAssistant>> &assistants) {
        VapiAccountCheck &c = m_checks[region];
        if (!assistants.ok()) {
            c.error = assistants.error();
            return settle();
        }
        c.assistants = assistants.value();
        track(client->listSipTrunkCredentials(this, [this, region](const ApiResult<QList<VapiCredential>> &trunks) {
            VapiAccountCheck &checked = m_checks[region];
            if (trunks.ok())
                checked.trunks = trunks.value();
            else
                checked.error = trunks.error();
            settle();
        }));
    }));
}

void VerifyVapiOperation::settle()
{
    --m_pending;
    emit progressChanged(int(m_regions.size()) - m_pending, int(m_regions.size()), QString());
    if (m_pending > 0)
        return;
    // The first region that accepted the key; else the first region's refusal.
    VapiAccountCheck result = m_checks.value(m_regions.first());
    for (const QString &region : std::as_const(m_regions))
        if (m_checks.value(region).ok()) {
            result = m_checks.value(region);
            break;
        }
    emit finished(result);
    complete();
}

} // namespace tw
