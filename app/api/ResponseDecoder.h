#pragma once

#include "api/ApiResult.h"
#include "api/HttpTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace tw {

// Turns an HTTP answer into a typed ApiResult, so no JSON leaves the api layer. A body of
// the wrong shape becomes an ApiError of kind BadResponse, never a half-filled value.
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
            done(ApiResult<T>(parse(doc.object())));
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
            QList<T> items;
            for (const QJsonValue &v : doc.array())
                if (v.isObject())
                    items << parse(v.toObject());
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
