#pragma once

#include <QTemporaryDir>

namespace tw::test {

// Points TRUNKWIZARD_CONFIG_DIR at a fresh temporary folder so no test touches real settings.
class TestEnvironment
{
public:
    TestEnvironment();
    QString configDir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace tw::test
