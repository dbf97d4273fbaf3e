#include "cli/CliOutput.h"

#include <QJsonDocument>
#include <QMetaEnum>
#include <QTextStream>
#include <QTimer>

#include <iostream>
#include <string>

namespace tw {

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}
} // namespace

CliOutput::CliOutput(bool json, bool verbose, QObject *parent)
    : QObject(parent)
    , m_json(json)
    , m_verbose(verbose)
{ }

QString CliOutput::kindName(ApiError::Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<ApiError::Kind>().valueToKey(int(kind))).toLower();
}

int CliOutput::exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        return AuthFailed;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return NetworkFailed;
    case ApiError::Kind::InvalidUrl:
        return Usage;
    default:
        return Failure;
    }
}

void CliOutput::print(const QString &text)
{
    if (!m_json)
        out() << text << '\n';
}

void CliOutput::note(const QString &text)
{
    err() << text << '\n';
}

void CliOutput::printRaw(const QByteArray &data)
{
    out() << data;
    out().flush();
}

void CliOutput::printJson(const QJsonObject &document)
{
    out() << QJsonDocument(document).toJson(QJsonDocument::Compact) << '\n';
}

QString CliOutput::prompt(const QString &question)
{
    err() << question << ' ';
    err().flush();
    std::string answer;
    std::getline(std::cin, answer);
    return QString::fromStdString(answer).trimmed();
}

void CliOutput::flush()
{
    out().flush();
    err().flush();
}

void CliOutput::done(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    flush();
    QTimer::singleShot(0, this, [this, code] { emit finished(code); });
}

void CliOutput::fail(int code, const QString &message, const QString &system, const QString &kind)
{
    if (m_finished)
        return;
    if (m_json)
        printJson(QJsonObject {{QStringLiteral("error"),
                                QJsonObject {{QStringLiteral("system"), system},
                                             {QStringLiteral("kind"), kind},
                                             {QStringLiteral("message"), message}}}});
    note(message);
    done(code);
}

void CliOutput::failApi(const ApiError &error)
{
    if (m_verbose)
        note(error.details());
    fail(exitCodeFor(error), error.userMessage(), error.systemName().toLower(), kindName(error.kind()));
}

void CliOutput::failAll(int code, const QStringList &problems, const QString &kind)
{
    for (qsizetype i = 1; i < problems.size(); ++i)
        note(problems.at(i));
    fail(code, problems.value(0), QStringLiteral("trunkwizard"), kind);
}

void CliOutput::failPlan(const PlanOutcome &outcome)
{
    if (outcome.error)
        return failApi(*outcome.error);
    if (!outcome.configError.isEmpty())
        return fail(Failure, outcome.configError, QStringLiteral("trunkwizard"), QStringLiteral("config"));
    failAll(Usage, outcome.inputErrors.isEmpty() ? outcome.plan.errors : FieldError::messages(outcome.inputErrors),
            QStringLiteral("validation"));
}

} // namespace tw
