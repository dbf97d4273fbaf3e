#pragma once

#include "diagnostics/DoctorFinding.h"

#include <QCoreApplication>
#include <QList>

namespace tw {

struct CloudonixDnid;
struct DomainRecord;
struct LiveState;
struct ProbeReport;

// The misconfigurations admins meet most, looked for in one domain's live state: what the
// record says this tool set up, against what Cloudonix and Vapi hold now and what the SIP
// probe saw. Pure: no request is made here, so every rule is tested on plain data.
class Troubleshooter
{
    Q_DECLARE_TR_FUNCTIONS(tw::Troubleshooter)

public:
    struct Input
    {
        const DomainRecord *record = nullptr;
        const LiveState *live = nullptr;
        const QList<CloudonixDnid> *dnids = nullptr; // all of the domain's
        const ProbeReport *probe = nullptr; // null: not probed
    };
    static QList<DoctorFinding> examine(const Input &input);
};

} // namespace tw
