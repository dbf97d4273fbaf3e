#include "config/BoundedFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using tw::BoundedFile;

class TestBoundedFile : public QObject
{
    Q_OBJECT

private slots:
    void readsUpToTheLimit();
    void endlessDeviceIsRefusedAfterTheLimit();
    void missingAndFolderAreNamed();

private:
    QTemporaryDir m_dir;
};

void TestBoundedFile::readsUpToTheLimit()
{
    const QString path = m_dir.filePath(QStringLiteral("f.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(1000, 'x'));
    f.close();

    BoundedFile atLimit(path, 1000);
    QCOMPARE(atLimit.read(), BoundedFile::Outcome::Read);
    QCOMPARE(atLimit.data().size(), 1000);

    BoundedFile under(path, 999);
    QCOMPARE(under.read(), BoundedFile::Outcome::TooLarge);
    QVERIFY(under.data().isEmpty());
    QCOMPARE(under.reason(), QStringLiteral("larger than 0.976 KB"));
    QCOMPARE(BoundedFile::sizeText(16 * 1024 * 1024), QStringLiteral("16 MB"));
}

// /dev/zero claims a size of 0 and never ends: the bytes read are what counts.
void TestBoundedFile::endlessDeviceIsRefusedAfterTheLimit()
{
    BoundedFile zero(QStringLiteral("/dev/zero"), 64 * 1024);
    QCOMPARE(zero.read(), BoundedFile::Outcome::TooLarge);
    QVERIFY(zero.data().isEmpty());
}

void TestBoundedFile::missingAndFolderAreNamed()
{
    BoundedFile missing(m_dir.filePath(QStringLiteral("nope.json")));
    QCOMPARE(missing.read(), BoundedFile::Outcome::Missing);
    BoundedFile folder(m_dir.path());
    QCOMPARE(folder.read(), BoundedFile::Outcome::Unreadable);
    QCOMPARE(folder.reason(), QStringLiteral("it is a folder"));
}

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "tst_boundedfile.moc"
