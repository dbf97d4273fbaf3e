#include "support/FakeApiServer.h"

#include <QJsonObject>

namespace tw::test {

FakeApiServer::FakeApiServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_server.listenOnLoopback(0);
    m_server.setHandler([this](HttpExchange exchange) {
        Logged entry {exchange.method(),
                      exchange.path(),
                      exchange.query().toString(QUrl::FullyDecoded),
                      exchange.header("authorization"),
                      exchange.body(),
                      m_clock.elapsed(),
                      false};
        for (const Route &route : std::as_const(m_routes)) {
            if (route.method != exchange.method())
                continue;
            const QRegularExpressionMatch match = route.path.match(exchange.path());
            if (!match.hasMatch())
                continue;
            entry.routed = true;
            m_log << entry;
            route.handler(exchange, match);
            return;
        }
        m_log << entry;
        exchange.respondJson(404, QJsonObject {{QStringLiteral("message"), QStringLiteral("no route in test server")}});
    });
}

void FakeApiServer::on(const QByteArray &method, const QString &pathPattern, Handler handler)
{
    m_routes.prepend(
        {method, QRegularExpression(QLatin1Char('^') + pathPattern + QLatin1Char('$')), std::move(handler)});
}

void FakeApiServer::onJson(const QByteArray &method, const QString &pathPattern, int status, const QJsonValue &body)
{
    on(method, pathPattern,
       [status, body](HttpExchange &exchange, const QRegularExpressionMatch &) { exchange.respondJson(status, body); });
}

int FakeApiServer::count(const QByteArray &method, const QString &pathPattern) const
{
    const QRegularExpression re(QLatin1Char('^') + (pathPattern.isEmpty() ? QStringLiteral(".*") : pathPattern)
                                + QLatin1Char('$'));
    int n = 0;
    for (const Logged &l : m_log)
        if (l.method == method && re.match(l.path).hasMatch())
            ++n;
    return n;
}

int FakeApiServer::writes() const
{
    int n = 0;
    for (const Logged &l : m_log)
        if (l.method != "GET")
            ++n;
    return n;
}

int FakeApiServer::unrouted() const
{
    int n = 0;
    for (const Logged &l : m_log)
        if (!l.routed)
            ++n;
    return n;
}

} // namespace tw::test
