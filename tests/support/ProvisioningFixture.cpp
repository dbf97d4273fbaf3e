#include "support/ProvisioningFixture.h"

#include "api/HttpTransport.h"
#include "api/RateLimiter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace tw::test {

ProvisioningFixture::ProvisioningFixture(bool realPacing)
{
    SandboxScenario scenario = SandboxScenario::builtIn();
    if (!realPacing) {
        QJsonObject cloudonix = scenario.cloudonix();
        cloudonix.insert(QStringLiteral("rateLimit"),
                         QJsonObject {{QStringLiteral("requests"), 10}, {QStringLiteral("windowMs"), 1000}});
        QString error;
        SandboxScenario::fromJson(QJsonDocument(QJsonObject {{QStringLiteral("cloudonix"), cloudonix},
                                                             {QStringLiteral("vapi"), scenario.vapi()}})
                                      .toJson(),
                                  &scenario, &error);
    }
    m_sandbox = std::make_unique<SandboxServer>(scenario);
    m_sandbox->start();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_cloudonix = std::make_unique<CloudonixClient>(m_nam.get());
    m_cloudonix->setBaseUrl(QUrl(m_sandbox->cloudonixUrl()));
    m_cloudonix->setApiKey(scenario.cloudonixCustomerKey());
    m_vapi = std::make_unique<VapiClient>(m_nam.get());
    m_vapi->setBaseUrl(QUrl(m_sandbox->vapiUrl()));
    m_vapi->setApiKey(scenario.vapiKey());
    RetryPolicy fast;
    fast.baseDelay = std::chrono::milliseconds(20);
    fast.rateLimitFallbackDelay = std::chrono::milliseconds(realPacing ? 10000 : 300);
    m_vapi->transport()->setRetryPolicy(fast);
    m_cloudonix->transport()->setRetryPolicy(fast);
    m_vapi->transport()->setTimeout(std::chrono::milliseconds(1500));
    m_cloudonix->transport()->setTimeout(std::chrono::milliseconds(1500));
    if (!realPacing)
        m_cloudonix->rateLimiter()->setLimit(8, std::chrono::milliseconds(1100));
    m_store = std::make_unique<ConfigStore>(m_dir.path());
    m_resolver = std::make_unique<StaticHostResolver>();
    m_provisioner = std::make_unique<Provisioner>(m_cloudonix.get(), m_vapi.get(), m_resolver.get(), m_store.get());
}

DesiredState ProvisioningFixture::sampleState(int numbers)
{
    DesiredState s;
    s.domain = QStringLiteral("demo.cloudonix.net");
    s.trunk.name = QStringLiteral("Cloudonix demo");
    s.trunk.inboundGateways = QStringList {QStringLiteral("203.0.113.10/32")};
    s.cloudonix.cxmlUrl = QStringLiteral("https://cxml.example.com/vapi");
    for (int i = 0; i < numbers; ++i)
        s.numbers << DesiredNumber {
            QStringLiteral("+1212777%1").arg(1000 + i), QStringLiteral("Support bot"), DesiredNumber::Mode::Trunk, {}};
    return s;
}

PlanOutcome ProvisioningFixture::plan(const DesiredState &desired)
{
    std::optional<PlanOutcome> outcome;
    m_provisioner->plan(desired, [&outcome](const PlanOutcome &o) { outcome = o; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 120000); }();
    return outcome.value_or(PlanOutcome {});
}

ApplyResult ProvisioningFixture::apply(const PlanOutcome &planned, const ProvisioningEngine::Options &options)
{
    std::optional<ApplyResult> result;
    m_provisioner->apply(planned, options, [&result](const ApplyResult &r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 180000); }();
    return result.value_or(ApplyResult {});
}

ApplyResult ProvisioningFixture::planAndApply(const DesiredState &desired, const ProvisioningEngine::Options &options)
{
    return apply(plan(desired), options);
}

bool ProvisioningFixture::addFault(const QString &spec)
{
    FaultRule rule;
    QString error;
    if (!FaultRule::parse(spec, &rule, &error))
        return false;
    m_sandbox->addFault(rule);
    return true;
}

int ProvisioningFixture::writes() const
{
    int n = 0;
    for (const RequestLogEntry &e : m_sandbox->requestLog())
        n += e.method != "GET" ? 1 : 0;
    return n;
}

int ProvisioningFixture::count(const QByteArray &method, const QString &pathPrefix) const
{
    int n = 0;
    for (const RequestLogEntry &e : m_sandbox->requestLog())
        n += e.method == method && e.path.startsWith(pathPrefix) ? 1 : 0;
    return n;
}

int ProvisioningFixture::statusCount(int status) const
{
    int n = 0;
    for (const RequestLogEntry &e : m_sandbox->requestLog())
        n += e.status == status ? 1 : 0;
    return n;
}

void ProvisioningFixture::clearLog()
{
    m_sandbox->clearRequestLog();
}

QJsonObject ProvisioningFixture::vapiState() const
{
    return m_sandbox->state().value(QStringLiteral("vapi")).toObject();
}

QJsonObject ProvisioningFixture::domainState(const QString &domain) const
{
    for (const QJsonValue &d :
         m_sandbox->state().value(QStringLiteral("cloudonix")).toObject().value(QStringLiteral("domains")).toArray())
        if (d.toObject().value(QStringLiteral("domain")).toString() == domain)
            return d.toObject();
    return {};
}

QList<QJsonObject> ProvisioningFixture::byoTrunks() const
{
    QList<QJsonObject> out;
    for (const QJsonValue &c : vapiState().value(QStringLiteral("credentials")).toArray())
        if (c.toObject().value(QStringLiteral("provider")).toString() == QLatin1String("byo-sip-trunk"))
            out << c.toObject();
    return out;
}

QList<QJsonObject> ProvisioningFixture::byoNumbers() const
{
    QList<QJsonObject> out;
    for (const QJsonValue &n : vapiState().value(QStringLiteral("phoneNumbers")).toArray())
        if (n.toObject().value(QStringLiteral("provider")).toString() == QLatin1String("byo-phone-number"))
            out << n.toObject();
    return out;
}

} // namespace tw::test
