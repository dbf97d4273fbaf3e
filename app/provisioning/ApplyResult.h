#pragma once

#include "api/ApiError.h"
#include "config/AppConfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace tw {

// How an apply (or a teardown) ended: what was written, what failed and why, whether what
// the run had created was removed again, and the config as saved at the end.
struct ApplyResult
{
    Q_DECLARE_TR_FUNCTIONS(tw::ApplyResult)

public:
    bool ok = false;
    bool cancelled = false;
    int writes = 0; // write requests that succeeded (rollback excluded)
    std::optional<ApiError> error;
    // A local failure that stopped the run: what was done could not be recorded, the domain is
    // busy with another run, or it changed since the plan. One sentence for the admin.
    QString localError;
    QString failedStep; // the summary of the step that failed
    bool rolledBack = false; // what this run created was removed again
    QStringList rollbackProblems; // leftovers the rollback could not remove, one sentence each
    // Creates answered "already exists", or left without an answer: what is there must be read
    // back and adopted before the run goes on (ProvisioningEngine::Options::settleExisting).
    bool needsSettling = false;
    QStringList settling; // their summaries
    AppConfig config;

    // One plain sentence: success, or which system refused what and why.
    QString message() const;
    QJsonObject toJson() const;
};

} // namespace tw
