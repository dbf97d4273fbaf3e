#pragma once

#include "provisioning/HostResolver.h"

#include <QHash>

namespace tw {

// A HostResolver with fixed answers: for the sandbox (whose hosts exist nowhere) and tests.
// A host it does not know fails like an unknown DNS name.
class StaticHostResolver : public HostResolver
{
    Q_OBJECT

public:
    using HostResolver::HostResolver;
    void setAddresses(const QString &host, const QStringList &addresses)
    {
        m_answers.insert(host.toLower(), addresses);
    }
    void setFallback(const QStringList &addresses) { m_fallback = addresses; }
    void resolve(const QString &host, QObject *context, Done done) override;
    int lookups() const { return m_lookups; }

private:
    QHash<QString, QStringList> m_answers;
    QStringList m_fallback;
    int m_lookups = 0;
};

} // namespace tw
