#pragma once

#include "domain/DesiredCloudonix.h"
#include "domain/DesiredNumber.h"
#include "domain/DesiredTrunk.h"
#include "domain/FieldError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace tw {

// Everything the admin wants for one Cloudonix domain and its Vapi trunk: the input of the
// planner. Loaded from JSON (README: "Desired state"), or built by the wizard and the CLI.
class DesiredState
{
    Q_DECLARE_TR_FUNCTIONS(tw::DesiredState)

public:
    QString domain;
    QString vapiRegion = QStringLiteral("us");
    DesiredTrunk trunk;
    DesiredCloudonix cloudonix;
    QList<DesiredNumber> numbers;
    // addnumber before any trunk exists: the trunk is not planned, and the plan says to create
    // it first (a run flag, never stored).
    bool manageTrunk = true;
    bool inboundOptional = false; // true: no inbound address is a warning, not an error (service)

    bool isComplete() const { return manageTrunk; }

    static DesiredState fromJson(const QJsonObject &o, QList<FieldError> *errors);
    QJsonObject toJson() const;

    // Checks the values before anything is sent: E.164 numbers (normalised in place), names
    // within Vapi's 40 characters, gateway addresses, URLs. One error per problem and field.
    QList<FieldError> validate(const QString &defaultNumberRegion = {});
    // "Cloudonix <domain>" (cx-vcc's and the guide's name), shortened to Vapi's limit.
    QString defaultTrunkName() const;
    // "[<domain>] <number>", shortened to Vapi's limit.
    QString defaultNumberName(const QString &e164) const;
};

} // namespace tw
