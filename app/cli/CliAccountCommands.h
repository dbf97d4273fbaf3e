#pragma once

#include "cli/CliCommand.h"

namespace tw {

// The accounts and domains: configure (Cloudonix key and domain), service (Vapi key and the
// domain's trunk), import-cxvcc and delete.
class CliAccountCommands : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    void configure();
    void service();
    void importCxVcc();
    void deleteDomain();

private:
    void serviceTrunk(const QString &name, const QString &domain);
    void forget(const QString &domain, const QJsonObject &extra);
};

} // namespace tw
