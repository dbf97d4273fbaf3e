#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace tw {

// One HTTP request as the clients describe it to HttpTransport.
struct HttpRequest
{
    QByteArray method = "GET";
    QString path; // already percent-encoded where it holds names: "/domains/acme.net"
    QUrlQuery query;
    QByteArray body; // JSON, or empty
    bool idempotent = false; // GET/PUT/DELETE are; a PATCH may say so when it sets absolute values
    QString paceKey; // requests sharing a key share the rate limit; empty = not paced

    // A request with a compact JSON body (none when empty); GET, PUT and DELETE count as idempotent.
    static HttpRequest make(QByteArray method, const QString &path, const QJsonObject &body = {});
};

} // namespace tw
