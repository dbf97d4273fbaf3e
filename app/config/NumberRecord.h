#pragma once

#include <QJsonObject>
#include <QString>

namespace tw {

// A number this tool manages for a domain, as last applied.
struct NumberRecord
{
    QString number; // E.164
    QString mode = QStringLiteral("trunk"); // "trunk" (byo-phone-number) or "sip-uri" (vapi)
    QString vapiId; // Vapi phone-number id, once created or adopted
    QString assistantId;
    QString assistantName; // as the admin chose it, for display
    QString name; // the Vapi label
    QString dnidId; // the Cloudonix DNID binding it to the voice application, if any

    static NumberRecord fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

} // namespace tw
