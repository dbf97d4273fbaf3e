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

void TrunkSteps::undo(Context &context, const Undo &undo, UndoDone done) const
{
    context.vapi->deleteCredential(undo.id, context.guard, [done](const ApiResult<VapiCredential> &r) {
        done(r.ok() ? std::nullopt : std::optional(r.error()));
    });
}

void TrunkSteps::forget(DomainRecord &r, const Undo &) const
{
    r.vapiCredentialId.clear();
    r.vapiCredentialName.clear();
}

} // namespace tw
