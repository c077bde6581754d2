#pragma once
// Why a browser blocked a request: Chromium's CorsError (services/network/public/mojom/cors.mojom),
// spelled without the `k`, plus the other blocks a page meets on a cross-origin request.
// Deciding lives in the engine; words live in explanation.cpp only.
#include <QByteArray>
#include <QLatin1StringView>
#include <optional>

namespace corslab {

enum class CorsError {
    // Chromium's network::mojom::CorsError
    DisallowedByMode,                      // mode "same-origin" to another origin
    InvalidResponse,                       // preflight failed on a network error
    WildcardOriginNotAllowed,              // ACAO "*" with credentials mode "include"
    MissingAllowOriginHeader,              // no ACAO
    MultipleAllowOriginValues,             // ACAO holds a space or a comma
    InvalidAllowOriginValue,               // ACAO is not "*", "null" or an origin
    AllowOriginMismatch,                   // ACAO is an origin, not the request's
    InvalidAllowCredentials,               // credentials "include" and ACAC is not exactly "true"
    CorsDisabledScheme,                    // the URL's scheme does not support CORS
    PreflightInvalidStatus,                // preflight status outside 200-299
    PreflightDisallowedRedirect,           // preflight answered with a redirect
    PreflightWildcardOriginNotAllowed,
    PreflightMissingAllowOriginHeader,
    PreflightMultipleAllowOriginValues,
    PreflightInvalidAllowOriginValue,
    PreflightAllowOriginMismatch,
    PreflightInvalidAllowCredentials,
    InvalidAllowMethodsPreflightResponse,  // ACAM is not a list of tokens
    InvalidAllowHeadersPreflightResponse,  // ACAH is not a list of tokens
    MethodDisallowedByPreflightResponse,   // the method is not in ACAM
    HeaderDisallowedByPreflightResponse,   // a CORS-unsafe header is not in ACAH
    RedirectContainsCredentials,           // cross-origin CORS redirect to a user:pass@ URL
    // Other blocks (not CORS checks, but what stops the same page)
    MixedContent,                          // an https page loads http: content that is not upgraded
    OpaqueResponseBlocked,                 // no-cors response that is not image, media, script or CSS (ORB)
    NoCorsMethodNotSafelisted,             // no-cors with a method other than GET, HEAD, POST
    SandboxedFormSubmission,               // a form in a sandboxed frame without allow-forms
    UrlContainsCredentials,                // fetch() of a user:pass@ URL
    CredentialedSubresourceBlocked,        // subresource URL or redirect target with user:pass@
    // Chromium's network::mojom::BlockedByResponseReason (DevTools' Network.BlockedReason)
    CorpNotSameOrigin,                     // Cross-Origin-Resource-Policy: same-origin, from another origin
    CorpNotSameSite,                       // Cross-Origin-Resource-Policy: same-site, from another site
    CorpNotSameOriginAfterDefaultedToSameOriginByCoep,   // no CORP, and the page's COEP made it same-origin
    CoepFrameResourceNeedsCoepHeader,      // a frame of a COEP page without a COEP of its own
    // The framed document refuses the page as its ancestor
    XFrameOptions,                         // X-Frame-Options: DENY, or SAMEORIGIN from another origin
    FrameAncestors,                        // Content-Security-Policy: frame-ancestors does not list the page
    // Network errors that are not CORS errors, named after Chromium's net error (net/base/net_error_list.h)
    TooManyRedirects,                      // more than 20 redirects (net::ERR_TOO_MANY_REDIRECTS)
    InvalidRedirect,                       // a Location that does not parse (net::ERR_INVALID_REDIRECT)
    UnsafeRedirect,                        // a redirect to data:, about:, blob:, file: or another local scheme (net::ERR_UNSAFE_REDIRECT)
    UnknownUrlScheme,                      // a no-cors redirect to a scheme the network service cannot load (net::ERR_UNKNOWN_URL_SCHEME)
    UnexpectedProxyAuth,                   // a 407 from a server that is not a proxy (net::ERR_UNEXPECTED_PROXY_AUTH)
    BlockedByClient,                       // a top-level form on a secure page submitted over http: Chromium's insecure-form warning stops it (net::ERR_BLOCKED_BY_CLIENT)
    EmptyResponse,                         // only a 1xx head, then the connection closed (net::ERR_EMPTY_RESPONSE)
};

inline constexpr int kCorsErrorCount = static_cast<int>(CorsError::EmptyResponse) + 1;

QLatin1StringView corsErrorName(CorsError error);
std::optional<CorsError> corsErrorFromName(QLatin1StringView name);
// The kPreflight* twin of a response-check error (MissingAllowOriginHeader -> PreflightMissingAllowOriginHeader).
CorsError preflightTwin(CorsError error);
bool isPreflightError(CorsError error);
// A network error (net::ERR_*), not a CORS check or a policy block: the load fails, whatever the mode.
bool isNetError(CorsError error);

// The error and the parameter that failed (the header value, method or header name), as
// Chromium's CorsErrorStatus carries it.
struct CorsErrorStatus {
    CorsError error;
    QByteArray failedParameter;
    friend bool operator==(const CorsErrorStatus &, const CorsErrorStatus &) = default;
};

} // namespace corslab
