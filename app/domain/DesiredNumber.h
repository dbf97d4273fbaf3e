#pragma once

#include "domain/FieldError.h"

#include <QJsonObject>
#include <QString>

namespace tw {

// A number the admin wants on Vapi, routed to an assistant.
struct DesiredNumber
{
    enum class Mode {
        Trunk, // a byo-phone-number on the trunk credential
        SipUri, // a "vapi" number with sip:<number>@sip.vapi.ai
    };

    QString number; // as written; normalised to E.164 when validated
    QString assistant; // an assistant id or name; empty = none
    Mode mode = Mode::Trunk;
    QString name; // the Vapi label; empty = "[<domain>] <number>", fitted to 40 characters

    // path: "numbers[2]", for the errors
    static DesiredNumber fromJson(const QJsonObject &o, const QString &path, QList<FieldError> *errors);
    QJsonObject toJson() const;
    static QString modeName(Mode mode);
};

} // namespace tw
