#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace tw {

// An inline message strip (instead of a modal box): one plain sentence, an optional
// "Details" section for support, and a close button.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Information, Positive, Warning, Error };
    Q_ENUM(Level)

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text, const QString &details = {});
    QString text() const;
    Level level() const { return m_level; }

signals:
    void dismissed();

private:
    QLabel *m_text;
    QLabel *m_details;
    QToolButton *m_detailsButton;
    Level m_level = Level::Information;
};

} // namespace tw
