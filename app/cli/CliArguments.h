#pragma once

#include <QCoreApplication>

#include <QHash>
#include <QString>
#include <QStringList>

namespace tw {

// trunkwizard-cli's command line: one command, global options anywhere (before or after it),
// command options with values (repeatable ones collect every value) and switches.
class CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(tw::CliArguments)

public:
    // On failure returns false with one sentence in *error.
    bool parse(const QStringList &arguments, QString *error);

    QString command() const { return m_command; }
    bool has(const QString &name) const { return m_values.contains(name) || m_switches.contains(name); }
    bool isSet(const QString &name) const { return m_switches.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }

    static bool takesValue(const QString &name);

private:
    QString m_command;
    QHash<QString, QStringList> m_values;
    QStringList m_switches;
};

} // namespace tw
