// Cold start of the desktop app to its first painted window: runs
// `trunkwizard --quit-after-first-frame [--sandbox]` N times and prints the median and worst
// wall time and the peak memory (max RSS) of each kind of start.
//   build/bin/bench_startup [--runs N]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace {

struct Sample
{
    double ms = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

Sample runOnce(const QByteArray &program, const QList<QByteArray> &arguments)
{
    std::vector<char *> argv {const_cast<char *>(program.constData())};
    for (const QByteArray &a : arguments)
        argv.push_back(const_cast<char *>(a.constData()));
    argv.push_back(nullptr);
    Sample s;
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, program.constData(), nullptr, nullptr, argv.data(), environ) != 0)
        return s;
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    s.ms = clock.nsecsElapsed() / 1e6;
    s.maxRssKb = usage.ru_maxrss;
    s.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return s;
}

void report(const char *name, QList<Sample> samples)
{
    std::sort(samples.begin(), samples.end(), [](const Sample &a, const Sample &b) { return a.ms < b.ms; });
    long rss = 0;
    int failed = 0;
    for (const Sample &s : samples) {
        rss = std::max(rss, s.maxRssKb);
        failed += s.exitCode == 0 ? 0 : 1;
    }
    std::printf("%-24s runs=%lld median=%.0f ms worst=%.0f ms peakRSS=%ld kB failed=%d\n", name,
                static_cast<long long>(samples.size()), samples.at(samples.size() / 2).ms, samples.last().ms, rss,
                failed);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Starts per kind."), QStringLiteral("n"), QStringLiteral("15")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QByteArray program = (QCoreApplication::applicationDirPath() + QStringLiteral("/trunkwizard")).toLocal8Bit();
    QTemporaryDir config; // no domain configured: the app opens on the wizard
    qputenv("TRUNKWIZARD_CONFIG_DIR", config.path().toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    runOnce(program, {"--quit-after-first-frame"}); // warm the page cache once: "cold" is the process, not the disk
    for (const auto &[name, arguments] :
         {std::pair {"first start (wizard)", QList<QByteArray> {"--quit-after-first-frame"}},
          std::pair {"sandbox start", QList<QByteArray> {"--quit-after-first-frame", "--sandbox"}}}) {
        QList<Sample> samples;
        for (int i = 0; i < runs; ++i)
            samples << runOnce(program, arguments);
        report(name, samples);
    }
    return 0;
}
