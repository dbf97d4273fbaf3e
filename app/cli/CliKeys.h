#pragma once

#include "cli/CliArguments.h"

#include <QObject>
#include <QString>

#include <functional>

namespace tw {

class SecretStore;

// Where trunkwizard-cli takes an API key from: --apikey K (or "-" for standard input) wins
// over the environment variable, which wins over the keychain.
class CliKeys : public QObject
{
    Q_OBJECT

public:
    enum class Problem { Missing, Empty, KeychainUnavailable, KeychainError };
    Q_ENUM(Problem)
    using Fail = std::function<void(Problem problem, const QString &message)>;

    struct Source
    {
        QString system; // "Cloudonix" or "Vapi", for messages
        QString environment; // e.g. TRUNKWIZARD_VAPI_KEY
        QString account; // the keychain entry
        QString missingHint; // what to run when no key is anywhere
    };

    CliKeys(const CliArguments &arguments, SecretStore *secrets, Fail fail, QObject *parent = nullptr);

    // allowOption: whether this command takes --apikey. next() gets a non-empty key.
    void resolve(const Source &source, bool allowOption, std::function<void(const QString &)> next);
    void store(const QString &account, const QString &key, std::function<void()> next);
    void forget(const QString &account, std::function<void(const QString &problem)> next);

private:
    QString optionKey();

    CliArguments m_args;
    SecretStore *m_secrets;
    Fail m_fail;
};

} // namespace tw
