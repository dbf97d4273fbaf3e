#pragma once

#include "sandbox/SimulatedRequest.h"
#include "sandbox/SimulatedResponse.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <deque>

namespace tw {

// The Cloudonix API as api-contract.md sections A and D describe it: customer and domain keys
// with scope, /customers/self, /tenants/self and /domains/{d} as one set of resources, domain
// profile merges, applications, DNIDs, aliases and trunks, the 10 requests per 10 s per domain
// limit, and error bodies that switch between {message} and {error}.
class CloudonixSimulator
{
public:
    explicit CloudonixSimulator(const QJsonObject &scenario);

    SimulatedResponse handle(const SimulatedRequest &request);
    QJsonObject state() const;
    QStringList keys() const;
    // The admin endpoint's edit, as a change made in Cloudonix's console: for `list` "profile"
    // `set` is merged into the domain's profile; for dnids, trunks and applications into the
    // item with that id (a null removes a field), or `remove` deletes it. Empty, or what is wrong.
    QString edit(const QString &domain, const QString &list, const QString &id, const QJsonObject &set, bool remove);

private:
    struct Domain
    {
        QJsonObject object; // id, uuid, domain, active, profile, aliases, ...
        QStringList keys; // domain-scoped keys
        QList<QJsonObject> applications;
        QList<QJsonObject> dnids;
        QList<QJsonObject> trunks;
    };

    SimulatedResponse fail(int status, const QString &text);
    SimulatedResponse domainRequest(const SimulatedRequest &r, Domain &domain, const QStringList &rest);
    SimulatedResponse applications(const SimulatedRequest &r, Domain &domain, const QStringList &rest);
    static QString trunkProblem(const SimulatedRequest &r);
    SimulatedResponse collection(const SimulatedRequest &r, QList<QJsonObject> &items, const QString &idField,
                                 const QString &id, const QStringList &fields, Domain &domain);
    Domain *findDomain(const QString &nameOrId);
    bool allowRequest(const QString &bucket);
    int nextId() { return ++m_lastId; }

    QJsonObject m_customer;
    QStringList m_customerKeys;
    QList<Domain> m_domains;
    int m_rateRequests = 10;
    qint64 m_rateWindowMs = 10000;
    QHash<QString, std::deque<qint64>> m_arrivals;
    QElapsedTimer m_clock;
    int m_lastId = 5000;
    int m_errorStyle = 0;
};

} // namespace tw
