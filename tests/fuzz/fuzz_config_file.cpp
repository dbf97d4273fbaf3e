// The settings loader on any config.json: the file is read, checked, set aside when damaged,
// migrated when old, and the records database opened beside it.
#include "config/ConfigStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_config_file";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("config.json")));
    if (!file.open(QIODevice::WriteOnly))
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    {
        tw::ConfigStore store(dir.path());
        const tw::ConfigStore::LoadResult loaded = store.load();
        (void)loaded.config.domains.size();
    }
    return 0;
}
