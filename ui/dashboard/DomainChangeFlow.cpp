#include "dashboard/DomainChangeFlow.h"

#include "common/MessageBanner.h"
#include "core/CoreContext.h"
#include "operations/AccountKeysReader.h"
#include "operations/ApplyOperation.h"
#include "operations/PlanOperation.h"

#include <QPushButton>

namespace tw {

DomainChangeFlow::DomainChangeFlow(CoreContext *core, MessageBanner *banner, QWidget *window)
    : QObject(window)
    , m_core(core)
    , m_banner(banner)
    , m_window(window)
{ }

void DomainChangeFlow::start(const QString &domain, const QString &vapiRegion, const QString &readingText,
                             const PlanFactory &plan, const QString &question)
{
    if (m_active || !m_core)
        return;
    m_active = true;
    m_domain = domain;
    m_banner->hide();
    emit busyChanged(true, readingText);
    AccountKeysReader::read(m_core->secrets(), domain, vapiRegion, this,
                            [this, plan, question](const AccountKeys &keys, const QString &problem) {
                                if (!problem.isEmpty()) {
                                    m_banner->showMessage(MessageBanner::Level::Error, problem);
                                    return end(false);
                                }
                                PlanOperation *op = plan(keys, this);
                                connect(op, &PlanOperation::finished, this,
                                        [this, op, keys, question](const PlanOutcome &planned) {
                                            op->deleteLater();
                                            confirm(keys, planned, question);
                                        });
                                op->start();
                            });
}

void DomainChangeFlow::confirm(const AccountKeys &keys, const PlanOutcome &planned, const QString &question)
{
    if (!planned.ok() || !planned.plan.canApply()) {
        if (planned.error) {
            m_banner->showError(*planned.error);
        } else {
            const QStringList why
                = planned.inputErrors.isEmpty() ? planned.plan.errors : FieldError::messages(planned.inputErrors);
            m_banner->showMessage(MessageBanner::Level::Error, why.value(0, planned.configError),
                                  why.mid(1).join(QLatin1Char('\n')));
        }
        return end(false);
    }
    if (planned.plan.writeCount() == 0)
        return apply(keys, planned); // records only
    QStringList changes;
    for (const PlanAction &a : planned.plan.actions)
        if (a.isWrite())
            changes << QStringLiteral("• ") + a.summary;
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Trunk Wizard"), question, QMessageBox::Cancel, m_window);
    m_confirm->setInformativeText(changes.join(QLatin1Char('\n')));
    QPushButton *go
        = m_confirm->addButton(tr("&Apply %n change(s)", nullptr, int(changes.size())), QMessageBox::AcceptRole);
    m_confirm->setDefaultButton(QMessageBox::Cancel); // a change to live systems is never the default
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, go, keys, planned] {
        if (m_confirm && m_confirm->clickedButton() == go)
            apply(keys, planned);
        else
            end(false);
    });
    m_confirm->open();
}

void DomainChangeFlow::apply(const AccountKeys &keys, const PlanOutcome &planned)
{
    emit busyChanged(true, tr("Applying to %1…").arg(m_domain));
    auto *op = new ApplyOperation(m_core, keys, planned, {}, this);
    connect(op, &ApplyOperation::finished, this, [this, op](const ApplyResult &result) {
        op->deleteLater();
        m_banner->showMessage(result.ok ? MessageBanner::Level::Positive : MessageBanner::Level::Error,
                              result.message(), result.error ? result.error->details() : QString());
        end(true);
    });
    op->start();
}

void DomainChangeFlow::end(bool applied)
{
    m_active = false;
    emit busyChanged(false, {});
    emit finished(m_domain, applied);
}

} // namespace tw
