#include "cli/CliArguments.h"

#include <QCoreApplication>

namespace tw {

namespace {
const QStringList ValueOptions {QStringLiteral("config-dir"),    QStringLiteral("cloudonix-url"),
                                QStringLiteral("vapi-url"),      QStringLiteral("domain"),
                                QStringLiteral("apikey"),        QStringLiteral("name"),
                                QStringLiteral("provider"),      QStringLiteral("number"),
                                QStringLiteral("file"),          QStringLiteral("assistant"),
                                QStringLiteral("mode"),          QStringLiteral("inbound-ip"),
                                QStringLiteral("from"),          QStringLiteral("to"),
                                QStringLiteral("wait"),          QStringLiteral("region"),
                                QStringLiteral("number-region"), QStringLiteral("trunk"),
                                QStringLiteral("format"),        QStringLiteral("output"),
                                QStringLiteral("ca-file"),       QStringLiteral("timeout"),
                                QStringLiteral("lang"),          QStringLiteral("term")};
const QStringList Switches {QStringLiteral("json"),    QStringLiteral("verbose"),
                            QStringLiteral("sandbox"), QStringLiteral("yes"),
                            QStringLiteral("remote"),  QStringLiteral("no-rollback"),
                            QStringLiteral("help"),    QStringLiteral("restore-cloudonix"),
                            QStringLiteral("version"), QStringLiteral("all")};
// cx-vcc's short forms.
const QHash<QString, QString> Short {
    {QStringLiteral("-d"), QStringLiteral("domain")}, {QStringLiteral("-a"), QStringLiteral("apikey")},
    {QStringLiteral("-n"), QStringLiteral("name")},   {QStringLiteral("-p"), QStringLiteral("provider")},
    {QStringLiteral("-r"), QStringLiteral("remote")}, {QStringLiteral("-h"), QStringLiteral("help")},
    {QStringLiteral("-y"), QStringLiteral("yes")}};
} // namespace

bool CliArguments::takesValue(const QString &name)
{
    return ValueOptions.contains(name);
}

bool CliArguments::parse(const QStringList &arguments, QString *error)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        QString name;
        QString inlineValue;
        bool hasInline = false;
        if (Short.contains(arg)) {
            name = Short.value(arg);
        } else if (arg.startsWith(QLatin1String("--"))) {
            name = arg.mid(2);
            if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
                hasInline = true;
            }
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            *error = CliArguments::tr("Unknown option %1; see trunkwizard-cli help.").arg(arg);
            return false;
        } else {
            if (!m_command.isEmpty()) {
                *error = CliArguments::tr("Unexpected argument \"%1\"; see trunkwizard-cli help.").arg(arg);
                return false;
            }
            m_command = arg;
            continue;
        }
        if (Switches.contains(name)) {
            m_switches << name;
        } else if (ValueOptions.contains(name)) {
            if (!hasInline) {
                if (i + 1 >= arguments.size()) {
                    *error = CliArguments::tr("--%1 needs a value.").arg(name);
                    return false;
                }
                inlineValue = arguments.at(++i);
            }
            m_values[name] << inlineValue;
        } else {
            *error = CliArguments::tr("Unknown option --%1; see trunkwizard-cli help.").arg(name);
            return false;
        }
    }
    return true;
}

} // namespace tw
