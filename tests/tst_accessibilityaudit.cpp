// The accessibility audit can fail: for each of its rules a small window that breaks it is
// flagged, and the same window made right passes. Also the key field's eye, which takes no
// focus, answers Ctrl+H.
#include "common/SecretLineEdit.h"
#include "common/ThemePalette.h"
#include "support/ui/AccessibilityAudit.h"
#include "support/ui/ActiveWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>
#include <QVBoxLayout>

using namespace tw;
using namespace tw::test;

namespace {
// A shown, active window holding `widgets` (owned by it).
std::unique_ptr<QWidget> window(const QList<QWidget *> &widgets)
{
    auto w = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(w.get());
    for (QWidget *child : widgets)
        layout->addWidget(child);
    w->show();
    [&] { QVERIFY(test::activate(w.get())); }();
    return w;
}
} // namespace

class TestAccessibilityAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unnamedFieldIsFlagged();
    void unreachableButtonIsFlagged();
    void colourAloneIsFlagged();
    void lowContrastIsFlagged();
    void sharedMnemonicIsFlagged();
    void titleWithoutItsValueIsFlagged();
    void buttonNamedOtherThanShownIsFlagged();
    void desiredStateKeyIsFlagged();
    void keyIsRevealedWithCtrlH();
};

void TestAccessibilityAudit::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    ThemePalette::apply(ThemePalette::Theme::System);
}

void TestAccessibilityAudit::unnamedFieldIsFlagged()
{
    auto *field = new QLineEdit;
    auto w = window({field});
    QCOMPARE(AccessibilityAudit::unnamed(w.get(), QStringLiteral("t")).size(), 1);
    field->setAccessibleName(QStringLiteral("Domain"));
    QCOMPARE(AccessibilityAudit::unnamed(w.get(), QStringLiteral("t")), QStringList());
}

void TestAccessibilityAudit::unreachableButtonIsFlagged()
{
    auto *first = new QPushButton(QStringLiteral("First"));
    auto *second = new QPushButton(QStringLiteral("Second"));
    second->setFocusPolicy(Qt::NoFocus);
    auto w = window({first, second});
    const QStringList problems = AccessibilityAudit::unreachable(w.get(), QStringLiteral("t"));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QLatin1String("Second")));
    second->setFocusPolicy(Qt::StrongFocus);
    QCOMPARE(AccessibilityAudit::unreachable(w.get(), QStringLiteral("t")), QStringList());
}

void TestAccessibilityAudit::colourAloneIsFlagged()
{
    auto *list = new QListWidget;
    auto *item = new QListWidgetItem(QStringLiteral("+12127771000"), list);
    item->setForeground(QColor(Qt::red)); // "this one failed", said in red only
    auto *dot = new QLabel(QStringLiteral("●"));
    QPalette red = dot->palette();
    red.setColor(QPalette::WindowText, QColor(0xd0, 0x10, 0x10));
    dot->setPalette(red);
    auto w = window({list, dot});
    QCOMPARE(AccessibilityAudit::colourOnly(w.get(), QStringLiteral("t")).size(), 2);
    item->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical));
    dot->setText(QStringLiteral("● Failed"));
    QCOMPARE(AccessibilityAudit::colourOnly(w.get(), QStringLiteral("t")), QStringList());
}

void TestAccessibilityAudit::lowContrastIsFlagged()
{
    auto *faint = new QLabel(QStringLiteral("Hint in light grey"));
    QPalette grey = faint->palette();
    grey.setColor(QPalette::WindowText, QColor(0xaa, 0xaa, 0xaa));
    grey.setColor(QPalette::Window, Qt::white);
    faint->setPalette(grey);
    faint->setAutoFillBackground(true);
    auto w = window({faint});
    QCOMPARE(AccessibilityAudit::lowContrast(w.get(), QStringLiteral("t")).size(), 1);
    grey.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    faint->setPalette(grey);
    QCOMPARE(AccessibilityAudit::lowContrast(w.get(), QStringLiteral("t")), QStringList());
}

void TestAccessibilityAudit::sharedMnemonicIsFlagged()
{
    auto *save = new QPushButton(QStringLiteral("&Save"));
    auto *send = new QPushButton(QStringLiteral("&Send"));
    auto w = window({save, send});
    QCOMPARE(AccessibilityAudit::sharedMnemonics(w.get(), QStringLiteral("t")).size(), 1);
    send->setText(QStringLiteral("S&end"));
    QCOMPARE(AccessibilityAudit::sharedMnemonics(w.get(), QStringLiteral("t")), QStringList());
}

// The summary cards' fault: a value label named after its row, so only the title is heard.
void TestAccessibilityAudit::titleWithoutItsValueIsFlagged()
{
    auto *value = new QLabel(QStringLiteral("9a8b.sip.cloudonix.net"));
    value->setAccessibleName(QStringLiteral("Inbound SIP host"));
    auto w = window({value});
    QCOMPARE(AccessibilityAudit::notHeardAsShown(w.get(), QStringLiteral("t")).size(), 1);
    value->setAccessibleName(QStringLiteral("Inbound SIP host: 9a8b.sip.cloudonix.net"));
    QCOMPARE(AccessibilityAudit::notHeardAsShown(w.get(), QStringLiteral("t")), QStringList());
}

// QWizard's fault: a button that shows "Apply" and is exposed as "Commit".
void TestAccessibilityAudit::buttonNamedOtherThanShownIsFlagged()
{
    auto *apply = new QPushButton(QStringLiteral("&Apply"));
    apply->setAccessibleName(QStringLiteral("Commit"));
    auto *close = new QPushButton(QStringLiteral("✕")); // a glyph: its name says what it does
    close->setAccessibleName(QStringLiteral("Close message"));
    auto w = window({apply, close});
    QCOMPARE(AccessibilityAudit::notHeardAsShown(w.get(), QStringLiteral("t")).size(), 1);
    apply->setAccessibleName(QString()); // Qt's own: the text without its '&'
    QCOMPARE(AccessibilityAudit::notHeardAsShown(w.get(), QStringLiteral("t")), QStringList());
}

// The dashboard's old advice: a file key where the admin needed a place in the app.
void TestAccessibilityAudit::desiredStateKeyIsFlagged()
{
    auto *advice = new QLabel(QStringLiteral("add the carrier's trunk (cloudonix.carrierTrunks in the desired state)"));
    auto *hosts = new QLabel(QStringLiteral("acme.cloudonix.net calls sip.vapi.ai; numbers.csv; trunk.example.com"));
    auto w = window({advice, hosts});
    QCOMPARE(AccessibilityAudit::desiredStateKeys(w.get(), QStringLiteral("t")).size(), 1);
    advice->setText(QStringLiteral("Add the carrier's trunk: Edit in the wizard → Routing → Add carrier trunk."));
    QCOMPARE(AccessibilityAudit::desiredStateKeys(w.get(), QStringLiteral("t")), QStringList());
    for (const char *key : {"trunk.inboundGateways", "numbers[2].assistant", "cloudonix.cxmlUrl"})
        QVERIFY2(AccessibilityAudit::desiredStateKeyPattern().match(QLatin1String(key)).hasMatch(), key);
}

void TestAccessibilityAudit::keyIsRevealedWithCtrlH()
{
    auto *key = new SecretLineEdit;
    key->setAccessibleName(QStringLiteral("API key"));
    key->setText(QStringLiteral("XI-secret-value"));
    auto w = window({new QLineEdit, key});
    key->setFocus();
    QTRY_VERIFY(key->hasFocus());
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QTest::keyClick(key, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    QTest::keyClick(key, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QCOMPARE(key->text(), QStringLiteral("XI-secret-value")); // the key itself untouched
}

QTEST_MAIN(TestAccessibilityAudit)
#include "tst_accessibilityaudit.moc"
