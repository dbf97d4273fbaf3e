#pragma once

#include "cli/CliCommand.h"

#include <QJsonArray>

namespace tw {

// The views: display (what is stored, or with --remote what is live), status (live state and
// drift of one domain), report, and the glossary.
class CliViewCommands : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;

    void display();
    void status();
    void report(); // report --domain D|--all --format json|html|csv|md --output FILE|-
    void glossary(); // glossary [--term KEY]: the telecom terms in plain words

private:
    // One domain after the other (each may need its own key), then one JSON document.
    void showRemote(const QStringList &domains, int index = 0);

    QJsonArray m_shown;
};

} // namespace tw
