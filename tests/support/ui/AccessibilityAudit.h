#pragma once

#include <QStringList>

class QRegularExpression;
class QWidget;

namespace tw::test {

// Checks a shown window as a keyboard or screen-reader user meets it. Each function returns
// one line per problem ("page: QLineEdit trunkName ..."), empty when there is none.
class AccessibilityAudit
{
public:
    // Buttons, fields, boxes, lists: visible ones of `root` without an accessible name, or with
    // a mnemonic '&' left in it.
    static QStringList unnamed(QWidget *root, const QString &where);
    // Tab from the focused widget until the focus comes round again: every visible, enabled
    // interactive widget of `root` must be reached (one radio button of a group stands for it),
    // and no widget may keep the Tab key (a trap).
    static QStringList unreachable(QWidget *root, const QString &where);
    // Colour used to carry a status must come with words or an icon: list and table cells
    // with a colour role but no text, labels in a colour of their own with no letters.
    static QStringList colourOnly(QWidget *root, const QString &where);
    // Every visible text of `root` against what it is drawn on, in the current palette:
    // at least 4.5:1 (WCAG 2.1 AA). Disabled widgets are exempt, as WCAG has them.
    static QStringList lowContrast(QWidget *root, const QString &where);

    // Alt+letter must do one thing: two visible buttons, or labels of visible fields, of one
    // window with the same mnemonic only move the focus between them.
    static QStringList sharedMnemonics(QWidget *root, const QString &where);

    // What a screen reader hears is what the screen shows: a label's visible text must be part
    // of what it exposes (name, value, description or text), and a button's visible text
    // (without '&') part of its accessible name, so "click Apply" reaches it (WCAG 2.5.3).
    static QStringList notHeardAsShown(QWidget *root, const QString &where);

    // Words for admins, not file keys: no visible text (labels, buttons, list rows, text boxes,
    // tooltips) names a key of the desired-state file ("cloudonix.carrierTrunks").
    static QStringList desiredStateKeys(QWidget *root, const QString &where);
    // The pattern of those keys, made from a full desired state's JSON.
    static const QRegularExpression &desiredStateKeyPattern();

    // Text is never cut: a label's text fits in it (a one-line label its width, a wrapped one its
    // height), and the label lies within its parent. A label made to elide ("…", the whole text
    // in its tooltip) is exempt.
    static QStringList clippedText(QWidget *root, const QString &where);

    static QStringList all(QWidget *root, const QString &where);
    static bool isInteractive(const QWidget *w);
};

} // namespace tw::test
