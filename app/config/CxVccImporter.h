#pragma once

#include "config/AppConfig.h"
#include "config/CxVccImportReport.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace tw {

class SecretStore;

// Imports the Node CLI cx-vcc's ~/.cx-vcc/config.yaml (api-contract.md C.3): domains, trunk
// credential ids and numbers go into the config; the plaintext API keys move into the
// keychain. The YAML file itself is never modified. All keys are stored before the config
// changes, so a keychain failure leaves the config exactly as it was.
class CxVccImporter : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const CxVccImportReport &report, const AppConfig &merged)>;

    explicit CxVccImporter(SecretStore *store, QObject *parent = nullptr);

    static QString defaultPath(); // ~/.cx-vcc/config.yaml

    // done() receives the report and, when report.ok, the merged config to save.
    void import(const QString &path, const AppConfig &current, const QString &defaultNumberRegion, Done done);

private:
    struct Parsed;
    void storeKeys(const std::shared_ptr<Parsed> &parsed, int index, Done done);

    QPointer<SecretStore> m_store;
};

} // namespace tw
