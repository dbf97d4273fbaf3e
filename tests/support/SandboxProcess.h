#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace tw::test {

// Runs the trunkwizard-sandbox executable as its own process, as an admin would with
// `trunkwizard-sandbox --port 0`, and reads the base URLs from its first line.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &extraArguments = {});
    ~SandboxProcess();

    bool isRunning() const { return !m_endpoints.isEmpty(); }
    QString error() const { return m_error; }
    QString vapiUrl() const { return m_endpoints.value(QLatin1String("vapi")).toString(); }
    QString cloudonixUrl() const { return m_endpoints.value(QLatin1String("cloudonix")).toString(); }
    QString adminUrl() const { return m_endpoints.value(QLatin1String("admin")).toString(); }
    QString sipEndpoint() const { return m_endpoints.value(QLatin1String("sip")).toString(); } // 127.0.0.1:PORT

    static QString executable();

private:
    QProcess m_process;
    QJsonObject m_endpoints;
    QString m_error;
};

} // namespace tw::test
