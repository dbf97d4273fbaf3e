#include "wizard/NumberDelegate.h"

#include "wizard/NumberTableModel.h"

#include <QComboBox>
#include <QCompleter>

namespace tw {

NumberDelegate::NumberDelegate(NumberTableModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{ }

QWidget *NumberDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    if (index.column() == NumberTableModel::AssistantColumn) {
        auto *box = new QComboBox(parent);
        box->setAccessibleName(tr("Assistant"));
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItem(tr("(none)"), QString());
        for (const VapiAssistant &a : m_model->assistants())
            box->addItem(a.displayName(), a.id);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
        return box;
    }
    if (index.column() == NumberTableModel::ModeColumn) {
        auto *box = new QComboBox(parent);
        box->setAccessibleName(tr("Mode"));
        box->addItem(tr("On the trunk"), int(DesiredNumber::Mode::Trunk));
        box->addItem(tr("Vapi SIP URI"), int(DesiredNumber::Mode::SipUri));
        return box;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void NumberDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void NumberDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        // A typed name that matches an entry picks it; anything else keeps the last choice.
        const int typed = box->findText(box->currentText(), Qt::MatchContains);
        const int at = box->currentText() == box->itemText(box->currentIndex()) ? box->currentIndex() : typed;
        if (at >= 0)
            model->setData(index, box->itemData(at), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace tw
