#include "core/evaluation.h"

#include "core/explanation.h"
#include "core/fix.h"

namespace corslab {

Verdict evaluate(const PreparedScenario &prepared, EngineProfile profile)
{
    Verdict verdict = decide(prepared, profile);
    if (!passes(verdict)) {
        const auto decideAgain = [profile](const Scenario &repaired) { return decide(repaired, profile); };
        verdict.fixes = suggestFixes(prepared.scenario, profile, decideAgain);
    }
    verdict.message = consoleMessage(verdict, prepared.scenario, profile);
    verdict.firefox = firefoxReport(verdict, prepared.scenario);
    return verdict;
}

std::optional<Verdict> evaluate(const Scenario &scenario, EngineProfile profile)
{
    const std::optional<PreparedScenario> prepared = PreparedScenario::prepare(scenario);
    if (!prepared)
        return std::nullopt;
    return evaluate(*prepared, profile);
}

} // namespace corslab
