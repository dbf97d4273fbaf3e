#pragma once

#include "domain/DesiredState.h"
#include "operations/Operation.h"
#include "provisioning/PlanOutcome.h"

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace tw {

class Provisioner;

// Reads both systems and plans, changing nothing. Three use-cases share it: the plan of a
// desired state, the teardown plan of a configured domain, and drift (the plan of the stored
// intent: its writes are the drift).
class PlanOperation : public Operation
{
    Q_OBJECT

public:
    enum class Kind { State, Command, Teardown, Drift };
    Q_ENUM(Kind)

    static PlanOperation *forState(CoreContext *core, const AccountKeys &keys, const DesiredState &desired,
                                   QObject *parent = nullptr);
    // cx-vcc's partial commands: the desired state is built once both systems are read.
    static PlanOperation *forCommand(CoreContext *core, const AccountKeys &keys, const QString &domain,
                                     const std::function<DesiredState(const DomainRecord &, const LiveState &)> &build,
                                     QObject *parent = nullptr);
    static PlanOperation *forTeardown(CoreContext *core, const AccountKeys &keys, const QString &domain,
                                      bool restoreCloudonix, QObject *parent = nullptr);
    static PlanOperation *forDrift(CoreContext *core, const AccountKeys &keys, const QString &domain,
                                   QObject *parent = nullptr);

    // Plan the changes to this one resource only (a drift finding fixed or accepted on its own).
    void restrictTo(PlanAction::Resource resource, const QString &key) { m_only = {{resource, key}}; }
    // Vapi's lists from a read of the account made once for many domains (a status refresh).
    void setVapiSnapshot(std::shared_ptr<const LiveState> vapi) { m_vapiSnapshot = std::move(vapi); }
    // For national numbers in the desired state; default: the setting.
    void setDefaultNumberRegion(const QString &region) { m_numberRegion = region; }

signals:
    void finished(const tw::PlanOutcome &outcome);

protected:
    void run() override;
    void stop() override;

private:
    PlanOperation(CoreContext *core, Kind kind, const AccountKeys &keys, QObject *parent);

    Kind m_kind;
    AccountKeys m_keys;
    DesiredState m_desired;
    std::function<DesiredState(const DomainRecord &, const LiveState &)> m_build;
    QString m_domain;
    bool m_restoreCloudonix = false;
    QString m_numberRegion;
    std::optional<std::pair<PlanAction::Resource, QString>> m_only;
    std::shared_ptr<const LiveState> m_vapiSnapshot;
    Provisioner *m_provisioner = nullptr;
};

} // namespace tw
