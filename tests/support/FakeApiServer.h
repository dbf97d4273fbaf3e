#pragma once

#include "sandbox/HttpExchange.h"
#include "sandbox/LoopbackHttpServer.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QRegularExpression>

#include <functional>

namespace tw::test {

// A scriptable HTTP server on 127.0.0.1 for client tests: routes are (method, path regex)
// with a handler; every request is logged with its arrival time. Unrouted requests get 404
// and are recorded, so a test can assert that nothing unexpected was sent.
class FakeApiServer : public QObject
{
    Q_OBJECT

public:
    struct Logged
    {
        QByteArray method;
        QString path;
        QString query;
        QByteArray authorization;
        QByteArray body;
        qint64 atMs = 0;
        bool routed = false;
    };
    using Handler = std::function<void(HttpExchange &exchange, const QRegularExpressionMatch &match)>;

    explicit FakeApiServer(QObject *parent = nullptr);

    QString baseUrl() const { return m_server.baseUrl(); }
    quint16 port() const { return m_server.port(); }
    void on(const QByteArray &method, const QString &pathPattern, Handler handler);
    void onJson(const QByteArray &method, const QString &pathPattern, int status, const QJsonValue &body);
    void clearRoutes() { m_routes.clear(); }

    const QList<Logged> &log() const { return m_log; }
    void clearLog() { m_log.clear(); }
    int count(const QByteArray &method, const QString &pathPattern = {}) const;
    int writes() const; // POST, PUT, PATCH, DELETE
    int unrouted() const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression path;
        Handler handler;
    };
    LoopbackHttpServer m_server;
    QList<Route> m_routes;
    QList<Logged> m_log;
    QElapsedTimer m_clock;
};

} // namespace tw::test
