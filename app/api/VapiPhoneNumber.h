#pragma once

#include "api/JsonReader.h"
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tw {

// A Vapi phone number: "byo-phone-number" (a DID on our SIP trunk credential) or
// "vapi" (a Vapi SIP URI such as sip:+12125551234@sip.vapi.ai). Other providers are listed
// but never written.
struct VapiPhoneNumber
{
    static inline const QString ByoProvider = QStringLiteral("byo-phone-number");
    static inline const QString VapiProvider = QStringLiteral("vapi");

    QString id;
    QString provider = ByoProvider;
    QString number;
    QString name;
    QString credentialId;
    QString assistantId;
    QString sipUri;
    QString status; // active | activating | blocked
    std::optional<bool> numberE164CheckEnabled;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isByo() const { return provider == ByoProvider; }
    bool isSipUri() const { return provider == VapiProvider; }

    static VapiPhoneNumber fromJson(const JsonReader &r);
    // POST /phone-number. Our own libphonenumber check runs first, so Vapi's E.164 check is
    // switched off for BYO numbers (as its SIP guides do).
    QJsonObject toCreateJson() const;
};

} // namespace tw
