#include "provisioning/StaticHostResolver.h"

#include <QTimer>

namespace tw {

void StaticHostResolver::resolve(const QString &host, QObject *context, Done done)
{
    ++m_lookups;
    const QStringList addresses = m_answers.value(host.toLower(), m_fallback);
    QTimer::singleShot(0, context, [done, addresses, host] {
        done(addresses, addresses.isEmpty() ? tr("%1 is not a known host").arg(host) : QString());
    });
}

} // namespace tw
