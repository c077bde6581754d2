#pragma once
// Cross-Origin-Resource-Policy (https://fetch.spec.whatwg.org/#cross-origin-resource-policy-header):
// a response's say over who may embed it without CORS, and the embedder policy's demand for one, as
// Chromium decides (services/network/public/cpp/cross_origin_resource_policy.cc).
#include "core/cors_error.h"
#include "core/cross_origin_embedder_policy.h"
#include "core/header_list.h"
#include "core/origin.h"
#include <optional>

namespace corslab {

// The header as parsed: Chromium keeps "no header" and "a value it does not know" apart, and both
// mean no policy.
enum class CrossOriginResourcePolicy { Absent, Invalid, SameOrigin, SameSite, CrossOrigin };

// The value (lines combined with ", ", nullopt when absent), compared case-sensitively
// (https://fetch.spec.whatwg.org/#cross-origin-resource-policy-header: %s"same-origin" / %s"same-site").
CrossOriginResourcePolicy parseCrossOriginResourcePolicy(const std::optional<QByteArray> &value);
CrossOriginResourcePolicy parseCrossOriginResourcePolicy(const HeaderList &headers);

// Which of the standard's calls judges a response.
enum class CorpRequestKind {
    Cors,                 // mode "cors" or "same-origin": CORS decides, never CORP
    NoCors,               // https://fetch.spec.whatwg.org/#http-fetch, step 5 (Chromium: mode "no-cors", redirects too)
    FrameNavigation,      // an iframe's navigation: forNavigation, and only under the page's embedder policy
    TopLevelNavigation,   // never checked
};

// The policy the internal check applies: the header's, or same-origin where the embedder policy asks
// for one and the header gives none
// (https://fetch.spec.whatwg.org/#cross-origin-resource-policy-internal-check, steps 3-4).
struct EffectiveResourcePolicy {
    CrossOriginResourcePolicy policy = CrossOriginResourcePolicy::Absent;
    bool defaultedByEmbedderPolicy = false;
};
EffectiveResourcePolicy effectiveResourcePolicy(CrossOriginResourcePolicy header, EmbedderPolicyValue embedderPolicy,
                                                bool forNavigation, bool includesCredentials);

// https://fetch.spec.whatwg.org/#cross-origin-resource-policy-check for a response to `url`, requested by
// `origin` (the page's) under the page's embedder policy: nullopt when allowed, else CorpNotSameOrigin,
// CorpNotSameSite or CorpNotSameOriginAfterDefaultedToSameOriginByCoep. `includesCredentials`: the
// request went with cookies (https://fetch.spec.whatwg.org/#response-request-includes-credentials).
std::optional<CorsError> crossOriginResourcePolicyCheck(CorpRequestKind kind, const Origin &origin,
                                                        EmbedderPolicyValue embedderPolicy, bool includesCredentials,
                                                        const Url &url, const HeaderList &responseHeaders);

} // namespace corslab
