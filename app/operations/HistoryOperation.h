#pragma once

#include "config/DomainHistory.h"
#include "operations/Operation.h"

namespace tw {

// A domain's test calls and SIP probes as records.db keeps them, read on a worker thread so
// a view never waits on the disk (or on a run holding the database).
class HistoryOperation : public Operation
{
    Q_OBJECT

public:
    HistoryOperation(CoreContext *core, const QString &domain, int limit, QObject *parent = nullptr);

signals:
    void finished(const tw::DomainHistory &history);

protected:
    void run() override;

private:
    QString m_domain;
    int m_limit;
};

} // namespace tw
