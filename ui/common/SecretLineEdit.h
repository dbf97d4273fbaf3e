#pragma once

#include <QLineEdit>

namespace tw {

// An API key field: masked, with a show/hide toggle inside the field, and pasted or typed
// whitespace around the key dropped (keys copied from a web console often carry it).
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget *parent = nullptr);

    QString secret() const { return text().trimmed(); }
    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void setRevealed(bool revealed);

private:
    QAction *m_toggle;
};

} // namespace tw
