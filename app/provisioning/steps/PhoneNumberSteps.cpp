#include "provisioning/steps/PhoneNumberSteps.h"

#include "api/VapiClient.h"
#include "provisioning/Planner.h"

namespace tw {

void PhoneNumberSteps::execute(Context &context, PlanAction &a, Done done) const
{
    auto answered = [done](const ApiResult<VapiPhoneNumber> &r) {
        r.ok() ? done(std::nullopt, r.value().id, r.value().assistantId) : done(r.error(), {}, {});
    };
    if (a.kind == PlanAction::Kind::Create) {
        if (a.number.credentialId == Planner::PendingTrunkId)
            a.number.credentialId = context.trunkId;
        context.vapi->createPhoneNumber(a.number, context.guard, answered);
    } else if (a.kind == PlanAction::Kind::Update) {
        if (a.numberPatch.credentialId == Planner::PendingTrunkId)
            a.numberPatch.credentialId = context.trunkId;
        context.vapi->updatePhoneNumber(a.existingId, a.numberPatch, context.guard, answered);
    } else {
        context.vapi->deletePhoneNumber(a.existingId, context.guard, [done](const ApiResult<VapiPhoneNumber> &r) {
            r.ok() ? done(std::nullopt, r.value().id, {}) : done(r.error(), {}, {});
        });
    }
}

void PhoneNumberSteps::commit(DomainRecord &r, const PlanAction &a, const QString &id, const QString &detail) const
{
    if (a.kind == PlanAction::Kind::Delete) {
        r.removeNumber(a.key);
        return;
    }
    NumberRecord &n = numberRecord(r, a.key);
    n.vapiId = id;
    n.assistantId = detail;
    if (a.kind == PlanAction::Kind::Create) {
        if (a.number.isSipUri())
            n.mode = QStringLiteral("sip-uri");
        n.name = a.number.name;
    }
}

bool PhoneNumberSteps::adopt(DomainRecord &r, const PlanAction &a) const
{
    const NumberRecord *known = r.findNumber(a.key);
    const QJsonObject before = known ? known->toJson() : QJsonObject();
    NumberRecord &n = numberRecord(r, a.key);
    n.vapiId = a.existingId;
    n.assistantId = a.number.assistantId;
    n.mode = a.number.isSipUri() ? QStringLiteral("sip-uri") : QStringLiteral("trunk");
    if (n.name.isEmpty())
        n.name = a.number.name;
    return n.toJson() != before;
}

void PhoneNumberSteps::undo(Context &context, const Undo &undo, UndoDone done) const
{
    context.vapi->deletePhoneNumber(undo.id, context.guard, [done](const ApiResult<VapiPhoneNumber> &r) {
        done(r.ok() ? std::nullopt : std::optional(r.error()));
    });
}

void PhoneNumberSteps::forget(DomainRecord &r, const Undo &undo) const
{
    r.removeNumber(undo.key);
}

} // namespace tw
