#include "provisioning/steps/CarrierTrunkSteps.h"

#include "api/CloudonixClient.h"

namespace tw {

void CarrierTrunkSteps::execute(Context &context, PlanAction &a, Done done) const
{
    auto answered = [done](const ApiResult<CloudonixTrunk> &r) {
        r.ok() ? done(std::nullopt, r.value().id, {}) : done(r.error(), {}, {});
    };
    if (a.kind == PlanAction::Kind::Delete)
        context.cloudonix->deleteTrunk(context.domain, a.existingId, context.guard,
                                       [done, id = a.existingId](const ApiResult<ApiDone> &r) {
                                           r.ok() ? done(std::nullopt, id, {}) : done(r.error(), {}, {});
                                       });
    else if (a.kind == PlanAction::Kind::Create)
        context.cloudonix->createTrunk(context.domain, a.carrier, context.guard, answered);
    else
        context.cloudonix->updateTrunk(context.domain, a.carrier, context.guard, answered);
}

void CarrierTrunkSteps::commit(DomainRecord &r, const PlanAction &a, const QString &id, const QString &) const
{
    if (a.kind == PlanAction::Kind::Delete)
        r.carrierTrunks.remove(a.key);
    else if (a.kind == PlanAction::Kind::Create)
        r.carrierTrunks.insert(a.key, id);
    // An update leaves ownership as it was: a trunk made by hand stays the admin's.
}

bool CarrierTrunkSteps::adopt(DomainRecord &, const PlanAction &) const
{
    return false; // a trunk that is already right was made elsewhere, or is recorded already
}

bool CarrierTrunkSteps::claim(DomainRecord &r, const PlanAction &a) const
{
    const bool changed = r.carrierTrunks.value(a.key) != a.existingId;
    r.carrierTrunks.insert(a.key, a.existingId);
    return changed;
}

std::optional<ResourceSteps::Undo> CarrierTrunkSteps::undoFor(const PlanAction &a, const QString &id) const
{
    if (a.kind == PlanAction::Kind::Update)
        return Undo {a.resource, a.system, a.existingId, a.key, {}, std::nullopt, a.carrierBefore};
    return ResourceSteps::undoFor(a, id);
}

void CarrierTrunkSteps::undo(Context &context, const Undo &undo, UndoDone done) const
{
    if (undo.carrierBefore) {
        context.cloudonix->updateTrunk(
            context.domain, *undo.carrierBefore, context.guard,
            [done](const ApiResult<CloudonixTrunk> &r) { done(r.ok() ? std::nullopt : std::optional(r.error())); });
        return;
    }
    context.cloudonix->deleteTrunk(context.domain, undo.id, context.guard, [done](const ApiResult<ApiDone> &r) {
        done(r.ok() ? std::nullopt : std::optional(r.error()));
    });
}

void CarrierTrunkSteps::forget(DomainRecord &r, const Undo &undo) const
{
    if (!undo.carrierBefore)
        r.carrierTrunks.remove(undo.key);
}

} // namespace tw
