#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace tw {

// Keeps secrets in this process only: for the sandbox and for tests of code above the store.
// Can be told to behave like an unreachable keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &account, QObject *context, ReadCallback done) override;
    void write(const QString &account, const QString &secret, QObject *context, DoneCallback done) override;
    void remove(const QString &account, QObject *context, DoneCallback done) override;
    QString backendName() const override { return QStringLiteral("memory"); }

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    int size() const { return int(m_secrets.size()); }

private:
    SecretError unavailableError() const;
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};

} // namespace tw
