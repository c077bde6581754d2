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
        // window.onerror gets a cross-origin script's own Error object (firefox-script-cross-origin-throw-
        // error-object-muted); a thrown string and engine errors stay muted (-throw-string-muted, -type-error-muted).
        b.mutesScriptErrorObjects = false;
        // ORB refuses a no-cors element response that is not 2xx, a 3xx whose mixed-content target it
        // does not follow included (status-304-image, firefox-mixed-img-only-http-served; untuned run
        // seed 20261206: stylesheets redirected to http).
        b.orbBlocksNonOkStatus = true;
        // A CORS redirect to http is MixedContent before its CORS headers count (referer-font-ignores-
        // page-policy; untuned run seed 20261207: fetch, XHR, script and stylesheet redirected to http).
        b.checksMixedContentBeforeRedirectCors = true;
        // No Origin on same-origin crossorigin images, scripts, stylesheets and fonts (firefox-origin-img-
        // crossorigin-same-origin, -script-, -stylesheet-crossorigin-same-origin, -font-same-origin).
        b.sendsOriginOnSameOriginElementLoads = false;
        return b;
    }();
    switch (profile) {
    case EngineProfile::Current: return kChromium;
    case EngineProfile::Chromium102: return kChromium102;
    case EngineProfile::Firefox: return kFirefox;
    }
    return kChromium;
}

namespace {

template <typename Visit>
auto visitRule(EngineRule rule, Visit &&visit)
{
    switch (rule) {
    case EngineRule::UppercasesAllowedMethod: return visit(&EngineBehaviour::uppercasesAllowedMethod);
    case EngineRule::OpaqueResponseBlocking: return visit(&EngineBehaviour::opaqueResponseBlocking);
    case EngineRule::SniffsJavaScriptForOrb: return visit(&EngineBehaviour::sniffsJavaScriptForOrb);
    case EngineRule::UpgradesMixedContentForIpHosts: return visit(&EngineBehaviour::upgradesMixedContentForIpHosts);
    case EngineRule::UpgradesMixedContentInOpaqueDocuments: return visit(&EngineBehaviour::upgradesMixedContentInOpaqueDocuments);
    case EngineRule::DropsBodyHeadersOnMethodRewrite: return visit(&EngineBehaviour::dropsBodyHeadersOnMethodRewrite);
    case EngineRule::DropsAuthorizationAcrossOrigins: return visit(&EngineBehaviour::dropsAuthorizationAcrossOrigins);
    case EngineRule::FailsProxyAuthAndInterimResponses: return visit(&EngineBehaviour::failsProxyAuthAndInterimResponses);
    case EngineRule::BlocksCredentialedSubresources: return visit(&EngineBehaviour::blocksCredentialedSubresources);
    case EngineRule::MutesScriptErrorObjects: return visit(&EngineBehaviour::mutesScriptErrorObjects);
    case EngineRule::OrbBlocksNonOkStatus: return visit(&EngineBehaviour::orbBlocksNonOkStatus);
    case EngineRule::ChecksMixedContentBeforeRedirectCors: return visit(&EngineBehaviour::checksMixedContentBeforeRedirectCors);
    case EngineRule::SendsOriginOnSameOriginElementLoads: return visit(&EngineBehaviour::sendsOriginOnSameOriginElementLoads);
    case EngineRule::PreflightCacheCap: return visit(&EngineBehaviour::preflightCacheCap);
    }
    return visit(&EngineBehaviour::uppercasesAllowedMethod);
}

} // namespace

QLatin1StringView engineRuleName(EngineRule rule)
{
    switch (rule) {
    case EngineRule::UppercasesAllowedMethod: return "uppercasesAllowedMethod"_L1;
    case EngineRule::OpaqueResponseBlocking: return "opaqueResponseBlocking"_L1;
    case EngineRule::SniffsJavaScriptForOrb: return "sniffsJavaScriptForOrb"_L1;
    case EngineRule::UpgradesMixedContentForIpHosts: return "upgradesMixedContentForIpHosts"_L1;
    case EngineRule::UpgradesMixedContentInOpaqueDocuments: return "upgradesMixedContentInOpaqueDocuments"_L1;
    case EngineRule::DropsBodyHeadersOnMethodRewrite: return "dropsBodyHeadersOnMethodRewrite"_L1;
    case EngineRule::DropsAuthorizationAcrossOrigins: return "dropsAuthorizationAcrossOrigins"_L1;
    case EngineRule::FailsProxyAuthAndInterimResponses: return "failsProxyAuthAndInterimResponses"_L1;
    case EngineRule::BlocksCredentialedSubresources: return "blocksCredentialedSubresources"_L1;
    case EngineRule::MutesScriptErrorObjects: return "mutesScriptErrorObjects"_L1;
    case EngineRule::OrbBlocksNonOkStatus: return "orbBlocksNonOkStatus"_L1;
    case EngineRule::ChecksMixedContentBeforeRedirectCors: return "checksMixedContentBeforeRedirectCors"_L1;
    case EngineRule::SendsOriginOnSameOriginElementLoads: return "sendsOriginOnSameOriginElementLoads"_L1;
    case EngineRule::PreflightCacheCap: return "preflightCacheCap"_L1;
    }
    return {};
}

bool decidesAlike(const EngineBehaviour &a, const EngineBehaviour &b, EngineRule rule)
{
    return visitRule(rule, [&](auto member) { return a.*member == b.*member; });
}

EngineBehaviour withRuleOf(EngineBehaviour behaviour, const EngineBehaviour &other, EngineRule rule)
{
    visitRule(rule, [&](auto member) { behaviour.*member = other.*member; });
    return behaviour;
}

} // namespace corslab
