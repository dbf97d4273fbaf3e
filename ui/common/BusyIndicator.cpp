#include "common/BusyIndicator.h"

#include "common/ElidedLabel.h"

#include <QHBoxLayout>
#include <QProgressBar>

namespace tw {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
    , m_text(new ElidedLabel(this))
    , m_bar(new QProgressBar(this))
{
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(m_bar->fontMetrics().averageCharWidth() * 12);
    m_bar->setAccessibleName(tr("Working"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar);
    row->addWidget(m_text, 1);
    // The text takes the room there is: a long one never widens the window, and ends in "…".
    hide();
}

void BusyIndicator::start(const QString &text)
{
    setText(text);
    show();
}

void BusyIndicator::setText(const QString &text)
{
    m_text->setText(text);
}

void BusyIndicator::stop()
{
    hide();
}

QString BusyIndicator::text() const
{
    return m_text->text();
}

} // namespace tw
