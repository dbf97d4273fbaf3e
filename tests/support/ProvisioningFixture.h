#pragma once

#include "api/CloudonixClient.h"
#include "api/VapiClient.h"
#include "config/ConfigStore.h"
#include "provisioning/Provisioner.h"
#include "provisioning/StaticHostResolver.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace tw::test {

// The whole provisioning stack against an in-process sandbox over loopback HTTP: real clients,
// a real config file in a temporary folder, fixed DNS answers. Cloudonix's limit is scaled
// down (10 per second, the client at 8 per 1.1 s) unless realPacing is asked for.
class ProvisioningFixture
{
public:
    explicit ProvisioningFixture(bool realPacing = false);

    SandboxServer &sandbox() { return *m_sandbox; }
    CloudonixClient &cloudonix() { return *m_cloudonix; }
    VapiClient &vapi() { return *m_vapi; }
    ConfigStore &store() { return *m_store; }
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
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<CloudonixClient> m_cloudonix;
    std::unique_ptr<VapiClient> m_vapi;
    std::unique_ptr<ConfigStore> m_store;
    std::unique_ptr<StaticHostResolver> m_resolver;
    std::unique_ptr<Provisioner> m_provisioner;
};

} // namespace tw::test
