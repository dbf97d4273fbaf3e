#pragma once

#include "config/DomainRecord.h"
#include "domain/DesiredState.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace tw {

// Builds the intent of cx-vcc's partial commands from what a domain already holds, so that
// `service` and `addnumber` make the same kind of desired state a file or the wizard makes.
class DesiredStateBuilder
{
public:
    // `service --name N [--inbound-ip IP]...`: the stored intent with this trunk; without a
    // stored intent, the trunk alone (recorded trunk numbers kept, nothing else managed).
    static DesiredState withTrunk(const DomainRecord &record, const QString &vapiRegion, const QString &name,
                                  const std::optional<QStringList> &inboundGateways);
    // `addnumber`: the stored intent plus these numbers (one already listed is replaced);
    // without a stored intent, only these numbers on the recorded trunk.
    static DesiredState withNumbers(const DomainRecord &record, const QString &vapiRegion,
                                    const QList<DesiredNumber> &numbers, const QString &numberRegion);
    // A numbers CSV: number[,assistant[,mode]] per line; a header line and # comments are
    // skipped; empty cells take the defaults.
    static QList<DesiredNumber> numbersFromCsv(const QByteArray &text, const QString &defaultAssistant,
                                               DesiredNumber::Mode defaultMode);
};

} // namespace tw
