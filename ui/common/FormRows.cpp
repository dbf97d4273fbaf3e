#include "common/FormRows.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tw {

QString FormRows::plain(const QString &visibleText)
{
    QString text = visibleText;
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

QString FormRows::wrappedText(const QString &text)
{
    return QStringLiteral("<div dir=\"%1\">%2</div>")
        .arg(QGuiApplication::layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"),
             text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

void FormRows::name(QWidget *widget, const QString &visibleText)
{
    widget->setAccessibleName(plain(visibleText));
    // Typing in an editable combo box puts the focus in its line edit: that is what is read.
    if (auto *box = qobject_cast<QComboBox *>(widget); box && box->lineEdit())
        box->lineEdit()->setAccessibleName(plain(visibleText));
}

QLabel *FormRows::add(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *l = new QLabel(label, form->parentWidget());
    l->setBuddy(field);
    name(field, label);
    form->addRow(l, field);
    return l;
}

QLabel *FormRows::hint(QFormLayout *form, const QString &text)
{
    auto *l = new QLabel(form->parentWidget());
    l->setTextFormat(Qt::RichText);
    l->setText(wrappedText(text));
    l->setWordWrap(true);
    l->setForegroundRole(QPalette::PlaceholderText);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    l->setFont(f);
    // Under the last row's field, in the same cell: close to what it explains.
    const int row = form->rowCount() - 1;
    QFormLayout::TakeRowResult taken = form->takeRow(row);
    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    if (taken.fieldItem && taken.fieldItem->widget())
        cell->addWidget(taken.fieldItem->widget());
    else if (taken.fieldItem && taken.fieldItem->layout())
        cell->addLayout(taken.fieldItem->layout());
    cell->addWidget(l);
    QWidget *label = taken.labelItem ? taken.labelItem->widget() : nullptr;
    if (label)
        form->insertRow(row, label, cell);
    else
        form->insertRow(row, QString(), cell);
    delete taken.labelItem; // a wrapper; the label lives on
    if (taken.fieldItem && taken.fieldItem->widget())
        delete taken.fieldItem; // a wrapper; a layout item is the layout itself, now in the cell
    return l;
}

QLabel *FormRows::heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace tw
