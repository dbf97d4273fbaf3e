#pragma once

#include "operations/AccountKeys.h"

#include <QObject>
#include <QString>

#include <functional>

namespace tw {

class SecretStore;

// Reads the two keys a domain's operations need from the keychain: the domain's Cloudonix key
// and the Vapi key of its region. Asynchronous; done runs later, only while context lives.
class AccountKeysReader
{
public:
    // problem: empty when both were found, else one sentence naming what is missing.
    using Done = std::function<void(const AccountKeys &keys, const QString &problem)>;
    static void read(SecretStore *secrets, const QString &domain, const QString &vapiRegion, QObject *context,
                     Done done);
};

} // namespace tw
