#pragma once

#include "api/ApiCall.h"
#include "api/ApiResult.h"
#include "api/CloudonixApplication.h"
#include "api/CloudonixBorderSettings.h"
#include "api/CloudonixCustomer.h"
#include "api/CloudonixDnid.h"
#include "api/CloudonixDomain.h"
#include "api/CloudonixProfileChange.h"
#include "api/CloudonixTrunk.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace tw {

class HttpTransport;
class RateLimiter;

// Typed client of the Cloudonix REST API (api-contract.md section A). Every request of a
// domain goes through the pacing limiter, so bulk work stays under Cloudonix's 10 requests
// per domain per 10 s; a 429 that comes anyway is waited out and retried.
class CloudonixClient : public QObject
{
    Q_OBJECT

public:
    // `pacing` is shared by every client of this computer's Cloudonix account views (not
    // owned); without one, the client paces itself with the default limits.
    explicit CloudonixClient(QNetworkAccessManager *nam, RateLimiter *pacing = nullptr, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;
    void setApiKey(const QString &key);
    HttpTransport *transport() const { return m_transport; }
    RateLimiter *rateLimiter() const { return m_limiter; }

    // GET /customers/self: tells a bad key (401) apart from a wrong domain later.
    ApiCall *verifyKey(QObject *context, ApiCallback<CloudonixCustomer> done);
    ApiCall *getDomain(const QString &domain, QObject *context, ApiCallback<CloudonixDomain> done);
    // Reads the domain, then PATCHes only the keys of `wanted` that are set and differ.
    ApiCall *updateBorderSettings(const QString &domain, const CloudonixBorderSettings &wanted, QObject *context,
                                  ApiCallback<CloudonixProfileChange> done);

    ApiCall *listApplications(const QString &domain, QObject *context, ApiCallback<QList<CloudonixApplication>> done);
    ApiCall *getApplication(const QString &domain, const QString &name, QObject *context,
                            ApiCallback<CloudonixApplication> done);
    ApiCall *createApplication(const QString &domain, const CloudonixApplication &application, QObject *context,
                               ApiCallback<CloudonixApplication> done);
    ApiCall *updateApplication(const QString &domain, const CloudonixApplication &application, QObject *context,
                               ApiCallback<CloudonixApplication> done);
    ApiCall *deleteApplication(const QString &domain, const QString &name, QObject *context, ApiCallback<ApiDone> done);

    ApiCall *listDnids(const QString &domain, QObject *context, ApiCallback<QList<CloudonixDnid>> done);
    ApiCall *createDnid(const QString &domain, const QString &applicationName, const CloudonixDnid &dnid,
                        QObject *context, ApiCallback<CloudonixDnid> done);
    ApiCall *deleteDnid(const QString &domain, const QString &dnidId, QObject *context, ApiCallback<ApiDone> done);

    // The domain's voice trunks (api-contract A.9): the carrier an outbound call leaves through.
    ApiCall *listTrunks(const QString &domain, QObject *context, ApiCallback<QList<CloudonixTrunk>> done);
    ApiCall *createTrunk(const QString &domain, const CloudonixTrunk &trunk, QObject *context,
                         ApiCallback<CloudonixTrunk> done);
    ApiCall *updateTrunk(const QString &domain, const CloudonixTrunk &trunk, QObject *context,
                         ApiCallback<CloudonixTrunk> done); // by trunk.id
    ApiCall *deleteTrunk(const QString &domain, const QString &trunkId, QObject *context, ApiCallback<ApiDone> done);

    static QString domainPath(const QString &domain); // "/customers/self/domains/<encoded>"

private:
    HttpTransport *m_transport;
    RateLimiter *m_limiter;
};

} // namespace tw
