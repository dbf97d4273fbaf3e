#include "operations/VerifyCloudonixOperation.h"

#include "api/CloudonixClient.h"

namespace tw {

VerifyCloudonixOperation::VerifyCloudonixOperation(CoreContext *core, const QString &domain, const QString &key,
                                                   QObject *parent)
    : Operation(core, parent)
    , m_key(key.trimmed())
{
    m_check.domainName = domain.trimmed().toLower();
}

void VerifyCloudonixOperation::run()
{
    CloudonixClient *client = cloudonix(m_key);
    emit progressChanged(0, 3, tr("Checking the Cloudonix API key…"));
    track(client->verifyKey(this, [this, client](const ApiResult<CloudonixCustomer> &who) {
        // A domain-scoped key may not read the customer (403); the domain read decides.
        if (!who.ok() && who.error().kind() != ApiError::Kind::Forbidden) {
            m_check.error = who.error();
            return done();
        }
        if (who.ok())
            m_check.customer = who.value();
        emit progressChanged(1, 3, tr("Reading %1…").arg(m_check.domainName));
        track(client->getDomain(m_check.domainName, this, [this, client](const ApiResult<CloudonixDomain> &d) {
            if (!d.ok()) {
                m_check.error = d.error();
                return done();
            }
            m_check.domain = d.value();
            emit progressChanged(2, 3, tr("Reading the trunks of %1…").arg(m_check.domainName));
            track(client->listTrunks(m_check.domainName, this, [this](const ApiResult<QList<CloudonixTrunk>> &t) {
                // The carrier step only shows them: a key that may not list them still verifies.
                if (t.ok())
                    m_check.trunks = t.value();
                emit progressChanged(3, 3, QString());
                done();
            }));
        }));
    }));
}

void VerifyCloudonixOperation::done()
{
    emit finished(m_check);
    complete();
}

} // namespace tw
