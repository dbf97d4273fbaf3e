#include "provisioning/steps/ResourceSteps.h"

#include "provisioning/steps/ApplicationSteps.h"
#include "provisioning/steps/BorderFlagsSteps.h"
#include "provisioning/steps/CarrierTrunkSteps.h"
#include "provisioning/steps/DnidSteps.h"
#include "provisioning/steps/PhoneNumberSteps.h"
#include "provisioning/steps/TrunkSteps.h"

namespace tw {

const ResourceSteps &ResourceSteps::of(PlanAction::Resource resource)
{
    static const BorderFlagsSteps border;
    static const TrunkSteps trunk;
    static const PhoneNumberSteps number;
    static const ApplicationSteps application;
    static const DnidSteps dnid;
    static const CarrierTrunkSteps carrier;
    switch (resource) {
    case PlanAction::Resource::BorderFlags:
        return border;
    case PlanAction::Resource::Trunk:
        return trunk;
    case PlanAction::Resource::PhoneNumber:
        return number;
    case PlanAction::Resource::Application:
        return application;
    case PlanAction::Resource::CarrierTrunk:
        return carrier;
    case PlanAction::Resource::Dnid:
        break;
    }
    return dnid;
}

std::optional<ResourceSteps::Undo> ResourceSteps::undoFor(const PlanAction &action, const QString &id) const
{
    if (action.kind != PlanAction::Kind::Create)
        return std::nullopt;
    return Undo {action.resource, action.system, id, action.key, {}, std::nullopt, std::nullopt};
}

NumberRecord &ResourceSteps::numberRecord(DomainRecord &record, const QString &number)
{
    if (NumberRecord *n = record.findNumber(number))
        return *n;
    record.numbers << NumberRecord {};
    record.numbers.last().number = number;
    return record.numbers.last();
}

} // namespace tw
