#pragma once

#include "operations/Operation.h"
#include "reports/Report.h"

namespace tw {

// Gathers a report: for each domain its record and journal, a live read with its own keys
// from the keychain (all domains at once), and the keys' fingerprints. A domain that cannot be
// read is reported with the reason, not left out.
class ReportOperation : public Operation
{
    Q_OBJECT

public:
    // domain: only this one; empty: every configured domain.
    ReportOperation(CoreContext *core, const QString &domain, QObject *parent = nullptr);
    // Keys for every domain instead of the keychain's (the CLI's environment variables).
    void setKeys(const AccountKeys &keys) { m_keys = keys; }

signals:
    void finished(const tw::Report &report);

protected:
    void run() override;

private:
    void readHistory(); // each domain's test calls and probes, off the calling thread
    void settle();

    void read(qsizetype index, const AccountKeys &keys, const QString &problem);

    QString m_domain;
    std::optional<AccountKeys> m_keys;
    Report m_report;
    int m_pending = 0;
};

} // namespace tw
