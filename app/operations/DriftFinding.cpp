#include "operations/DriftFinding.h"

namespace tw {

bool DriftFinding::canAccept() const
{
    return resource != PlanAction::Resource::Application && resource != PlanAction::Resource::Dnid;
}

bool DriftFinding::concernsNumber(const QString &e164) const
{
    return (resource == PlanAction::Resource::PhoneNumber || resource == PlanAction::Resource::Dnid) && key == e164;
}

QStringList DriftFinding::texts(const QList<DriftFinding> &findings)
{
    QStringList out;
    for (const DriftFinding &f : findings)
        out << f.text;
    return out;
}

} // namespace tw
