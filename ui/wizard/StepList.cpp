#include "wizard/StepList.h"

#include <QEvent>
#include <QIcon>

namespace tw {

StepList::StepList(const QStringList &steps, QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Steps"));
    setFocusPolicy(Qt::NoFocus);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setAutoFillBackground(false);
    setIconSize(QSize(16, 16));
    setSpacing(2);
    for (int i = 0; i < steps.size(); ++i)
        addItem(QStringLiteral("%1  %2").arg(i + 1).arg(steps.at(i)));
    setMinimumWidth(sizeHintForColumn(0) + 48);
    setCurrent(0);
}

void StepList::setCurrent(int index)
{
    m_current = index;
    const QIcon done = QIcon::fromTheme(
        QStringLiteral("emblem-ok-symbolic"),
        QIcon::fromTheme(QStringLiteral("dialog-ok"), QIcon(QStringLiteral(":/icons/step-done.svg"))));
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        QFont f = font();
        f.setBold(i == index);
        it->setFont(f);
        it->setIcon(i < index ? done : QIcon(QStringLiteral(":/icons/step-none.svg"))); // keeps the text aligned
        it->setForeground(i > index ? palette().brush(QPalette::PlaceholderText) : palette().brush(QPalette::Text));
        it->setData(Qt::AccessibleDescriptionRole,
                    i < index        ? tr("done")
                        : i == index ? tr("current step")
                                     : tr("not yet"));
    }
}

void StepList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_current >= 0)
        setCurrent(m_current); // the text colours come from the palette: take the new one's
    QListWidget::changeEvent(event);
}

} // namespace tw
