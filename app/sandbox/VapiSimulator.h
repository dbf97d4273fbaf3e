#pragma once

#include "sandbox/SimulatedRequest.h"
#include "sandbox/SimulatedResponse.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace tw {

// The Vapi API as api-contract.md section B and D describe it: NestJS-style strict bodies and
// error messages, byo-sip-trunk credentials, phone numbers, assistants and calls.
class VapiSimulator
{
public:
    explicit VapiSimulator(const QJsonObject &scenario);

    SimulatedResponse handle(const SimulatedRequest &request);
    QJsonObject state() const;
    QStringList keys() const { return m_keys; }
    // The admin endpoint's edit, as a change made in Vapi's dashboard: `set` is merged into the
    // resource (a null removes a field), or `remove` deletes it. Empty, or what is wrong.
    QString edit(const QString &list, const QString &id, const QJsonObject &set, bool remove);

private:
    using Resources = QMap<QString, QJsonObject>; // id -> object

    SimulatedResponse credentials(const SimulatedRequest &r, const QString &id);
    SimulatedResponse phoneNumbers(const SimulatedRequest &r, const QString &id);
    SimulatedResponse phoneNumbersV2(const SimulatedRequest &r);
    SimulatedResponse assistants(const SimulatedRequest &r, const QString &id);
    SimulatedResponse calls(const SimulatedRequest &r, const QString &id);

    QStringList validateCredential(const QJsonObject &body, bool create) const;
    QStringList validatePhoneNumber(const QJsonObject &body, bool create, const QString &selfId) const;
    // `byCreated`: an index of the items by creation ("createdAt|id" -> id) for paging without a scan.
    SimulatedResponse list(const Resources &items, const SimulatedRequest &r,
                           const QMap<QString, QString> *byCreated = nullptr) const;
    QJsonObject callNow(const QJsonObject &call) const;

    QString nextStamp();
    QJsonObject stamped(QJsonObject object, bool created);

    QStringList m_keys;
    QString m_orgId;
    bool m_legacyGateways = false;
    bool m_rejectDuplicateNumbers = true;
    int m_callStepMs = 300;
    Resources m_credentials;
    Resources m_numbers;
    // The numbers newest last, "createdAt|id" -> id: a page of the list is found, not sorted.
    QMap<QString, QString> m_numbersByCreated;
    QHash<QString, QStringList> m_numberIndex; // lower-case number or SIP URI -> ids
    void storeNumber(const QString &id, const QJsonObject &number); // empty: removes it
    Resources m_assistants;
    Resources m_calls;
    QHash<QString, qint64> m_callStarted; // id -> ms on m_clock
    QElapsedTimer m_clock;
    QDateTime m_lastStamp;
};

} // namespace tw
