#include "sandbox/SandboxSession.h"

#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>

namespace tw {

SandboxSession::SandboxSession(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<SandboxServer>())
    , m_secrets(new MemorySecretStore(this))
{ }

SandboxSession::~SandboxSession() = default;

SecretStore *SandboxSession::secrets() const
{
    return m_secrets;
}

bool SandboxSession::start()
{
    if (!m_configDir.isValid()) {
        m_error = tr("The sandbox could not create a temporary folder: %1").arg(m_configDir.errorString());
        return false;
    }
    if (!m_server->start()) {
        m_error = tr("The sandbox could not open a port on 127.0.0.1.");
        return false;
    }
    m_resolver.setFallback({QStringLiteral("198.51.100.10"), QStringLiteral("198.51.100.11")});

    // The demo keys, as if the admin had entered them: the customer key for every domain.
    const SandboxScenario &scenario = m_server->scenario();
    for (const QJsonValue &d : scenario.cloudonix().value(QLatin1String("domains")).toArray())
        m_secrets->write(SecretStore::cloudonixAccount(d.toObject().value(QLatin1String("domain")).toString()),
                         scenario.cloudonixCustomerKey(), this, [](const SecretError &) {});
    m_secrets->write(SecretStore::vapiAccount(), scenario.vapiKey(), this, [](const SecretError &) {});
    return true;
}

void SandboxSession::applyTo(CoreContext::Setup *setup)
{
    setup->sandbox = true;
    setup->cloudonixUrl = QUrl(m_server->cloudonixUrl());
    setup->vapiUrl = QUrl(m_server->vapiUrl());
    setup->sipRedirect = m_server->sip().endpoint();
    setup->configDir = m_configDir.path();
    setup->cacheDir = m_configDir.filePath(QStringLiteral("cache"));
    setup->secrets = m_secrets;
    setup->resolver = &m_resolver;
}

} // namespace tw
