// Kill-anywhere: `trunkwizard-cli apply` of 20 numbers is killed with SIGKILL at 50 points and
// run again each time. The points are chosen from a clean run's own writes, spread over every
// kind of step (domain settings, trunk, carrier trunk, numbers, routing application, DNIDs),
// each either before the write takes effect (the sandbox holds it unanswered), after it took
// effect with its answer lost (hang-after), or while the server is still making it: it takes
// effect 1.5 s after it came, while the re-run, started at once, reads and plans (apply-late).
// After each kill the records must load, and the re-run must converge: exit 0, one trunk, each
// number once with the right assistant, no orphans.
#include "config/ConfigStore.h"
#include "support/HttpProbe.h"
#include "support/SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <map>

using namespace tw;
using namespace tw::test;

namespace {

const QString Demo = QStringLiteral("demo.cloudonix.net");
constexpr int Numbers = 20;
constexpr int KillPoints = 50;

QJsonObject desiredState()
{
    QJsonArray numbers;
    for (int i = 0; i < Numbers; ++i)
        numbers.append(QJsonObject {{QStringLiteral("number"), QStringLiteral("+1212777%1").arg(3000 + i)},
                                    {QStringLiteral("assistant"), QStringLiteral("Support bot")}});
    return QJsonObject {
        {QStringLiteral("domain"), Demo},
        {QStringLiteral("trunk"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("Cloudonix demo")},
                      {QStringLiteral("inboundGateways"), QJsonArray {QStringLiteral("203.0.113.10/32")}}}},
        {QStringLiteral("cloudonix"),
         QJsonObject {{QStringLiteral("cxmlUrl"), QStringLiteral("https://cxml.example.com/vapi")},
                      {QStringLiteral("carrierTrunks"),
                       QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("carrier-a")},
                                                {QStringLiteral("host"), QStringLiteral("203.0.113.20")}}}}}},
        {QStringLiteral("numbers"), numbers}};
}

bool isOurs(const QString &number)
{
    static const QRegularExpression ours(QStringLiteral("^\\+1212777(\\d{4})$"));
    const QRegularExpressionMatch m = ours.match(number);
    return m.hasMatch() && m.captured(1).toInt() >= 3000 && m.captured(1).toInt() < 3000 + Numbers;
}

// A write's kind: its method and path with the ids of what earlier writes made left out.
QString kindOf(const QJsonObject &entry)
{
    return entry.value(QStringLiteral("method")).toString() + QLatin1Char(' ')
        + entry.value(QStringLiteral("path")).toString();
}

struct KillPoint
{
    QString kind; // "POST /vapi/phone-number"
    int ordinal = 1; // the n-th write of that kind
    QString flavour; // "timeout" (never takes effect), "hang-after" (answer lost), "apply-late:MS"
    QString spec() const { return QStringLiteral("%1=%2@%3").arg(kind, flavour).arg(ordinal); }
};

} // namespace

class TestKillTorture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyKillPointConverges();

private:
    QProcessEnvironment environment(const QString &cacheDir) const;
    QProcess *startApply(const QString &configDir, QObject *parent) const;
    QJsonArray writes();
    QString converged(const QString &configDir);

    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpProbe m_http;
    QString m_cli;
    QTemporaryDir m_dir;
    QString m_stateFile;
};

void TestKillTorture::initTestCase()
{
    m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/trunkwizard-cli");
    QVERIFY(QFile::exists(m_cli));
    m_sandbox
        = std::make_unique<SandboxProcess>(QStringList {QStringLiteral("--rate-limit"), QStringLiteral("100/1000")});
    QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
    m_stateFile = m_dir.filePath(QStringLiteral("state.json"));
    QFile f(m_stateFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(desiredState()).toJson());
}

QProcessEnvironment TestKillTorture::environment(const QString &cacheDir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TRUNKWIZARD_CLOUDONIX_URL"), m_sandbox->cloudonixUrl());
    env.insert(QStringLiteral("TRUNKWIZARD_VAPI_URL"), m_sandbox->vapiUrl());
    env.insert(QStringLiteral("TRUNKWIZARD_CLOUDONIX_KEY"), QStringLiteral("XIsandboxcustomerkey00000000000000"));
    env.insert(QStringLiteral("TRUNKWIZARD_VAPI_KEY"), QStringLiteral("vapi-sandbox-key-0000-0000-000000000000"));
    env.insert(QStringLiteral("TRUNKWIZARD_CLOUDONIX_PACING"), QStringLiteral("80/1100"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheDir);
    // A create held forever ("timeout") is waited for this long before the trunk is made anew.
    env.insert(QStringLiteral("TRUNKWIZARD_SETTLE_WINDOW_MS"), QStringLiteral("2500"));
    return env;
}

QProcess *TestKillTorture::startApply(const QString &configDir, QObject *parent) const
{
    auto *p = new QProcess(parent);
    p->setProcessEnvironment(environment(configDir + QStringLiteral("/cache")));
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(m_cli,
             {QStringLiteral("--config-dir"), configDir, QStringLiteral("apply"), QStringLiteral("--file"), m_stateFile,
              QStringLiteral("--yes")});
    return p;
}

QJsonArray TestKillTorture::writes()
{
    QJsonArray out;
    for (const QJsonValue &v : m_http.get(m_sandbox->adminUrl() + QStringLiteral("/log")).array())
        if (v.toObject().value(QStringLiteral("method")).toString() != QLatin1String("GET"))
            out.append(v);
    return out;
}

// Empty when the sandbox holds exactly what the desired state asks, once; else what is wrong.
QString TestKillTorture::converged(const QString &configDir)
{
    const QJsonObject state = m_http.get(m_sandbox->adminUrl() + QStringLiteral("/state")).object();
    const QJsonObject vapi = state.value(QStringLiteral("vapi")).toObject();
    QString support;
    for (const QJsonValue &a : vapi.value(QStringLiteral("assistants")).toArray())
        if (a.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Support bot"))
            support = a.toObject().value(QStringLiteral("id")).toString();
    QStringList trunks;
    for (const QJsonValue &c : vapi.value(QStringLiteral("credentials")).toArray())
        if (c.toObject().value(QStringLiteral("provider")).toString() == QLatin1String("byo-sip-trunk"))
            trunks << c.toObject().value(QStringLiteral("id")).toString();
    if (trunks.size() != 1)
        return QStringLiteral("%1 Vapi trunks").arg(trunks.size());
    std::map<QString, int> numbers;
    for (const QJsonValue &v : vapi.value(QStringLiteral("phoneNumbers")).toArray()) {
        const QJsonObject n = v.toObject();
        const bool ours = isOurs(n.value(QStringLiteral("number")).toString());
        const bool onTrunk = n.value(QStringLiteral("credentialId")).toString() == trunks.first();
        if (!ours && onTrunk)
            return QStringLiteral("an orphan %1 on the trunk").arg(n.value(QStringLiteral("number")).toString());
        if (!ours)
            continue; // the account's other numbers, there before the run
        if (!onTrunk)
            return QStringLiteral("number %1 on another trunk").arg(n.value(QStringLiteral("number")).toString());
        if (n.value(QStringLiteral("assistantId")).toString() != support)
            return QStringLiteral("number %1 without its assistant").arg(n.value(QStringLiteral("number")).toString());
        ++numbers[n.value(QStringLiteral("number")).toString()];
    }
    if (numbers.size() != size_t(Numbers))
        return QStringLiteral("%1 distinct Vapi numbers").arg(numbers.size());
    for (const auto &[number, count] : numbers)
        if (count != 1)
            return QStringLiteral("%1 on Vapi %2 times").arg(number).arg(count);

    const QJsonObject domain = state.value(QStringLiteral("cloudonix"))
                                   .toObject()
                                   .value(QStringLiteral("domains"))
                                   .toArray()
                                   .first()
                                   .toObject();
    std::map<QString, int> dnids;
    for (const QJsonValue &v : domain.value(QStringLiteral("dnids")).toArray())
        if (isOurs(v.toObject().value(QStringLiteral("source")).toString()))
            ++dnids[v.toObject().value(QStringLiteral("source")).toString()];
        else
            return QStringLiteral("an orphan DNID %1").arg(v.toObject().value(QStringLiteral("source")).toString());
    if (dnids.size() != size_t(Numbers))
        return QStringLiteral("%1 distinct DNIDs").arg(dnids.size());
    for (const auto &[source, count] : dnids)
        if (count != 1)
            return QStringLiteral("DNID %1 %2 times").arg(source).arg(count);
    int routing = 0;
    for (const QJsonValue &v : domain.value(QStringLiteral("applications")).toArray())
        routing += v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("vapi-inbound");
    if (routing != 1)
        return QStringLiteral("%1 routing applications").arg(routing);
    int carriers = 0;
    for (const QJsonValue &v : domain.value(QStringLiteral("trunks")).toArray())
        carriers += v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("carrier-a");
    if (carriers != 1)
        return QStringLiteral("%1 carrier trunks").arg(carriers);

    ConfigStore store(configDir);
    const ConfigStore::LoadResult loaded = store.load();
    const DomainRecord *record = loaded.config.findDomain(Demo);
    if (loaded.status != ConfigStore::LoadStatus::Loaded || !record)
        return QStringLiteral("the records do not load after the re-run: ") + loaded.message;
    if (record->vapiCredentialId != trunks.first() || record->numbers.size() != Numbers)
        return QStringLiteral("the records name trunk %1 and %2 numbers")
            .arg(record->vapiCredentialId)
            .arg(record->numbers.size());
    return {};
}

void TestKillTorture::everyKillPointConverges()
{
    // A clean run names the writes an apply makes, in order.
    {
        QTemporaryDir clean;
        std::unique_ptr<QProcess> p(startApply(clean.path(), nullptr));
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 0);
        QCOMPARE(converged(clean.path()), QString());
    }
    std::map<QString, int> perKind; // kind -> how many writes of it
    QStringList kinds;
    for (const QJsonValue &v : writes()) {
        const QString kind = kindOf(v.toObject());
        if (!perKind.count(kind))
            kinds << kind;
        ++perKind[kind];
    }
    QVERIFY2(kinds.size() >= 6, qPrintable(kinds.join(QStringLiteral(", "))));

    // Round-robin over the kinds and both flavours, each time one step further into a kind's
    // writes (first, last, then spread between): deterministic, and every kind is hit early.
    QList<KillPoint> points;
    for (int round = 0; points.size() < KillPoints && round < 100; ++round) {
        for (const QString &kind : std::as_const(kinds)) {
            const int count = perKind[kind];
            const int ordinal = round == 0 ? 1 : round == 1 ? count : 1 + (round * 7) % count;
            for (const char *flavour : {"hang-after", "timeout", "apply-late:1500"}) {
                const KillPoint point {kind, ordinal, QLatin1String(flavour)};
                const bool known = std::any_of(points.cbegin(), points.cend(),
                                               [&](const KillPoint &k) { return k.spec() == point.spec(); });
                if (!known && points.size() < KillPoints)
                    points << point;
            }
        }
    }
    QCOMPARE(points.size(), KillPoints);
    qInfo().noquote() << "write kinds:" << kinds.join(QStringLiteral("; "));

    for (const KillPoint &point : std::as_const(points)) {
        QVERIFY(m_http.send("POST", m_sandbox->adminUrl() + QStringLiteral("/reset")).status < 300);
        QTemporaryDir config;
        QCOMPARE(m_http
                     .send("POST", m_sandbox->adminUrl() + QStringLiteral("/faults"), {},
                           QJsonObject {{QStringLiteral("spec"), point.spec()}})
                     .status,
                 201);
        std::unique_ptr<QProcess> run(startApply(config.path(), nullptr));
        QVERIFY(run->waitForStarted());
        // The sandbox holds the chosen write unanswered: kill the CLI while it waits for it.
        QElapsedTimer clock;
        clock.start();
        bool held = false;
        while (!held && clock.elapsed() < 30000 && run->state() == QProcess::Running) {
            for (const QJsonValue &v : writes())
                held = held || v.toObject().value(QStringLiteral("fault")).toString() == point.spec();
            if (!held)
                QThread::msleep(5);
        }
        QVERIFY2(held,
                 qPrintable(point.spec() + QStringLiteral(": never reached; ") + QString::fromUtf8(run->readAll())));
        run->kill(); // SIGKILL: no chance to clean up
        QElapsedTimer sinceKill;
        sinceKill.start();
        QVERIFY(run->waitForFinished(5000));

        // What the kill left must load (a half-written file would be set aside, not loaded).
        {
            ConfigStore store(config.path());
            const ConfigStore::LoadStatus status = store.load().status;
            QVERIFY2(status == ConfigStore::LoadStatus::Loaded || status == ConfigStore::LoadStatus::Missing,
                     qPrintable(point.spec()));
        }
        QVERIFY(m_http.send("DELETE", m_sandbox->adminUrl() + QStringLiteral("/faults")).status < 300);
        std::unique_ptr<QProcess> rerun(startApply(config.path(), nullptr));
        QVERIFY(rerun->waitForFinished(60000));
        QVERIFY2(rerun->exitStatus() == QProcess::NormalExit && rerun->exitCode() == 0,
                 qPrintable(point.spec() + QStringLiteral(": ") + QString::fromUtf8(rerun->readAll())));
        // What the server was still making is made by now (and so counted).
        if (point.flavour.startsWith(QLatin1String("apply-late")))
            QTest::qWait(int(std::max<qint64>(0, 1600 - sinceKill.elapsed())));
        const QString wrong = converged(config.path());
        QVERIFY2(wrong.isEmpty(), qPrintable(point.spec() + QStringLiteral(": ") + wrong));
    }
}

QTEST_GUILESS_MAIN(TestKillTorture)
#include "tst_killtorture.moc"
