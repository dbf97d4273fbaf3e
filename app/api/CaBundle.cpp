#include "api/CaBundle.h"

#include "config/BoundedFile.h"

namespace tw {

bool CaBundle::load(const QString &path, QList<QSslCertificate> *out, QString *error)
{
    BoundedFile file(path, 4 * 1024 * 1024); // a whole system bundle is about 200 KB
    if (file.read() != BoundedFile::Outcome::Read) {
        *error = tr("The CA certificate file %1 cannot be read (%2).").arg(path, file.reason());
        return false;
    }
    QList<QSslCertificate> certificates = QSslCertificate::fromData(file.data(), QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(file.data(), QSsl::Der);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty()) {
        *error = tr("The file %1 holds no certificate; give the CA certificate of your HTTPS proxy, in PEM or DER "
                    "form.")
                     .arg(path);
        return false;
    }
    *out = certificates;
    return true;
}

} // namespace tw
