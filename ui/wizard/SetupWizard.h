#pragma once

#include "help/Glossary.h"

#include <QWizard>

namespace tw {

class CoreContext;
class StepList;
class WizardSession;

// The setup wizard: the Vapi dashboard's SIP trunk flow plus the Cloudonix side, one page per
// step, with the steps listed on the left. It builds the domain's desired state and drives the
// core's operations; no network or provisioning logic lives here.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum class PageId { Welcome, Cloudonix, Vapi, Trunk, Routing, Numbers, Review, Apply, Finish };
    Q_ENUM(PageId)

    explicit SetupWizard(CoreContext *core, bool sandbox, QWidget *parent = nullptr);

    WizardSession *session() const { return m_session; }
    // Opens on the Cloudonix page with this domain's stored intent and keys (the review then
    // shows only what would change).
    void startFor(const QString &domain);
    void setDemo(const QString &domain, const QString &cloudonixKey, const QString &vapiKey);
    // Continues a setup left mid-way: its inputs from the draft, its keys from the keychain.
    void resume();
    // The glossary term the Help button opens on each page.
    static Glossary::Term helpTerm(PageId page);

signals:
    void sandboxRequested(); // "Try it in the sandbox"
    void dashboardRequested(); // "Open dashboard" on the last page

private:
    void keepDraft(int pageId);
    void nameButtons(); // each button's accessible name: its visible text
    void openWithStoredKeys();

    WizardSession *m_session;
    StepList *m_steps;
};

} // namespace tw
