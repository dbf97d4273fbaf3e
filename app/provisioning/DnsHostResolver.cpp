#include "provisioning/DnsHostResolver.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QPointer>

namespace tw {

void DnsHostResolver::resolve(const QString &host, QObject *context, Done done)
{
    auto *lookup = new QDnsLookup(QDnsLookup::A, host, this);
    QPointer<QObject> guard(context);
    connect(lookup, &QDnsLookup::finished, this, [lookup, guard, done, host] {
        lookup->deleteLater();
        if (!guard)
            return;
        if (lookup->error() != QDnsLookup::NoError) {
            done({}, tr("DNS lookup of %1 failed: %2").arg(host, lookup->errorString()));
            return;
        }
        QStringList addresses;
        for (const QDnsHostAddressRecord &r : lookup->hostAddressRecords())
            if (r.value().protocol() == QAbstractSocket::IPv4Protocol)
                addresses << r.value().toString();
        addresses.removeDuplicates();
        addresses.sort();
        done(addresses, addresses.isEmpty() ? tr("%1 has no IPv4 address").arg(host) : QString());
    });
    lookup->lookup();
}

} // namespace tw
