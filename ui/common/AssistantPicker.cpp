#include "common/AssistantPicker.h"

#include <QCompleter>

#include <algorithm>

namespace tw {

AssistantPicker::AssistantPicker(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert); // typing searches; it never adds an assistant
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
}

void AssistantPicker::setAssistants(const QList<VapiAssistant> &assistants, const QString &preferredId)
{
    const QString keep = assistantId();
    clear();
    addItem(tr("(none)"), QString());
    QString firstNamed;
    for (const VapiAssistant &a : assistants) {
        addItem(a.labelAmong(assistants), a.id);
        if (firstNamed.isEmpty() && !a.name.isEmpty())
            firstNamed = a.id;
    }
    int row = -1;
    for (const QString &id : {keep, preferredId, firstNamed})
        if (row < 0 && !id.isEmpty())
            row = findData(id);
    setCurrentIndex(std::max(0, row));
}

} // namespace tw
