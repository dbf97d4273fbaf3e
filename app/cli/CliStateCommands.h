#pragma once

#include "cli/CliCommand.h"

namespace tw {

// The desired state: plan and apply a state file, and teardown of a configured domain.
class CliStateCommands : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    void plan();
    void apply();
    void teardown();

private:
    void planFile(bool apply);
};

} // namespace tw
