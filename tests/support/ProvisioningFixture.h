#pragma once

#include "api/CloudonixClient.h"
#include "api/VapiClient.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "provisioning/Provisioner.h"
#include "provisioning/StaticHostResolver.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace tw::test {

// The whole provisioning stack against an in-process sandbox over loopback HTTP, built through
// the CoreContext the mains use: real clients, a real config file in a temporary folder, fixed
// DNS answers. Durations are scaled down (Cloudonix's limit 10 per 100 ms with the client at
// 5 per 150 ms, short timeouts and retry delays) unless realPacing is asked for.
class ProvisioningFixture
{
public:
    static constexpr int PacedRequests = 5;
    static constexpr int PacedWindowMs = 150;

    // adjust: changes to the built-in scenario's "cloudonix" section (more domains, keys).
    explicit ProvisioningFixture(bool realPacing = false,
                                 const std::function<void(QJsonObject &cloudonix)> &adjust = {});
    ~ProvisioningFixture();

    static ClientOptions fastOptions();
    CoreContext &core() { return *m_core; }
    SandboxServer &sandbox() { return *m_sandbox; }
    CloudonixClient &cloudonix() { return *m_cloudonix; }
    VapiClient &vapi() { return *m_vapi; }
    ConfigStore &store() { return *m_core->store(); }
    StaticHostResolver &resolver() { return *m_resolver; }
    Provisioner &provisioner() { return *m_provisioner; }

    static DesiredState sampleState(int numbers = 3);
    PlanOutcome plan(const DesiredState &desired);
    ApplyResult apply(const PlanOutcome &planned, const ProvisioningEngine::Options &options = {});
    ApplyResult planAndApply(const DesiredState &desired, const ProvisioningEngine::Options &options = {});

    bool addFault(const QString &spec);
    int writes() const; // non-GET requests the sandbox received since the last clearLog()
    int count(const QByteArray &method, const QString &pathPrefix) const;
    int statusCount(int status) const;
    void clearLog();
    QJsonObject vapiState() const;
    QJsonObject domainState(const QString &domain = QStringLiteral("demo.cloudonix.net")) const;
    QList<QJsonObject> byoTrunks() const;
    QList<QJsonObject> byoNumbers() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<StaticHostResolver> m_resolver;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CoreContext> m_core;
    CloudonixClient *m_cloudonix;
    VapiClient *m_vapi;
    Provisioner *m_provisioner;
};

} // namespace tw::test
