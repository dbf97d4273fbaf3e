#pragma once

#include "cli/CliArguments.h"
#include "config/AppSettings.h"
#include "operations/AccountKeys.h"
#include "provisioning/ApplyResult.h"
#include "provisioning/PlanOutcome.h"

#include <QObject>

#include <functional>
#include <optional>
#include <type_traits>

namespace tw {

class CliKeys;
class CliOutput;
class CoreContext;
class PlanOperation;

// What every family of trunkwizard-cli commands shares: the arguments, the core, the output,
// where the keys come from, confirmation, and the run of a plan (show, confirm, apply). The
// families only parse, call the core's operations and print.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    CliCommand(const CliArguments &arguments, CoreContext *core, CliOutput *output, QObject *parent = nullptr);

    static QString regionOf(const CliArguments &arguments, const AppSettings &settings); // --region, else the setting

protected:
    QString region() const; // --region, else the setting
    QString domainOption() const; // --domain, trimmed, lower case
    QString numberRegion() const; // --number-region, else the setting
    bool isConfigured(const QString &domain) const;
    // The domain's record; when it is not configured, the command fails and nullopt comes back.
    std::optional<DomainRecord> configuredRecord(const QString &domain);
    // With --json: {"domains": [the domain as stored after the run], "result": ...}.
    void printDomainResult(const ApplyResult &result, const QString &domain);

    // Keys: --apikey (or "-" for stdin) wins over the environment, which wins over the keychain.
    // The key lands in m_keys before next() runs.
    void withCloudonixKey(const QString &domain, bool fromOption, std::function<void(const QString &)> next);
    void withVapiKey(bool fromOption, std::function<void(const QString &)> next);
    void withBothKeys(const QString &domain, std::function<void()> next);

    // Starts an operation owned by this command; next() gets its result, then it goes.
    template<typename Op, typename Result>
    void run(Op *op, void (Op::*finished)(const Result &),
             std::type_identity_t<std::function<void(const Result &)>> next)
    {
        connect(op, finished, this, [op, next](const Result &result) {
            op->deleteLater();
            next(result);
        });
        op->start();
    }
    void plan(PlanOperation *op, std::function<void(const PlanOutcome &)> next);
    // Shows the plan's warnings, asks (when `ask` and there are writes), applies, reports the
    // steps on stderr; after() runs on success, a failure ends the command.
    void runPlanned(const PlanOutcome &planned, bool ask, std::function<void(const ApplyResult &)> after);
    bool confirm(const QString &question);

    CliArguments m_args;
    CoreContext *m_core;
    CliOutput *m_out;
    CliKeys *m_keyring;
    AccountKeys m_keys;
};

} // namespace tw
