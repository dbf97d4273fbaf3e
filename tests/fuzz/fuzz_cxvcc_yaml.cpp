// The cx-vcc config.yaml importer, end to end on a file: YAML parse, layout, numbers, keys
// into a memory keychain, the merged config.
#include "config/CxVccImporter.h"
#include "secrets/MemorySecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_cxvcc_yaml";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;

    const QString path = dir.filePath(QStringLiteral("config.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

    tw::MemorySecretStore secrets;
    tw::CxVccImporter importer(&secrets);
    bool done = false;
    importer.import(path, tw::AppConfig(), QStringLiteral("US"),
                    [&done](const tw::CxVccImportReport &, const tw::AppConfig &) { done = true; });
    // The importer answers through the event loop; the harness spins it (no UI here).
    for (int i = 0; i < 100000 && !done; ++i)
        QCoreApplication::processEvents();
    if (!done)
        __builtin_trap(); // an import that never reports would hang the app's import page
    return 0;
}
