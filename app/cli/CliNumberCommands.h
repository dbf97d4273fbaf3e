#pragma once

#include "cli/CliCommand.h"

namespace tw {

// The numbers: addnumber (one or many, from the command line or a CSV), sync (stored ids
// against Vapi) and test-call.
class CliNumberCommands : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    void addNumber();
    void sync();
    void testCall();
};

} // namespace tw
