#pragma once

#include <QTemporaryDir>

namespace tw::test {

// Points TRUNKWIZARD_CONFIG_DIR at a fresh temporary folder so no test touches real settings.
class TestEnvironment
{
public:
    TestEnvironment();
    QString configDir() const { return m_dir.path(); }

    // One of the project's executables: beside the test, or in $TW_TEST_BIN_DIR when a test
    // runs them from an installed package.
    static QString executable(const QString &name);

private:
    QTemporaryDir m_dir;
};

} // namespace tw::test
