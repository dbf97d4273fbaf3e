#pragma once

#include "core/CoreContext.h"
#include "provisioning/StaticHostResolver.h"
#include "sandbox/SandboxServer.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace tw {

class MemorySecretStore;
class SecretStore;

// Everything `--sandbox` needs, for the mains to wire in: the simulator on a free loopback
// port, both API base URLs pointed at it, a throw-away config and cache folder, an in-memory
// key store holding the demo keys and fixed DNS answers (its host names exist nowhere). It
// fills the mains' CoreContext::Setup; the user's real settings and keychain are never touched.
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
    // Points the setup at the simulator, the throw-away folders, the demo keys and fixed DNS.
    void applyTo(CoreContext::Setup *setup);

private:
    std::unique_ptr<SandboxServer> m_server;
    MemorySecretStore *m_secrets;
    QTemporaryDir m_configDir;
    StaticHostResolver m_resolver;
    QString m_error;
};

} // namespace tw
