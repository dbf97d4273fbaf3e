#include "common/MessageBanner.h"

#include <QClipboard>
#include <QGuiApplication>
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
    , m_copyButton(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setVisible(false);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setAccessibleName(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setAccessibleName(tr("Copy details"));
    m_copyButton->setVisible(false);
    connect(m_copyButton, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_text->text() + QLatin1Char('\n') + m_details->text()); });
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAccessibleName(tr("Close message"));
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_copyButton->setVisible(on);
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(m_copyButton);
    row->addWidget(close);
    auto *column = new QVBoxLayout(this);
    column->addLayout(row);
    column->addWidget(m_details);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text, const QString &details)
{
    m_level = level;
    // A tint of the level's colour over the window's base: the palette's text stays readable.
    static const char *accents[] = {"#3b82f6", "#16a34a", "#d97706", "#dc2626"};
    const QColor base = palette().color(QPalette::Base);
    const QColor accent {QLatin1String(accents[int(level)])};
    const auto mix = [](int a, int b) { return int(a * 0.8 + b * 0.2); };
    const QColor tint(mix(base.red(), accent.red()), mix(base.green(), accent.green()),
                      mix(base.blue(), accent.blue()));
    setStyleSheet(QStringLiteral("tw--MessageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }")
                      .arg(tint.name(), accent.name()));
    static const char *names[]
        = {QT_TR_NOOP("Information"), QT_TR_NOOP("Done"), QT_TR_NOOP("Warning"), QT_TR_NOOP("Error")};
    setAccessibleDescription(tr(names[int(level)]));
    m_text->setText(text);
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_copyButton->setVisible(false);
    show();
}

void MessageBanner::showError(const ApiError &error)
{
    showMessage(Level::Error, error.userMessage(), error.details());
}

QString MessageBanner::details() const
{
    return m_details->text();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace tw
