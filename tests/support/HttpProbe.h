#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace tw::test {

// Raw HTTP for contract tests: exact status, headers and body, no client logic in between.
class HttpProbe
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        qint64 elapsedMs = 0;

        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
        // NestJS "message" as a list (string or array).
        QStringList messages() const;
    };

    Reply send(const QByteArray &method, const QString &url, const QByteArray &bearer = {},
               const QJsonValue &body = QJsonValue(QJsonValue::Undefined), int timeoutMs = 10000);
    Reply get(const QString &url, const QByteArray &bearer = {}) { return send("GET", url, bearer); }

private:
    QNetworkAccessManager m_nam;
};

} // namespace tw::test
