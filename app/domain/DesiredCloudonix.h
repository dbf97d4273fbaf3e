#pragma once

#include "domain/DesiredCarrierTrunk.h"
#include "domain/FieldError.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tw {

// What the admin wants on the Cloudonix side: the two domain settings, and optionally a
// voice application (whose URL serves the <Dial><Service provider="vapi"> CXML) with every
// number bound to it as a DNID; and the outbound trunks to carriers that Vapi's outbound calls
// leave through.
struct DesiredCloudonix
{
    bool allowBorderToBorder = true; // "Allow border-to-border calls"
    bool redirectUnknownToBorder = true; // "Redirect unknown destination to border"
    QString cxmlUrl; // empty = no application or DNIDs
    QString applicationName = QStringLiteral("vapi-inbound");
    QString cxmlMethod = QStringLiteral("POST");
    QList<DesiredCarrierTrunk> carrierTrunks; // outbound trunks to carriers, by name

    static DesiredCloudonix fromJson(const QJsonObject &o, QList<FieldError> *errors); // "cloudonix.*"
    QJsonObject toJson() const;
};

} // namespace tw
