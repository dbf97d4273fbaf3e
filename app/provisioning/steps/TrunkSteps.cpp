#include "provisioning/steps/TrunkSteps.h"

#include "api/VapiClient.h"

namespace tw {

void TrunkSteps::execute(Context &context, PlanAction &a, Done done) const
{
    auto answered = [done](const ApiResult<VapiCredential> &r) {
        r.ok() ? done(std::nullopt, r.value().id, {}) : done(r.error(), {}, {});
    };
    if (a.kind == PlanAction::Kind::Delete) {
        context.vapi->deleteCredential(a.existingId, context.guard, answered);
    } else if (a.kind == PlanAction::Kind::Create) {
        // The numbers after it are created on this trunk.
        context.vapi->createCredential(a.trunk, context.guard,
                                       [&context, answered](const ApiResult<VapiCredential> &r) {
                                           if (r.ok())
                                               context.trunkId = r.value().id;
                                           answered(r);
                                       });
    } else {
        context.vapi->updateCredential(a.trunk, context.guard, answered);
    }
}

void TrunkSteps::commit(DomainRecord &r, const PlanAction &a, const QString &id, const QString &) const
{
    const bool removed = a.kind == PlanAction::Kind::Delete;
    r.vapiCredentialId = removed ? QString() : id;
    r.vapiCredentialName = removed ? QString() : a.trunk.name;
    if (removed)
        r.intent = {}; // nothing left to drift from
}

bool TrunkSteps::adopt(DomainRecord &r, const PlanAction &a) const
{
    const bool changed = r.vapiCredentialId != a.existingId || r.vapiCredentialName != a.trunk.name;
    r.vapiCredentialId = a.existingId;
    r.vapiCredentialName = a.trunk.name;
    return changed;
}

std::optional<ResourceSteps::Undo> TrunkSteps::undoFor(const PlanAction &a, const QString &id) const
{
    if (a.kind == PlanAction::Kind::Update && !a.trunkBefore.id.isEmpty()) {
        Undo u {a.resource, a.system, a.existingId, a.key, {}, a.trunkBefore, std::nullopt};
        return u;
    }
    return ResourceSteps::undoFor(a, id);
}

void TrunkSteps::undo(Context &context, const Undo &undo, UndoDone done) const
{
    auto answered
        = [done](const ApiResult<VapiCredential> &r) { done(r.ok() ? std::nullopt : std::optional(r.error())); };
    if (undo.trunkBefore)
        context.vapi->updateCredential(*undo.trunkBefore, context.guard, answered);
    else
        context.vapi->deleteCredential(undo.id, context.guard, answered);
}

void TrunkSteps::forget(DomainRecord &r, const Undo &undo) const
{
    if (undo.trunkBefore) { // the same trunk, as it was
        r.vapiCredentialName = undo.trunkBefore->name;
        return;
    }
    r.vapiCredentialId.clear();
    r.vapiCredentialName.clear();
}

} // namespace tw
