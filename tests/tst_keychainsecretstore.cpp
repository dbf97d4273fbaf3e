#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;

namespace {

const QString Secret = QStringLiteral("XIkeychainTest0123456789abcdefABCD");

struct Outcome
{
    bool done = false;
    QString secret;
    SecretError error;
};

// Files below `root` whose bytes contain `needle`: a plaintext fallback would show up here.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

// Child mode: no session bus at all. Prints "<kind>|<message>" of a write and exits.
int runWithoutBackend()
{
    KeychainSecretStore store(QStringLiteral("trunkwizard-test-nobackend"));
    QObject context;
    // A write, then a read: each says what could not be done.
    store.write(QStringLiteral("cloudonix:acme.example"), Secret, &context,
                [&store, &context](const SecretError &error) {
                    printf("%d|%s\n", int(error.kind()), qPrintable(error.message()));
                    store.read(QStringLiteral("vapi:us"), &context, [](const QString &, const SecretError &readError) {
                        printf("%d|%s\n", int(readError.kind()), qPrintable(readError.message()));
                        fflush(stdout);
                        QCoreApplication::exit(0);
                    });
                });
    return QCoreApplication::exec();
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadOverwriteDelete();
    void missingEntry();
    void accountsAreSeparate();
    void noBackendGivesClearErrorAndWritesNothing();

private:
    Outcome read(KeychainSecretStore &store, const QString &account);
    SecretError write(KeychainSecretStore &store, const QString &account, const QString &secret);
    SecretError remove(KeychainSecretStore &store, const QString &account);
    QString m_service;
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the suite with packaging/dev.sh test, which starts a private session and "
              "an unlocked test keyring.");
    m_service = QStringLiteral("trunkwizard-test-%1").arg(QCoreApplication::applicationPid());
}

Outcome TestKeychainSecretStore::read(KeychainSecretStore &store, const QString &account)
{
    Outcome outcome;
    store.read(account, this, [&outcome](const QString &secret, const SecretError &error) {
        outcome = {true, secret, error};
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 10000); }();
    return outcome;
}

SecretError TestKeychainSecretStore::write(KeychainSecretStore &store, const QString &account, const QString &secret)
{
    bool done = false;
    SecretError result;
    store.write(account, secret, this, [&](const SecretError &error) {
        result = error;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return result;
}

SecretError TestKeychainSecretStore::remove(KeychainSecretStore &store, const QString &account)
{
    bool done = false;
    SecretError result;
    store.remove(account, this, [&](const SecretError &error) {
        result = error;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return result;
}

void TestKeychainSecretStore::writeReadOverwriteDelete()
{
    KeychainSecretStore store(m_service);
    const QString account = SecretStore::cloudonixAccount(QStringLiteral("Acme.Cloudonix.net"));
    QCOMPARE(account, QStringLiteral("cloudonix:acme.cloudonix.net"));

    SecretError error = write(store, account, Secret);
    QVERIFY2(!error.isError(), qPrintable(error.details()));
    Outcome got = read(store, account);
    QVERIFY2(!got.error.isError(), qPrintable(got.error.details()));
    QCOMPARE(got.secret, Secret);

    // A second store object (as after a restart) reads the same entry.
    KeychainSecretStore again(m_service);
    QCOMPARE(read(again, account).secret, Secret);

    const QString replaced = Secret + QStringLiteral("-rotated");
    QVERIFY(!write(store, account, replaced).isError());
    QCOMPARE(read(store, account).secret, replaced);

    // The keyring file is encrypted: the key is in no file in plain text.
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    if (!dataHome.isEmpty())
        QCOMPARE(filesContaining(dataHome, replaced.toUtf8()), QStringList());

    QVERIFY(!remove(store, account).isError());
    got = read(store, account);
    QCOMPARE(got.error.kind(), SecretError::Kind::NotFound);
    QVERIFY(got.secret.isEmpty());
    QVERIFY(!remove(store, account).isError()); // removing twice is fine
}

void TestKeychainSecretStore::missingEntry()
{
    KeychainSecretStore store(m_service);
    const Outcome got = read(store, QStringLiteral("vapi:never-written"));
    QCOMPARE(got.error.kind(), SecretError::Kind::NotFound);
    QVERIFY2(got.error.message().contains(QLatin1String("Vapi (NEVER-WRITTEN region)")),
             qPrintable(got.error.message()));
    QVERIFY(!got.error.message().isEmpty());
}

void TestKeychainSecretStore::accountsAreSeparate()
{
    KeychainSecretStore store(m_service);
    QVERIFY(
        !write(store, SecretStore::vapiAccount(QStringLiteral("us")), QStringLiteral("us-key-0123456789")).isError());
    QVERIFY(
        !write(store, SecretStore::vapiAccount(QStringLiteral("eu")), QStringLiteral("eu-key-0123456789")).isError());
    QCOMPARE(read(store, QStringLiteral("vapi:us")).secret, QStringLiteral("us-key-0123456789"));
    QCOMPARE(read(store, QStringLiteral("vapi:eu")).secret, QStringLiteral("eu-key-0123456789"));
    remove(store, QStringLiteral("vapi:us"));
    remove(store, QStringLiteral("vapi:eu"));
}

void TestKeychainSecretStore::noBackendGivesClearErrorAndWritesNothing()
{
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("run")));
    QFile::setPermissions(home.filePath(QStringLiteral("run")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));

    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-no-backend")});
    QVERIFY(child.waitForFinished(30000)); // it must answer, not hang on a prompt
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() == 2 && lines.first().indexOf(QLatin1Char('|')) > 0,
             qPrintable(lines.join(QLatin1Char('\n')) + QString::fromUtf8(child.readAllStandardError())));
    for (const QString &line : lines)
        QCOMPARE(line.section(QLatin1Char('|'), 0, 0).toInt(), int(SecretError::Kind::Unavailable));
    const QString message = lines.first().section(QLatin1Char('|'), 1);
    QVERIFY2(message.contains(QLatin1String("No keychain is available")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("not saved anywhere else")));
    QVERIFY(!message.contains(Secret));
    // Reading says it cannot read, not that a key "cannot be stored".
    const QString reading = lines.last().section(QLatin1Char('|'), 1);
    QVERIFY2(reading.contains(QLatin1String("cannot be read")) && reading.contains(QLatin1String("Vapi (US region)"))
                 && !reading.contains(QLatin1String("stored safely")),
             qPrintable(reading));
    QCOMPARE(filesContaining(home.path(), Secret.toUtf8()), QStringList());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--child-no-backend") == 0)
        return runWithoutBackend();
    TestKeychainSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
