#pragma once

#include "provisioning/steps/ResourceSteps.h"

namespace tw {

// The Cloudonix voice application whose CXML dials Vapi: created, updated or removed.
class ApplicationSteps : public ResourceSteps
{
public:
    int rankOf(PlanAction::Kind) const override { return 4; }
    bool keyIsUnique() const override { return true; } // the name is in its URL
    void execute(Context &context, PlanAction &action, Done done) const override;
    void commit(DomainRecord &record, const PlanAction &action, const QString &id,
                const QString &detail) const override;
    bool adopt(DomainRecord &record, const PlanAction &action) const override;
    void undo(Context &context, const Undo &undo, UndoDone done) const override;
    void forget(DomainRecord &record, const Undo &undo) const override;
};

} // namespace tw
