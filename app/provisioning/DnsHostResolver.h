#pragma once

#include "provisioning/HostResolver.h"

namespace tw {

// HostResolver on QDnsLookup (A records), asynchronous.
class DnsHostResolver : public HostResolver
{
    Q_OBJECT

public:
    using HostResolver::HostResolver;
    void resolve(const QString &host, QObject *context, Done done) override;
};

} // namespace tw
