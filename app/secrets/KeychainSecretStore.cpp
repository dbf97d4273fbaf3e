#include "secrets/KeychainSecretStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace tw {

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

void KeychainSecretStore::prepare(QKeychain::Job *job, const QString &account) const
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file instead of the keychain
    job->setKey(account);
}

SecretError KeychainSecretStore::errorOf(const QKeychain::Job *job, const QString &account, Use use) const
{
    const QString details = QStringLiteral("QtKeychain error %1: %2 (service %3, account %4)")
                                .arg(int(job->error()))
                                .arg(job->errorString(), m_service, account);
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SecretError(SecretError::Kind::NotFound,
                           tr("No API key of %1 is in the keychain.").arg(SecretStore::describeAccount(account)),
                           details);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError(SecretError::Kind::AccessDenied,
                           tr("The keychain refused access (it may be locked); unlock it and try again."), details);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux, OtherError is what libsecret reports when no Secret Service answers on
        // the session bus (no D-Bus session, no gnome-keyring or KWallet, libsecret missing).
        return SecretError(
            SecretError::Kind::Unavailable,
            use == Use::Write ? tr("No keychain is available on this computer, so the API key cannot be stored safely; "
                                   "start the desktop keyring (GNOME Keyring or KWallet) and try again. The key was "
                                   "not saved anywhere else.")
                : use == Use::Read
                ? tr("No keychain is available on this computer, so the stored API key of %1 cannot be read; start "
                     "the desktop keyring (GNOME Keyring or KWallet) and try again.")
                      .arg(SecretStore::describeAccount(account))
                : tr("No keychain is available on this computer, so the API key of %1 cannot be removed; start the "
                     "desktop keyring (GNOME Keyring or KWallet) and try again.")
                      .arg(SecretStore::describeAccount(account)),
            details);
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return SecretError(SecretError::Kind::Other, tr("The keychain reported an error; see the details."), details);
}

void KeychainSecretStore::read(const QString &account, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    prepare(job, account);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, account, guard, done](QKeychain::Job *) {
        if (!guard)
            return;
        const SecretError error = errorOf(job, account, Use::Read);
        done(error.isError() ? QString() : job->textData(), error);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &account, const QString &secret, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    prepare(job, account);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, account, guard, done](QKeychain::Job *) {
        if (guard)
            done(errorOf(job, account, Use::Write));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &account, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    prepare(job, account);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, account, guard, done](QKeychain::Job *) {
        if (!guard)
            return;
        SecretError error = errorOf(job, account, Use::Remove);
        if (error.kind() == SecretError::Kind::NotFound)
            error = {};
        done(error);
    });
    job->start();
}

} // namespace tw
