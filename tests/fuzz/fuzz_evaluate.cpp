// The whole evaluation of a loaded scenario: it ends, and its verdict keeps the engine's invariants —
// a blocked request is never readable, an error always blocks, at most 20 redirects
// (https://fetch.spec.whatwg.org/#http-redirect-fetch, step 8), a preflight before any main request
// only when the verdict says so; the report and the console text are written without fault.
#include "core/evaluation.h"
#include "core/explanation.h"
#include "core/scenario.h"
#include "core/verdict_json.h"
#include "tests/fuzz/fuzz_input.h"

using namespace Qt::StringLiterals;
using namespace corslab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ScenarioLoad load = parseScenario(fuzz::bytes(data, size).toByteArray(), u"fuzz.cors.json"_s);
    if (!load.scenario)
        return 0;
    for (const EngineProfile profile : {EngineProfile::Current, EngineProfile::Chromium102}) {
        const std::optional<Verdict> verdict = evaluate(*load.scenario, profile);
        if (!verdict)
            continue;
        fuzz::require(!(verdict->blocked && verdict->readable), "a blocked request is never readable");
        fuzz::require(!verdict->error || verdict->blocked, "an error blocks");
        fuzz::require(verdict->blocked || verdict->message.isEmpty(), "only a block has a console message");
        qsizetype mainRequests = 0;
        bool preflighted = false;
        for (const Exchange &exchange : verdict->exchanges) {
            preflighted = preflighted || exchange.kind == Exchange::Kind::Preflight;
            mainRequests += exchange.kind != Exchange::Kind::Preflight;
        }
        fuzz::require(mainRequests <= 21, "at most 20 redirects follow the request");
        fuzz::require(preflighted == verdict->preflight, "a preflight on the wire is a preflight in the verdict");
        fuzz::require(verdict->sent == (mainRequests > 0), "sent means a request went out");
        (void)verdictReport(u"fuzz.cors.json"_s, *load.scenario, *verdict);
        (void)verdictToJson(*verdict, *load.scenario);
    }
    return 0;
}
