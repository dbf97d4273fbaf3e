#include "wizard/WizardSession.h"

#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "provisioning/TrunkFinder.h"

namespace tw {

WizardSession::WizardSession(CoreContext *core, QObject *parent)
    : QObject(parent)
    , m_core(core)
{ }

void WizardSession::startFor(const QString &domain)
{
    const QString name = domain.trimmed().toLower();
    if (name == desired.domain && !desired.domain.isEmpty())
        return;
    const AppConfig config = m_core->store()->load().config;
    const DomainRecord *record = config.findDomain(name);
    if (record && !record->intent.isEmpty()) {
        QList<FieldError> ignored; // validated when it was applied
        desired = DesiredState::fromJson(record->intent, &ignored);
    } else {
        desired = DesiredState();
        desired.domain = name;
    }
    planned.reset();
    applied.reset();
    emit desiredChanged();
}

QString WizardSession::inboundSipHost() const
{
    return cloudonix ? cloudonix->domain.inboundSipHost() : QString();
}

QList<VapiCredential> WizardSession::existingTrunks() const
{
    if (!vapi || !cloudonix)
        return {};
    DomainRecord record;
    const AppConfig config = m_core->store()->load().config;
    if (const DomainRecord *stored = config.findDomain(desired.domain))
        record = *stored;
    const TrunkFinder::Result found = TrunkFinder::find(
        TrunkFinder::queryFor(record, &cloudonix->domain, {},
                              desired.trunk.name.isEmpty() ? desired.defaultTrunkName() : desired.trunk.name),
        vapi->trunks);
    QList<VapiCredential> out;
    if (found.trunk)
        out << *found.trunk;
    for (const VapiCredential *t : found.candidates)
        out << *t;
    return out;
}

} // namespace tw
