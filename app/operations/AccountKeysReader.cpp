#include "operations/AccountKeysReader.h"

#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace tw {

void AccountKeysReader::read(SecretStore *secrets, const QString &domain, const QString &vapiRegion, QObject *context,
                             Done done)
{
    auto keys = std::make_shared<AccountKeys>();
    keys->vapiRegion = vapiRegion.isEmpty() ? QStringLiteral("us") : vapiRegion;
    secrets->read(
        SecretStore::cloudonixAccount(domain), context,
        [secrets, domain, keys, context, done](const QString &cloudonixKey, const SecretError &cloudonixError) {
            keys->cloudonixKey = cloudonixKey;
            secrets->read(SecretStore::vapiAccount(keys->vapiRegion), context,
                          [domain, keys, done, cloudonixError](const QString &vapiKey, const SecretError &vapiError) {
                              keys->vapiKey = vapiKey;
                              QString problem;
                              if (keys->cloudonixKey.isEmpty())
                                  problem = cloudonixError.isError() && !cloudonixError.message().isEmpty()
                                      ? cloudonixError.message()
                                      : QCoreApplication::translate("tw::AccountKeysReader",
                                                                    "No Cloudonix key of %1 is in the keychain.")
                                            .arg(domain);
                              else if (keys->vapiKey.isEmpty())
                                  problem = vapiError.isError() && !vapiError.message().isEmpty()
                                      ? vapiError.message()
                                      : QCoreApplication::translate("tw::AccountKeysReader",
                                                                    "No Vapi key for the %1 region is in the keychain.")
                                            .arg(keys->vapiRegion.toUpper());
                              done(*keys, problem);
                          });
        });
}

} // namespace tw
