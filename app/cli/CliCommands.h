#pragma once

#include "api/ApiError.h"
#include "cli/CliArguments.h"
#include "config/ConfigStore.h"
#include "provisioning/PlanOutcome.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace tw {

class CliKeys;
class CloudonixClient;
class CoreContext;
class Provisioner;
class SecretStore;
class VapiClient;
struct ApplyResult;

// trunkwizard-cli's commands, over the same core as the app. Each command runs
// asynchronously and ends with finished(exitCode). Exit codes: 0 success; 1 a remote system
// refused or another failure; 2 invalid input or usage; 3 authentication failed; 4 network
// unreachable, timed out or TLS failure; 5 secret storage unavailable.
class CliCommands : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2, AuthFailed = 3, NetworkFailed = 4, SecretsUnavailable = 5 };

    CliCommands(const CliArguments &arguments, CoreContext *core, QObject *parent = nullptr);
    ~CliCommands() override;

    void start();
    static QString usage();
    static int exitCodeFor(const ApiError &error);

signals:
    void finished(int exitCode);

private:
    // Commands
    void configure();
    void service();
    void addNumber();
    void display();
    void sync();
    void deleteDomain();
    void planFile(bool apply);
    void status();
    void testCall();
    void teardown();
    void importCxVcc();

    // Keys: --apikey (or "-" for stdin) wins over the environment, which wins over the keychain.
    void withCloudonixKey(const QString &domain, bool fromOption, std::function<void(const QString &)> next);
    void withVapiKey(bool fromOption, std::function<void(const QString &)> next);

    // The common run of apply, teardown and partial commands: plan, show, confirm, apply.
    void runPlanned(const PlanOutcome &planned, bool confirm, std::function<void(const ApplyResult &)> after);
    bool confirm(const QString &question);
    void showRemote(const QStringList &domains);

    void fail(int code, const QString &message, const QString &system = QStringLiteral("trunkwizard"),
              const QString &kind = QStringLiteral("usage"));
    void failApi(const ApiError &error);
    void keyFailed(int problem, const QString &message); // a CliKeys::Problem
    void failPlan(const PlanOutcome &outcome);
    void print(const QString &text);
    void note(const QString &text); // stderr, also in --json mode
    void printJson(const QJsonObject &document);
    void done(int code);

    ConfigStore::LoadResult loadConfig();
    QString region();

    CliArguments m_args;
    bool m_json = false;
    CoreContext *m_core;
    ConfigStore *m_store;
    // This process works for one account: its clients are made once the region is known.
    CloudonixClient *m_cloudonix = nullptr;
    VapiClient *m_vapi = nullptr;
    Provisioner *m_provisioner = nullptr;
    CliKeys *m_keys = nullptr;
    bool m_finished = false;
    QString m_numberRegion; // for national numbers: --number-region, else the setting
};

} // namespace tw
