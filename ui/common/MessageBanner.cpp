#include "common/MessageBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace tw {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
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
    m_icon->setAlignment(Qt::AlignTop);
    row->addWidget(m_icon);
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
    applyLevel();
    m_text->setText(text);
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_copyButton->setVisible(false);
    show();
}

void MessageBanner::applyLevel()
{
    // A tint of the level's colour over the window's base: the palette's text stays readable.
    static const char *accents[] = {"#3b82f6", "#16a34a", "#d97706", "#dc2626"};
    // The parent's base: the banner's own palette is changed by its style sheet.
    const QColor base = (parentWidget() ? parentWidget()->palette() : QApplication::palette()).color(QPalette::Base);
    const QColor accent {QLatin1String(accents[int(m_level)])};
    const auto mix = [](int a, int b) { return int(a * 0.8 + b * 0.2); };
    m_background
        = QColor(mix(base.red(), accent.red()), mix(base.green(), accent.green()), mix(base.blue(), accent.blue()));
    m_styling = true; // the style sheet changes the palette, which would call this again
    setStyleSheet(QStringLiteral("tw--MessageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }")
                      .arg(m_background.name(), accent.name()));
    m_styling = false;
    // The level has its own shape too, never its colour alone.
    static const char *names[]
        = {QT_TR_NOOP("Information"), QT_TR_NOOP("Done"), QT_TR_NOOP("Warning"), QT_TR_NOOP("Error")};
    static const char *icons[]
        = {":/icons/information.svg", ":/icons/step-done.svg", ":/icons/warning.svg", ":/icons/step-failed.svg"};
    setAccessibleDescription(tr(names[int(m_level)]));
    const int side = fontMetrics().height();
    m_icon->setPixmap(QIcon(QString::fromLatin1(icons[int(m_level)])).pixmap(side, side));
    m_icon->setAccessibleName(tr(names[int(m_level)]));
    m_icon->setToolTip(tr(names[int(m_level)]));
}

void MessageBanner::changeEvent(QEvent *event)
{
    // Another appearance chosen while the message shows: tint it anew from the new base.
    if (event->type() == QEvent::PaletteChange && !m_styling && m_background.isValid())
        applyLevel();
    QFrame::changeEvent(event);
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
