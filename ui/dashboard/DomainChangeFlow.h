#pragma once

#include "operations/AccountKeys.h"
#include "provisioning/PlanOutcome.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>

namespace tw {

class CoreContext;
class MessageBanner;
class PlanOperation;

// One change to a domain made from the dashboard: the keys from the keychain, a plan against
// what both systems hold now, a confirmation that names every write (never blocking the window),
// the run, and its outcome in the banner. Fix, accept, tear down, add and remove numbers and
// change an assistant all go this way.
class DomainChangeFlow : public QObject
{
    Q_OBJECT

public:
    using PlanFactory = std::function<PlanOperation *(const AccountKeys &keys, QObject *parent)>;

    DomainChangeFlow(CoreContext *core, MessageBanner *banner, QWidget *window);

    // `question` heads the list of changes the admin confirms. A plan with no remote write is
    // applied at once: it only records (an accepted drift).
    void start(const QString &domain, const QString &vapiRegion, const QString &readingText, const PlanFactory &plan,
               const QString &question);
    bool isActive() const { return m_active; }
    QMessageBox *pendingConfirmation() const { return m_confirm; }

signals:
    void busyChanged(bool busy, const QString &text);
    void finished(const QString &domain, bool applied); // applied: a run took place (read again)

private:
    void confirm(const AccountKeys &keys, const PlanOutcome &planned, const QString &question);
    void apply(const AccountKeys &keys, const PlanOutcome &planned);
    void end(bool applied);

    CoreContext *m_core;
    MessageBanner *m_banner;
    QWidget *m_window;
    QString m_domain;
    bool m_active = false;
    QPointer<QMessageBox> m_confirm;
};

} // namespace tw
