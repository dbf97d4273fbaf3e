#pragma once

#include "api/ApiError.h"

#include <QColor>
#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace tw {

// An inline message strip (instead of a modal box): one plain sentence, an optional
// "Details" section for support with Copy, and a close button. Its tint follows the palette,
// so it reads in light and dark themes alike.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Information, Positive, Warning, Error };
    Q_ENUM(Level)

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text, const QString &details = {});
    // A refusal or failure of Cloudonix or Vapi: its plain sentence, and for support the
    // system, HTTP status, endpoint and server message.
    void showError(const ApiError &error);
    QString details() const;
    QString text() const;
    Level level() const { return m_level; }
    // The tint the text is drawn on (the accessibility test measures its contrast).
    QColor background() const { return m_background; }

signals:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLevel();

    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QToolButton *m_detailsButton;
    QToolButton *m_copyButton;
    Level m_level = Level::Information;
    QColor m_background;
    bool m_styling = false;
};

} // namespace tw
