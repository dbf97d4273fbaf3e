#include "secrets/MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

namespace tw {

SecretError MemorySecretStore::unavailableError() const
{
    return SecretError(SecretError::Kind::Unavailable, tr("The secret store is not available."));
}

void MemorySecretStore::read(const QString &account, QObject *context, ReadCallback done)
{
    SecretError error;
    QString secret;
    if (m_unavailable)
        error = unavailableError();
    else if (!m_secrets.contains(account))
        error = SecretError(SecretError::Kind::NotFound, tr("No key is stored for %1.").arg(account));
    else
        secret = m_secrets.value(account);
    QTimer::singleShot(0, context, [done, secret, error] { done(secret, error); });
}

void MemorySecretStore::write(const QString &account, const QString &secret, QObject *context, DoneCallback done)
{
    SecretError error;
    if (m_unavailable)
        error = unavailableError();
    else
        m_secrets.insert(account, secret);
    QTimer::singleShot(0, context, [done, error] { done(error); });
}

void MemorySecretStore::remove(const QString &account, QObject *context, DoneCallback done)
{
    SecretError error;
    if (m_unavailable)
        error = unavailableError();
    else
        m_secrets.remove(account);
    QTimer::singleShot(0, context, [done, error] { done(error); });
}

} // namespace tw
