#pragma once
// What a browser did with a scenario's request (docs/scenario-format.md, "Verdict"): the model's
// answer and the live engine's observation share this shape, so comparing them is field by field.
#include "core/cookie_store.h"
#include "core/cors_error.h"
#include "core/header_list.h"
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <variant>

namespace corslab {

// The three kinds of cross-origin access: write (navigations, form submissions), embed (elements
// without crossorigin), read (fetch, XHR, crossorigin elements, fonts).
enum class AccessCategory { Write, Embed, Read };
QLatin1StringView accessCategoryName(AccessCategory category);

// One HTTP exchange as it goes over the wire.
struct Exchange {
    enum class Kind { Preflight, Main, Redirect };
    Kind kind = Kind::Main;
    QByteArray method;
    QString url;
    HeaderList requestHeaders;
    bool credentials = false;    // cookies (and HTTP auth) go along
    int status = 0;              // 0: no response (the browser never received one)
    HeaderList responseHeaders;  // what the server answered (for the views; not part of the JSON contract)
    int routeIndex = -1;         // the scenario route that answered; -1: none (404)
    friend bool operator==(const Exchange &, const Exchange &) = default;
};
QLatin1StringView exchangeKindName(Exchange::Kind kind);

// A check the engine made; explanation.cpp turns it into words and a link to the standard.
enum class StepId {
    RequestSetup,            // how `via` builds the request (mode, credentials, destination)
    MixedContentCheck,       // https page, http URL
    CredentialsInUrl,        // user:pass@ in the URL
    ReferrerPolicyCheck,     // fetch() with a referrerPolicy that is not one: a TypeError
    SameOriginCheck,         // request origin vs. URL origin
    SchemeCheck,             // CORS needs http(s)
    ModeCheck,               // main fetch routing by mode
    NoCorsMethodCheck,       // no-cors only with CORS-safelisted methods
    SandboxCheck,            // sandboxed page without allow-forms / allow-same-origin
    InsecureFormCheck,       // a top-level form from an https page to an http URL (Chromium's warning)
    OriginHeader,            // whether and what Origin header is sent
    CookiesAttached,         // whether credentials (cookies) go along, and which cookies
    CookieNotStored,         // a jar cookie the browser refused to store
    CookieWithheld,          // a stored cookie that stays home on this request
    PreflightNeeded,         // method or headers make a preflight necessary
    PreflightCacheHit,       // an earlier preflight still covers the request
    PreflightStatus,         // the preflight's status is ok
    PreflightRedirect,       // the preflight was redirected
    PreflightCorsCheck,      // CORS check on the preflight response
    AllowMethods,            // Access-Control-Allow-Methods covers the method
    AllowHeaders,            // Access-Control-Allow-Headers covers each unsafe header
    PreflightCacheEntry,     // Access-Control-Max-Age and how long the result is cached
    CorsCheck,               // CORS check on the response
    Redirect,                // a redirect is followed
    RedirectLimit,           // more than 20 redirects
    RedirectCredentials,     // redirect to a user:pass@ URL
    TaintedOrigin,           // a cross-origin redirect taints the origin (Origin: null)
    AuthorizationDropped,    // Authorization removed on a cross-origin redirect
    MethodRewrite,           // 301/302 POST or 303 becomes GET
    OpaqueResponse,          // the response is opaque: not readable
    OpaqueResponseBlocking,  // ORB on a no-cors response
    ExposedHeaders,          // which response headers script can read
    ElementReadability,      // canvas taint, muted errors, cssRules, frame access
    ElementLoadFailed,       // the element cannot use the response: its error event fires
    NoServerRoute,           // no route answered: 404
    NetworkError,            // the network stack failed the load itself (a 407, only a 1xx, an unsafe redirect)
    ExternalProtocol,        // a navigation to a scheme the browser hands to the system
    // Embedding controls
    EmbedderPolicy,                  // the page's Cross-Origin-Embedder-Policy, and whether it applies
    CrossOriginResourcePolicyCheck,  // CORP (or what COEP makes of its absence) on a no-cors response or a frame's
    FrameEmbedderPolicyCheck,        // a COEP page's frame needs a COEP of its own
    FrameAncestorsCheck,             // Content-Security-Policy: frame-ancestors lets the page frame the document
    XFrameOptionsCheck,              // X-Frame-Options lets the page frame the document
};

// Why a step came out as it did, where passing or failing alone does not say it: a typed reason, as
// Chromium's PreflightRequiredReason, that explanation.cpp words.
enum class StepReason {
    None,
    // SameOriginCheck (informational: it passes either way)
    SameOrigin,           // the page and the URL have the same scheme, host and port
    CrossOrigin,          // they differ: the request needs CORS
    // ElementReadability: a cross-origin classic script's own Error object is reported, not muted (Firefox)
    UnmutedErrorObject,
    // OpaqueResponseBlocking: Firefox's ORB refuses a no-cors response whose status is not ok
    NonOkStatus,
    // ModeCheck: where main fetch sends the request (https://fetch.spec.whatwg.org/#main-fetch, step 12)
    SchemeFetch,          // a data: URL, answered locally (https://fetch.spec.whatwg.org/#scheme-fetch)
    BasicFetch,           // same origin, or a navigation: no CORS
    NoCorsFetch,          // mode "no-cors": an opaque response
    CorsFetch,            // cross-origin with mode "cors": the CORS check follows
    // CookiesAttached
    CredentialsIncluded,  // cookies (and HTTP auth) go along
    CredentialsExcluded,  // they stay home
    CredentialsOmittedByEmbedderPolicy,   // COEP credentialless: a no-cors request to another origin goes without them
    // EmbedderPolicy
    EmbedderPolicyEnforced,        // require-corp or credentialless applies to what the page embeds
    EmbedderPolicyUnsafeNone,      // the header names no policy that applies (unsafe-none, a value not parsed)
    EmbedderPolicyNotSecure,       // the page is no secure context: its COEP is ignored
    // CrossOriginResourcePolicyCheck: the policy the check applied
    CorpAbsent,                    // no header, nothing demanded
    CorpInvalid,                   // a value the browser does not know, ignored
    CorpSameOrigin,
    CorpSameSite,
    CorpCrossOrigin,
    CorpDefaultedToSameOrigin,     // no usable header, and the page's COEP made it same-origin
    // XFrameOptionsCheck: the header as parsed
    XFrameOptionsDeny,
    XFrameOptionsSameOrigin,
    XFrameOptionsAllowAll,
    XFrameOptionsInvalid,          // a value the browser does not know (ALLOW-FROM too): ignored
    XFrameOptionsConflict,         // values that disagree: taken as DENY
    XFrameOptionsOverridden,       // frame-ancestors decides; X-Frame-Options is not consulted
};

// The values a step is about (header names, methods, URLs, numbers, the standard's tokens for the
// request's via, mode and credentials), kept as bytes so the engine shares what it already has
// instead of converting; explanation.cpp puts them into words. UTF-8 text (header names and methods
// are ASCII or Latin-1 bytes); empty when unused.
using StepArgs = std::array<QByteArray, 4>;

struct Step {
    StepId id;
    bool passed = true;
    StepReason reason = StepReason::None;
    std::optional<CorsError> error;   // the error a failed check stopped the request with
    StepArgs args;
    friend bool operator==(const Step &, const Step &) = default;
};

// Why an element (img, script, stylesheet, media, font) could not use what came back: its `error`
// event fires. https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-same-origin
enum class ElementLoadFailure {
    NothingToUse,                // an error status, or no image, media or font of its kind (a 204, an emptied body)
    BlockedMimeType,             // a script served as audio, image, video or CSV
                                 // (https://fetch.spec.whatwg.org/#should-response-to-request-be-blocked-due-to-mime-type?)
    NosniffMismatch,             // nosniff, and not the element's type, from the page's own origin
                                 // (https://fetch.spec.whatwg.org/#should-response-to-request-be-blocked-due-to-nosniff?)
    CrossOriginNosniffMismatch,  // the same from another origin
};

// Firefox's reason key and message for the same block (dom/locales/.../security.properties).
struct FirefoxReport {
    QString reason;
    QString message;
    friend bool operator==(const FirefoxReport &, const FirefoxReport &) = default;
};

// One change that would make the request pass: to the server (a route's headers) or to the client;
// or, for a block (core/block), to a cookie in the browser's jar.
struct Fix {
    enum class Target { ServerRoute, Request, CookieJar };
    Target target = Target::ServerRoute;
    int routeIndex = -1;          // for ServerRoute; -1 = add a new route
    QByteArray method;            // route method for a new route (e.g. OPTIONS)
    QString url;                  // route URL for a new route
    int status = 0;               // status to set (0: leave it)
    HeaderList setHeaders;        // header lines to set (replacing same-named lines)
    QList<QByteArray> removeHeaders;
    QString requestField;         // for Request: the field to change (e.g. "credentials")
    QString requestValue;
    int cookieIndex = -1;         // for CookieJar: the scenario's `cookies` entry
    QByteArray setCookie;         // ... and the Set-Cookie line it now carries
    friend bool operator==(const Fix &, const Fix &) = default;
};

// A jar cookie that did not go with the main request, and why (docs/scenario-format.md, `cookiesNotSent`).
struct CookieNotSent {
    QByteArray name;
    CookieExclusion reason;
    bool stored = true;   // false: the browser refused to store it
    friend bool operator==(const CookieNotSent &, const CookieNotSent &) = default;
};

struct Verdict {
    QString origin;                         // serialised page origin ("null" when opaque)
    bool sameOrigin = false;
    bool sameSite = false;
    AccessCategory category = AccessCategory::Read;
    QList<Exchange> exchanges;
    bool preflight = false;
    bool sent = false;
    bool blocked = false;
    bool readable = false;
    QList<QByteArray> exposedHeaders;       // lower-case (fetch/xhr only)
    std::optional<CorsErrorStatus> error;
    std::optional<ElementLoadFailure> elementFailure;   // blocked without an error: the element refused the response
    // Where the request was stopped, as the words of a block name it: the URL whose request, redirect or
    // response was refused (serialised, fragment kept) and the URL the page asked for. Empty when not blocked.
    QString blockedUrl;
    QString requestedUrl;
    // The block in words (explanation.cpp for the model; what the live engine printed for live mode).
    QString message;                        // Chromium's console text; empty when nothing is blocked
    QList<Step> steps;
    QList<Fix> fixes;
    std::optional<int> preflightCacheSeconds;
    QList<CookieNotSent> cookiesNotSent;    // in jar order
    std::optional<FirefoxReport> firefox;   // Firefox's words for this block
    QString firefoxReason;                  // the Firefox profile's verdict: Firefox's reason key (its message is `message`)
    QString engine;                         // the live engine's Chromium version; empty for the model
};

// The request passes: not blocked, and for a read, readable by the page.
bool passes(const Verdict &verdict);

} // namespace corslab

// Moved in memory, not element by element, when a verdict's lists grow.
Q_DECLARE_TYPEINFO(corslab::Exchange, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(corslab::Step, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(corslab::CookieNotSent, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(corslab::Fix, Q_RELOCATABLE_TYPE);
