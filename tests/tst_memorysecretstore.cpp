#include "secrets/MemorySecretStore.h"

#include <QTest>

using namespace tw;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void behavesLikeAStore();
};

void TestMemorySecretStore::behavesLikeAStore()
{
    MemorySecretStore store;
    bool called = false;
    store.write(QStringLiteral("a"), QStringLiteral("secret-a"), this, [&](const SecretError &e) {
        QVERIFY(!e.isError());
        called = true;
    });
    QVERIFY(!called); // callbacks never run inside the call
    QTRY_VERIFY(called);

    QString got;
    SecretError error;
    called = false;
    store.read(QStringLiteral("a"), this, [&](const QString &s, const SecretError &e) {
        got = s;
        error = e;
        called = true;
    });
    QTRY_VERIFY(called);
    QCOMPARE(got, QStringLiteral("secret-a"));

    called = false;
    store.read(QStringLiteral("missing"), this, [&](const QString &, const SecretError &e) {
        error = e;
        called = true;
    });
    QTRY_VERIFY(called);
    QCOMPARE(error.kind(), SecretError::Kind::NotFound);

    store.setUnavailable(true);
    called = false;
    store.write(QStringLiteral("b"), QStringLiteral("x"), this, [&](const SecretError &e) {
        error = e;
        called = true;
    });
    QTRY_VERIFY(called);
    QCOMPARE(error.kind(), SecretError::Kind::Unavailable);
    QCOMPARE(store.size(), 1);
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
