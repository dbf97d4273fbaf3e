#include "sandbox/SandboxServer.h"

#include "api/Redactor.h"
#include "sandbox/CloudonixSimulator.h"
#include "sandbox/SimulatedRequest.h"
#include "sandbox/VapiSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace tw {

SandboxServer::SandboxServer(const SandboxScenario &scenario, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
{
    reset();
    m_http.setHandler([this](HttpExchange exchange) { handle(std::move(exchange)); });
    connect(&m_http, &LoopbackHttpServer::requestRefused, this,
            [this](const QByteArray &method, const QString &path, int status) {
                RequestLogEntry entry;
                entry.at = QDateTime::currentDateTimeUtc();
                entry.method = method;
                entry.path = path;
                entry.status = status;
                record(entry);
            });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(quint16 port)
{
    return m_http.listenOnLoopback(port) != 0 && m_sip.start();
}

void SandboxServer::reset()
{
    m_vapi = std::make_unique<VapiSimulator>(m_scenario.vapi());
    m_cloudonix = std::make_unique<CloudonixSimulator>(m_scenario.cloudonix());
    m_faults.clear();
    m_log.clear();
    m_sip.reset();
}

QJsonObject SandboxServer::endpoints() const
{
    return QJsonObject {{QStringLiteral("cloudonix"), cloudonixUrl()},
                        {QStringLiteral("vapi"), vapiUrl()},
                        {QStringLiteral("admin"), adminUrl()},
                        {QStringLiteral("sip"), m_sip.endpoint()}};
}

QJsonObject SandboxServer::state() const
{
    QJsonArray faults;
    for (const FaultRule &f : m_faults)
        faults.append(f.toJson());
    return QJsonObject {{QStringLiteral("vapi"), m_vapi->state()},
                        {QStringLiteral("cloudonix"), m_cloudonix->state()},
                        {QStringLiteral("faults"), faults},
                        {QStringLiteral("sip"), m_sip.state()},
                        {QStringLiteral("latencyMs"), m_latencyMs}};
}

QString SandboxServer::redact(const QByteArray &body) const
{
    return Redactor::scrub(QString::fromUtf8(body), m_vapi->keys() + m_cloudonix->keys());
}

void SandboxServer::record(const RequestLogEntry &entry)
{
    // The newest requests are the ones worth reading; the oldest tenth goes when it is full.
    if (m_log.size() >= m_logCapacity)
        m_log.remove(0, m_log.size() - m_logCapacity + m_logCapacity / 10);
    m_log << entry;
    emit requestServed(entry);
}

void SandboxServer::handle(HttpExchange exchange)
{
    const QString path = exchange.path();
    if (path == QLatin1String("/sandbox") || path.startsWith(QLatin1String("/sandbox/")))
        return handleAdmin(exchange);

    RequestLogEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.method = exchange.method();
    entry.path = path;
    entry.query = exchange.query().toString(QUrl::FullyDecoded);
    // The log keeps what a person reads; a body past 16 KB is cut, with its size said.
    constexpr qsizetype LoggedBodyBytes = 16 * 1024;
    entry.body = redact(exchange.body().left(LoggedBodyBytes));
    if (exchange.body().size() > LoggedBodyBytes)
        entry.body += QStringLiteral("… (%1 bytes in all)").arg(exchange.body().size());

    FaultRule::Kind after = FaultRule::Kind::ServerError; // none: answered as usual
    int lateMs = 0;
    for (FaultRule &fault : m_faults) {
        if (!fault.matches(exchange.method(), path) || fault.passOver())
            continue;
        fault.consume();
        entry.fault = fault.spec();
        switch (fault.kind()) {
        case FaultRule::Kind::RateLimited:
            return answer(exchange, entry, 429, R"({"message":"Too Many Requests"})", {{"Retry-After", "1"}});
        case FaultRule::Kind::RateLimitedNoRetryAfter:
            return answer(exchange, entry, 429, R"({"message":"Too Many Requests"})", {});
        case FaultRule::Kind::ServerError:
            return answer(exchange, entry, 500, R"({"message":"Internal server error","statusCode":500})", {});
        case FaultRule::Kind::Unavailable:
            return answer(exchange, entry, 503, R"({"message":"Service Unavailable"})", {});
        case FaultRule::Kind::MalformedJson:
            return answer(exchange, entry, 200, R"({"id": "truncated", "gateways": [)", {});
        case FaultRule::Kind::Timeout:
            record(entry);
            exchange.hang();
            return;
        case FaultRule::Kind::Drop:
            record(entry);
            QTimer::singleShot(m_latencyMs, this, [exchange]() mutable { exchange.drop(); });
            return;
        case FaultRule::Kind::HangAfterApplying:
        case FaultRule::Kind::DropAfterApplying:
            after = fault.kind();
            break;
        case FaultRule::Kind::ApplyLate:
            lateMs = fault.delayMs();
            break;
        }
        break; // the simulator applies it below; the client may never hear
    }
    m_faults.removeIf([](const FaultRule &f) { return f.isSpent(); });
    if (lateMs > 0) { // logged as it comes (unanswered), applied later even if its client has gone
        record(entry);
        QTimer::singleShot(lateMs, this, [this, exchange, entry, after]() { apply(exchange, entry, after, true); });
        return;
    }
    apply(exchange, entry, after, false);
}

void SandboxServer::apply(HttpExchange exchange, RequestLogEntry entry, FaultRule::Kind after, bool logged)
{
    const QString path = exchange.path();

    SimulatedRequest request;
    request.method = exchange.method();
    request.query = exchange.query();
    request.body = exchange.body();
    request.headers.insert("authorization", exchange.header("authorization"));
    SimulatedResponse response;
    if (path.startsWith(QLatin1String("/vapi/"))) {
        request.path = path.mid(5);
        response = m_vapi->handle(request);
    } else if (path.startsWith(QLatin1String("/cloudonix/"))) {
        request.path = path.mid(10);
        response = m_cloudonix->handle(request);
    } else {
        response = SimulatedResponse::ofJson(
            404,
            QJsonObject {{QStringLiteral("message"),
                          QStringLiteral("The sandbox serves /cloudonix/..., /vapi/... and /sandbox/...")}});
    }
    if (after == FaultRule::Kind::HangAfterApplying || after == FaultRule::Kind::DropAfterApplying) {
        entry.status = response.status; // what the simulator did, though nobody is told
        if (!logged)
            record(entry);
        after == FaultRule::Kind::HangAfterApplying ? exchange.hang() : exchange.drop();
        return;
    }
    answer(exchange, entry, response.status, response.body(), response.headers, logged);
}

void SandboxServer::answer(HttpExchange exchange, RequestLogEntry entry, int status, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers, bool logged)
{
    entry.status = status;
    if (!logged)
        record(entry);
    auto send = [exchange, status, body, headers]() mutable {
        if (status == 204)
            exchange.respondNoContent();
        else
            exchange.respond(status, body, "application/json; charset=utf-8", headers);
    };
    if (m_latencyMs > 0)
        QTimer::singleShot(m_latencyMs, this, send);
    else
        send();
}

void SandboxServer::handleAdmin(HttpExchange &exchange)
{
    const QString path = exchange.path();
    const QByteArray method = exchange.method();
    const QJsonObject body = QJsonDocument::fromJson(exchange.body()).object();
    if (path == QLatin1String("/sandbox/state") && method == "GET")
        return exchange.respondJson(200, state());
    if (path == QLatin1String("/sandbox/log") && method == "GET") {
        QJsonArray log;
        for (const RequestLogEntry &e : std::as_const(m_log))
            log.append(e.toJson());
        return exchange.respondJson(200, log);
    }
    if (path == QLatin1String("/sandbox/log") && method == "DELETE") {
        m_log.clear();
        return exchange.respondNoContent();
    }
    if (path == QLatin1String("/sandbox/faults") && method == "GET")
        return exchange.respondJson(200, state().value(QLatin1String("faults")));
    if (path == QLatin1String("/sandbox/faults") && method == "POST") {
        FaultRule rule;
        QString error;
        if (!FaultRule::fromJson(body, &rule, &error))
            return exchange.respondJson(400, QJsonObject {{QStringLiteral("message"), error}});
        addFault(rule);
        return exchange.respondJson(201, rule.toJson());
    }
    if (path == QLatin1String("/sandbox/faults") && method == "DELETE") {
        clearFaults();
        return exchange.respondNoContent();
    }
    if (path == QLatin1String("/sandbox/edit") && method == "POST") {
        // {"vapi": LIST, "id", "set"|"remove"} or {"cloudonix": LIST, "domain", "id", "set"|"remove"}
        const QString id = body.value(QLatin1String("id")).toVariant().toString();
        const QJsonObject set = body.value(QLatin1String("set")).toObject();
        const bool remove = body.value(QLatin1String("remove")).toBool();
        const QString error = body.contains(QLatin1String("vapi"))
            ? m_vapi->edit(body.value(QLatin1String("vapi")).toString(), id, set, remove)
            : m_cloudonix->edit(body.value(QLatin1String("domain")).toString(),
                                body.value(QLatin1String("cloudonix")).toString(), id, set, remove);
        if (!error.isEmpty())
            return exchange.respondJson(400, QJsonObject {{QStringLiteral("message"), error}});
        return exchange.respondJson(200, state());
    }
    if (path == QLatin1String("/sandbox/sip") && method == "GET")
        return exchange.respondJson(200, m_sip.state());
    if (path == QLatin1String("/sandbox/sip") && method == "POST") {
        SipAnswerRule rule;
        QString error;
        if (!SipAnswerRule::fromJson(body, &rule, &error))
            return exchange.respondJson(400, QJsonObject {{QStringLiteral("message"), error}});
        m_sip.addRule(rule);
        return exchange.respondJson(201, rule.toJson());
    }
    if (path == QLatin1String("/sandbox/sip") && method == "DELETE") {
        m_sip.clearRules();
        return exchange.respondNoContent();
    }
    if (path == QLatin1String("/sandbox/latency") && method == "POST") {
        setLatency(body.value(QLatin1String("ms")).toInt());
        return exchange.respondJson(200, QJsonObject {{QStringLiteral("latencyMs"), m_latencyMs}});
    }
    if (path == QLatin1String("/sandbox/reset") && method == "POST") {
        reset();
        return exchange.respondNoContent();
    }
    exchange.respondJson(404,
                         QJsonObject {{QStringLiteral("message"),
                                       QStringLiteral("Admin endpoints: GET /sandbox/state, GET|DELETE /sandbox/log, "
                                                      "GET|POST|DELETE /sandbox/faults, POST /sandbox/latency, "
                                                      "POST /sandbox/reset")}});
}

} // namespace tw
