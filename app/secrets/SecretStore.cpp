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

QString SecretStore::describeAccount(const QString &account)
{
    if (account.startsWith(QLatin1String("cloudonix:")))
        return tr("the Cloudonix domain %1").arg(account.mid(10));
    if (account.startsWith(QLatin1String("vapi:")))
        return tr("Vapi (%1 region)").arg(account.mid(5).toUpper());
    return account;
}

} // namespace tw
