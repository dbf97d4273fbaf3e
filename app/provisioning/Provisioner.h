#pragma once

#include "domain/DesiredState.h"
#include "provisioning/ApplyResult.h"
#include "provisioning/PlanOutcome.h"
#include "provisioning/ProvisioningEngine.h"

#include <QObject>

#include <functional>

namespace tw {

class CloudonixClient;
class ConfigStore;
class HostResolver;
class LiveStateReader;
class VapiClient;

// The one way through, shared by the CLI and the wizard: validate the desired state, read
// both systems, resolve the inbound host when needed, plan; then apply with the engine.
class Provisioner : public QObject
{
    Q_OBJECT

public:
    Provisioner(CloudonixClient *cloudonix, VapiClient *vapi, HostResolver *resolver, ConfigStore *store,
                QObject *parent = nullptr);

    void setDefaultNumberRegion(const QString &region) { m_defaultRegion = region; }
    void plan(const DesiredState &desired, std::function<void(const PlanOutcome &)> done);
    // The teardown plan for a configured domain (nothing is changed yet).
    void planTeardown(const QString &domain, bool restoreCloudonix, std::function<void(const PlanOutcome &)> done);
    // Drift: the plan of the stored intent against the live state; its writes are the drift.
    // Without a stored intent, only the live state is read.
    void planDrift(const QString &domain, std::function<void(const PlanOutcome &)> done);
    void apply(const PlanOutcome &planned, const ProvisioningEngine::Options &options,
               std::function<void(const ApplyResult &)> done);
    void cancel();

    ProvisioningEngine *engine() const { return m_engine; }
    LiveStateReader *reader() const { return m_reader; }

signals:
    void statusChanged(const QString &text); // "Reading Vapi…", for progress displays

private:
    CloudonixClient *m_cloudonix;
    VapiClient *m_vapi;
    HostResolver *m_resolver;
    ConfigStore *m_store;
    LiveStateReader *m_reader;
    ProvisioningEngine *m_engine;
    QString m_defaultRegion;
};

} // namespace tw
