#include "support/CliSession.h"
#include "support/TestEnvironment.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace tw::test {

CliSession::CliSession(SandboxProcess *sandbox, const QString &cloudonixPacing)
    : m_sandbox(sandbox)
    , m_pacing(cloudonixPacing)
    , m_cli(TestEnvironment::executable(QStringLiteral("trunkwizard-cli")))
{ }

CliSession::Run CliSession::run(const QStringList &args, const QByteArray &stdinData) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TRUNKWIZARD_CLOUDONIX_URL"), m_sandbox->cloudonixUrl());
    env.insert(QStringLiteral("TRUNKWIZARD_VAPI_URL"), m_sandbox->vapiUrl());
    env.insert(QStringLiteral("TRUNKWIZARD_CLOUDONIX_PACING"), m_pacing);
    // SIP probes go to the sandbox's SIP port, on timers 50 times the RFC's speed (F: 640 ms).
    env.insert(QStringLiteral("TRUNKWIZARD_SANDBOX_SIP"), m_sandbox->sipEndpoint());
    env.insert(QStringLiteral("TRUNKWIZARD_SIP_T1_MS"), QStringLiteral("10"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_config.filePath(QStringLiteral("cache")));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(m_cli, QStringList {QStringLiteral("--config-dir"), m_config.filePath(QStringLiteral("config"))} + args);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel(); // no terminal: confirmation must come from --yes
    Run run;
    if (!p.waitForFinished(120000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QString CliSession::writeFile(const QString &name, const QByteArray &data) const
{
    const QString path = m_config.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

QString CliSession::writeJson(const QString &name, const QJsonObject &document) const
{
    return writeFile(name, QJsonDocument(document).toJson());
}

QJsonObject CliSession::state() const
{
    return m_http.get(m_sandbox->adminUrl() + QStringLiteral("/state")).object();
}

QList<QJsonObject> CliSession::vapiList(const char *list, const QString &provider) const
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : state().value(QStringLiteral("vapi")).toObject().value(QLatin1String(list)).toArray())
        if (provider.isEmpty() || v.toObject().value(QStringLiteral("provider")).toString() == provider)
            out << v.toObject();
    return out;
}

int CliSession::writes() const
{
    int n = 0;
    for (const QJsonValue &v : m_http.get(m_sandbox->adminUrl() + QStringLiteral("/log")).array())
        n += v.toObject().value(QStringLiteral("method")).toString() != QLatin1String("GET") ? 1 : 0;
    return n;
}

} // namespace tw::test
