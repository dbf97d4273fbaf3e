#pragma once

#include "operations/AccountKeys.h"
#include "operations/CloudonixAccountCheck.h"
#include "operations/VapiAccountCheck.h"
#include "provisioning/ApplyResult.h"
#include "provisioning/PlanOutcome.h"

#include <QObject>

#include <optional>

namespace tw {

class CoreContext;

// What the wizard's pages share: the keys typed in (memory only; the keychain keeps them),
// what each verify found, the desired state being built, the plan and the run. Pages read
// and write it; the core does the work.
class WizardSession : public QObject
{
    Q_OBJECT

public:
    explicit WizardSession(CoreContext *core, QObject *parent = nullptr);

    CoreContext *core() const { return m_core; }
    bool isSandbox() const { return m_sandbox; }
    void setSandbox(bool sandbox) { m_sandbox = sandbox; }

    AccountKeys keys;
    std::optional<CloudonixAccountCheck> cloudonix; // set by a successful verify of the current inputs
    std::optional<VapiAccountCheck> vapi;
    DesiredState desired; // the domain's intent as the pages build it
    std::optional<PlanOutcome> planned;
    std::optional<ApplyResult> applied;

    QString domain() const { return desired.domain; }
    // The domain's stored intent (re-running the wizard opens pre-filled), else defaults.
    void startFor(const QString &domain);
    // The trunk that is this domain's in Vapi (the CLI's rule), or the candidates to pick from.
    QList<VapiCredential> existingTrunks() const;
    QString inboundSipHost() const;

signals:
    void desiredChanged();

private:
    CoreContext *m_core;
    bool m_sandbox = false;
};

} // namespace tw
