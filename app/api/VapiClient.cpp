#include "api/VapiClient.h"

#include "api/ApiLogging.h"
#include "api/EndpointPolicy.h"
#include "api/HttpTransport.h"
#include "api/ResponseDecoder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace tw {

namespace {

QString encode(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

HttpRequest request(QByteArray method, const QString &path, const QJsonObject &body = {})
{
    return HttpRequest::make(std::move(method), path, body);
}

// DELETE answers with the deleted object; a delete that a retry found already done answers
// with nothing, so fall back to the id that was asked for. Only the id is used, so a field of
// the wrong type in that answer does not turn a done delete into a failure.
template<typename T> HttpTransport::Callback deletedObject(ApiCallback<T> done, const QString &id)
{
    return [done = std::move(done), id](const ApiResult<HttpResponse> &result) {
        if (!result.ok())
            return done(result.error());
        T deleted = T::fromJson(JsonReader(QJsonDocument::fromJson(result.value().body).object()));
        if (deleted.id.isEmpty())
            deleted.id = id;
        done(deleted);
    };
}

template<typename T> struct Mapped
{
    QList<T> items;
    QString problem; // the first field of the wrong type
};

// Maps the raw items of a complete list to typed values, keeping those `keep` accepts; a
// field of the wrong type makes the whole list a bad response (`refuse`). A long list (an
// account's 100,000 numbers) is mapped on a worker thread; `context` receives it.
template<typename T, typename Keep>
std::function<void(const ApiResult<QList<QJsonObject>> &)>
typedList(QObject *context, std::function<ApiError(const QString &)> refuse, ApiCallback<QList<T>> done, Keep keep)
{
    return [context = QPointer<QObject>(context), refuse, done = std::move(done),
            keep](const ApiResult<QList<QJsonObject>> &r) {
        if (!r.ok())
            return done(r.error());
        auto map = [keep](const QList<QJsonObject> &raw) {
            Mapped<T> mapped;
            mapped.items.reserve(raw.size());
            const JsonReader list;
            for (qsizetype i = 0; i < raw.size() && list.problem().isEmpty(); ++i)
                if (keep(raw.at(i)))
                    mapped.items << T::fromJson(list.child(raw.at(i), QStringLiteral("[%1]").arg(i)));
            mapped.problem = list.problem();
            return mapped;
        };
        auto deliver = [refuse, done](const Mapped<T> &mapped) {
            if (!mapped.problem.isEmpty())
                return done(refuse(mapped.problem));
            done(mapped.items);
        };
        constexpr qsizetype OnThisThread = 5000;
        if (r.value().size() < OnThisThread || !context)
            return deliver(map(r.value()));
        QtConcurrent::run(map, r.value()).then(context.data(), deliver);
    };
}

const auto everything = [](const QJsonObject &) { return true; };

std::function<ApiError(const QString &)> refuseList(HttpTransport *transport, const QString &path)
{
    return [transport, r = request("GET", path)](const QString &why) { return transport->badResponse(r, why); };
}

} // namespace

// State of one "list everything" operation. Vapi's plain-array lists take createdAt
// filters but no cursor, and their order is not documented, so after a full page the next
// request asks for items at or before the oldest seen; when that brings nothing new it
// tries at or after the newest seen. Ids de-duplicate; a page with nothing new ends it.
struct VapiClient::Paging
{
    enum class Direction { Unknown, Older, Newer };
    QString path;
    QPointer<QObject> context;
    PageCallback done;
    ApiCall *operation = nullptr;
    QList<QJsonObject> items;
    QSet<QString> seen;
    QDateTime oldest;
    QDateTime newest;
    Direction direction = Direction::Unknown;
    bool triedNewer = false;
    QUrlQuery nextQuery;
    int pages = 0;
};

VapiClient::VapiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_transport(new HttpTransport(ApiError::System::Vapi, nam, this))
{
    m_transport->setBaseUrl(EndpointPolicy::defaultVapiUrl(EndpointPolicy::VapiRegion::Us));
}

void VapiClient::setBaseUrl(const QUrl &url)
{
    m_transport->setBaseUrl(url);
}
QUrl VapiClient::baseUrl() const
{
    return m_transport->baseUrl();
}
void VapiClient::setApiKey(const QString &key)
{
    m_transport->setApiKey(key);
}

ApiCall *VapiClient::listAll(const QString &path, QObject *context, PageCallback done)
{
    auto paging = std::make_shared<Paging>();
    paging->path = path;
    paging->context = context;
    paging->done = std::move(done);
    paging->operation = new ApiCall(this);
    fetchPage(paging);
    return paging->operation;
}

void VapiClient::fetchPage(const std::shared_ptr<Paging> &paging)
{
    HttpRequest r = request("GET", paging->path);
    r.query = paging->nextQuery;
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageLimit));
    ++paging->pages;
    m_transport->send(
        r, paging->operation,
        [this, paging, r](const ApiResult<HttpResponse> &result) {
            auto complete = [paging](const ApiResult<QList<QJsonObject>> &value) {
                if (paging->context)
                    paging->done(value);
                paging->operation->markFinished();
            };
            if (!result.ok())
                return complete(result.error());
            const QJsonDocument doc = QJsonDocument::fromJson(result.value().body);
            if (!doc.isArray())
                return complete(m_transport->badResponse(r, QStringLiteral("expected a JSON array")));
            const QJsonArray page = doc.array();
            int added = 0;
            QDateTime pageOldest, pageNewest;
            for (qsizetype i = 0; i < page.size(); ++i) {
                // An item that is not an object, or has no id, is a broken answer, not an
                // item to skip: skipping would report a number or assistant as missing.
                const QJsonValue v = page.at(i);
                const QString itemPath = QStringLiteral("[%1]").arg(paging->items.size() + i);
                if (!v.isObject())
                    return complete(m_transport->badResponse(
                        r, QStringLiteral("%1: %2 where an object belongs").arg(itemPath, JsonReader::typeName(v))));
                const QJsonObject o = v.toObject();
                if (!o.value(QLatin1String("id")).isString() || o.value(QLatin1String("id")).toString().isEmpty())
                    return complete(m_transport->badResponse(
                        r,
                        QStringLiteral("%1.id: %2 where an id belongs")
                            .arg(itemPath, JsonReader::typeName(o.value(QLatin1String("id"))))));
                const QString id = o.value(QLatin1String("id")).toString();
                const QDateTime created
                    = QDateTime::fromString(o.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
                if (created.isValid()) {
                    if (!pageOldest.isValid() || created < pageOldest)
                        pageOldest = created;
                    if (!pageNewest.isValid() || created > pageNewest)
                        pageNewest = created;
                }
                if (paging->seen.contains(id))
                    continue;
                paging->seen.insert(id);
                paging->items << o;
                ++added;
            }
            if (pageOldest.isValid() && (!paging->oldest.isValid() || pageOldest < paging->oldest))
                paging->oldest = pageOldest;
            if (pageNewest.isValid() && (!paging->newest.isValid() || pageNewest > paging->newest))
                paging->newest = pageNewest;

            const bool full = page.size() >= m_pageLimit;
            bool more = false;
            if (paging->pages == 1) {
                more = full;
            } else if (paging->direction == Paging::Direction::Unknown) {
                if (added > 0) {
                    paging->direction = paging->triedNewer ? Paging::Direction::Newer : Paging::Direction::Older;
                    more = full;
                } else if (!paging->triedNewer) {
                    paging->triedNewer = true; // nothing older: the list may run oldest-first
                    more = true;
                }
            } else {
                more = full && added > 0;
            }
            if (!paging->oldest.isValid() || paging->pages >= 10000)
                more = false;
            if (!more) {
                if (full && added == 0)
                    qCWarning(lcApi) << "paging" << paging->path << "stopped: a full page brought no new item";
                return complete(paging->items);
            }
            const bool newer = paging->direction == Paging::Direction::Newer
                || (paging->direction == Paging::Direction::Unknown && paging->triedNewer);
            QUrlQuery next;
            if (newer)
                next.addQueryItem(QStringLiteral("createdAtGe"), paging->newest.toUTC().toString(Qt::ISODateWithMs));
            else
                next.addQueryItem(QStringLiteral("createdAtLe"), paging->oldest.toUTC().toString(Qt::ISODateWithMs));
            paging->nextQuery = next;
            fetchPage(paging);
        },
        paging->operation);
}

ApiCall *VapiClient::verifyKey(QObject *context, ApiCallback<ApiDone> done)
{
    HttpRequest r = request("GET", QStringLiteral("/assistant"));
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    return m_transport->send(r, context, ResponseDecoder::empty(std::move(done)));
}

ApiCall *VapiClient::listSipTrunkCredentials(QObject *context, ApiCallback<QList<VapiCredential>> done)
{
    return listAll(QStringLiteral("/credential"), context,
                   typedList<VapiCredential>(context, refuseList(m_transport, QStringLiteral("/credential")),
                                             std::move(done), [](const QJsonObject &o) {
                                                 return o.value(QLatin1String("provider")).toString()
                                                     == VapiCredential::SipTrunkProvider;
                                             }));
}

ApiCall *VapiClient::getCredential(const QString &id, QObject *context, ApiCallback<VapiCredential> done)
{
    const HttpRequest r = request("GET", QStringLiteral("/credential/") + encode(id));
    return m_transport->send(
        r, context,
        ResponseDecoder::object<VapiCredential>(m_transport, r, std::move(done), &VapiCredential::fromJson));
}

ApiCall *VapiClient::createCredential(const VapiCredential &credential, QObject *context,
                                      ApiCallback<VapiCredential> done)
{
    const HttpRequest r = request("POST", QStringLiteral("/credential"), credential.toWriteJson());
    return m_transport->send(
        r, context,
        ResponseDecoder::object<VapiCredential>(m_transport, r, std::move(done), &VapiCredential::fromJson));
}

ApiCall *VapiClient::updateCredential(const VapiCredential &credential, QObject *context,
                                      ApiCallback<VapiCredential> done)
{
    HttpRequest r = request("PATCH", QStringLiteral("/credential/") + encode(credential.id), credential.toWriteJson());
    r.idempotent = true; // the full state is sent: repeating it changes nothing
    return m_transport->send(
        r, context,
        ResponseDecoder::object<VapiCredential>(m_transport, r, std::move(done), &VapiCredential::fromJson));
}

ApiCall *VapiClient::deleteCredential(const QString &id, QObject *context, ApiCallback<VapiCredential> done)
{
    const HttpRequest r = request("DELETE", QStringLiteral("/credential/") + encode(id));
    return m_transport->send(r, context, deletedObject<VapiCredential>(std::move(done), id));
}

ApiCall *VapiClient::listPhoneNumbers(QObject *context, ApiCallback<QList<VapiPhoneNumber>> done)
{
    return listAll(QStringLiteral("/phone-number"), context,
                   typedList<VapiPhoneNumber>(context, refuseList(m_transport, QStringLiteral("/phone-number")),
                                              std::move(done), everything));
}

ApiCall *VapiClient::getPhoneNumber(const QString &id, QObject *context, ApiCallback<VapiPhoneNumber> done)
{
    const HttpRequest r = request("GET", QStringLiteral("/phone-number/") + encode(id));
    return m_transport->send(
        r, context,
        ResponseDecoder::object<VapiPhoneNumber>(m_transport, r, std::move(done), &VapiPhoneNumber::fromJson));
}

ApiCall *VapiClient::createPhoneNumber(const VapiPhoneNumber &number, QObject *context,
                                       ApiCallback<VapiPhoneNumber> done)
{
    const HttpRequest r = request("POST", QStringLiteral("/phone-number"), number.toCreateJson());
    return m_transport->send(
        r, context,
        ResponseDecoder::object<VapiPhoneNumber>(m_transport, r, std::move(done), &VapiPhoneNumber::fromJson));
}

ApiCall *VapiClient::updatePhoneNumber(const QString &id, const VapiPhoneNumberPatch &patch, QObject *context,
                                       ApiCallback<VapiPhoneNumber> done)
{
    HttpRequest r = request("PATCH", QStringLiteral("/phone-number/") + encode(id), patch.toJson());
    r.idempotent = true;
    return m_transport->send(
        r, context,
        ResponseDecoder::object<VapiPhoneNumber>(m_transport, r, std::move(done), &VapiPhoneNumber::fromJson));
}

ApiCall *VapiClient::deletePhoneNumber(const QString &id, QObject *context, ApiCallback<VapiPhoneNumber> done)
{
    const HttpRequest r = request("DELETE", QStringLiteral("/phone-number/") + encode(id));
    return m_transport->send(r, context, deletedObject<VapiPhoneNumber>(std::move(done), id));
}

ApiCall *VapiClient::listAssistants(QObject *context, ApiCallback<QList<VapiAssistant>> done)
{
    return listAll(QStringLiteral("/assistant"), context,
                   typedList<VapiAssistant>(context, refuseList(m_transport, QStringLiteral("/assistant")),
                                            std::move(done), everything));
}

ApiCall *VapiClient::createCall(const VapiCallRequest &call, QObject *context, ApiCallback<VapiCall> done)
{
    const HttpRequest r = request("POST", QStringLiteral("/call"), call.toJson());
    return m_transport->send(r, context,
                             ResponseDecoder::object<VapiCall>(m_transport, r, std::move(done), &VapiCall::fromJson));
}

ApiCall *VapiClient::getCall(const QString &id, QObject *context, ApiCallback<VapiCall> done)
{
    const HttpRequest r = request("GET", QStringLiteral("/call/") + encode(id));
    return m_transport->send(r, context,
                             ResponseDecoder::object<VapiCall>(m_transport, r, std::move(done), &VapiCall::fromJson));
}

} // namespace tw
