#pragma once

#include "config/NumberRecord.h"
#include "config/PendingCreate.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tw {

// Everything non-secret this tool knows about one Cloudonix domain and its Vapi trunk.
// The Cloudonix key lives in the keychain under SecretStore::cloudonixAccount(domain).
struct DomainRecord
{
    QString domain; // "acme.cloudonix.net"
    QString autoAlias;
    QString inboundSipHost; // "<auto alias>.sip.cloudonix.net"
    QString vapiRegion = QStringLiteral("us");
    QString vapiCredentialId;
    QString vapiCredentialName;
    QList<NumberRecord> numbers;
    QString importedFrom; // "cx-vcc" when it came from ~/.cx-vcc/config.yaml
    QString applicationName; // the Cloudonix voice application this tool manages, if any
    QMap<QString, QString> carrierTrunks; // Cloudonix outbound trunks this tool created: name -> id
    QJsonObject intent; // the desired state last applied successfully (drift is measured against it)
    // The domain settings as they were before this tool first changed them (for teardown).
    bool borderBeforeRecorded = false;
    std::optional<bool> allowedBorderBefore;
    std::optional<bool> redirectUnknownBefore;
    // Creates sent whose answer was not yet seen: the next run looks for what they made.
    QList<PendingCreate> pendingCreates;

    NumberRecord *findNumber(const QString &e164);
    void removeNumber(const QString &e164);
    const PendingCreate *findPending(const QString &resource, const QString &key) const;
    // True when one was removed.
    bool clearPending(const QString &resource, const QString &key);
    static DomainRecord fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

} // namespace tw
