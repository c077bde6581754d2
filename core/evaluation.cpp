#include "core/evaluation.h"

#include "core/explanation.h"
#include "core/fix.h"

#include <algorithm>

namespace corslab {

namespace {

DecideFunction decideWith(EngineProfile profile)
{
    return [profile](const Scenario &changed) { return decide(changed, profile); };
}

// Each rule Firefox decides otherwise: the fields it moves when Chromium's engine takes it alone, or
// when Firefox's gives it up (so a field two rules make together is named by both).
QList<EngineDifference> differenceCauses(const PreparedScenario &prepared, const EngineComparison &comparison)
{
    const EngineBehaviour &chromium = engineBehaviour(EngineProfile::Current);
    const EngineBehaviour &firefox = engineBehaviour(EngineProfile::Firefox);
    const Verdict firefoxDecided = decide(prepared, firefox);
    QList<EngineDifference> causes;
    for (const EngineRule rule : kAllEngineRules) {
        if (decidesAlike(chromium, firefox, rule))
            continue;
        QList<VerdictField> fields = differingFieldsAmong(comparison.chromium, decide(prepared, withRuleOf(chromium, firefox, rule)), comparison.differ);
        for (const VerdictField field : differingFieldsAmong(firefoxDecided, decide(prepared, withRuleOf(firefox, chromium, rule)), comparison.differ)) {
            if (!fields.contains(field))
                fields.append(field);
        }
        std::sort(fields.begin(), fields.end());
        if (!fields.isEmpty())
            causes.append({rule, std::move(fields)});
    }
    if (std::optional<EngineDifference> naming = reasonKeyNaming(comparison, causes))
        causes.append(std::move(*naming));
    return causes;
}

} // namespace

Verdict evaluate(const PreparedScenario &prepared, EngineProfile profile)
{
    Verdict verdict = decide(prepared, profile);
    if (!passes(verdict))
        verdict.fixes = suggestFixes(prepared.scenario, profile, decideWith(profile));
    verdict.firefox = firefoxReport(verdict, prepared.scenario);
    if (engineBehaviour(profile).chromium) {
        verdict.message = consoleMessage(verdict, prepared.scenario, profile);
    } else {
        // Firefox's own verdict: its console text and reason key, and the error's name only where the key
        // names that one error (Firefox has no key for the rest: nothing Chromium-named to say).
        if (verdict.firefox) {
            verdict.message = verdict.firefox->message;
            verdict.firefoxReason = verdict.firefox->reason;
        }
        if (!verdict.firefox || !firefoxReasonNamesOneError(verdict.firefox->reason))
            verdict.error.reset();
    }
    return verdict;
}

std::optional<Verdict> evaluate(const Scenario &scenario, EngineProfile profile)
{
    const std::optional<PreparedScenario> prepared = PreparedScenario::prepare(scenario);
    if (!prepared)
        return std::nullopt;
    return evaluate(*prepared, profile);
}

std::optional<BlockSuggestion> blocksFor(const Scenario &scenario, EngineProfile profile)
{
    return suggestBlocks(scenario, decideWith(profile));
}

std::optional<SameOriginPolicyContrast> contrastFor(const Scenario &scenario, EngineProfile profile)
{
    return contrastSameOriginPolicy(scenario, [profile](const Scenario &side) { return evaluate(side, profile); });
}

std::optional<EngineComparison> compareEngines(const Scenario &scenario)
{
    const std::optional<PreparedScenario> prepared = PreparedScenario::prepare(scenario);
    if (!prepared)
        return std::nullopt;
    EngineComparison comparison = sideBySide(evaluate(*prepared, EngineProfile::Current), evaluate(*prepared, EngineProfile::Firefox));
    if (comparison.differs())
        comparison.causes = differenceCauses(*prepared, comparison);
    return comparison;
}

QList<VerdictField> firefoxOutcomeDifferences(const Scenario &scenario)
{
    const std::optional<PreparedScenario> prepared = PreparedScenario::prepare(scenario);
    if (!prepared)
        return {};
    return outcomeDifferences(differingFields(decide(*prepared, EngineProfile::Current), decide(*prepared, EngineProfile::Firefox)));
}

std::optional<QList<AccessMatrixRow>> accessMatrixFor(const Scenario &scenario, EngineProfile profile)
{
    return accessMatrix(scenario, [profile](const Scenario &variant) { return evaluate(variant, profile); });
}

} // namespace corslab
