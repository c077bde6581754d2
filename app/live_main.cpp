// corslab-live [--json] FILE...: runs each scenario in the real engine (Qt WebEngine's Chromium,
// offscreen, against loopback servers) and prints what happened. `corslab-cli live` execs this
// program so that the checker itself never links WebEngine.
// Exit status: 0 when every scenario ran, 2 when a file is not a valid scenario, 1 when the engine
// cannot start or a scenario cannot be run.
//
// corslab-live --serve: the desktop app's live mode. Starts the engine once, then reads one scenario
// per line on stdin and answers each with one line on stdout, flushed: the verdict object of `--json`
// (without "file") plus what the Live tab shows, or {"error": "..."} when the line is not a valid
// scenario or the run failed. ui/live/serve_protocol.h defines both lines. Exits 0 when stdin closes,
// 1 when the engine cannot start.
// Diagnostics go to stderr.
#include "core/cors_error.h"
#include "core/explanation.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include "ui/live/engine_runner.h"
#include "ui/live/serve_protocol.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QSocketNotifier>
#include <QTimer>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace corslab;

namespace {

void print(FILE *stream, const QString &text) { std::fputs(text.toLocal8Bit().constData(), stream); }

// The same report as `corslab-cli check`, plus what only a live run has: the engine, the time, the console.
QString report(const QString &file, const Scenario &scenario, const live::LiveResult &result)
{
    QString out = verdictReport(file, scenario, result.verdict);
    out += QStringLiteral("  Engine: Chromium %1, %2 ms%3\n")
               .arg(result.verdict.engine)
               .arg(result.elapsedMs)
               .arg(result.timedOut ? QStringLiteral(" (timed out)") : QString());
    for (const live::ConsoleLine &line : result.console) {
        if (line.text != result.verdict.message)
            out += QStringLiteral("  Console [%1]: %2\n").arg(line.level).arg(line.text);
    }
    return out;
}

// What a run reports besides its verdict, as the protocol carries it: the scenario's own requests only.
live::serve::RunReport runReport(const live::LiveResult &result)
{
    live::serve::RunReport report;
    for (const live::ConsoleLine &line : result.console) {
        report.console.append(line.text);
        report.consoleLevels.append(line.level);
    }
    for (const live::LoggedRequest &request : result.serverLog) {
        if (!request.internal)
            report.serverLog.append({QString::fromLatin1(request.method), request.url, request.status});
    }
    report.timedOut = result.timedOut;
    report.elapsedMs = result.elapsedMs;
    return report;
}

void writeLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

// --serve: one scenario line in, one verdict line out.
void serveLine(live::EngineRunner &runner, const QByteArray &line)
{
    const ScenarioLoad load = live::serve::readRequestLine(line);
    if (!load.scenario) {
        QStringList errors;
        for (const ScenarioError &error : load.errors) {
            print(stderr, QStringLiteral("corslab-live: %1\n").arg(error.toString()));
            errors.append(error.toString());
        }
        writeLine(live::serve::errorLine(errors.isEmpty() ? QStringLiteral("not a valid scenario") : errors.join(u"; ")));
        return;
    }
    const live::LiveResult result = runner.run(*load.scenario);
    if (!result.failure.isEmpty()) {
        print(stderr, QStringLiteral("corslab-live: cannot run live: %1\n").arg(result.failure));
        writeLine(live::serve::errorLine(QStringLiteral("cannot run live: %1").arg(result.failure)));
        return;
    }
    writeLine(live::serve::replyLine(result.verdict, *load.scenario, runReport(result)));
}

// Reads stdin through the event loop (the engine needs it running), a line at a time; each line is
// run from the top level, never inside another run's nested event loop. Returns the exit status.
int serve(QGuiApplication &app, live::EngineRunner &runner)
{
    // One line holds at most a maximal scenario file's JSON (escaping can double it).
    constexpr qsizetype kMaxLine = 2 * kMaxScenarioFileBytes + 1024;
    QByteArray buffer;
    QList<QByteArray> lines;
    bool discarding = false;   // inside an over-long line: skip to its end
    bool busy = false;
    bool eof = false;

    const auto drain = [&] {
        if (busy)
            return;
        busy = true;
        while (!lines.isEmpty()) {
            const QByteArray line = lines.takeFirst();
            if (!line.trimmed().isEmpty())
                serveLine(runner, line);
        }
        busy = false;
        if (eof)
            app.exit(0);
    };

    QSocketNotifier notifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char chunk[65536];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        if (n <= 0) {
            eof = true;
            notifier.setEnabled(false);
            if (!discarding && !buffer.isEmpty())
                lines.append(buffer);
            buffer.clear();
        } else {
            const char *begin = chunk;
            const char *const end = chunk + n;
            while (begin < end) {
                const char *newline = static_cast<const char *>(std::memchr(begin, '\n', size_t(end - begin)));
                const char *stop = newline ? newline : end;
                if (!discarding)
                    buffer.append(begin, stop - begin);
                if (!discarding && buffer.size() > kMaxLine) {
                    print(stderr, QStringLiteral("corslab-live: a scenario line is longer than %1 bytes\n").arg(kMaxLine));
                    writeLine(live::serve::errorLine(QStringLiteral("the scenario is too large")));
                    buffer.clear();
                    discarding = true;
                }
                if (newline) {
                    if (!discarding)
                        lines.append(buffer);
                    buffer.clear();
                    discarding = false;
                }
                begin = newline ? newline + 1 : end;
            }
        }
        QTimer::singleShot(0, &app, drain);
    });
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    live::EngineRunner::prepareEnvironment();
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("corslab-live"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORSLAB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs corslab scenarios in the real engine (Qt WebEngine)."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON verdict per line."));
    QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Milliseconds per scenario (default 5000)."),
                               QStringLiteral("ms"), QStringLiteral("5000"));
    QCommandLineOption serveOption(QStringLiteral("serve"),
                                   QStringLiteral("Start the engine once, then run one scenario per line of stdin "
                                                  "(compact JSON) and print one JSON verdict per line; exit when "
                                                  "stdin closes."));
    parser.addOption(json);
    parser.addOption(timeout);
    parser.addOption(serveOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Scenario files (*.cors.json)."), QStringLiteral("FILE..."));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    const bool serving = parser.isSet(serveOption);
    if (serving && !files.isEmpty()) {
        print(stderr, QStringLiteral("corslab-live: --serve reads scenarios from stdin, not from files\n"));
        return 2;
    }
    if (files.isEmpty() && !serving) {
        print(stderr, QStringLiteral("corslab-live: no scenario file given\n"));
        return 2;
    }

    QList<Scenario> scenarios;
    bool invalid = false;
    for (const QString &file : files) {
        const ScenarioLoad load = loadScenarioFile(file);
        for (const ScenarioError &error : load.errors)
            print(stderr, error.toString() + u'\n');
        if (!load.scenario)
            invalid = true;
        else
            scenarios.append(*load.scenario);
    }
    if (invalid)
        return 2;

    const QString helper = qEnvironmentVariableIsSet("QTWEBENGINEPROCESS_PATH")
        ? qEnvironmentVariable("QTWEBENGINEPROCESS_PATH")
        : QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + QStringLiteral("/QtWebEngineProcess");
    if (!QFileInfo(helper).isExecutable()) {
        print(stderr, QStringLiteral("corslab-live: Qt WebEngine cannot start: %1 is missing "
                                     "(install qt6-webengine, or set QTWEBENGINEPROCESS_PATH)\n").arg(helper));
        return 1;
    }
    live::EngineRunner runner;
    runner.setTimeoutMs(parser.value(timeout).toInt() > 0 ? parser.value(timeout).toInt() : 5000);
    QString why;
    if (!runner.start(&why)) {
        print(stderr, QStringLiteral("corslab-live: Qt WebEngine cannot start: %1\n").arg(why));
        return 1;
    }
    if (serving)
        return serve(app, runner);

    int status = 0;
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const live::LiveResult result = runner.run(scenarios[i]);
        if (!result.failure.isEmpty()) {
            print(stderr, QStringLiteral("%1: cannot run live: %2\n").arg(files[i], result.failure));
            status = 1;
            continue;
        }
        if (parser.isSet(json)) {
            QJsonObject object = live::serve::runJson(result.verdict, scenarios[i], runReport(result));
            object.insert(QStringLiteral("file"), files[i]);
            print(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
        } else {
            print(stdout, report(files[i], scenarios[i], result) + u'\n');
        }
        std::fflush(stdout);
    }
    return status;
}
