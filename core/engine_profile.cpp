#include "core/engine_profile.h"

using namespace Qt::StringLiterals;

namespace corslab {

QLatin1StringView engineProfileName(EngineProfile profile)
{
    switch (profile) {
    case EngineProfile::Current: return "chromium"_L1;
    case EngineProfile::Chromium102: return "chromium-102"_L1;
    case EngineProfile::Firefox: return "firefox"_L1;
    }
    return {};
}

std::optional<EngineProfile> engineProfileFromName(QLatin1StringView name)
{
    for (EngineProfile profile : kAllEngineProfiles) {
        if (engineProfileName(profile) == name)
            return profile;
    }
    return std::nullopt;
}

const EngineBehaviour &engineBehaviour(EngineProfile profile)
{
    // Current Chromium: seen in Chromium 156.0.8078.114 (tests/data/golden).
    static const EngineBehaviour kChromium;
    // Seen in Qt WebEngine 6.4 (tests/data/engine-differences.json, the goldens' expectChromium102).
    static const EngineBehaviour kChromium102 = [] {
        EngineBehaviour b;
        b.uppercasesAllowedMethod = true;
        b.chromium156ConsoleTexts = false;
        b.opaqueResponseBlocking = false;
        b.sniffsJavaScriptForOrb = false;
        b.upgradesMixedContentForIpHosts = true;
        b.upgradesMixedContentInOpaqueDocuments = false;
        b.dropsBodyHeadersOnMethodRewrite = false;
        b.dropsAuthorizationAcrossOrigins = false;
        return b;
    }();
    // Seen in Firefox ESR 153.8.0esr (the goldens' expectFirefox, tests/browser/README-firefox-observations.md).
    static const EngineBehaviour kFirefox = [] {
        EngineBehaviour b;
        b.chromium = false;
        b.preflightCacheCap = 24 * 60 * 60;
        // A 407 is a response like any other: readable with CORS, a non-ok preflight status
        // (goldens status-407, status-407-preflight); a 101 is handed to fetch() (status-101).
        b.failsProxyAuthAndInterimResponses = false;
        // Loaded with their credentials (url-credentials-img, url-credentials-script, redirect-credentials-no-cors).
        b.blocksCredentialedSubresources = false;
        // ORB leaves a JavaScript-typed body alone (script-js-typed-json-orb).
        b.sniffsJavaScriptForOrb = false;
        return b;
    }();
    switch (profile) {
    case EngineProfile::Current: return kChromium;
    case EngineProfile::Chromium102: return kChromium102;
    case EngineProfile::Firefox: return kFirefox;
    }
    return kChromium;
}

} // namespace corslab
