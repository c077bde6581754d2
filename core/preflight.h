#pragma once
// https://fetch.spec.whatwg.org/#cors-preflight-fetch and the result a preflight leaves in the
// cache (https://fetch.spec.whatwg.org/#cors-preflight-cache), as Chromium's PreflightResult.
#include "core/cors_error.h"
#include "core/engine_profile.h"
#include "core/header_list.h"
#include <QList>
#include <optional>
#include <variant>

namespace corslab {

// https://fetch.spec.whatwg.org/#main-fetch, step 12 ("CORS-preflight flag"): why a preflight is needed.
struct PreflightNeed {
    bool methodNotSafelisted = false;
    QList<QByteArray> unsafeHeaderNames;   // sorted, lower-case
    QByteArray requestHeadersValue;        // Access-Control-Request-Headers: those names joined with commas
    bool needed() const { return methodNotSafelisted || !unsafeHeaderNames.isEmpty(); }
};
PreflightNeed preflightNeed(const QByteArray &method, const HeaderList &headers);

// https://fetch.spec.whatwg.org/#cors-preflight-fetch, steps 1-5: the OPTIONS request's headers
// in the order Chromium sends the ones that matter.
HeaderList preflightRequestHeaders(const QByteArray &method, const PreflightNeed &need, const QByteArray &serializedOrigin);

// Access-Control-Max-Age as Chromium reads it: default 5 s, at most 2 h, negative = not cached,
// not an integer = default. Firefox: at most 24 h.
inline constexpr int kPreflightDefaultMaxAge = 5;
inline constexpr int kChromiumPreflightMaxAge = 2 * 60 * 60;
inline constexpr int kFirefoxPreflightMaxAge = 24 * 60 * 60;
int preflightCacheSeconds(const HeaderList &responseHeaders, int cap = kChromiumPreflightMaxAge);

// https://fetch.spec.whatwg.org/#cors-preflight-fetch, step 7.1-7.5: the methods and header names a
// successful preflight allows. Chromium: PreflightResult::Create.
struct PreflightResult {
    QList<QByteArray> methods;
    QList<QByteArray> headerNames;
    bool credentials = false;
    int cacheSeconds = kPreflightDefaultMaxAge;
};
// `cacheCap` caps cacheSeconds (Chromium's by default).
std::variant<PreflightResult, CorsErrorStatus> createPreflightResult(const HeaderList &responseHeaders, bool credentials,
                                                                     int cacheCap = kChromiumPreflightMaxAge);

// Step 7.6: the method is allowed: compared byte for byte; `*` counts only without credentials.
std::optional<CorsErrorStatus> ensureAllowedMethod(const PreflightResult &result, const QByteArray &method, const EngineBehaviour &behaviour);
// Step 7.7-7.8: every CORS-unsafe header is allowed; `*` counts only without credentials (and, in
// Chromium, covers `Authorization` too).
std::optional<CorsErrorStatus> ensureAllowedHeaders(const PreflightResult &result, const PreflightNeed &need);

} // namespace corslab
