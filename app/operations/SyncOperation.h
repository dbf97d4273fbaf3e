#pragma once

#include "operations/Operation.h"
#include "operations/SyncResult.h"

namespace tw {

struct AppConfig;
struct VapiCredential;
struct VapiPhoneNumber;

// Brings the stored ids in line with Vapi without changing anything there: trunks and numbers
// gone from Vapi are forgotten, numbers found on a recorded trunk are recorded.
class SyncOperation : public Operation
{
    Q_OBJECT

public:
    // domain: only this one; empty: every configured domain.
    SyncOperation(CoreContext *core, const AccountKeys &keys, const QString &domain, QObject *parent = nullptr);

    static QStringList reconcile(AppConfig &config, const QString &onlyDomain, const QList<VapiCredential> &trunks,
                                 const QList<VapiPhoneNumber> &numbers);

signals:
    void finished(const tw::SyncResult &result);

protected:
    void run() override;

private:
    void done();

    AccountKeys m_keys;
    QString m_domain;
    SyncResult m_result;
};

} // namespace tw
