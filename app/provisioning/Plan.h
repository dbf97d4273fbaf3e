#pragma once

#include "provisioning/PlanAction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace tw {

// The outcome of planning: ordered actions per system, warnings to read, and errors that
// block the apply. Pure data: the planner makes it, the engine carries it out, the CLI and
// the wizard show it.
struct Plan
{
    Q_DECLARE_TR_FUNCTIONS(tw::Plan)

public:
    QString domain;
    QString inboundSipHost;
    QList<PlanAction> actions;
    QStringList notes; // worth knowing, nothing wrong: "the trunk made in the dashboard is reused"
    QStringList warnings;
    QStringList errors;
    QStringList cxml; // the <Dial><Service provider="vapi"> document per number, for the admin's CXML host

    bool canApply() const { return errors.isEmpty(); }
    int writeCount() const;
    // The changes to one resource only, with the creations they need (a number needs its trunk,
    // a routing rule its application); the other changes are left out, not made.
    Plan onlyFor(PlanAction::Resource resource, const QString &key) const;
    QJsonObject toJson() const;
    QString toText() const; // the plan as an admin reads it in a terminal
};

} // namespace tw
