#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace tw {

// Looks up the IPv4 addresses of a host name (the Cloudonix inbound SIP host, whose addresses
// become the trunk's inbound gateways). An interface so tests can give fixed answers.
class HostResolver : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QStringList &addresses, const QString &error)>;
    using QObject::QObject;
    // done() runs later, once; error is empty on success.
    virtual void resolve(const QString &host, QObject *context, Done done) = 0;
};

} // namespace tw
