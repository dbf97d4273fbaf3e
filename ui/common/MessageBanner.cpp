#include "common/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace tw {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setVisible(false);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAccessibleName(tr("Close message"));
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    connect(m_detailsButton, &QToolButton::toggled, m_details, &QLabel::setVisible);

    auto *row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(close);
    auto *column = new QVBoxLayout(this);
    column->addLayout(row);
    column->addWidget(m_details);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text, const QString &details)
{
    m_level = level;
    static const char *colors[] = {"#e8f0fb", "#e6f4ea", "#fff4e5", "#fdecea"};
    setStyleSheet(QStringLiteral("tw--MessageBanner { background: %1; }").arg(QLatin1String(colors[int(level)])));
    m_text->setText(text);
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace tw
