#pragma once

#include "api/ApiError.h"
#include "provisioning/PlanOutcome.h"

#include <QJsonObject>
#include <QObject>

namespace tw {

// Everything trunkwizard-cli says: plain lines on stdout (none in --json mode), notes on
// stderr, one JSON document per command with --json, and one plain sentence per failure with
// its exit code. finished(exitCode) ends the process.
class CliOutput : public QObject
{
    Q_OBJECT

public:
    // 0 success; 1 a remote system refused or another failure; 2 invalid input or usage;
    // 3 authentication failed; 4 network unreachable, timed out or TLS failure; 5 secret
    // storage unavailable.
    enum ExitCode { Success = 0, Failure = 1, Usage = 2, AuthFailed = 3, NetworkFailed = 4, SecretsUnavailable = 5 };

    CliOutput(bool json, bool verbose, QObject *parent = nullptr);

    bool isJson() const { return m_json; }
    bool isVerbose() const { return m_verbose; }
    bool isFinished() const { return m_finished; }

    void print(const QString &text); // stdout, not in --json mode
    void note(const QString &text); // stderr, also in --json mode
    void printJson(const QJsonObject &document);
    void printRaw(const QByteArray &data); // stdout as it is (a report), in any mode
    void flush();
    // Asks on stderr and reads one line of standard input.
    QString prompt(const QString &question);

    void done(int code);
    void fail(int code, const QString &message, const QString &system = QStringLiteral("trunkwizard"),
              const QString &kind = QStringLiteral("usage"));
    void failApi(const ApiError &error);
    void failPlan(const PlanOutcome &outcome);
    // The first problem is the failure; the others are noted before it.
    void failAll(int code, const QStringList &problems, const QString &kind);

    static int exitCodeFor(const ApiError &error);
    static QString kindName(ApiError::Kind kind); // "unauthorized", for --json

signals:
    void finished(int exitCode);

private:
    bool m_json;
    bool m_verbose;
    bool m_finished = false;
};

} // namespace tw
