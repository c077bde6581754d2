#pragma once
// What the app, `corslab-cli check` and the probe show for a scenario: the engine's decisions
// (fetch_engine), the fix the fixer finds by deciding repaired scenarios again (fix), and the block
// in words (explanation). The engine itself neither words nor fixes, so none of the three depends
// on another through here.
#include "core/engine_profile.h"
#include "core/fetch_engine.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <optional>

namespace corslab {

// The verdict with its fix list (when the request does not pass) and Chromium's and Firefox's words
// for the block.
Verdict evaluate(const PreparedScenario &prepared, EngineProfile profile = EngineProfile::Current);
// Prepares and evaluates; a scenario whose URLs do not parse gives nullopt.
std::optional<Verdict> evaluate(const Scenario &scenario, EngineProfile profile = EngineProfile::Current);

} // namespace corslab
