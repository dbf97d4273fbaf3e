#pragma once

#include <QWidget>

class QProgressBar;

namespace tw {

class ElidedLabel;

// "Checking with Cloudonix…" with a moving bar: long work shows as work, never as a freeze.
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void start(const QString &text);
    void setText(const QString &text);
    void stop();
    QString text() const;

private:
    ElidedLabel *m_text;
    QProgressBar *m_bar;
};

} // namespace tw
