#pragma once

#include "api/ApiError.h"
#include "api/CloudonixBorderSettings.h"
#include "config/DomainRecord.h"
#include "provisioning/PlanAction.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace tw {

class CloudonixClient;
class VapiClient;

// Everything a run does with one kind of resource, in one place: where its steps stand in a
// run, how a step is sent, what it records, what a failed run takes back and how. The planner
// orders plans by rank(); the engine runs the steps through these and knows no resource.
class ResourceSteps
{
public:
    // What a step runs with: the run's clients, its domain, and the trunk the run works on
    // (known once the trunk step has created it).
    struct Context
    {
        CloudonixClient *cloudonix = nullptr;
        VapiClient *vapi = nullptr;
        QString domain;
        QObject *guard = nullptr; // callbacks are dropped once it is gone
        QString trunkId;
    };
    // Something a failed run takes back, newest first.
    struct Undo
    {
        PlanAction::Resource resource = PlanAction::Resource::Trunk;
        ApiError::System system = ApiError::System::Vapi;
        QString id;
        QString key;
        CloudonixBorderSettings borderBefore;
        std::optional<VapiCredential> trunkBefore; // an updated trunk: written back as it was
        std::optional<CloudonixTrunk> carrierBefore; // an updated carrier trunk, likewise
    };
    // error empty: done; id and detail (an assistant id) are what the system answered.
    using Done = std::function<void(const std::optional<ApiError> &error, const QString &id, const QString &detail)>;
    using UndoDone = std::function<void(const std::optional<ApiError> &error)>;

    virtual ~ResourceSteps() = default;

    static const ResourceSteps &of(PlanAction::Resource resource);
    // A run's order, defined here only: settings, trunk, numbers, number removals, application,
    // DNIDs, DNID removals. Lower ranks run first.
    static int rank(const PlanAction &action) { return of(action.resource).rankOf(action.kind); }

    // What a pending create of this action is found by: its key, or nothing for the trunk (a
    // domain has one, whatever its name).
    static QString pendingKey(const PlanAction &action)
    {
        return action.resource == PlanAction::Resource::Trunk ? QString() : action.key;
    }

    virtual int rankOf(PlanAction::Kind kind) const = 0;
    // Steps of the same rank may run at once (bounded by the run's concurrency).
    virtual bool runsTogether() const { return false; }
    // The remote side refuses a second resource with the same key ("already exists"), so a
    // create that an interrupted run may still be sending cannot make a duplicate. Without
    // that, a run waits for such a create to show before making another.
    virtual bool keyIsUnique() const { return false; }
    virtual void execute(Context &context, PlanAction &action, Done done) const = 0;
    virtual void commit(DomainRecord &record, const PlanAction &action, const QString &id,
                        const QString &detail) const = 0;
    // Records what already exists as wanted (an Unchanged action); true if the record changed.
    virtual bool adopt(DomainRecord &record, const PlanAction &action) const = 0;
    // What a run of this tool created, though no answer told it so (a pending create found on
    // reading back), becomes this tool's like anything it made; true if the record changed.
    // Default: adopt() records it already.
    virtual bool claim(DomainRecord &record, const PlanAction &action) const { return adopt(record, action); }
    // Default: what the step created is removed again.
    virtual std::optional<Undo> undoFor(const PlanAction &action, const QString &id) const;
    virtual void undo(Context &context, const Undo &undo, UndoDone done) const = 0;
    // The record after a successful undo.
    virtual void forget(DomainRecord &record, const Undo &undo) const = 0;

protected:
    static NumberRecord &numberRecord(DomainRecord &record, const QString &number);
};

} // namespace tw
