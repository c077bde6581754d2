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
    int preflightCacheCap = 2 * 60 * 60;        // seconds Access-Control-Max-Age is capped at
};
const EngineBehaviour &engineBehaviour(EngineProfile profile);

} // namespace corslab
