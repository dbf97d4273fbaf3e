#pragma once

#include <QString>
#include <QStringList>

namespace tw {

// What an import of cx-vcc's config.yaml did, for the admin to read.
struct CxVccImportReport
{
    bool ok = false;
    QString sourcePath;
    QString error; // one sentence when !ok; nothing was changed then
    QStringList domains; // imported or merged
    int numbers = 0; // numbers added to the config
    QStringList keysMoved; // keychain accounts written, e.g. "cloudonix:acme.cloudonix.net"
    QStringList warnings; // skipped numbers, conflicting ids, the plaintext reminder
};

} // namespace tw
