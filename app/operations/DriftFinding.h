#pragma once

#include "provisioning/PlanAction.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tw {

// One thing that differs from what Trunk Wizard last applied, tied to the resource it is about,
// so that it can be fixed or accepted on its own.
struct DriftFinding
{
    Q_DECLARE_TR_FUNCTIONS(tw::DriftFinding)

public:
    PlanAction::Resource resource = PlanAction::Resource::Trunk;
    QString key; // as the plan names it: the number, the trunk or carrier trunk name, the domain
    QString text; // one sentence for people

    // The desired state can say what is there now: the domain settings, the trunk, a number, a
    // carrier trunk. A number's Cloudonix routing can only be put back.
    bool canAccept() const;
    bool isAbout(PlanAction::Resource r, const QString &k) const { return resource == r && key == k; }
    // Does this finding concern the number (the numbers table marks it)?
    bool concernsNumber(const QString &e164) const;

    static QStringList texts(const QList<DriftFinding> &findings);
};

} // namespace tw
