#include "support/ui/AccessibilityAudit.h"

#include "common/MessageBanner.h"
#include "common/ThemePalette.h"
#include "domain/DesiredState.h"
#include "support/ui/ActiveWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QHash>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QStyle>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

namespace tw::test {

namespace {
// A part of a composite widget (a combo box's list, a spin box's field, a view's editor):
// the composite is what the user meets.
bool isPart(const QWidget *w)
{
    // An editable combo box's line edit takes the focus: it is read on its own (AT-SPI "text").
    if (auto *box = qobject_cast<const QComboBox *>(w->parentWidget()); box && box->lineEdit() == w)
        return false;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QTabBar *>(p))
            return true;
    return w->inherits("QComboBoxListView");
}

QString describe(const QWidget *w, const QString &where)
{
    QString text;
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (auto *l = qobject_cast<const QLabel *>(w))
        text = l->text();
    else if (auto *e = qobject_cast<const QLineEdit *>(w))
        text = e->text().isEmpty() ? e->placeholderText() : e->text();
    return QStringLiteral("%1: %2 %3 \"%4\"")
        .arg(where, QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(40));
}

QList<QWidget *> shown(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>())
        if (w->isVisible())
            out << w;
    return out;
}

QList<QWidget *> interactive(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : shown(root))
        if (AccessibilityAudit::isInteractive(w) && !isPart(w))
            out << w;
    return out;
}

bool hasOwnHue(const QColor &c)
{
    return c.hsvSaturationF() > 0.3 && c.valueF() > 0.2;
}

// What a widget's text is drawn on: the nearest ancestor that paints its own background.
QColor backgroundOf(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (auto *banner = qobject_cast<const MessageBanner *>(p); banner && banner->background().isValid())
            return banner->background();
        if (p->autoFillBackground() || (p != w && (p->testAttribute(Qt::WA_StyledBackground) || p->isWindow())))
            return p->palette().color(QPalette::Active, p->backgroundRole());
    }
    return w->palette().color(QPalette::Active, QPalette::Window);
}

void measure(QStringList *problems, const QWidget *w, const QString &where, const QColor &fg, const QColor &bg)
{
    const QColor shownFg = ThemePalette::over(fg, bg);
    const double ratio = ThemePalette::contrast(shownFg, bg);
    if (ratio < 4.5)
        *problems << QStringLiteral("%1: %2:1 (%3 on %4)")
                         .arg(describe(w, where))
                         .arg(ratio, 0, 'f', 2)
                         .arg(shownFg.name(), bg.name());
}
} // namespace

bool AccessibilityAudit::isInteractive(const QWidget *w)
{
    // A list that takes neither focus nor a selection only shows something (the wizard's steps).
    if (auto *view = qobject_cast<const QAbstractItemView *>(w);
        view && view->focusPolicy() == Qt::NoFocus && view->selectionMode() == QAbstractItemView::NoSelection)
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w);
}

QStringList AccessibilityAudit::unnamed(QWidget *root, const QString &where)
{
    QStringList problems;
    for (QWidget *w : interactive(root)) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty() || name.contains(QLatin1Char('&')))
            problems << describe(w, where) + QStringLiteral(" has no accessible name");
    }
    return problems;
}

namespace {
QString plainText(const QString &text, Qt::TextFormat format)
{
    QString plain = text;
    if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument doc;
        doc.setHtml(text);
        plain = doc.toPlainText();
    }
    return plain.remove(QLatin1Char('&')).simplified();
}

// Everything an assistive technology can read from a widget, as one text.
QString exposed(QWidget *w)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
    if (!a)
        return {};
    QStringList parts {a->text(QAccessible::Name), a->text(QAccessible::Value), a->text(QAccessible::Description)};
    if (QAccessibleTextInterface *t = a->textInterface())
        parts << t->text(0, t->characterCount());
    return parts.join(QLatin1Char(' ')).simplified();
}
} // namespace

QStringList AccessibilityAudit::notHeardAsShown(QWidget *root, const QString &where)
{
    QStringList problems;
    for (QWidget *w : shown(root)) {
        if (isPart(w))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QString text = plainText(label->text(), label->textFormat());
            if (!text.isEmpty() && !exposed(w).contains(text))
                problems << describe(w, where) + QStringLiteral(" is heard as \"%1\"").arg(exposed(w).left(60));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            const QString text = plainText(button->text(), Qt::PlainText);
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            const QString name = a ? a->text(QAccessible::Name).simplified() : QString();
            // A glyph ("✕") is an icon, not a label to say: its name says what it does.
            const bool words = text.contains(QRegularExpression(QStringLiteral("\\w")));
            // Speech is matched without regard to case: "click apply" reaches "Apply".
            if (words && !name.contains(text, Qt::CaseInsensitive))
                problems << describe(w, where) + QStringLiteral(" is named \"%1\"").arg(name);
        }
    }
    return problems;
}

const QRegularExpression &AccessibilityAudit::desiredStateKeyPattern()
{
    static const QRegularExpression pattern = [] {
        DesiredState full;
        full.domain = QStringLiteral("acme.cloudonix.net");
        full.trunk.id = QStringLiteral("id"); // the optional keys too
        full.trunk.port = 5060;
        full.trunk.transport = QStringLiteral("udp");
        full.trunk.inboundGateways = QStringList {QStringLiteral("203.0.113.10")};
        full.numbers << DesiredNumber {QStringLiteral("+12127771000"), QStringLiteral("bot"),
                                       DesiredNumber::Mode::Trunk, QStringLiteral("name")};
        full.cloudonix.carrierTrunks << DesiredCarrierTrunk {};
        full.cloudonix.cxmlUrl = QStringLiteral("https://cxml.example.com");
        QStringList keys;
        const QJsonObject json = full.toJson();
        for (auto top = json.begin(); top != json.end(); ++top) {
            QJsonObject children = top.value().toObject();
            if (top.value().isArray())
                children = top.value().toArray().first().toObject();
            for (auto child = children.begin(); child != children.end(); ++child)
                keys << QStringLiteral("%1(\\[\\d*\\])?\\.%2").arg(top.key(), child.key());
        }
        return QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(keys.join(QLatin1Char('|'))));
    }();
    return pattern;
}

QStringList AccessibilityAudit::desiredStateKeys(QWidget *root, const QString &where)
{
    QStringList problems;
    auto check = [&](const QWidget *w, const QString &text) {
        const QRegularExpressionMatch m = desiredStateKeyPattern().match(text);
        if (m.hasMatch())
            problems << describe(w, where)
                    + QStringLiteral(" names the file key %1: %2").arg(m.captured(), text.left(120));
    };
    for (QWidget *w : shown(root)) {
        check(w, w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            check(w, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            check(w, button->text());
        else if (auto *edit = qobject_cast<QTextEdit *>(w))
            check(w, edit->toPlainText());
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            check(w, plain->toPlainText());
        else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *m = view->model();
            for (int row = 0; row < std::min(m->rowCount(view->rootIndex()), 200); ++row)
                for (int column = 0; column < m->columnCount(view->rootIndex()); ++column) {
                    const QModelIndex i = m->index(row, column, view->rootIndex());
                    check(w, i.data().toString() + QLatin1Char(' ') + i.data(Qt::ToolTipRole).toString());
                }
        }
    }
    return problems;
}

namespace {
// Ink of the label's text in its outermost pixel columns: a glyph runs past the edge (right to
// left text laid out wider than its label is cut this way, whatever the sizes say).
bool inkAtEdge(QLabel *label)
{
    const QImage image = label->grab().toImage();
    const QColor ink = label->palette().color(QPalette::Active, label->foregroundRole());
    const QRect text
        = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
    auto isInk = [&](int x, int y) {
        const QColor c = image.pixelColor(x * image.width() / std::max(1, label->width()),
                                          y * image.height() / std::max(1, label->height()));
        return std::abs(c.red() - ink.red()) + std::abs(c.green() - ink.green()) + std::abs(c.blue() - ink.blue()) < 60;
    };
    // Lines start at the aligned edge, where ink is expected; text too wide runs out at the other.
    const Qt::Alignment aligned = QStyle::visualAlignment(label->layoutDirection(), label->alignment());
    const int far = aligned & Qt::AlignRight ? text.left() : text.right();
    for (int y = text.top(); y <= text.bottom(); ++y)
        if (isInk(far, y))
            return true;
    return false;
}
} // namespace

QStringList AccessibilityAudit::clippedText(QWidget *root, const QString &where)
{
    QStringList problems;
    for (QWidget *w : shown(root)) {
        auto *label = qobject_cast<QLabel *>(w);
        if (!label || isPart(w) || label->text().trimmed().isEmpty() || w->inherits("tw::ElidedLabel"))
            continue;
        const QSize size = label->size();
        if (!label->wordWrap() && label->sizeHint().width() > size.width() + 1)
            problems << describe(w, where)
                    + QStringLiteral(" is cut: %1 px of text in %2 px")
                          .arg(label->sizeHint().width())
                          .arg(size.width());
        else if (label->wordWrap() && label->heightForWidth(size.width()) > size.height() + 1)
            problems << describe(w, where)
                    + QStringLiteral(" is cut: %1 px of lines in %2 px")
                          .arg(label->heightForWidth(size.width()))
                          .arg(size.height());
        else if (label->wordWrap() && !(label->alignment() & Qt::AlignHCenter) && label->pixmap().isNull()
                 && inkAtEdge(label))
            problems << describe(w, where) + QStringLiteral(" is cut at its edge (%1 px wide)").arg(size.width());
        else if (QWidget *parent = w->parentWidget();
                 parent && !parent->rect().adjusted(-1, -1, 1, 1).contains(w->geometry()))
            problems << describe(w, where)
                    + QStringLiteral(" lies partly outside its parent (%1,%2 %3×%4 in %5×%6)")
                          .arg(w->x())
                          .arg(w->y())
                          .arg(w->width())
                          .arg(w->height())
                          .arg(parent->width())
                          .arg(parent->height());
    }
    return problems;
}

QStringList AccessibilityAudit::unreachable(QWidget *root, const QString &where)
{
    QStringList problems;
    QWidget *window = root->window();
    if (!activate(window))
        return {where + QStringLiteral(": the window could not be activated")};
    QList<QWidget *> wanted;
    for (QWidget *w : interactive(root))
        if (w->isEnabled())
            wanted << w;
    if (wanted.isEmpty())
        return {};
    wanted.first()->setFocus(Qt::TabFocusReason);
    QWidget *start = QApplication::focusWidget();
    if (!start)
        return {describe(wanted.first(), where) + QStringLiteral(" takes no focus")};
    QSet<QWidget *> reached;
    QWidget *previous = nullptr;
    int stayed = 0;
    const int limit = 4 * int(window->findChildren<QWidget *>().size()) + 20;
    for (int step = 0; step < limit; ++step) {
        QWidget *now = QApplication::focusWidget();
        if (!now)
            return problems << where + QStringLiteral(": Tab left the window");
        for (QWidget *p = now; p; p = p->parentWidget())
            reached.insert(p); // focus inside a composite counts for it
        if (now == start && step > 0)
            break;
        stayed = now == previous ? stayed + 1 : 0;
        if (stayed > 50) // a table whose Tab walks its cells gets that many, a trap more
            return problems << describe(now, where) + QStringLiteral(" keeps the Tab key");
        previous = now;
        QTest::keyClick(now, Qt::Key_Tab);
    }
    for (QWidget *w : std::as_const(wanted)) {
        // Qt's buttons inside a line edit never take focus: their action's shortcut is the way.
        if (auto *b = qobject_cast<QToolButton *>(w);
            b && w->inherits("QLineEditIconButton") && b->defaultAction() && !b->defaultAction()->shortcut().isEmpty())
            continue;
        bool ok = reached.contains(w) || (w->focusProxy() && reached.contains(w->focusProxy()));
        if (auto *radio = qobject_cast<QRadioButton *>(w); radio && radio->autoExclusive())
            for (QRadioButton *sibling :
                 radio->parentWidget()->findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly))
                ok = ok || reached.contains(sibling);
        if (!ok)
            problems << describe(w, where) + QStringLiteral(" is not reached with Tab");
    }
    return problems;
}

QStringList AccessibilityAudit::colourOnly(QWidget *root, const QString &where)
{
    QStringList problems;
    for (QWidget *w : shown(root)) {
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *m = view->model();
            for (int row = 0; row < std::min(m->rowCount(view->rootIndex()), 200); ++row) {
                for (int column = 0; column < m->columnCount(view->rootIndex()); ++column) {
                    const QModelIndex i = m->index(row, column, view->rootIndex());
                    bool hued = false;
                    for (int role : {int(Qt::ForegroundRole), int(Qt::BackgroundRole)}) {
                        const QVariant v = i.data(role);
                        const QColor c = v.canConvert<QBrush>() ? v.value<QBrush>().color() : v.value<QColor>();
                        hued = hued || (v.isValid() && hasOwnHue(c));
                    }
                    const bool marked = !i.data(Qt::DecorationRole).value<QIcon>().isNull()
                        || !i.data(Qt::AccessibleDescriptionRole).toString().isEmpty();
                    if (hued && !marked)
                        problems << QStringLiteral("%1: %2 row %3 column %4 \"%5\" is marked by colour alone")
                                        .arg(where, QString::fromLatin1(w->metaObject()->className()))
                                        .arg(row)
                                        .arg(column)
                                        .arg(i.data().toString().left(40));
                }
            }
        }
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const QColor c = label->palette().color(QPalette::Active, label->foregroundRole());
            const bool words = label->text().contains(QRegularExpression(QStringLiteral("\\w{2,}")));
            if (hasOwnHue(c) && !words && label->pixmap().isNull())
                problems << describe(w, where) + QStringLiteral(" says it with colour alone");
        }
        if (auto *banner = qobject_cast<MessageBanner *>(w)) {
            bool icon = false;
            for (QLabel *l : banner->findChildren<QLabel *>())
                icon = icon || (l->isVisible() && !l->pixmap().isNull() && !l->accessibleName().isEmpty());
            if (!icon)
                problems << where + QStringLiteral(": a message shows its level by colour alone: ") + banner->text();
        }
    }
    return problems;
}

QStringList AccessibilityAudit::lowContrast(QWidget *root, const QString &where)
{
    QStringList problems;
    for (QWidget *w : shown(root)) {
        if (!w->isEnabled() || isPart(w))
            continue;
        const QPalette &p = w->palette();
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (!label->text().trimmed().isEmpty())
                measure(&problems, w, where, p.color(QPalette::Active, label->foregroundRole()), backgroundOf(w));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            auto *tool = qobject_cast<QToolButton *>(w);
            const bool flat = qobject_cast<QPushButton *>(w) ? qobject_cast<QPushButton *>(w)->isFlat()
                                                             : !tool || tool->autoRaise();
            if (tool || qobject_cast<QPushButton *>(w))
                measure(&problems, w, where, p.color(QPalette::Active, QPalette::ButtonText),
                        flat ? backgroundOf(w) : p.color(QPalette::Active, QPalette::Button));
            else // check boxes and radio buttons: their label on what is behind them
                measure(&problems, w, where, p.color(QPalette::Active, w->foregroundRole()), backgroundOf(w));
        } else if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)) {
            measure(&problems, w, where, p.color(QPalette::Active, QPalette::Text),
                    p.color(QPalette::Active, QPalette::Base));
            measure(&problems, w, where, p.color(QPalette::Active, QPalette::PlaceholderText),
                    p.color(QPalette::Active, QPalette::Base));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *m = view->model();
            for (int row = 0; row < std::min(m->rowCount(view->rootIndex()), 50); ++row) {
                const QModelIndex i = m->index(row, 0, view->rootIndex());
                if (i.data().toString().isEmpty())
                    continue;
                const bool selected = view->selectionModel() && view->selectionModel()->isSelected(i);
                const QVariant fg = i.data(Qt::ForegroundRole), bg = i.data(Qt::BackgroundRole);
                const QColor base = view->viewport()->autoFillBackground() ? p.color(QPalette::Active, QPalette::Base)
                                                                           : backgroundOf(view);
                const QColor back = selected ? p.color(QPalette::Active, QPalette::Highlight)
                    : bg.isValid()           ? bg.value<QBrush>().color()
                                             : base;
                const QColor text = selected ? p.color(QPalette::Active, QPalette::HighlightedText)
                    : fg.isValid()           ? fg.value<QBrush>().color()
                                             : p.color(QPalette::Active, QPalette::Text);
                measure(&problems, w, QStringLiteral("%1 row %2 \"%3\"").arg(where).arg(row).arg(i.data().toString()),
                        text, back);
            }
        }
    }
    return problems;
}

QStringList AccessibilityAudit::sharedMnemonics(QWidget *root, const QString &where)
{
    QHash<QKeySequence, QStringList> owners;
    for (QWidget *w : shown(root)) {
        if (!w->isEnabled())
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            owners[QKeySequence::mnemonic(b->text())] << b->text();
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy() && l->buddy()->isVisible())
            owners[QKeySequence::mnemonic(l->text())] << l->text();
    }
    owners.remove(QKeySequence());
    QStringList problems;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            problems << QStringLiteral("%1: %2 for %3")
                            .arg(where, it.key().toString(), it.value().join(QStringLiteral(", ")));
    return problems;
}

QStringList AccessibilityAudit::all(QWidget *root, const QString &where)
{
    return unnamed(root, where) + notHeardAsShown(root, where) + colourOnly(root, where) + lowContrast(root, where)
        + unreachable(root, where) + sharedMnemonics(root, where) + desiredStateKeys(root, where)
        + clippedText(root, where);
}

} // namespace tw::test
