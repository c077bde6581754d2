// Scenario files: a file loads or gives errors that name their place; a loaded scenario saves and
// loads back to the same scenario (docs/scenario-format.md).
#include "core/scenario.h"
#include "tests/fuzz/fuzz_input.h"

using namespace Qt::StringLiterals;
using namespace corslab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ScenarioLoad load = parseScenario(fuzz::bytes(data, size).toByteArray(), u"fuzz.cors.json"_s);
    if (!load.scenario) {
        fuzz::require(!load.errors.isEmpty(), "a refused file says why");
        for (const ScenarioError &error : load.errors)
            fuzz::require(!error.toString().isEmpty(), "an error has words");
        return 0;
    }
    (void)validateScenario(*load.scenario);
    const ScenarioLoad again = parseScenario(serializeScenario(*load.scenario), u"saved.cors.json"_s);
    fuzz::require(again.scenario.has_value(), "a saved scenario loads");
    fuzz::require(serializeScenario(*again.scenario) == serializeScenario(*load.scenario), "saving is stable");
    return 0;
}
