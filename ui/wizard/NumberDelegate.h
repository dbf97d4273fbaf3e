#pragma once

#include <QStyledItemDelegate>

namespace tw {

class NumberTableModel;

// Edits a number's assistant (a combo box fed by the Vapi assistants, searchable by typing)
// and its mode (on the trunk, or a Vapi SIP URI).
class NumberDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit NumberDelegate(NumberTableModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    NumberTableModel *m_model;
};

} // namespace tw
