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
    // Plain text as rich text for a wrapped label, its paragraph in the application's direction
    // (a Hebrew sentence that starts with "Trunk Wizard" still reads right to left). Qt 6.4
    // measures a wrapped plain-text label and paints it with different line breaks when right-to-
    // left and left-to-right words mix, so a line ran past the label's edge and was cut; a text
    // document lays out both the same way.
    static QString wrappedText(const QString &text);
    // A short grey hint under the form's last field, in the same cell.
    static QLabel *hint(QFormLayout *form, const QString &text);
    // A section's heading: the label's text in bold.
    static QLabel *heading(const QString &text, QWidget *parent);
};

} // namespace tw
