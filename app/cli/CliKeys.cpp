#include "cli/CliKeys.h"

#include "secrets/SecretStore.h"

#include <QTextStream>

#include <iostream>
#include <string>

namespace tw {

CliKeys::CliKeys(const CliArguments &arguments, SecretStore *secrets, Fail fail, QObject *parent)
    : QObject(parent)
    , m_args(arguments)
    , m_secrets(secrets)
    , m_fail(std::move(fail))
{ }

QString CliKeys::optionKey()
{
    const QString given = m_args.value(QStringLiteral("apikey"));
    if (given == QLatin1String("-")) {
        std::string line;
        std::getline(std::cin, line);
        return QString::fromStdString(line).trimmed();
    }
    QTextStream(stderr) << "Note: a key given with --apikey shows in the process list; prefer --apikey - (standard "
                           "input) or the environment.\n";
    return given.trimmed();
}

void CliKeys::resolve(const Source &source, bool allowOption, std::function<void(const QString &)> next)
{
    if (allowOption && m_args.has(QStringLiteral("apikey"))) {
        const QString key = optionKey();
        if (key.isEmpty())
            return m_fail(Problem::Empty, tr("The %1 API key is empty.").arg(source.system));
        return next(key);
    }
    const QString env = qEnvironmentVariable(source.environment.toLatin1().constData()).trimmed();
    if (!env.isEmpty())
        return next(env);
    m_secrets->read(source.account, this, [this, source, next](const QString &secret, const SecretError &error) {
        if (error.kind() == SecretError::Kind::NotFound)
            return m_fail(
                Problem::Missing,
                tr("No %1 key is stored; %2 or set %3.").arg(source.system, source.missingHint, source.environment));
        if (error.isError())
            return m_fail(error.kind() == SecretError::Kind::Unavailable ? Problem::KeychainUnavailable
                                                                         : Problem::KeychainError,
                          error.message());
        next(secret);
    });
}

void CliKeys::store(const QString &account, const QString &key, std::function<void()> next)
{
    m_secrets->write(account, key, this, [this, next](const SecretError &error) {
        if (error.isError())
            return m_fail(error.kind() == SecretError::Kind::Unavailable ? Problem::KeychainUnavailable
                                                                         : Problem::KeychainError,
                          error.message() + tr(" Nothing was saved."));
        next();
    });
}

void CliKeys::forget(const QString &account, std::function<void(const QString &)> next)
{
    m_secrets->remove(account, this,
                      [next](const SecretError &error) { next(error.isError() ? error.message() : QString()); });
}

} // namespace tw
