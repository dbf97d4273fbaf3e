#pragma once

#include "config/AppConfig.h"

#include <QMainWindow>

class QListWidget;
class QTimer;

namespace tw {

class ConfigStore;
class MessageBanner;

// The main window: the domains this tool manages. The wizard and the status dashboard
// arrive as their own rooms under ui/ and are opened from here.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConfigStore *store, QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }
    // Shows the permanent sandbox strip and marks the title; endpoint is the simulator's URL.
    void setSandboxMode(const QString &endpoint);
    bool isSandboxMode() const { return m_sandboxMode; }
    void reload();

private:
    ConfigStore *m_store;
    AppConfig m_config;
    MessageBanner *m_banner;
    QListWidget *m_domains;
    bool m_sandboxMode = false;
    QTimer *m_refresh; // a run saves after every step: redraw at most every 100 ms
};

} // namespace tw
