#pragma once

#include "sandbox/FaultRule.h"
#include "sandbox/LoopbackHttpServer.h"
#include "sandbox/RequestLogEntry.h"
#include "sandbox/SandboxScenario.h"
#include "sandbox/SandboxSipServer.h"

#include <QList>
#include <QObject>

#include <memory>

namespace tw {

class CloudonixSimulator;
class VapiSimulator;

// The sandbox: simulated Cloudonix (under /cloudonix) and Vapi (under /vapi) on one loopback
// port, plus admin endpoints under /sandbox to inspect state and the request log and to set
// faults and latency while it runs.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxScenario &scenario = SandboxScenario::builtIn(), QObject *parent = nullptr);
    ~SandboxServer() override;

    // 127.0.0.1 only; port 0 picks a free one. Returns false if the port is taken.
    bool start(quint16 port = 0);
    quint16 port() const { return m_http.port(); }
    QString baseUrl() const { return m_http.baseUrl(); }
    QString cloudonixUrl() const { return baseUrl() + QStringLiteral("/cloudonix"); }
    QString vapiUrl() const { return baseUrl() + QStringLiteral("/vapi"); }
    QString adminUrl() const { return baseUrl() + QStringLiteral("/sandbox"); }
    QJsonObject endpoints() const; // {"cloudonix", "vapi", "admin", "sip"}: what --port 0 prints
    // OPTIONS on a loopback port (UDP and TCP), answering for every gateway the probe names.
    SandboxSipServer &sip() { return m_sip; }
    const SandboxScenario &scenario() const { return m_scenario; }

    void setLatency(int ms) { m_latencyMs = std::max(0, ms); }
    void addFault(const FaultRule &rule) { m_faults << rule; }
    void clearFaults() { m_faults.clear(); }
    void reset(); // back to the scenario's state; faults and log cleared

    QJsonObject state() const;
    // The log keeps the newest `entries` requests (10,000 unless set).
    void setLogCapacity(qsizetype entries) { m_logCapacity = std::max<qsizetype>(10, entries); }
    const QList<RequestLogEntry> &requestLog() const { return m_log; }
    LoopbackHttpServer &http() { return m_http; }
    void clearRequestLog() { m_log.clear(); }

signals:
    void requestServed(const tw::RequestLogEntry &entry);

private:
    void handle(HttpExchange exchange);
    // Lets the simulators do what was asked; `after` (hang-after, drop-after) keeps the answer back.
    // `logged`: the request is in the log already (apply-late logs it as it comes).
    void apply(HttpExchange exchange, RequestLogEntry entry, FaultRule::Kind after, bool logged);
    void record(const RequestLogEntry &entry);
    void handleAdmin(HttpExchange &exchange);
    void answer(HttpExchange exchange, RequestLogEntry entry, int status, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers, bool logged = false);
    QString redact(const QByteArray &body) const;

    SandboxScenario m_scenario;
    LoopbackHttpServer m_http;
    SandboxSipServer m_sip;
    std::unique_ptr<VapiSimulator> m_vapi;
    std::unique_ptr<CloudonixSimulator> m_cloudonix;
    QList<FaultRule> m_faults;
    QList<RequestLogEntry> m_log;
    qsizetype m_logCapacity = 10000;
    int m_latencyMs = 0;
};

} // namespace tw
