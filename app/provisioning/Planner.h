#pragma once

#include "config/DomainRecord.h"
#include "domain/DesiredState.h"
#include "provisioning/LiveState.h"
#include "provisioning/Plan.h"

#include <QCoreApplication>

namespace tw {

// Turns the desired state and the live state into a plan. Pure: no I/O, so every rule here is
// tested without a network. The rules that keep an apply safe live here: reuse the domain's
// trunk (by stored id, else by name and gateway host) instead of creating another; write the
// full gateway list and keep gateways added in the Vapi dashboard; adopt numbers that exist.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(tw::Planner)

public:
    struct Input
    {
        DesiredState desired; // already validated (numbers in E.164)
        LiveState live;
        DomainRecord stored; // what this tool recorded for the domain (may be empty)
        QStringList resolvedHosts; // IPv4 addresses of the inbound host, when inboundGateways is absent
        QString resolveError; // why resolving failed, if it did
    };

    static Plan plan(const Input &input);
    // Removes what this tool set up for the domain, in order: numbers, DNIDs, application,
    // trunk; then, if asked, puts the domain settings back to what they were before.
    static Plan teardown(const DomainRecord &record, const LiveState &live, bool restoreCloudonix);

    // The placeholder a number carries for a trunk that the same apply creates.
    static inline const QString PendingTrunkId = QStringLiteral("$trunk");

private:
    static void planTrunk(const Input &in, const QString &host, Plan &plan, QString *trunkId);
    static void planNumbers(const Input &in, const QString &trunkId, Plan &plan);
    static void planCarrierTrunks(const Input &in, Plan &plan);
    static void planCloudonix(const Input &in, Plan &plan);
};

} // namespace tw
