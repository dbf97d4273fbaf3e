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
    qputenv("TRUNKWIZARD_CLOUDONIX_URL", m_server->cloudonixUrl().toUtf8());
    qputenv("TRUNKWIZARD_VAPI_URL", m_server->vapiUrl().toUtf8());
    qputenv("TRUNKWIZARD_CONFIG_DIR", m_configDir.path().toUtf8());

    // The demo keys, as if the admin had entered them: the customer key for every domain.
    const SandboxScenario &scenario = m_server->scenario();
    for (const QJsonValue &d : scenario.cloudonix().value(QLatin1String("domains")).toArray())
        m_secrets->write(SecretStore::cloudonixAccount(d.toObject().value(QLatin1String("domain")).toString()),
                         scenario.cloudonixCustomerKey(), this, [](const SecretError &) {});
    m_secrets->write(SecretStore::vapiAccount(), scenario.vapiKey(), this, [](const SecretError &) {});
    return true;
}

} // namespace tw
