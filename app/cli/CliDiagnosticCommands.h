#pragma once

#include "cli/CliCommand.h"

namespace tw {

struct SipProbeResult;

// The diagnostics: probe (do the trunk's gateways answer SIP?).
class CliDiagnosticCommands : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    void probe(); // probe --domain D [--timeout SECONDS]

private:
    void printResult(const SipProbeResult &result);
};

} // namespace tw
