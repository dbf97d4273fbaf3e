#pragma once

#include "operations/Operation.h"
#include "operations/VapiAccountCheck.h"

#include <QHash>

namespace tw {

// Verifies a Vapi API key and reads what the wizard shows about the organisation. With no
// region given, the US and EU APIs are asked at once and the one that accepts the key wins
// (US when both do).
class VerifyVapiOperation : public Operation
{
    Q_OBJECT

public:
    // region: "us", "eu", or empty to detect it.
    VerifyVapiOperation(CoreContext *core, const QString &key, const QString &region, QObject *parent = nullptr);

signals:
    void finished(const tw::VapiAccountCheck &check);

protected:
    void run() override;

private:
    void check(const QString &region);
    void settle();

    QString m_key;
    QStringList m_regions; // in order of preference
    QHash<QString, VapiAccountCheck> m_checks;
    int m_pending = 0;
};

} // namespace tw
