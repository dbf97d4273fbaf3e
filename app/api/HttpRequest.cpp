#include "api/HttpRequest.h"

#include <QJsonDocument>

namespace tw {

HttpRequest HttpRequest::make(QByteArray method, const QString &path, const QJsonObject &body)
{
    HttpRequest r;
    r.method = std::move(method);
    r.path = path;
    r.idempotent = r.method == "GET" || r.method == "PUT" || r.method == "DELETE";
    if (!body.isEmpty())
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

} // namespace tw
