#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace tw {

// Form rows that screen readers and automation can find: the label is the field's buddy and
// the field's accessible name is the label's text without its mnemonic.
class FormRows
{
public:
    static QLabel *add(QFormLayout *form, const QString &label, QWidget *field);
    static void name(QWidget *widget, const QString &visibleText); // accessible name = text without '&'
    static QString plain(const QString &visibleText);
    // A short grey hint under the form's last field, in the same cell.
    static QLabel *hint(QFormLayout *form, const QString &text);
    // A section's heading: the label's text in bold.
    static QLabel *heading(const QString &text, QWidget *parent);
};

} // namespace tw
