#include "operations/SyncOperation.h"

#include "api/VapiClient.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"

namespace tw {

SyncOperation::SyncOperation(CoreContext *core, const AccountKeys &keys, const QString &domain, QObject *parent)
    : Operation(core, parent)
    , m_keys(keys)
    , m_domain(domain.trimmed().toLower())
{ }

void SyncOperation::run()
{
    VapiClient *client = vapi(m_keys.vapiKey, m_keys.vapiRegion);
    emit progressChanged(0, 2, tr("Reading Vapi's numbers…"));
    track(client->listPhoneNumbers(this, [this, client](const ApiResult<QList<VapiPhoneNumber>> &numbers) {
        if (!numbers.ok()) {
            m_result.error = numbers.error();
            return done();
        }
        emit progressChanged(1, 2, tr("Reading Vapi's trunks…"));
        track(client->listSipTrunkCredentials(
            this, [this, live = numbers.value()](const ApiResult<QList<VapiCredential>> &trunks) {
                if (!trunks.ok()) {
                    m_result.error = trunks.error();
                    return done();
                }
                m_result.configError = core()->store()->update(
                    [&](AppConfig &config) { m_result.changes = reconcile(config, m_domain, trunks.value(), live); });
                done();
            }));
    }));
}

QStringList SyncOperation::reconcile(AppConfig &config, const QString &onlyDomain, const QList<VapiCredential> &trunks,
                                     const QList<VapiPhoneNumber> &numbers)
{
    QStringList changes;
    for (DomainRecord &d : config.domains) {
        if (!onlyDomain.isEmpty() && d.domain != onlyDomain)
            continue;
        const bool trunkLive = std::any_of(trunks.cbegin(), trunks.cend(),
                                           [&d](const VapiCredential &t) { return t.id == d.vapiCredentialId; });
        if (!d.vapiCredentialId.isEmpty() && !trunkLive) {
            changes << tr("%1: trunk %2 is gone from Vapi; forgotten.").arg(d.domain, d.vapiCredentialId);
            d.vapiCredentialId.clear();
        }
        for (qsizetype i = d.numbers.size() - 1; i >= 0; --i) {
            const NumberRecord &n = d.numbers.at(i);
            const bool found = std::any_of(numbers.cbegin(), numbers.cend(),
                                           [&n](const VapiPhoneNumber &l) { return l.id == n.vapiId; });
            if (!n.vapiId.isEmpty() && !found) {
                changes << tr("%1: number %2 is gone from Vapi; forgotten.").arg(d.domain, n.number);
                d.numbers.removeAt(i);
            }
        }
        for (const VapiPhoneNumber &l : numbers) {
            if (!l.isByo() || l.credentialId.isEmpty() || l.credentialId != d.vapiCredentialId
                || d.findNumber(l.number))
                continue;
            NumberRecord n;
            n.number = l.number;
            n.vapiId = l.id;
            n.assistantId = l.assistantId;
            n.name = l.name;
            d.numbers << n;
            changes << tr("%1: number %2 found on the trunk; recorded.").arg(d.domain, l.number);
        }
    }
    return changes;
}

void SyncOperation::done()
{
    emit progressChanged(2, 2, QString());
    emit finished(m_result);
    complete();
}

} // namespace tw
