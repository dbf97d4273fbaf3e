#include "support/HttpProbe.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStringList>

namespace tw::test {

QStringList HttpProbe::Reply::messages() const
{
    const QJsonValue m = object().value(QLatin1String("message"));
    QStringList out;
    if (m.isArray())
        for (const QJsonValue &v : m.toArray())
            out << v.toString();
    else if (m.isString())
        out << m.toString();
    return out;
}

HttpProbe::Reply HttpProbe::send(const QByteArray &method, const QString &url, const QByteArray &bearer,
                                 const QJsonValue &body, int timeoutMs)
{
    QNetworkRequest request {QUrl(url)};
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    QByteArray data;
    if (body.isObject())
        data = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        data = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (body.isString())
        data = body.toString().toUtf8(); // raw text, for malformed-body tests
    if (!data.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, data);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(timeoutMs + 2000);
    Reply out;
    out.elapsedMs = clock.elapsed();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    if (reply->isOpen())
        out.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return out;
}

} // namespace tw::test
