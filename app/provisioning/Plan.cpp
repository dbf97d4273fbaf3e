#include "provisioning/Plan.h"

#include <QJsonArray>

namespace tw {

int Plan::writeCount() const
{
    int n = 0;
    for (const PlanAction &a : actions)
        n += a.isWrite() ? 1 : 0;
    return n;
}

Plan Plan::onlyFor(PlanAction::Resource resource, const QString &key) const
{
    using Resource = PlanAction::Resource;
    Plan kept = *this;
    kept.actions.clear();
    const bool needsTrunk = resource == Resource::PhoneNumber;
    const bool needsApplication = resource == Resource::Dnid;
    for (const PlanAction &a : actions) {
        const bool prerequisite = a.kind == PlanAction::Kind::Create
            && ((needsTrunk && a.resource == Resource::Trunk)
                || (needsApplication && a.resource == Resource::Application));
        if (!a.isWrite() || a.concerns(resource, key) || prerequisite)
            kept.actions << a;
    }
    return kept;
}

QJsonObject Plan::toJson() const
{
    QJsonArray list;
    for (const PlanAction &a : actions)
        list.append(a.toJson());
    return QJsonObject {{QStringLiteral("domain"), domain},
                        {QStringLiteral("inboundSipHost"), inboundSipHost},
                        {QStringLiteral("actions"), list},
                        {QStringLiteral("writes"), writeCount()},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                        {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                        {QStringLiteral("cxml"), QJsonArray::fromStringList(cxml)}};
}

QString Plan::toText() const
{
    QStringList lines;
    lines << tr("Plan for %1 (inbound SIP host %2):")
                 .arg(domain, inboundSipHost.isEmpty() ? tr("unknown") : inboundSipHost);
    for (ApiError::System system : {ApiError::System::Cloudonix, ApiError::System::Vapi}) {
        lines << QStringLiteral("  %1:").arg(ApiError::systemName(system));
        bool any = false;
        for (const PlanAction &a : actions) {
            if (a.system != system)
                continue;
            any = true;
            const char *mark = a.kind == PlanAction::Kind::Create ? "+"
                : a.kind == PlanAction::Kind::Update              ? "~"
                : a.kind == PlanAction::Kind::Delete              ? "-"
                                                                  : "=";
            lines << QStringLiteral("    %1 %2").arg(QLatin1String(mark), a.summary);
            if (a.kind == PlanAction::Kind::Update && !a.before.isEmpty())
                lines << QStringLiteral("        before: %1").arg(a.before)
                      << QStringLiteral("        after:  %1").arg(a.after);
        }
        if (!any)
            lines << QStringLiteral("    (nothing)");
    }
    for (const QString &n : notes)
        lines << QStringLiteral("Note: %1").arg(n);
    for (const QString &w : warnings)
        lines << tr("Warning: %1").arg(w);
    for (const QString &e : errors)
        lines << tr("Error: %1").arg(e);
    lines << (writeCount() == 0 ? tr("Nothing to change.") : tr("%n change(s) to make.", nullptr, writeCount()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace tw
