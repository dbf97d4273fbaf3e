#pragma once

#include "provisioning/steps/ResourceSteps.h"

namespace tw {

// A Cloudonix outbound trunk to a carrier: created or updated right after the domain settings,
// removed last. Only those Trunk Wizard created are recorded, so only they are ever torn down.
class CarrierTrunkSteps : public ResourceSteps
{
public:
    int rankOf(PlanAction::Kind kind) const override { return kind == PlanAction::Kind::Delete ? 7 : 0; }
    void execute(Context &context, PlanAction &action, Done done) const override;
    void commit(DomainRecord &record, const PlanAction &action, const QString &id,
                const QString &detail) const override;
    bool adopt(DomainRecord &record, const PlanAction &action) const override;
    bool claim(DomainRecord &record, const PlanAction &action) const override;
    // A created trunk is removed; an updated one gets its settings back.
    std::optional<Undo> undoFor(const PlanAction &action, const QString &id) const override;
    void undo(Context &context, const Undo &undo, UndoDone done) const override;
    void forget(DomainRecord &record, const Undo &undo) const override;
};

} // namespace tw
