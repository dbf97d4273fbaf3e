#pragma once

#include "cli/CliArguments.h"

#include <QObject>

namespace tw {

class CliOutput;
class CoreContext;

// trunkwizard-cli's front: checks the global options, then hands the command to its family
// (account, numbers, state, views). Each command runs asynchronously and ends with
// finished(exitCode); the codes are CliOutput::ExitCode.
class CliCommands : public QObject
{
    Q_OBJECT

public:
    CliCommands(const CliArguments &arguments, CoreContext *core, QObject *parent = nullptr);

    void start();
    static QString usage();

signals:
    void finished(int exitCode);

private:
    CliArguments m_args;
    CoreContext *m_core;
    CliOutput *m_out;
};

} // namespace tw
