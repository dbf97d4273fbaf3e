#include "secrets/SecretStore.h"

namespace tw {

QString SecretStore::cloudonixAccount(const QString &domain)
{
    return QStringLiteral("cloudonix:") + domain.trimmed().toLower();
}

QString SecretStore::vapiAccount(const QString &region)
{
    return QStringLiteral("vapi:") + region.trimmed().toLower();
}

} // namespace tw
