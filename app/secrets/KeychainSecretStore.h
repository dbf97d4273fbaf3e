#pragma once

#include "secrets/SecretStore.h"

namespace QKeychain {
class Job;
}

namespace tw {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Insecure fallback is off: when no backend answers, every call fails
// with SecretError::Kind::Unavailable and nothing is written anywhere else.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("trunkwizard"), QObject *parent = nullptr);

    void read(const QString &account, QObject *context, ReadCallback done) override;
    void write(const QString &account, const QString &secret, QObject *context, DoneCallback done) override;
    void remove(const QString &account, QObject *context, DoneCallback done) override;
    QString backendName() const override { return QStringLiteral("keychain"); }
    QString service() const { return m_service; }

private:
    enum class Use { Read, Write, Remove }; // the sentence says what could not be done
    SecretError errorOf(const QKeychain::Job *job, const QString &account, Use use) const;
    void prepare(QKeychain::Job *job, const QString &account) const;
    QString m_service;
};

} // namespace tw
