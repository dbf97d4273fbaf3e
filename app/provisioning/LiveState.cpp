#include "provisioning/LiveState.h"

namespace tw {

const VapiCredential *LiveState::trunkById(const QString &id) const
{
    for (const VapiCredential &c : trunks)
        if (!id.isEmpty() && c.id == id)
            return &c;
    return nullptr;
}

const VapiAssistant *LiveState::assistantById(const QString &id) const
{
    for (const VapiAssistant &a : assistants)
        if (!id.isEmpty() && a.id == id)
            return &a;
    return nullptr;
}

QString LiveState::assistantLabel(const QString &id) const
{
    const VapiAssistant *a = assistantById(id);
    return a ? a->labelAmong(assistants) : id;
}

} // namespace tw
