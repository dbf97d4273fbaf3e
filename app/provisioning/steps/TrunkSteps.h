#pragma once

#include "provisioning/steps/ResourceSteps.h"

namespace tw {

// The Vapi byo-sip-trunk credential: created, updated (the whole gateway list) or removed.
class TrunkSteps : public ResourceSteps
{
public:
    int rankOf(PlanAction::Kind) const override { return 1; }
    void execute(Context &context, PlanAction &action, Done done) const override;
    void commit(DomainRecord &record, const PlanAction &action, const QString &id,
                const QString &detail) const override;
    bool adopt(DomainRecord &record, const PlanAction &action) const override;
    // A created trunk is removed; an updated one gets its name, gateways and flags back.
    std::optional<Undo> undoFor(const PlanAction &action, const QString &id) const override;
    void undo(Context &context, const Undo &undo, UndoDone done) const override;
    void forget(DomainRecord &record, const Undo &undo) const override;
};

} // namespace tw
