#include "api/CloudonixClient.h"

#include "api/EndpointPolicy.h"
#include "api/HttpTransport.h"
#include "api/RateLimiter.h"
#include "api/ResponseDecoder.h"

#include <QJsonDocument>
#include <QUrl>

namespace tw {

namespace {

QString encode(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QString paceKeyFor(const QString &domain)
{
    return domain.trimmed().toLower();
}

HttpRequest request(QByteArray method, const QString &path, const QString &domain, const QJsonObject &body = {})
{
    HttpRequest r = HttpRequest::make(std::move(method), path, body);
    r.paceKey = domain.isEmpty() ? QStringLiteral("~customer") : paceKeyFor(domain);
    return r;
}

} // namespace

CloudonixClient::CloudonixClient(QNetworkAccessManager *nam, RateLimiter *pacing, QObject *parent)
    : QObject(parent)
    , m_transport(new HttpTransport(ApiError::System::Cloudonix, nam, this))
    , m_limiter(pacing ? pacing : new RateLimiter(ClientOptions {}.pacingRequests, ClientOptions {}.pacingWindow, this))
{
    m_transport->setRateLimiter(m_limiter);
    m_transport->setBaseUrl(EndpointPolicy::defaultCloudonixUrl());
}

void CloudonixClient::setBaseUrl(const QUrl &url)
{
    m_transport->setBaseUrl(url);
}
QUrl CloudonixClient::baseUrl() const
{
    return m_transport->baseUrl();
}
void CloudonixClient::setApiKey(const QString &key)
{
    m_transport->setApiKey(key);
}

QString CloudonixClient::domainPath(const QString &domain)
{
    return QStringLiteral("/customers/self/domains/") + encode(domain.trimmed());
}

ApiCall *CloudonixClient::verifyKey(QObject *context, ApiCallback<CloudonixCustomer> done)
{
    const HttpRequest r = request("GET", QStringLiteral("/customers/self"), {});
    return m_transport->send(
        r, context,
        ResponseDecoder::object<CloudonixCustomer>(m_transport, r, std::move(done), &CloudonixCustomer::fromJson));
}

ApiCall *CloudonixClient::getDomain(const QString &domain, QObject *context, ApiCallback<CloudonixDomain> done)
{
    const HttpRequest r = request("GET", domainPath(domain), domain);
    return m_transport->send(
        r, context,
        ResponseDecoder::object<CloudonixDomain>(m_transport, r, std::move(done), &CloudonixDomain::fromJson));
}

ApiCall *CloudonixClient::updateBorderSettings(const QString &domain, const CloudonixBorderSettings &wanted,
                                               QObject *context, ApiCallback<CloudonixProfileChange> done)
{
    auto *operation = new ApiCall(this);
    auto complete
        = [operation, context = QPointer<QObject>(context), done](const ApiResult<CloudonixProfileChange> &r) {
              if (context)
                  done(r);
              operation->markFinished();
          };
    const HttpRequest get = request("GET", domainPath(domain), domain);
    auto afterRead = [this, domain, wanted, operation, complete](const ApiResult<CloudonixDomain> &read) {
        if (!read.ok())
            return complete(read.error());
        CloudonixProfileChange change;
        change.before = read.value().border;
        change.after = change.before;
        QJsonObject profile;
        if (wanted.allowedBorder && wanted.allowedBorder != change.before.allowedBorder) {
            profile.insert(QLatin1String("allowed-border"), *wanted.allowedBorder);
            change.after.allowedBorder = wanted.allowedBorder;
        }
        if (wanted.redirectUnknownToBorder && wanted.redirectUnknownToBorder != change.before.redirectUnknownToBorder) {
            profile.insert(QLatin1String("redirect-unknown-to-border"), *wanted.redirectUnknownToBorder);
            change.after.redirectUnknownToBorder = wanted.redirectUnknownToBorder;
        }
        if (profile.isEmpty())
            return complete(change); // nothing to write: idempotent by construction
        HttpRequest patch
            = request("PATCH", domainPath(domain), domain, QJsonObject {{QLatin1String("profile"), profile}});
        patch.idempotent = true; // sets absolute values; sending it twice changes nothing
        m_transport->send(patch, operation,
                          ResponseDecoder::object<CloudonixDomain>(
                              m_transport, patch,
                              ApiCallback<CloudonixDomain>([change, complete](const ApiResult<CloudonixDomain> &w) {
                                  if (!w.ok())
                                      return complete(w.error());
                                  CloudonixProfileChange result = change;
                                  result.after = w.value().border;
                                  result.written = true;
                                  complete(result);
                              }),
                              &CloudonixDomain::fromJson),
                          operation);
    };
    m_transport->send(get, operation,
                      ResponseDecoder::object<CloudonixDomain>(
                          m_transport, get, ApiCallback<CloudonixDomain>(afterRead), &CloudonixDomain::fromJson),
                      operation);
    return operation;
}

ApiCall *CloudonixClient::listApplications(const QString &domain, QObject *context,
                                           ApiCallback<QList<CloudonixApplication>> done)
{
    const HttpRequest r = request("GET", domainPath(domain) + QStringLiteral("/applications"), domain);
    return m_transport->send(
        r, context,
        ResponseDecoder::list<CloudonixApplication>(m_transport, r, std::move(done), &CloudonixApplication::fromJson));
}

ApiCall *CloudonixClient::getApplication(const QString &domain, const QString &name, QObject *context,
                                         ApiCallback<CloudonixApplication> done)
{
    const HttpRequest r = request("GET", domainPath(domain) + QStringLiteral("/applications/") + encode(name), domain);
    return m_transport->send(r, context,
                             ResponseDecoder::object<CloudonixApplication>(m_transport, r, std::move(done),
                                                                           &CloudonixApplication::fromJson));
}

ApiCall *CloudonixClient::createApplication(const QString &domain, const CloudonixApplication &application,
                                            QObject *context, ApiCallback<CloudonixApplication> done)
{
    const HttpRequest r
        = request("POST", domainPath(domain) + QStringLiteral("/applications"), domain, application.toCreateJson());
    return m_transport->send(r, context,
                             ResponseDecoder::object<CloudonixApplication>(m_transport, r, std::move(done),
                                                                           &CloudonixApplication::fromJson));
}

ApiCall *CloudonixClient::updateApplication(const QString &domain, const CloudonixApplication &application,
                                            QObject *context, ApiCallback<CloudonixApplication> done)
{
    HttpRequest r = request("PATCH", domainPath(domain) + QStringLiteral("/applications/") + encode(application.name),
                            domain, application.toUpdateJson());
    r.idempotent = true;
    return m_transport->send(r, context,
                             ResponseDecoder::object<CloudonixApplication>(m_transport, r, std::move(done),
                                                                           &CloudonixApplication::fromJson));
}

ApiCall *CloudonixClient::deleteApplication(const QString &domain, const QString &name, QObject *context,
                                            ApiCallback<ApiDone> done)
{
    const HttpRequest r
        = request("DELETE", domainPath(domain) + QStringLiteral("/applications/") + encode(name), domain);
    return m_transport->send(r, context, ResponseDecoder::empty(std::move(done)));
}

ApiCall *CloudonixClient::listDnids(const QString &domain, QObject *context, ApiCallback<QList<CloudonixDnid>> done)
{
    const HttpRequest r = request("GET", domainPath(domain) + QStringLiteral("/dnids"), domain);
    return m_transport->send(
        r, context, ResponseDecoder::list<CloudonixDnid>(m_transport, r, std::move(done), &CloudonixDnid::fromJson));
}

ApiCall *CloudonixClient::createDnid(const QString &domain, const QString &applicationName, const CloudonixDnid &dnid,
                                     QObject *context, ApiCallback<CloudonixDnid> done)
{
    const HttpRequest r = request("POST",
                                  domainPath(domain) + QStringLiteral("/applications/") + encode(applicationName)
                                      + QStringLiteral("/dnids"),
                                  domain, dnid.toCreateJson());
    return m_transport->send(
        r, context, ResponseDecoder::object<CloudonixDnid>(m_transport, r, std::move(done), &CloudonixDnid::fromJson));
}

ApiCall *CloudonixClient::deleteDnid(const QString &domain, const QString &dnidId, QObject *context,
                                     ApiCallback<ApiDone> done)
{
    const HttpRequest r = request("DELETE", domainPath(domain) + QStringLiteral("/dnids/") + encode(dnidId), domain);
    return m_transport->send(r, context, ResponseDecoder::empty(std::move(done)));
}

ApiCall *CloudonixClient::listTrunks(const QString &domain, QObject *context, ApiCallback<QList<CloudonixTrunk>> done)
{
    const HttpRequest r = request("GET", domainPath(domain) + QStringLiteral("/trunks"), domain);
    return m_transport->send(
        r, context, ResponseDecoder::list<CloudonixTrunk>(m_transport, r, std::move(done), &CloudonixTrunk::fromJson));
}

ApiCall *CloudonixClient::createTrunk(const QString &domain, const CloudonixTrunk &trunk, QObject *context,
                                      ApiCallback<CloudonixTrunk> done)
{
    const HttpRequest r = request("POST", domainPath(domain) + QStringLiteral("/trunks"), domain, trunk.toCreateJson());
    return m_transport->send(
        r, context,
        ResponseDecoder::object<CloudonixTrunk>(m_transport, r, std::move(done), &CloudonixTrunk::fromJson));
}

ApiCall *CloudonixClient::updateTrunk(const QString &domain, const CloudonixTrunk &trunk, QObject *context,
                                      ApiCallback<CloudonixTrunk> done)
{
    HttpRequest r = request("PATCH", domainPath(domain) + QStringLiteral("/trunks/") + encode(trunk.id), domain,
                            trunk.toUpdateJson());
    r.idempotent = true;
    return m_transport->send(
        r, context,
        ResponseDecoder::object<CloudonixTrunk>(m_transport, r, std::move(done), &CloudonixTrunk::fromJson));
}

ApiCall *CloudonixClient::deleteTrunk(const QString &domain, const QString &trunkId, QObject *context,
                                      ApiCallback<ApiDone> done)
{
    const HttpRequest r = request("DELETE", domainPath(domain) + QStringLiteral("/trunks/") + encode(trunkId), domain);
    return m_transport->send(r, context, ResponseDecoder::empty(std::move(done)));
}

} // namespace tw
