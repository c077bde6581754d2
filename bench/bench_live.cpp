// Live mode's cost: starting Qt WebEngine once (cold), then one scenario run after another in the warm
// engine, as the desktop app's live mode does (corslab-live --serve). Not run by ./test.sh:
//   build/bench/bench_live [RUNS] [FILE]     (as root: QTWEBENGINE_DISABLE_SANDBOX=1, see the README)
#include "core/scenario.h"
#include "ui/live/engine_runner.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace corslab;

int main(int argc, char *argv[])
{
    live::EngineRunner::prepareEnvironment();
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
    const QString file = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(CORSLAB_SOURCE_DIR "/resources/lessons/11-read-fetch-allowed.cors.json");
    const ScenarioLoad load = loadScenarioFile(file);
    if (!load.scenario) {
        std::fprintf(stderr, "%s\n", qPrintable(load.errors.value(0).toString()));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    live::EngineRunner runner;
    QString why;
    if (!runner.start(&why)) {
        std::fprintf(stderr, "the engine did not start: %s\n", qPrintable(why));
        return 1;
    }
    const double startMs = clock.nsecsElapsed() / 1e6;
    std::vector<double> warm;
    for (int i = 0; i <= runs; ++i) {
        clock.restart();
        const live::LiveResult result = runner.run(*load.scenario);
        if (!result.failure.isEmpty()) {
            std::fprintf(stderr, "run %d failed: %s\n", i, qPrintable(result.failure));
            return 1;
        }
        if (i > 0)   // the first run after start still warms caches
            warm.push_back(clock.nsecsElapsed() / 1e6);
    }
    std::sort(warm.begin(), warm.end());
    std::printf("engine start %.0f ms; warm run over %d runs: median %.1f ms (min %.1f, max %.1f)\n", startMs, runs,
                warm[warm.size() / 2], warm.front(), warm.back());
    return 0;
}
