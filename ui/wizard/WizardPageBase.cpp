#include "wizard/WizardPageBase.h"

#include "common/BusyIndicator.h"
#include "common/FormRows.h"
#include "common/MessageBanner.h"
#include "core/CoreContext.h"
#include "secrets/SecretStore.h"
#include "wizard/WizardSession.h"

#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw {

WizardPageBase::WizardPageBase(WizardSession *session, const QString &title, const QString &subtitle, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_body(new QVBoxLayout)
{
    setTitle(title);
    // A right-to-left sentence that starts with a Latin name ("Trunk Wizard …") still reads right
    // to left: the mark sets its direction.
    setSubTitle(QGuiApplication::layoutDirection() == Qt::RightToLeft ? QChar(0x200F) + subtitle : subtitle);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_body, 1);
}

void WizardPageBase::addActionRow(QFormLayout *form, QPushButton *button, BusyIndicator *busy)
{
    FormRows::name(button, button->text());
    button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addWidget(busy, 1);
    form->addRow(QString(), row);
}

void WizardPageBase::keepKey(const QString &account, const QString &key)
{
    m_session->core()->secrets()->write(account, key, this, [this](const SecretError &error) {
        if (error.isError())
            m_banner->showMessage(MessageBanner::Level::Warning,
                                  tr("The key works but could not be kept in the keychain; you will be asked for it "
                                     "again next time."),
                                  error.message());
    });
}

} // namespace tw
