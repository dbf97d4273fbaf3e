#include "mainwindow/MainWindow.h"

#include "common/FormRows.h"
#include "common/GlossaryDialog.h"
#include "common/MessageBanner.h"
#include "common/SandboxBanner.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "dashboard/ActivityView.h"
#include "dashboard/DashboardView.h"
#include "mainwindow/SettingsDialog.h"
#include "wizard/SetupWizard.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tw {

MainWindow::MainWindow(ConfigStore *store, CoreContext *core, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_banner(new MessageBanner(this))
    , m_dashboard(new DashboardView(store, core, this))
    , m_core(core)
    , m_stack(new QStackedWidget(this))
    , m_setup(new QPushButton(tr("&Set up a domain…"), this))
    , m_settings(new QPushButton(tr("Setti&ngs…"), this))
    , m_help(new QPushButton(tr("&Help"), this))
    , m_refresh(new QTimer(this))
{
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(100);
    connect(m_refresh, &QTimer::timeout, this, &MainWindow::reload);
    connect(store, &ConfigStore::configChanged, this, [this] {
        if (!m_refresh->isActive())
            m_refresh->start();
    });
    setWindowTitle(tr("Trunk Wizard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/trunkwizard.svg")));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *list = new QWidget(m_stack);
    auto *listLayout = new QVBoxLayout(list);
    auto *headingRow = new QHBoxLayout;
    QLabel *heading = FormRows::heading(tr("Cloudonix domains connected to Vapi"), list);
    headingRow->addWidget(heading, 1);
    m_setup->setAccessibleName(tr("Set up a domain…"));
    m_setup->setVisible(core != nullptr);
    m_settings->setAccessibleName(tr("Settings…"));
    m_settings->setVisible(core != nullptr);
    m_help->setAccessibleName(tr("Help"));
    m_help->setToolTip(tr("The glossary: the telecom terms of Trunk Wizard in plain words (F1)"));
    headingRow->addWidget(m_help);
    headingRow->addWidget(m_settings);
    headingRow->addWidget(m_setup);
    listLayout->addLayout(headingRow);
    // The domains, and every request made for them.
    auto *tabs = new QTabWidget(list);
    tabs->addTab(m_dashboard, tr("Domains"));
    if (core)
        tabs->addTab(new ActivityView(core->activity(), tabs), tr("Activity"));
    listLayout->addWidget(tabs, 1);
    m_stack->addWidget(list);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_setup, &QPushButton::clicked, this, [this] { showWizard(); });
    connect(m_settings, &QPushButton::clicked, this, &MainWindow::showSettings);
    connect(m_help, &QPushButton::clicked, this, [this] { GlossaryDialog::showFor(this, Glossary::Term::SipTrunk); });
    // F1 on the domain list; the wizard has its own (one shortcut per visible page of the stack).
    auto *f1 = new QShortcut(QKeySequence::HelpContents, list);
    f1->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f1, &QShortcut::activated, m_help, &QPushButton::click);
    connect(m_dashboard, &DashboardView::editRequested, this, [this](const QString &domain) { showWizard(domain); });
    resize(980, 680);
    reload();
    if (core && !core->caError().isEmpty()) // never silently without the CA the admin chose
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("%1 Requests through a TLS-inspecting proxy will be refused until you choose "
                                 "another file in Settings.")
                                  .arg(core->caError()));
}

void MainWindow::showSettings()
{
    if (!m_core)
        return;
    auto *dialog = new SettingsDialog(m_core, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this,
            [this](const QString &message) { m_banner->showMessage(MessageBanner::Level::Positive, message); });
    dialog->open();
}

void MainWindow::setSandboxDemo(const QString &domain, const QString &cloudonixKey, const QString &vapiKey)
{
    m_demo = {domain, cloudonixKey, vapiKey};
    if (m_wizard)
        m_wizard->setDemo(domain, cloudonixKey, vapiKey);
}

void MainWindow::showStart()
{
    // With nothing set up yet, the first thing to see is the wizard.
    if (m_core && m_config.domains.isEmpty())
        showWizard();
    else if (m_core)
        m_dashboard->refresh(); // the window is there at once; the health follows
}

void MainWindow::showWizard(const QString &domain)
{
    if (!m_core)
        return;
    if (!m_wizard) {
        m_wizard = new SetupWizard(m_core, m_sandboxMode, m_stack);
        m_wizard->setWindowFlags(Qt::Widget); // in the window, not a dialog over it
        m_stack->addWidget(m_wizard);
        if (m_demo.size() == 3)
            m_wizard->setDemo(m_demo.at(0), m_demo.at(1), m_demo.at(2));
        connect(m_wizard, &QWizard::finished, this, [this] { showDomains(); });
        connect(m_wizard, &SetupWizard::sandboxRequested, this, [this] {
            // The simulator runs in a fresh instance with its own throw-away settings.
            if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--sandbox")}))
                close();
            else
                m_banner->showMessage(MessageBanner::Level::Error, tr("The sandbox could not be started."));
        });
    }
    if (!domain.isEmpty())
        m_wizard->startFor(domain);
    else
        m_wizard->restart();
    m_stack->setCurrentWidget(m_wizard);
    m_setup->setEnabled(false);
}

void MainWindow::showDomains()
{
    m_stack->setCurrentIndex(0);
    m_setup->setEnabled(true);
    reload();
    if (m_core && !m_config.domains.isEmpty())
        m_dashboard->refresh();
}

void MainWindow::setSandboxMode(const QString &endpoint)
{
    if (m_sandboxMode)
        return;
    m_sandboxMode = true;
    auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout());
    layout->insertWidget(0, new SandboxBanner(endpoint, centralWidget()));
    setWindowTitle(tr("Trunk Wizard — Sandbox"));
}

void MainWindow::reload()
{
    const ConfigStore::LoadResult loaded = m_store->load();
    m_config = loaded.config;
    if (!loaded.ok())
        m_banner->showMessage(loaded.status == ConfigStore::LoadStatus::RecoveredFromCorrupt
                                  ? MessageBanner::Level::Warning
                                  : MessageBanner::Level::Error,
                              loaded.message, m_store->filePath());
    m_dashboard->setDomains(m_config.domains);
}

} // namespace tw
