#include "provisioning/PlanAction.h"

namespace tw {

QString PlanAction::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return QStringLiteral("create");
    case Kind::Update:
        return QStringLiteral("update");
    case Kind::Unchanged:
        return QStringLiteral("unchanged");
    case Kind::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString PlanAction::resourceName(Resource resource)
{
    switch (resource) {
    case Resource::BorderFlags:
        return QStringLiteral("domain-settings");
    case Resource::Trunk:
        return QStringLiteral("trunk");
    case Resource::PhoneNumber:
        return QStringLiteral("phone-number");
    case Resource::Application:
        return QStringLiteral("application");
    case Resource::Dnid:
        return QStringLiteral("dnid");
    case Resource::CarrierTrunk:
        return QStringLiteral("carrier-trunk");
    }
    return {};
}

QJsonObject PlanAction::toJson() const
{
    QJsonObject o {{QStringLiteral("system"), ApiError::systemName(system).toLower()},
                   {QStringLiteral("action"), kindName(kind)},
                   {QStringLiteral("resource"), resourceName(resource)},
                   {QStringLiteral("key"), key},
                   {QStringLiteral("summary"), summary}};
    if (!existingId.isEmpty())
        o.insert(QStringLiteral("id"), existingId);
    if (!before.isEmpty())
        o.insert(QStringLiteral("before"), before);
    if (!after.isEmpty())
        o.insert(QStringLiteral("after"), after);
    return o;
}

} // namespace tw
