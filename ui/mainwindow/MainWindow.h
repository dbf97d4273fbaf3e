#pragma once

#include "config/AppConfig.h"

#include <QMainWindow>

class QPushButton;
class QStackedWidget;
class QTimer;

namespace tw {

class ConfigStore;
class CoreContext;
class DashboardView;
class MessageBanner;
class SetupWizard;

// The main window: the domains this tool manages and "Set up a domain…", which opens the setup
// wizard in place; with no domain configured the wizard is what opens. The status dashboard
// arrives as its own room under ui/.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // core: what the wizard works with; without one the window only lists (tests, --help).
    explicit MainWindow(ConfigStore *store, CoreContext *core = nullptr, QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }
    // Shows the permanent sandbox strip and marks the title; endpoint is the simulator's URL.
    void setSandboxMode(const QString &endpoint);
    bool isSandboxMode() const { return m_sandboxMode; }
    void reload();
    // The sandbox's demo domain and keys, filled into the wizard for a first try.
    void setSandboxDemo(const QString &domain, const QString &cloudonixKey, const QString &vapiKey);
    SetupWizard *wizard() const { return m_wizard; }
    DashboardView *dashboard() const { return m_dashboard; }
    void showStart(); // the wizard when no domain is configured, else the domain list
    void showWizard(const QString &domain = {});
    void showDomains();
    void showSettings(); // the Settings dialog, window-modal (open(), no nested event loop)
    QPushButton *settingsButton() const { return m_settings; }
    QPushButton *helpButton() const { return m_help; }

private:
    ConfigStore *m_store;
    AppConfig m_config;
    MessageBanner *m_banner;
    DashboardView *m_dashboard;
    CoreContext *m_core;
    QStackedWidget *m_stack;
    QPushButton *m_setup;
    QPushButton *m_settings;
    QPushButton *m_help;
    SetupWizard *m_wizard = nullptr;
    QStringList m_demo; // domain, Cloudonix key, Vapi key (sandbox only)
    bool m_sandboxMode = false;
    QTimer *m_refresh; // a run saves after every step: redraw at most every 100 ms
};

} // namespace tw
