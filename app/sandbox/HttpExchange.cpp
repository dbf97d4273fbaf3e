#include "sandbox/HttpExchange.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTcpSocket>

namespace tw {

HttpExchange::HttpExchange(QByteArray method, QString path, QUrlQuery query, QHash<QByteArray, QByteArray> headers,
                           QByteArray body, std::unique_ptr<QHttpServerResponder> responder, QTcpSocket *socket)
    : m_request(std::make_shared<Request>(
        Request {std::move(method), std::move(path), std::move(query), std::move(headers), std::move(body)}))
    , m_state(std::make_shared<State>())
{
    m_state->responder = std::move(responder);
    m_state->socket = socket;
}

bool HttpExchange::isClientConnected() const
{
    return m_state->socket && m_state->socket->state() == QAbstractSocket::ConnectedState;
}

void HttpExchange::respond(int status, const QByteArray &body, const QByteArray &contentType,
                           const Headers &extraHeaders)
{
    if (m_state->answered)
        return;
    m_state->answered = true;
    if (!isClientConnected())
        return;
    QHttpServerResponder &r = *m_state->responder;
    r.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    if (!contentType.isEmpty())
        r.writeHeader("Content-Type", contentType);
    for (const auto &[name, value] : extraHeaders)
        r.writeHeader(name, value);
    // Qt 6.4's server keeps every connection open; a client asking otherwise is obeyed.
    const bool close = header("connection").toLower().contains("close");
    if (close)
        r.writeHeader("Connection", "close");
    r.writeHeader("Content-Length", QByteArray::number(body.size()));
    r.writeBody(body);
    if (close && m_state->socket)
        m_state->socket->disconnectFromHost();
}

void HttpExchange::respondJson(int status, const QJsonValue &json, const Headers &extraHeaders)
{
    const QJsonDocument doc = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    respond(status, doc.toJson(QJsonDocument::Compact), "application/json; charset=utf-8", extraHeaders);
}

void HttpExchange::respondNoContent()
{
    respond(204, {}, {});
}

void HttpExchange::drop()
{
    if (m_state->answered)
        return;
    m_state->answered = true;
    if (isClientConnected())
        m_state->socket->abort();
}

void HttpExchange::hang()
{
    m_state->answered = true; // nothing will ever be written
}

} // namespace tw
