#pragma once

#include <QLabel>

namespace tw {

// One line of plain text that never widens its window and is never cut mid-word: when the room
// is short it ends in "…", and the whole text is its tooltip. text() and what a screen reader
// hears stay whole.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text); // hides QLabel's: the tooltip follows
    bool isElided() const;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace tw
