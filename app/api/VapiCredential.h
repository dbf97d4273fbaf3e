#pragma once

#include "api/JsonReader.h"
#include "api/VapiGateway.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tw {

// A Vapi credential with provider "byo-sip-trunk": the SIP trunk to Cloudonix.
struct VapiCredential
{
    static inline const QString SipTrunkProvider = QStringLiteral("byo-sip-trunk");

    QString id;
    QString orgId;
    QString provider = SipTrunkProvider;
    QString name;
    QList<VapiGateway> gateways;
    std::optional<bool> outboundLeadingPlusEnabled; // "Enable leading plus for outbound calls"
    QString techPrefix;
    QString sipDiversionHeader;
    bool hasOutboundAuthentication = false; // the password is never returned, only whether a plan exists
    QString outboundAuthUsername;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool leadingPlus() const { return outboundLeadingPlusEnabled.value_or(false); }

    static VapiCredential fromJson(const JsonReader &r);
    // Body for POST /credential, and for PATCH (always the full gateway list, never the
    // authentication plan, which a partial update leaves as it is).
    QJsonObject toWriteJson() const;
};

} // namespace tw
