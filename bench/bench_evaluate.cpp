// Evaluations per second for a pre-parsed, preflighted, credentialed scenario on one core.
// Built with the project, not run by ./test.sh:  build/bench/bench_evaluate [seconds]
#include "core/evaluation.h"
#include "core/scenario.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

// The format document's example: a credentialed POST with two non-safelisted headers, preflighted.
const char kScenario[] = R"({
  "format": "corslab-scenario/1",
  "page": "https://app.example.com/dashboard",
  "request": {"via": "fetch", "url": "https://api.example.com/v1/items", "method": "POST", "credentials": "include",
              "headers": [["Content-Type", "application/json"], ["X-Trace", "42"]], "body": "{\"name\":\"pen\"}"},
  "server": [
    {"method": "OPTIONS", "url": "https://api.example.com/v1/items", "status": 204,
     "headers": [["Access-Control-Allow-Origin", "https://app.example.com"], ["Access-Control-Allow-Credentials", "true"],
                 ["Access-Control-Allow-Methods", "POST"], ["Access-Control-Allow-Headers", "content-type, x-trace"],
                 ["Access-Control-Max-Age", "600"]]},
    {"method": "*", "url": "https://api.example.com/v1/items", "status": 201,
     "headers": [["Access-Control-Allow-Origin", "https://app.example.com"], ["Access-Control-Allow-Credentials", "true"],
                 ["Content-Type", "application/json"], ["X-Request-Id", "7"]], "body": "{\"id\":7}"}
  ]
})";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::atof(argv[1]) : 3.0;
    const ScenarioLoad load = parseScenario(QByteArray(kScenario), u"bench"_s);
    if (!load.scenario) {
        std::fprintf(stderr, "%s\n", qPrintable(load.errors.value(0).toString()));
        return 1;
    }
    const std::optional<PreparedScenario> prepared = PreparedScenario::prepare(*load.scenario);
    const Verdict check = evaluate(*prepared);
    if (!prepared || !check.preflight || check.blocked || !check.readable) {
        std::fprintf(stderr, "the benchmark scenario must pass with a preflight\n");
        return 1;
    }
    using Clock = std::chrono::steady_clock;
    const auto end = Clock::now() + std::chrono::duration<double>(seconds);
    long long evaluations = 0;
    std::size_t sink = 0;
    const auto start = Clock::now();
    while (Clock::now() < end) {
        for (int i = 0; i < 1000; ++i) {
            const Verdict verdict = evaluate(*prepared);
            sink += static_cast<std::size_t>(verdict.exchanges.size());
        }
        evaluations += 1000;
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("%lld evaluations in %.2f s: %.0f evaluations/s, %.2f us each (checksum %zu)\n", evaluations, elapsed,
                evaluations / elapsed, elapsed / evaluations * 1e6, sink);
    return 0;
}
