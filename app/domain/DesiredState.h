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
    Q_DECLARE_TR_FUNCTIONS(DesiredState)

public:
    QString domain;
    QString vapiRegion = QStringLiteral("us");
    DesiredTrunk trunk;
    DesiredCloudonix cloudonix;
    QList<DesiredNumber> numbers;
    // Partial runs (cx-vcc's commands) leave what they do not name alone:
    bool manageNumbers = true; // false: numbers not listed are not removed
    bool manageTrunk = true; // false: the recorded trunk is used as it is (addnumber)
    bool manageCloudonix = true; // false: domain settings, application and DNIDs are not touched
    bool inboundOptional = false; // true: no inbound address is a warning, not an error (service)

    bool isComplete() const { return manageNumbers && manageTrunk && manageCloudonix; }

    // Reads the JSON; shape errors (a wrong type, an unknown key with the one meant) go to
    // *errors, each naming its field's path.
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
