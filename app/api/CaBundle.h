#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace tw {

// The extra CA certificates an admin behind a TLS-inspecting proxy adds (--ca-file, Settings):
// trusted beside the system's, never instead of them, and never a way to skip a check.
class CaBundle
{
    Q_DECLARE_TR_FUNCTIONS(tw::CaBundle)

public:
    // Reads PEM (one or more certificates) or DER. On failure, `error` is one sentence for the admin.
    static bool load(const QString &path, QList<QSslCertificate> *out, QString *error);
};

} // namespace tw
