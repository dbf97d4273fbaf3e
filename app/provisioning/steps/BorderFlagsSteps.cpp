#include "provisioning/steps/BorderFlagsSteps.h"

#include "api/CloudonixClient.h"

namespace tw {

void BorderFlagsSteps::execute(Context &context, PlanAction &action, Done done) const
{
    context.cloudonix->updateBorderSettings(
        context.domain, action.border, context.guard, [&action, done](const ApiResult<CloudonixProfileChange> &r) {
            if (!r.ok())
                return done(r.error(), {}, {});
            action.borderBefore = r.value().before; // what was really there, read just now
            done(std::nullopt, {}, {});
        });
}

void BorderFlagsSteps::commit(DomainRecord &r, const PlanAction &a, const QString &, const QString &) const
{
    if (a.teardown) { // back to what it was: a later apply records afresh
        r.borderBeforeRecorded = false;
        r.allowedBorderBefore.reset();
        r.redirectUnknownBefore.reset();
    } else if (!r.borderBeforeRecorded) {
        r.borderBeforeRecorded = true;
        r.allowedBorderBefore = a.borderBefore.allowedBorder;
        r.redirectUnknownBefore = a.borderBefore.redirectUnknownToBorder;
    }
}

std::optional<ResourceSteps::Undo> BorderFlagsSteps::undoFor(const PlanAction &a, const QString &) const
{
    if (a.teardown)
        return std::nullopt;
    return Undo {a.resource, a.system, QString(), a.key, a.borderBefore, std::nullopt, std::nullopt};
}

void BorderFlagsSteps::undo(Context &context, const Undo &undo, UndoDone done) const
{
    // Put back exactly what was there; a key that was absent is set to its effective default.
    CloudonixBorderSettings restore = undo.borderBefore;
    if (!restore.allowedBorder)
        restore.allowedBorder = false;
    if (!restore.redirectUnknownToBorder)
        restore.redirectUnknownToBorder = true;
    context.cloudonix->updateBorderSettings(
        context.domain, restore, context.guard,
        [done](const ApiResult<CloudonixProfileChange> &r) { done(r.ok() ? std::nullopt : std::optional(r.error())); });
}

} // namespace tw
