#pragma once

#include "provisioning/steps/ResourceSteps.h"

namespace tw {

// The domain settings "allow border-to-border calls" and "redirect unknown destination to
// border": set first, remembered as they were, put back by a failed run or a teardown.
class BorderFlagsSteps : public ResourceSteps
{
public:
    int rankOf(PlanAction::Kind) const override { return 0; }
    void execute(Context &context, PlanAction &action, Done done) const override;
    void commit(DomainRecord &record, const PlanAction &action, const QString &id,
                const QString &detail) const override;
    bool adopt(DomainRecord &, const PlanAction &) const override { return false; }
    std::optional<Undo> undoFor(const PlanAction &action, const QString &id) const override;
    void undo(Context &context, const Undo &undo, UndoDone done) const override;
    void forget(DomainRecord &, const Undo &) const override { }
};

} // namespace tw
