#include "provisioning/steps/ApplicationSteps.h"

#include "api/CloudonixClient.h"

namespace tw {

void ApplicationSteps::execute(Context &context, PlanAction &a, Done done) const
{
    auto answered = [done](const ApiResult<CloudonixApplication> &r) {
        r.ok() ? done(std::nullopt, r.value().id, {}) : done(r.error(), {}, {});
    };
    if (a.kind == PlanAction::Kind::Delete)
        context.cloudonix->deleteApplication(context.domain, a.key, context.guard,
                                             [done, id = a.existingId](const ApiResult<ApiDone> &r) {
                                                 r.ok() ? done(std::nullopt, id, {}) : done(r.error(), {}, {});
                                             });
    else if (a.kind == PlanAction::Kind::Create)
        context.cloudonix->createApplication(context.domain, a.application, context.guard, answered);
    else
        context.cloudonix->updateApplication(context.domain, a.application, context.guard, answered);
}

void ApplicationSteps::commit(DomainRecord &r, const PlanAction &a, const QString &, const QString &) const
{
    r.applicationName = a.kind == PlanAction::Kind::Delete ? QString() : a.application.name;
}

bool ApplicationSteps::adopt(DomainRecord &r, const PlanAction &a) const
{
    return std::exchange(r.applicationName, a.key) != a.key;
}

void ApplicationSteps::undo(Context &context, const Undo &undo, UndoDone done) const
{
    context.cloudonix->deleteApplication(context.domain, undo.key, context.guard, [done](const ApiResult<ApiDone> &r) {
        done(r.ok() ? std::nullopt : std::optional(r.error()));
    });
}

void ApplicationSteps::forget(DomainRecord &r, const Undo &) const
{
    r.applicationName.clear();
}

} // namespace tw
