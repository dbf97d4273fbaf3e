#include "support/ProvisioningFixture.h"

#include "support/EventWait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace tw::test {

ClientOptions ProvisioningFixture::fastOptions()
{
    ClientOptions options;
    options.timeout = std::chrono::milliseconds(400);
    options.retry.baseDelay = std::chrono::milliseconds(10);
    options.retry.rateLimitFallbackDelay = std::chrono::milliseconds(50);
    // Two client windows together stay within one server window, so requests that reach the
    // in-process sandbox late (a slow disk under the records' fsync) still meet no 429.
    options.pacingRequests = PacedRequests;
    options.pacingWindow = std::chrono::milliseconds(PacedWindowMs);
    return options;
}

ProvisioningFixture::ProvisioningFixture(bool realPacing, const std::function<void(QJsonObject &cloudonix)> &adjust)
{
    SandboxScenario scenario = SandboxScenario::builtIn();
    if (!realPacing || adjust) {
        QJsonObject cloudonix = scenario.cloudonix();
        if (!realPacing)
            cloudonix.insert(QStringLiteral("rateLimit"),
                             QJsonObject {{QStringLiteral("requests"), 10}, {QStringLiteral("windowMs"), 100}});
        if (adjust)
            adjust(cloudonix);
        QString error;
        SandboxScenario::fromJson(QJsonDocument(QJsonObject {{QStringLiteral("cloudonix"), cloudonix},
                                                             {QStringLiteral("vapi"), scenario.vapi()}})
                                      .toJson(),
                                  &scenario, &error);
    }
    m_sandbox = std::make_unique<SandboxServer>(scenario);
    m_sandbox->start();
    m_resolver = std::make_unique<StaticHostResolver>();
    m_secrets = std::make_unique<MemorySecretStore>();
    CoreContext::Setup setup;
    setup.configDir = m_dir.path();
    setup.cacheDir = m_dir.filePath(QStringLiteral("cache"));
    setup.secrets = m_secrets.get();
    setup.resolver = m_resolver.get();
    setup.cloudonixUrl = QUrl(m_sandbox->cloudonixUrl());
    setup.vapiUrl = QUrl(m_sandbox->vapiUrl());
    setup.sipRedirect = m_sandbox->sip().endpoint(); // probes ask the sandbox's SIP port
    setup.sipTimers = SipTimers::scaled(std::chrono::milliseconds(10)); // Timer F: 640 ms
    if (realPacing) { // the documented limits; only the retry backoff is shortened
        ClientOptions options;
        options.retry.baseDelay = std::chrono::milliseconds(20);
        setup.options = options;
    } else {
        setup.options = fastOptions();
    }
    m_core = std::make_unique<CoreContext>(setup);
    m_cloudonix = m_core->cloudonix(scenario.cloudonixCustomerKey(), m_core.get());
    m_vapi = m_core->vapi(scenario.vapiKey(), QStringLiteral("us"), m_core.get());
    m_provisioner = new Provisioner(m_cloudonix, m_vapi, m_resolver.get(), m_core->store(), m_core.get());
    m_provisioner->setSettleWindow(m_core->settleWindow());
}

ProvisioningFixture::~ProvisioningFixture()
{
    m_core.reset(); // its clients and runs go before the sandbox, the resolver and the folder
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
    EventWait wait;
    m_provisioner->plan(desired, [&outcome, done = wait.done()](const PlanOutcome &o) {
        outcome = o;
        done();
    });
    [&] { QVERIFY(wait.wait(120000)); }();
    return outcome.value_or(PlanOutcome {});
}

ApplyResult ProvisioningFixture::apply(const PlanOutcome &planned, const ProvisioningEngine::Options &options)
{
    std::optional<ApplyResult> result;
    EventWait wait;
    m_provisioner->apply(planned, options, [&result, done = wait.done()](const ApplyResult &r) {
        result = r;
        done();
    });
    [&] { QVERIFY(wait.wait(180000)); }();
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
