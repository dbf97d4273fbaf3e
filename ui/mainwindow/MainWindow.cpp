#include "mainwindow/MainWindow.h"

#include "common/MessageBanner.h"
#include "common/SandboxBanner.h"
#include "config/ConfigStore.h"

#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tw {

MainWindow::MainWindow(ConfigStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_banner(new MessageBanner(this))
    , m_domains(new QListWidget(this))
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
    auto *heading = new QLabel(tr("Cloudonix domains connected to Vapi"), central);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    m_domains->setAccessibleName(tr("Domains"));
    layout->addWidget(m_banner);
    layout->addWidget(heading);
    layout->addWidget(m_domains, 1);
    setCentralWidget(central);
    resize(720, 480);
    reload();
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
    m_domains->clear();
    for (const DomainRecord &d : std::as_const(m_config.domains)) {
        const QString trunk
            = d.vapiCredentialId.isEmpty() ? tr("no Vapi trunk yet") : tr("Vapi trunk %1").arg(d.vapiCredentialId);
        m_domains->addItem(tr("%1 — %2, %n number(s)", nullptr, int(d.numbers.size())).arg(d.domain, trunk));
    }
    if (m_config.domains.isEmpty())
        m_domains->addItem(tr("No domain is configured yet."));
}

} // namespace tw
