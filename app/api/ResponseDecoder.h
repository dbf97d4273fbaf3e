#pragma once

#include "api/ApiResult.h"
#include "api/HttpTransport.h"
#include "api/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace tw {

// Turns an HTTP answer into a typed ApiResult, so no JSON leaves the api layer. A body of
// the wrong shape, or a field of the wrong type, becomes an ApiError of kind BadResponse
// naming that field, never a half-filled value.
class ResponseDecoder
{
public:
    template<typename T, typename Parse>
    static HttpTransport::Callback object(HttpTransport *transport, const HttpRequest &request, ApiCallback<T> done,
                                          Parse parse)
    {
        return [transport, request, done = std::move(done), parse](const ApiResult<HttpResponse> &r) {
            if (!r.ok())
                return done(r.error());
            const QJsonDocument doc = QJsonDocument::fromJson(r.value().body);
            if (!doc.isObject())
                return done(transport->badResponse(request, QStringLiteral("expected a JSON object")));
            const JsonReader reader(doc.object());
            T value = parse(reader);
            if (!reader.problem().isEmpty())
                return done(transport->badResponse(request, reader.problem()));
            done(ApiResult<T>(std::move(value)));
        };
    }

    template<typename T, typename Parse>
    static HttpTransport::Callback list(HttpTransport *transport, const HttpRequest &request,
                                        ApiCallback<QList<T>> done, Parse parse)
    {
        return [transport, request, done = std::move(done), parse](const ApiResult<HttpResponse> &r) {
            if (!r.ok())
                return done(r.error());
            const QJsonDocument doc = QJsonDocument::fromJson(r.value().body);
            if (!doc.isArray())
                return done(transport->badResponse(request, QStringLiteral("expected a JSON array")));
            const QJsonArray array = doc.array();
            const JsonReader list;
            QList<T> items;
            items.reserve(array.size());
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString path = QStringLiteral("[%1]").arg(i);
                if (!array.at(i).isObject())
                    list.reportProblem(
                        path, QStringLiteral("%1 where an object belongs").arg(JsonReader::typeName(array.at(i))));
                else
                    items << parse(list.child(array.at(i).toObject(), path));
                if (!list.problem().isEmpty())
                    return done(transport->badResponse(request, list.problem()));
            }
            done(ApiResult<QList<T>>(items));
        };
    }

    static HttpTransport::Callback empty(ApiCallback<ApiDone> done)
    {
        return [done = std::move(done)](const ApiResult<HttpResponse> &r) {
            if (!r.ok())
                return done(r.error());
            done(ApiResult<ApiDone>(ApiDone {}));
        };
    }
};

} // namespace tw
