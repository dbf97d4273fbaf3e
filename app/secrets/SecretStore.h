#pragma once

#include "secrets/SecretError.h"

#include <QObject>
#include <QString>

#include <functional>

namespace tw {

// Where API keys live. Asynchronous: a keychain may take a moment or ask the user.
// Callbacks run later (never inside the call) and only while `context` is alive.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QString &secret, const SecretError &error)>;
    using DoneCallback = std::function<void(const SecretError &error)>;

    using QObject::QObject;

    virtual void read(const QString &account, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &account, const QString &secret, QObject *context, DoneCallback done) = 0;
    // Removing an entry that does not exist is not an error.
    virtual void remove(const QString &account, QObject *context, DoneCallback done) = 0;
    virtual QString backendName() const = 0;

    // One entry per account: the Cloudonix key of a domain, and the Vapi key of a region.
    static QString cloudonixAccount(const QString &domain);
    static QString vapiAccount(const QString &region = QStringLiteral("us"));
    // An account as people say it: "the Cloudonix domain acme.cloudonix.net", "Vapi (US region)".
    static QString describeAccount(const QString &account);
};

} // namespace tw
