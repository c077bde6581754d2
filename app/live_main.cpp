// corslab-live [--json] FILE...: runs each scenario in the real engine (Qt WebEngine's Chromium,
// offscreen, against loopback servers) and prints what happened. `corslab-cli live` execs this
// program so that the checker itself never links WebEngine.
// Exit status: 0 when every scenario ran, 2 when a file is not a valid scenario, 1 when the engine
// cannot start or a scenario cannot be run.
#include "core/cors_error.h"
#include "core/explanation.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include "ui/live/engine_runner.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <cstdio>

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
    parser.addOption(json);
    parser.addOption(timeout);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Scenario files (*.cors.json)."), QStringLiteral("FILE..."));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
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

    int status = 0;
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const live::LiveResult result = runner.run(scenarios[i]);
        if (!result.failure.isEmpty()) {
            print(stderr, QStringLiteral("%1: cannot run live: %2\n").arg(files[i], result.failure));
            status = 1;
            continue;
        }
        if (parser.isSet(json)) {
            QJsonObject object = verdictToJson(result.verdict, scenarios[i]);
            object.insert(QStringLiteral("file"), files[i]);
            QJsonArray console;
            for (const live::ConsoleLine &line : result.console)
                console.append(line.text);
            object.insert(QStringLiteral("console"), console);
            object.insert(QStringLiteral("timedOut"), result.timedOut);
            object.insert(QStringLiteral("elapsedMs"), result.elapsedMs);
            print(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
        } else {
            print(stdout, report(files[i], scenarios[i], result) + u'\n');
        }
        std::fflush(stdout);
    }
    return status;
}
