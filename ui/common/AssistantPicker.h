#pragma once

#include "api/VapiAssistant.h"

#include <QComboBox>
#include <QList>

namespace tw {

// The Vapi assistants to choose from, by name, with "(none)" first. Typing filters the list: an
// account can hold hundreds of assistants.
class AssistantPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit AssistantPicker(QWidget *parent = nullptr);

    // Keeps the current choice when it is still there, else `preferred`, else the first named.
    void setAssistants(const QList<VapiAssistant> &assistants, const QString &preferredId = {});
    QString assistantId() const { return currentData().toString(); }
};

} // namespace tw
