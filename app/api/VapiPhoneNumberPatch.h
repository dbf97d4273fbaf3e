#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tw {

// A partial update of a phone number: only the fields that are set are sent.
struct VapiPhoneNumberPatch
{
    QString provider; // sent when known: the SDK always includes it
    std::optional<QString> name;
    std::optional<QString> credentialId;
    // Set to attach; set to an empty string to detach (sent as null).
    std::optional<QString> assistantId;

    bool isEmpty() const { return !name && !credentialId && !assistantId; }
    QJsonObject toJson() const;
};

} // namespace tw
