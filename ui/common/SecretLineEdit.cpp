#include "common/SecretLineEdit.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

namespace tw {

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_toggle(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    setClearButtonEnabled(false);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_toggle->setCheckable(true);
    // The eye button takes no focus (Qt's line-edit buttons never do): the keyboard has Ctrl+H.
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_toggle->setShortcutContext(Qt::WidgetShortcut);
    addAction(m_toggle, QLineEdit::TrailingPosition);
    connect(m_toggle, &QAction::toggled, this, &SecretLineEdit::setRevealed);
    setRevealed(false);
    // A pasted key with a newline or spaces around it: keep the key only.
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != text.trimmed() && !text.trimmed().isEmpty()) {
            const int cursor = int(text.trimmed().size());
            setText(text.trimmed());
            setCursorPosition(cursor);
        }
    });
}

void SecretLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_toggle->setChecked(revealed);
    m_toggle->setIcon(QIcon::fromTheme(
        revealed ? QStringLiteral("view-hidden") : QStringLiteral("view-visible"),
        QIcon(revealed ? QStringLiteral(":/icons/view-hidden.svg") : QStringLiteral(":/icons/view-visible.svg"))));
    m_toggle->setText(revealed ? tr("Hide key") : tr("Show key"));
    m_toggle->setToolTip(tr("%1 (%2)").arg(m_toggle->text(), m_toggle->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace tw
