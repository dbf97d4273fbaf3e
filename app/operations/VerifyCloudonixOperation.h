#pragma once

#include "operations/CloudonixAccountCheck.h"
#include "operations/Operation.h"

namespace tw {

// Verifies a Cloudonix domain and API key: the key (a 401 means it is wrong), then the domain
// (a 404 means there is no such domain for this key). Reads only.
class VerifyCloudonixOperation : public Operation
{
    Q_OBJECT

public:
    VerifyCloudonixOperation(CoreContext *core, const QString &domain, const QString &key, QObject *parent = nullptr);

signals:
    void finished(const tw::CloudonixAccountCheck &check);

protected:
    void run() override;

private:
    void done();

    QString m_key;
    CloudonixAccountCheck m_check;
};

} // namespace tw
