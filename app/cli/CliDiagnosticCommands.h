#pragma once

#include "cli/CliCommand.h"

namespace tw {

struct SipProbeResult;

// The diagnostics: probe (do the trunk's gateways answer SIP?) and doctor (what is set up
// wrong, and how to fix it).
class CliDiagnosticCommands : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    void probe(); // probe --domain D [--timeout SECONDS]
    void doctor(); // doctor --domain D [--timeout SECONDS]: exit 0 only when nothing is found

private:
    void printResult(const SipProbeResult &result);
    // --timeout: Timer F of the SIP probe. False (and the command failed) when unusable.
    bool probeTimeout(std::optional<std::chrono::milliseconds> *timeout);
};

} // namespace tw
