#pragma once

#include "api/CloudonixTrunk.h"
#include "domain/FieldError.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tw {

// An outbound trunk on the Cloudonix domain towards a carrier (the guide's last step, e.g.
// Telnyx): where Vapi's outbound calls go once they reach Cloudonix. Found by its name.
struct DesiredCarrierTrunk
{
    QString name;
    QString host; // host name or IPv4 address
    int port = 5060;
    QString transport = QStringLiteral("udp"); // udp | tcp | tls
    QString prefix;
    std::optional<int> metric;

    // "cloudonix.carrierTrunks[i].*"
    static DesiredCarrierTrunk fromJson(const QJsonObject &o, const QString &field, QList<FieldError> *errors);
    QJsonObject toJson() const;
    QList<FieldError> validate(const QString &field) const;
    CloudonixTrunk toTrunk() const; // direction outbound
};

} // namespace tw
