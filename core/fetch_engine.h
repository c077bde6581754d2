#pragma once
// The model: what Chromium does with a scenario's request, walked along the Fetch standard's
// main fetch (https://fetch.spec.whatwg.org/#main-fetch) and the HTML standard's element fetches.
#include "core/cookie_store.h"
#include "core/cross_origin_embedder_policy.h"
#include "core/engine_profile.h"
#include "core/fetch_metadata.h"
#include "core/origin.h"
#include "core/preflight.h"
#include "core/referrer_policy.h"
#include "core/scenario.h"
#include "core/url.h"
#include "core/verdict.h"
#include <QList>
#include <optional>
#include <variant>

namespace corslab {

// https://fetch.spec.whatwg.org/#concept-request-mode ("navigate" for form, link and frame loads).
enum class FetchMode { Cors, NoCors, SameOrigin, Navigate };

// What one route answers, read once: the values the checks look at again and again.
struct RouteFacts {
    int status = 404;
    std::optional<QByteArray> allowOrigin;        // Access-Control-Allow-Origin, lines combined
    std::optional<QByteArray> allowCredentials;   // Access-Control-Allow-Credentials
    std::optional<QByteArray> location;           // set when the answer is a redirect
    // https://fetch.spec.whatwg.org/#cors-preflight-fetch, steps 7.1-7.4, for a request without credentials
    // and for one with them.
    std::variant<PreflightResult, CorsErrorStatus> preflightResult = PreflightResult{};
    std::variant<PreflightResult, CorsErrorStatus> credentialedPreflightResult = PreflightResult{{}, {}, true};
    // https://fetch.spec.whatwg.org/#concept-filtered-response-cors: the response's header names,
    // lower-case, sorted, unique, forbidden ones left out; and what Access-Control-Expose-Headers lists.
    QList<QByteArray> headerNames;
    QList<QByteArray> exposeList;
    bool exposeWildcard = false;              // the list holds `*`
    QList<QByteArray> corsExposedNames;       // the names a CORS response exposes without the wildcard
    QByteArray headerNamesJoined;             // each list joined with ", ", as the ExposedHeaders step names it
    QByteArray corsExposedNamesJoined;
};

// A scenario with everything that does not change between evaluations worked out once: its URLs
// parsed, the page's origin, the request the page builds, what each route answers. Evaluating it
// again (as the UI does on every edit and the benchmark a million times) repeats none of that.
struct PreparedScenario {
    Scenario scenario;
    Url page;
    Url target;
    QStringList routeKeys;                 // serverUrl() of each route, index-aligned with scenario.server
    QList<RouteFacts> routeFacts;          // index-aligned with scenario.server
    QString targetKey;                     // serverUrl() of the request URL

    // The page (https://html.spec.whatwg.org/multipage/browsers.html#concept-origin).
    Origin origin;                         // opaque when sandboxed
    QString serializedOrigin;
    QByteArray serializedOriginBytes;
    Origin targetOrigin;
    QString serializedTargetOrigin;
    QByteArray serializedTargetOriginBytes;
    bool sameOrigin = false;
    bool sameSite = false;
    // https://html.spec.whatwg.org/multipage/browsers.html#obtain-an-embedder-policy from pageHeaders
    EmbedderPolicy embedderPolicy;

    // The request `via` builds (https://fetch.spec.whatwg.org/#concept-request).
    FetchMode mode = FetchMode::Cors;
    CredentialsMode credentials = CredentialsMode::SameOrigin;
    QByteArray method;
    HeaderList headers;                    // author headers as they go on the wire
    AccessCategory category = AccessCategory::Read;
    PreflightNeed need;                    // for method and headers as they start out
    QList<int> targetRoutes;               // the routes at targetKey, in order
    // The first request's wire headers but its Cookie: the preflight's, and the CORS request's (the author
    // headers plus the page's Origin), each with Referer and Sec-Fetch-*.
    HeaderList preflightHeaders;
    HeaderList headersWithOrigin;

    // The request's referrer policy: its own, else the page's Referrer-Policy, else the default
    // (https://fetch.spec.whatwg.org/#concept-request-referrer-policy).
    ReferrerPolicy referrerPolicy = kDefaultReferrerPolicy;
    FetchSite targetFetchSite = FetchSite::SameOrigin;   // the first request's Sec-Fetch-Site
    std::optional<Url> targetReferrer;     // the first request's referrer, worked out once (none from an opaque origin)
    QByteArray targetReferer;              // ... serialised (empty: none)
    // The jar (https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-storage-model) after
    // storing scenario.cookies in order; `jarRefusals` index-aligned with them: why one was not stored.
    CookieStore cookieStore;
    QList<std::optional<CookieExclusion>> jarRefusals;
    QString siteForCookies;                // the page's schemeful site: every request starts in its top-level document

    // nullopt when the page or request URL is not an absolute URL (validateScenario says why).
    static std::optional<PreparedScenario> prepare(Scenario scenario);
};

QLatin1StringView fetchModeName(FetchMode mode);

// What Chromium decides for the scenario: the exchanges, the steps with their typed reasons, and the
// error with its failed parameter. No fix and no words: core/evaluation adds those.
Verdict decide(const PreparedScenario &prepared, EngineProfile profile = EngineProfile::Current);
// The same with the engine's decisions given one by one (core/evaluation's compareEngines varies them).
Verdict decide(const PreparedScenario &prepared, const EngineBehaviour &behaviour);
// Prepares and decides; a scenario whose URLs do not parse gives nullopt.
std::optional<Verdict> decide(const Scenario &scenario, EngineProfile profile = EngineProfile::Current);

// The URL as the server sees it: no fragment, no user name or password.
QString serverUrl(Url url);

} // namespace corslab
