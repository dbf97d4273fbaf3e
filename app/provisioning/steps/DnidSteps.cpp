#include "provisioning/steps/DnidSteps.h"

#include "api/CloudonixClient.h"

namespace tw {

void DnidSteps::execute(Context &context, PlanAction &a, Done done) const
{
    if (a.kind == PlanAction::Kind::Create)
        context.cloudonix->createDnid(context.domain, a.dnid.applicationName, a.dnid, context.guard,
                                      [done](const ApiResult<CloudonixDnid> &r) {
                                          r.ok() ? done(std::nullopt, r.value().id, {}) : done(r.error(), {}, {});
                                      });
    else
        context.cloudonix->deleteDnid(context.domain, a.existingId, context.guard,
                                      [done, id = a.existingId](const ApiResult<ApiDone> &r) {
                                          r.ok() ? done(std::nullopt, id, {}) : done(r.error(), {}, {});
                                      });
}

void DnidSteps::commit(DomainRecord &r, const PlanAction &a, const QString &id, const QString &) const
{
    if (NumberRecord *n = r.findNumber(a.key))
        n->dnidId = a.kind == PlanAction::Kind::Delete ? QString() : id;
}

bool DnidSteps::adopt(DomainRecord &r, const PlanAction &a) const
{
    NumberRecord *n = r.findNumber(a.key);
    return n && std::exchange(n->dnidId, a.existingId) != a.existingId;
}

void DnidSteps::undo(Context &context, const Undo &undo, UndoDone done) const
{
    context.cloudonix->deleteDnid(context.domain, undo.id, context.guard, [done](const ApiResult<ApiDone> &r) {
        done(r.ok() ? std::nullopt : std::optional(r.error()));
    });
}

void DnidSteps::forget(DomainRecord &r, const Undo &undo) const
{
    if (NumberRecord *n = r.findNumber(undo.key))
        n->dnidId.clear();
}

} // namespace tw
