#pragma once

#include "config/ConfigStore.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

namespace tw {

class SecretStore;

// trunkwizard-cli's commands. Each runs asynchronously and ends with finished(exitCode).
// Exit codes: 0 success, 1 failure, 2 invalid input or usage, 5 secret storage unavailable.
class CliCommands : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2, AuthFailed = 3, NetworkFailed = 4, SecretsUnavailable = 5 };

    CliCommands(ConfigStore *config, SecretStore *secrets, QObject *parent = nullptr);

    // Parses the arguments (without the program name) and starts the command.
    void run(const QStringList &arguments);
    static QString usage();

signals:
    void finished(int exitCode);

private:
    void importCxVcc(const QString &path, bool json);
    void display(const QString &domain, bool json);
    void fail(int code, const QString &message, bool json);
    void done(int code);

    ConfigStore *m_config;
    SecretStore *m_secrets;
};

} // namespace tw
