#pragma once

#include "provisioning/steps/ResourceSteps.h"

namespace tw {

// A Vapi phone number on the trunk (or a SIP URI number): created, updated or removed. Number
// writes of a run go out together, bounded by the run's concurrency.
class PhoneNumberSteps : public ResourceSteps
{
public:
    int rankOf(PlanAction::Kind kind) const override { return kind == PlanAction::Kind::Delete ? 3 : 2; }
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
