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
    emit progressChanged(0, 2, tr("Checking the Cloudonix API key…"));
    track(client->verifyKey(this, [this, client](const ApiResult<CloudonixCustomer> &who) {
        // A domain-scoped key may not read the customer (403); the domain read decides.
        if (!who.ok() && who.error().kind() != ApiError::Kind::Forbidden) {
            m_check.error = who.error();
            return done();
        }
        if (who.ok())
            m_check.customer = who.value();
        emit progressChanged(1, 2, tr("Reading %1…").arg(m_check.domainName));
        track(client->getDomain(m_check.domainName, this, [this](const ApiResult<CloudonixDomain> &d) {
            if (d.ok())
                m_check.domain = d.value();
            else
                m_check.error = d.error();
            emit progressChanged(2, 2, QString());
            done();
        }));
    }));
}

void VerifyCloudonixOperation::done()
{
    emit finished(m_check);
    complete();
}

} // namespace tw
