// The glossary: every term has its title and plain explanation, the keys the CLI takes are
// unique and read back, and leading plus and E.164 carry the guide's table.
#include "help/Glossary.h"

#include <QSet>
#include <QTest>

using namespace tw;

class TestGlossary : public QObject
{
    Q_OBJECT

private slots:
    void everyTermIsExplained();
    void keysRoundTrip();
    void e164TableIsTheGuides();
};

void TestGlossary::everyTermIsExplained()
{
    const QList<Glossary::Term> terms = Glossary::all();
    QCOMPARE(terms.size(), 12);
    QSet<QString> titles;
    for (Glossary::Term term : terms) {
        QVERIFY(!Glossary::title(term).isEmpty());
        titles.insert(Glossary::title(term));
        // A paragraph, not a label: at least two sentences' worth.
        QVERIFY2(Glossary::explanation(term).size() > 120, qPrintable(Glossary::title(term)));
        QVERIFY(Glossary::html(term).startsWith(QLatin1String("<p>")));
    }
    QCOMPARE(titles.size(), terms.size());
    // The list: each of these is in it.
    for (const char *needed : {"SIP trunk", "Gateway", "Options ping", "Leading plus", "Border-to-border calls", "DNID",
                               "Carrier trunk", "Assistant"})
        QVERIFY2(titles.contains(QLatin1String(needed)), needed);
}

void TestGlossary::keysRoundTrip()
{
    QSet<QString> keys;
    for (Glossary::Term term : Glossary::all()) {
        const QString key = Glossary::key(term);
        QVERIFY2(!key.contains(QLatin1Char(' ')) && key == key.toLower(), qPrintable(key));
        keys.insert(key);
        Glossary::Term back = Glossary::Term::Assistant;
        QVERIFY(Glossary::fromKey(key, &back));
        QCOMPARE(back, term);
    }
    QCOMPARE(keys.size(), Glossary::all().size());
    QCOMPARE(Glossary::key(Glossary::Term::SipTrunk), QStringLiteral("sip-trunk"));
    QCOMPARE(Glossary::key(Glossary::Term::E164), QStringLiteral("e164"));
    Glossary::Term term;
    QVERIFY(Glossary::fromKey(QStringLiteral(" Leading-Plus "), &term));
    QCOMPARE(term, Glossary::Term::LeadingPlus);
    QVERIFY(!Glossary::fromKey(QStringLiteral("trunk"), &term));
}

void TestGlossary::e164TableIsTheGuides()
{
    for (Glossary::Term term : {Glossary::Term::LeadingPlus, Glossary::Term::E164}) {
        const QString html = Glossary::html(term);
        for (const char *cell : {"+12127773456", "2127773456", "+442071234567", "02071234567", "+44", "GB"})
            QVERIFY2(html.contains(QLatin1String(cell)), cell);
    }
    QVERIFY(!Glossary::html(Glossary::Term::Dnid).contains(QLatin1String("<table")));
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
