#pragma once

#include "operations/Operation.h"
#include "operations/SyncResult.h"

namespace tw {

struct AppConfig;
struct VapiCredential;
struct VapiPhoneNumber;

// Brings the stored ids in line with Vapi without changing anything there: trunks and numbers
// gone from Vapi are forgotten; the domain's trunk, wherever it was made (TrunkFinder), is
// recorded with every number on it. When several trunks could be a domain's, none is chosen.
class SyncOperation : public Operation
{
    Q_OBJECT

public:
    // domain: only this one; empty: every configured domain.
    // chosenTrunk: the Vapi trunk to record for that one domain (--trunk ID).
    SyncOperation(CoreContext *core, const AccountKeys &keys, const QString &domain, const QString &chosenTrunk = {},
                  QObject *parent = nullptr);

    static void reconcile(AppConfig &config, const QString &onlyDomain, const QString &chosenTrunk,
                          const QList<VapiCredential> &trunks, const QList<VapiPhoneNumber> &numbers,
                          SyncResult *result);

signals:
    void finished(const tw::SyncResult &result);

protected:
    void run() override;

private:
    void done();

    AccountKeys m_keys;
    QString m_domain;
    QString m_chosenTrunk;
    SyncResult m_result;
};

} // namespace tw
