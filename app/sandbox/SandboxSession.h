#pragma once

#include "sandbox/SandboxServer.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace tw {

class MemorySecretStore;
class SecretStore;

// Everything `--sandbox` needs, for the mains to wire in: the simulator on a free loopback
// port, both API base URLs pointed at it (through the same environment variables an admin
// would set), a throw-away config folder, and an in-memory key store holding the demo keys.
// The user's real settings and keychain are never touched.
class SandboxSession : public QObject
{
    Q_OBJECT

public:
    explicit SandboxSession(QObject *parent = nullptr);
    ~SandboxSession() override;

    // False when no loopback port could be opened or no temporary folder made; see error().
    bool start();
    QString error() const { return m_error; }

    SandboxServer *server() const { return m_server.get(); }
    SecretStore *secrets() const;
    QString configDir() const { return m_configDir.path(); }

private:
    std::unique_ptr<SandboxServer> m_server;
    MemorySecretStore *m_secrets;
    QTemporaryDir m_configDir;
    QString m_error;
};

} // namespace tw
