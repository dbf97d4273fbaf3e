#pragma once

#include "config/DomainRecord.h"
#include "domain/DesiredState.h"
#include "provisioning/LiveState.h"
#include "provisioning/PlanAction.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace tw {

// Builds the intent of cx-vcc's partial commands, so that `service` and `addnumber` make the same
// kind of complete desired state a file or the wizard makes, and it becomes the domain's one
// intent. What a command does not say comes from the stored intent, else from what is there now
// (the domain's trunk wherever it was made, its numbers, the domain settings): nothing the admin
// did not ask for changes.
class DesiredStateBuilder
{
public:
    // What the domain wants now: its stored intent, else what Cloudonix and Vapi show.
    static DesiredState current(const DomainRecord &record, const LiveState &live, const QString &vapiRegion,
                                const QString &chosenTrunkId = {});
    // What is there now as the wanted state, whatever was stored: the domain's trunk as it is,
    // the numbers on it and recorded, the domain settings and the carrier trunks this tool made
    // ("accept" a drift: planning it changes nothing).
    static DesiredState fromLive(const DomainRecord &record, const LiveState &live, const QString &vapiRegion,
                                 const QString &chosenTrunkId = {});
    // The current intent with one resource as it is now (one drift finding accepted, the others
    // still wanted as they were): the domain settings, the trunk, a number (gone: no longer
    // wanted) or a carrier trunk.
    static DesiredState accepting(const DomainRecord &record, const LiveState &live, const QString &vapiRegion,
                                  PlanAction::Resource resource, const QString &key);
    // `service [--name N] [--inbound-ip IP]...`: the current intent with this trunk (the name
    // and inbound gateways when given), and the domain settings the guide asks for.
    static DesiredState withTrunk(const DomainRecord &record, const LiveState &live, const QString &vapiRegion,
                                  const QString &name, const std::optional<QStringList> &inboundGateways,
                                  const QString &chosenTrunkId = {});
    // `addnumber`: the current intent plus these numbers (one already listed is replaced). With
    // no trunk anywhere, the plan says to create it first.
    static DesiredState withNumbers(const DomainRecord &record, const LiveState &live, const QString &vapiRegion,
                                    const QList<DesiredNumber> &numbers, const QString &numberRegion,
                                    const QString &chosenTrunkId = {});
    // A numbers CSV: number[,assistant[,mode]] per line; a header line and # comments are
    // skipped; empty cells take the defaults.
    static QList<DesiredNumber> numbersFromCsv(const QByteArray &text, const QString &defaultAssistant,
                                               DesiredNumber::Mode defaultMode);
};

} // namespace tw
