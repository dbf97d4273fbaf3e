#pragma once

#include "domain/DesiredState.h"

#include <QDateTime>
#include <QString>

namespace tw {

// What the admin had entered when the wizard was left mid-way: the domain's desired state as
// far as it got and the step reached, in wizard-draft.json beside config.json. Never a key:
// those are in the keychain.
struct WizardDraft
{
    DesiredState desired;
    int pageId = -1;
    QDateTime savedAt;

    bool isValid() const { return !desired.domain.isEmpty() && pageId >= 0; }

    static QString path(const QString &configDir);
    static WizardDraft load(const QString &configDir);
    bool save(const QString &configDir) const;
    static void clear(const QString &configDir);
};

} // namespace tw
