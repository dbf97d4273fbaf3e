#pragma once

#include <QCoreApplication>
#include <QString>

namespace tw {

// Normalises what an admin types ("+1 (212) 777-3456", "00442071234567", "020 7123 4567")
// to E.164 with libphonenumber, or says in plain words why it is not a usable number.
class PhoneNumberValidator
{
    Q_DECLARE_TR_FUNCTIONS(tw::PhoneNumberValidator)

public:
    struct Result
    {
        bool valid = false;
        QString e164; // "+12127773456" when valid
        QString international; // "+1 212-777-3456": how people read it (shown, never stored)
        QString regionCode; // "US"; "001" style codes for non-geographic numbers
        QString error; // one sentence when not valid
    };

    // defaultRegion is an ISO 3166 code ("GB") used for national numbers; empty means
    // the number must be international (+ or 00).
    static Result normalize(const QString &input, const QString &defaultRegion = {});
    static bool isKnownRegion(const QString &regionCode);
};

} // namespace tw
