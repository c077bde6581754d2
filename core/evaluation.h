#pragma once
// What the app, `corslab-cli check` and the probe show for a scenario: the engine's decisions
// (fetch_engine), the fix the fixer finds by deciding repaired scenarios again (fix), the block
// in words (explanation), and on request the changes that would block it (block) and the request under
// the bare same-origin policy beside the real one (same_origin_policy_contrast). The engine itself neither words nor fixes, so none of the three depends
// on another through here.
#include "core/access_matrix.h"
#include "core/block.h"
#include "core/engine_comparison.h"
#include "core/engine_profile.h"
#include "core/fetch_engine.h"
#include "core/same_origin_policy_contrast.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <optional>

namespace corslab {

// The verdict with its fix list (when the request does not pass) and Chromium's and Firefox's words
// for the block.
Verdict evaluate(const PreparedScenario &prepared, EngineProfile profile = EngineProfile::Current);
// Prepares and evaluates; a scenario whose URLs do not parse gives nullopt.
std::optional<Verdict> evaluate(const Scenario &scenario, EngineProfile profile = EngineProfile::Current);
// "Block this": the server changes that make the browser refuse the request, each decided again
// (core/block's suggestBlocks, handed the engine as the fixer is); nullopt when the URLs do not parse.
std::optional<BlockSuggestion> blocksFor(const Scenario &scenario, EngineProfile profile = EngineProfile::Current);
// "SOP against CORS": the request evaluated without the server's cross-origin headers and with them
// (core/same_origin_policy_contrast, handed evaluate as the blocker is handed the engine, so both sides
// carry their console text); nullopt when the URLs do not parse.
std::optional<SameOriginPolicyContrast> contrastFor(const Scenario &scenario, EngineProfile profile = EngineProfile::Current);
// "Every tag at once": the request made by each via (core/access_matrix), each row evaluated (with its
// console text and fix); nullopt when the URLs do not parse.
std::optional<QList<AccessMatrixRow>> accessMatrixFor(const Scenario &scenario, EngineProfile profile = EngineProfile::Current);
// "Chromium and Firefox": the request evaluated for current Chromium and for Firefox (each with its console
// text), and the verdict fields that differ; nullopt when the URLs do not parse.
std::optional<EngineComparison> compareEngines(const Scenario &scenario);
// Where Firefox's outcome differs from Chromium's (outcomeDifferences), decided without fixes or words:
// cheap enough for every row of a HAR or a probe.
QList<VerdictField> firefoxOutcomeDifferences(const Scenario &scenario);

} // namespace corslab
