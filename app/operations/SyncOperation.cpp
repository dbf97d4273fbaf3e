#include "operations/SyncOperation.h"

#include "api/VapiClient.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "provisioning/TrunkFinder.h"

#include <QHash>
#include <QSet>

namespace tw {

SyncOperation::SyncOperation(CoreContext *core, const AccountKeys &keys, const QString &domain,
                             const QString &chosenTrunk, QObject *parent)
    : Operation(core, parent)
    , m_keys(keys)
    , m_domain(domain.trimmed().toLower())
    , m_chosenTrunk(chosenTrunk.trimmed())
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
                m_result.configError = core()->store()->update([&](AppConfig &config) {
                    reconcile(config, m_domain, m_chosenTrunk, trunks.value(), live, &m_result);
                });
                done();
            }));
    }));
}

void SyncOperation::reconcile(AppConfig &config, const QString &onlyDomain, const QString &chosenTrunk,
                              const QList<VapiCredential> &trunks, const QList<VapiPhoneNumber> &numbers,
                              SyncResult *result)
{
    QStringList &changes = result->changes;
    QHash<QString, const VapiPhoneNumber *> liveById;
    for (const VapiPhoneNumber &l : numbers)
        liveById.insert(l.id, &l);
    for (DomainRecord &d : config.domains) {
        if (!onlyDomain.isEmpty() && d.domain != onlyDomain)
            continue;
        const TrunkFinder::Result found = TrunkFinder::find(
            TrunkFinder::queryFor(d, nullptr, onlyDomain.isEmpty() ? QString() : chosenTrunk), trunks);
        if (!found.chosenMissing.isEmpty()) {
            result->problems << found.chosenMissing;
            continue;
        }
        if (found.ambiguous()) {
            result->problems << TrunkFinder::describeChoice(d.domain, found, numbers);
            continue;
        }
        if (!d.vapiCredentialId.isEmpty() && (!found.trunk || found.trunk->id != d.vapiCredentialId)) {
            changes << tr("%1: trunk %2 is gone from Vapi; forgotten.").arg(d.domain, d.vapiCredentialId);
            d.vapiCredentialId.clear();
            d.vapiCredentialName.clear();
        }
        if (found.trunk && found.trunk->id != d.vapiCredentialId) {
            d.vapiCredentialId = found.trunk->id;
            d.vapiCredentialName = found.trunk->name;
            changes << tr("%1: trunk \"%2\" (%3) %4; recorded.")
                           .arg(d.domain, found.trunk->name, found.trunk->id, TrunkFinder::ruleText(found.rule));
        }
        for (qsizetype i = d.numbers.size() - 1; i >= 0; --i) {
            const NumberRecord &n = d.numbers.at(i);
            if (!n.vapiId.isEmpty() && !liveById.contains(n.vapiId)) {
                changes << tr("%1: number %2 is gone from Vapi; forgotten.").arg(d.domain, n.number);
                d.numbers.removeAt(i);
            }
        }
        if (d.vapiCredentialId.isEmpty())
            continue;
        QSet<QString> recorded;
        for (const NumberRecord &n : std::as_const(d.numbers))
            recorded.insert(n.number);
        for (const VapiPhoneNumber &l : numbers) {
            if (!l.isByo() || l.credentialId != d.vapiCredentialId || recorded.contains(l.number))
                continue;
            NumberRecord n;
            n.number = l.number;
            n.vapiId = l.id;
            n.assistantId = l.assistantId;
            n.name = l.name;
            d.numbers << n;
            recorded.insert(l.number);
            changes << tr("%1: number %2 found on the trunk; recorded.").arg(d.domain, l.number);
        }
    }
}

void SyncOperation::done()
{
    emit progressChanged(2, 2, QString());
    emit finished(m_result);
    complete();
}

} // namespace tw
