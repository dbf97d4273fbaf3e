#pragma once

#include "config/DomainRecord.h"
#include "config/JournalEntry.h"
#include "operations/DomainStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tw {

// A configuration report for an auditor or for support: what each domain is set up as, what
// Cloudonix and Vapi hold now, what changed and when. Keys appear only as fingerprints.
struct Report
{
    static constexpr int SchemaVersion = 1;

    struct Domain
    {
        DomainRecord record;
        std::optional<DomainStatus> live; // the live read, when it could be made
        QString liveError; // why there is no live read
        QList<JournalEntry> journal; // this domain's entries, oldest first
        QList<QJsonObject> testCalls; // the newest first: at, from, to, connected, message, endedReason
        QList<QJsonObject> probes; // SIP checks of the gateways, the newest first (ProbeReport::toJson)
        QString cloudonixKey; // fingerprints: "…ab12 (sha256 1a2b3c4d)"
        QString vapiKey;
    };

    QString id;
    QDateTime generatedAt;
    QString appVersion;
    QString scope; // "demo.cloudonix.net" or "all domains"
    QList<Domain> domains;

    // "…ab12 (sha256 1a2b3c4d)": enough to tell keys apart, never enough to use one.
    static QString fingerprint(const QString &key);
    QJsonObject toJson() const; // the versioned schema (README: "Reports")
};

} // namespace tw
