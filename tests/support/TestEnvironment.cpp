#include "support/TestEnvironment.h"

namespace tw::test {

TestEnvironment::TestEnvironment()
{
    qputenv("TRUNKWIZARD_CONFIG_DIR", m_dir.path().toUtf8());
}

} // namespace tw::test
