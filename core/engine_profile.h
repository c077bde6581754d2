#pragma once
// Which browser the model answers for: current Chromium (the default), the Chromium 102 inside Qt
// WebEngine 6.4, or Firefox ESR 153. Where they decide differently, one table (engineBehaviour) says
// how each does, and each row names where it was seen (README: "Engine differences", "Chromium and Firefox").
#include <QLatin1StringView>
#include <array>
#include <optional>

namespace corslab {

enum class EngineProfile { Current, Chromium102, Firefox };
inline constexpr std::array kAllEngineProfiles{EngineProfile::Current, EngineProfile::Chromium102, EngineProfile::Firefox};

// "chromium", "chromium-102", "firefox": the names --engine and the settings use.
QLatin1StringView engineProfileName(EngineProfile profile);
std::optional<EngineProfile> engineProfileFromName(QLatin1StringView name);

// The engine's decisions where the engines part ways.
struct EngineBehaviour {
    bool chromium = true;                       // Chromium's network service: its CORS errors and console texts
    bool uppercasesAllowedMethod = false;       // compares the method with Access-Control-Allow-Methods upper-cased
    bool chromium156ConsoleTexts = true;        // current Chromium's wording (Chromium 102 added the no-cors hints)
    bool opaqueResponseBlocking = true;         // ORB fails a blocked no-cors load; false: CORB empties the body
    bool sniffsJavaScriptForOrb = true;         // ORB sniffs a body declared as JavaScript for HTML or JSON
    bool upgradesMixedContentForIpHosts = false;   // upgrades http images and audio on an IP host (else blocks them)
    bool upgradesMixedContentInOpaqueDocuments = true;   // upgrades for a sandboxed (opaque-origin) page too
    bool dropsBodyHeadersOnMethodRewrite = true;   // a POST turned GET by a redirect loses Content-Type & co.
    bool dropsAuthorizationAcrossOrigins = true;   // https://fetch.spec.whatwg.org/#http-redirect-fetch, step 13
    bool failsProxyAuthAndInterimResponses = true; // a 407 or a lone 1xx fails as a network error, not as a response
    bool blocksCredentialedSubresources = true;    // user:pass@ in an element's URL or a no-cors redirect's target
    bool orbBlocksNonOkStatus = false;
    bool checksMixedContentBeforeRedirectCors = false;
    bool sendsOriginOnSameOriginElementLoads = true;   // a same-origin crossorigin element or font: Origin goes   // a CORS redirect to http: MixedContent before its CORS check          // ORB blocks a no-cors element response that is not 2xx
    bool mutesScriptErrorObjects = true;        // a cross-origin script's own `throw new Error(…)` is "Script error."
    int preflightCacheCap = 2 * 60 * 60;        // seconds Access-Control-Max-Age is capped at
};
const EngineBehaviour &engineBehaviour(EngineProfile profile);

// The decisions of EngineBehaviour one by one (its wording rows, chromium and chromium156ConsoleTexts,
// decide nothing): what the comparison of two engines names as the cause of a difference.
enum class EngineRule {
    UppercasesAllowedMethod,
    OpaqueResponseBlocking,
    SniffsJavaScriptForOrb,
    UpgradesMixedContentForIpHosts,
    UpgradesMixedContentInOpaqueDocuments,
    DropsBodyHeadersOnMethodRewrite,
    DropsAuthorizationAcrossOrigins,
    FailsProxyAuthAndInterimResponses,
    BlocksCredentialedSubresources,
    MutesScriptErrorObjects,
    OrbBlocksNonOkStatus,
    ChecksMixedContentBeforeRedirectCors,
    SendsOriginOnSameOriginElementLoads,
    PreflightCacheCap,
};
inline constexpr std::array kAllEngineRules{
    EngineRule::UppercasesAllowedMethod,       EngineRule::OpaqueResponseBlocking,
    EngineRule::SniffsJavaScriptForOrb,        EngineRule::UpgradesMixedContentForIpHosts,
    EngineRule::UpgradesMixedContentInOpaqueDocuments, EngineRule::DropsBodyHeadersOnMethodRewrite,
    EngineRule::DropsAuthorizationAcrossOrigins, EngineRule::FailsProxyAuthAndInterimResponses,
    EngineRule::BlocksCredentialedSubresources, EngineRule::MutesScriptErrorObjects,
    EngineRule::OrbBlocksNonOkStatus,          EngineRule::ChecksMixedContentBeforeRedirectCors,
    EngineRule::SendsOriginOnSameOriginElementLoads, EngineRule::PreflightCacheCap,
};
// The member's name ("preflightCacheCap"): what check --engine both --json calls the rule.
QLatin1StringView engineRuleName(EngineRule rule);
bool decidesAlike(const EngineBehaviour &a, const EngineBehaviour &b, EngineRule rule);
// `behaviour` with `rule` decided as `other` decides it.
EngineBehaviour withRuleOf(EngineBehaviour behaviour, const EngineBehaviour &other, EngineRule rule);

} // namespace corslab
