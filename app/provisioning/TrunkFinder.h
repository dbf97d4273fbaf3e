#pragma once

#include "api/CloudonixDomain.h"
#include "api/VapiCredential.h"
#include "api/VapiPhoneNumber.h"
#include "config/DomainRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tw {

// Which byo-sip-trunk credential is a domain's, wherever it was made (Trunk Wizard, cx-vcc, the
// Vapi dashboard, curl). In order: the id the admin chose; the recorded id; the trunks with a
// gateway on one of the domain's SIP hosts, whatever their name; else those with a gateway on an
// inbound address recorded for the domain; else those with the wanted name. One match is the
// trunk; several are listed for the admin to choose, and nothing is guessed.
class TrunkFinder
{
    Q_DECLARE_TR_FUNCTIONS(tw::TrunkFinder)

public:
    enum class Rule { None, Chosen, Recorded, Host, InboundAddress, Name };

    struct Query
    {
        QString chosenId; // --trunk ID, or trunk.id in a desired state
        QString recordedId;
        QStringList hosts; // the inbound SIP host, and its form built from the domain's UUID
        QStringList inboundAddresses; // the domain's recorded inbound gateways ("203.0.113.10[/32]")
        QString name;
    };

    // Points into the list given to find(): that list must outlive the result.
    struct Result
    {
        const VapiCredential *trunk = nullptr;
        Rule rule = Rule::None;
        QList<const VapiCredential *> candidates; // set when several match: nothing is chosen
        QString note; // e.g. the recorded trunk is gone from Vapi
        QString chosenMissing; // the chosen id does not exist: an input error

        bool ambiguous() const { return candidates.size() > 1; }
    };

    // The query for a domain: its recorded id, SIP hosts and inbound addresses (from its stored
    // intent); `live` adds the hosts Cloudonix shows now.
    static Query queryFor(const DomainRecord &record, const CloudonixDomain *live, const QString &chosenId = {},
                          const QString &name = {});
    static Result find(const Query &query, const QList<VapiCredential> &trunks);
    // The candidates, one line each (id, name, gateways, number count), and how to choose.
    static QString describeChoice(const QString &domain, const Result &result, const QList<VapiPhoneNumber> &numbers);
    // Why this trunk is the domain's, for people.
    static QString ruleText(Rule rule);
};

} // namespace tw
