#pragma once

#include "provisioning/steps/ResourceSteps.h"

namespace tw {

// A number bound to the voice application as a Cloudonix DNID: bound or unbound, several at
// once (Cloudonix's pacing keeps them under its limit).
class DnidSteps : public ResourceSteps
{
public:
    int rankOf(PlanAction::Kind kind) const override { return kind == PlanAction::Kind::Delete ? 6 : 5; }
    bool keyIsUnique() const override { return true; }
    bool runsTogether() const override { return true; }
    void execute(Context &context, PlanAction &action, Done done) const override;
    void commit(DomainRecord &record, const PlanAction &action, const QString &id,
                const QString &detail) const override;
    bool adopt(DomainRecord &record, const PlanAction &action) const override;
    void undo(Context &context, const Undo &undo, UndoDone done) const override;
    void forget(DomainRecord &record, const Undo &undo) const override;
};

} // namespace tw
