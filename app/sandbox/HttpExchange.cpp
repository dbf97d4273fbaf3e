#include "sandbox/HttpExchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTcpSocket>

namespace tw {

HttpExchange::HttpExchange(QByteArray method, QString path, QUrlQuery query, QHash<QByteArray, QByteArray> headers,
                           QByteArray body, QTcpSocket *socket, bool closeAfter,
                           std::function<void(bool close)> answered)
    : m_request(std::make_shared<Request>(Request {std::move(method), std::move(path), std::move(query),
                                                   std::move(headers), std::move(body), closeAfter}))
    , m_state(std::make_shared<State>())
{
    m_state->socket = socket;
    m_state->onAnswered = std::move(answered);
}

bool HttpExchange::isClientConnected() const
{
    return m_state->socket && m_state->socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray HttpExchange::reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases {
        {100, "Continue"},
        {200, "OK"},
        {201, "Created"},
        {202, "Accepted"},
        {204, "No Content"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {409, "Conflict"},
        {413, "Payload Too Large"},
        {422, "Unprocessable Entity"},
        {429, "Too Many Requests"},
        {431, "Request Header Fields Too Large"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    return phrases.value(status, QByteArrayLiteral("Status"));
}

void HttpExchange::respond(int status, const QByteArray &body, const QByteArray &contentType,
                           const Headers &extraHeaders)
{
    if (m_state->answered)
        return;
    m_state->answered = true;
    const bool close = m_request->closeAfter;
    if (isClientConnected()) {
        QByteArray out
            = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        if (!contentType.isEmpty())
            out += "Content-Type: " + contentType + "\r\n";
        for (const auto &[name, value] : extraHeaders)
            out += name + ": " + value + "\r\n";
        if (close)
            out += "Connection: close\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        if (m_request->method != "HEAD")
            out += body;
        m_state->socket->write(out);
    }
    if (m_state->onAnswered)
        m_state->onAnswered(close);
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
