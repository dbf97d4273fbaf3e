#include "support/TestEnvironment.h"

#include <QCoreApplication>

namespace tw::test {

TestEnvironment::TestEnvironment()
{
    qputenv("TRUNKWIZARD_CONFIG_DIR", m_dir.path().toUtf8());
}

QString TestEnvironment::executable(const QString &name)
{
    const QString dir = qEnvironmentVariable("TW_TEST_BIN_DIR", QCoreApplication::applicationDirPath());
    return dir + QLatin1Char('/') + name;
}

} // namespace tw::test
