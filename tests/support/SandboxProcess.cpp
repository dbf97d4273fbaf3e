#include "support/SandboxProcess.h"

#include "support/TestEnvironment.h"

#include <QJsonDocument>

namespace tw::test {

QString SandboxProcess::executable()
{
    return TestEnvironment::executable(QStringLiteral("trunkwizard-sandbox"));
}

SandboxProcess::SandboxProcess(const QStringList &extraArguments)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(executable(), QStringList {QStringLiteral("--port"), QStringLiteral("0")} + extraArguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("could not start %1: %2").arg(executable(), m_process.errorString());
        return;
    }
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(10000)) {
            m_error = QStringLiteral("no endpoints line; stderr: %1")
                          .arg(QString::fromUtf8(m_process.readAllStandardError()));
            return;
        }
    }
    m_endpoints = QJsonDocument::fromJson(m_process.readLine()).object();
    if (m_endpoints.isEmpty())
        m_error = QStringLiteral("the first line was not the endpoints JSON");
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace tw::test
