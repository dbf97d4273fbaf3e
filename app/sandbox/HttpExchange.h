#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTcpSocket;
class QJsonValue;

namespace tw {

// One HTTP request received by LoopbackHttpServer and the means to answer it, now or later.
// Copyable; every copy answers the same request, once. Answering after the client has gone
// does nothing.
class HttpExchange
{
public:
    // `answered(close)` tells the connection the answer went out (or never will), so it reads
    // the next request, or closes when `close`.
    HttpExchange(QByteArray method, QString path, QUrlQuery query, QHash<QByteArray, QByteArray> headers,
                 QByteArray body, QTcpSocket *socket, bool closeAfter, std::function<void(bool close)> answered);

    QByteArray method() const { return m_request->method; }
    QString path() const { return m_request->path; } // percent-decoded
    QUrlQuery query() const { return m_request->query; }
    QByteArray header(const QByteArray &lowerCaseName) const { return m_request->headers.value(lowerCaseName); }
    QByteArray body() const { return m_request->body; }
    bool isAnswered() const { return m_state->answered; }
    bool isClientConnected() const;

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    void respond(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
                 const Headers &extraHeaders = {});
    void respondJson(int status, const QJsonValue &json, const Headers &extraHeaders = {});
    void respondNoContent();
    // Closes the connection without an answer (the client sees "remote host closed").
    void drop();
    // Never answers; the client's timeout fires. The connection is dropped when the server goes.
    void hang();

    static QByteArray reasonPhrase(int status);

private:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
        bool closeAfter = false;
    };
    struct State
    {
        QPointer<QTcpSocket> socket;
        std::function<void(bool close)> onAnswered;
        bool answered = false;
    };
    std::shared_ptr<const Request> m_request;
    std::shared_ptr<State> m_state;
};

} // namespace tw
