#pragma once

#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace tw::test {

// trunkwizard-cli run as a process against one trunkwizard-sandbox process, with a config
// folder and cache of its own and the sandbox's keys in the environment (as a script would).
class CliSession
{
public:
    struct Run
    {
        int exitCode = -1; // -2: crashed; -1: did not finish in time
        QString out;
        QString err;
        QString all() const { return out + err; }
    };

    explicit CliSession(SandboxProcess *sandbox, const QString &cloudonixPacing = QStringLiteral("8/1100"));

    Run run(const QStringList &args, const QByteArray &stdinData = {}) const;
    QString writeFile(const QString &name, const QByteArray &data) const;
    QString writeJson(const QString &name, const QJsonObject &document) const;
    QString configDir() const { return m_config.path(); }

    // The sandbox as its admin endpoint shows it, never the CLI's text.
    QJsonObject state() const;
    QList<QJsonObject> vapiList(const char *list, const QString &provider = {}) const;
    int writes() const; // requests other than GET the sandbox received

private:
    SandboxProcess *m_sandbox;
    QString m_pacing;
    QString m_cli;
    QTemporaryDir m_config;
    mutable HttpProbe m_http;
};

} // namespace tw::test
