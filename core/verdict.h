#pragma once
// What a browser did with a scenario's request (docs/scenario-format.md, "Verdict"): the model's
// answer and the live engine's observation share this shape, so comparing them is field by field.
#include "core/cors_error.h"
#include "core/header_list.h"
#include <QJsonObject>
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
    SameOriginCheck,         // request origin vs. URL origin
    SchemeCheck,             // CORS needs http(s)
    ModeCheck,               // main fetch routing by mode
    NoCorsMethodCheck,       // no-cors only with CORS-safelisted methods
    SandboxCheck,            // sandboxed page without allow-forms / allow-same-origin
    OriginHeader,            // whether and what Origin header is sent
    CookiesAttached,         // whether credentials (cookies) go along
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
};

// The values a step is about (header names, methods, URLs, numbers), kept as bytes so the engine
// shares what it already has instead of converting; explanation.cpp turns them into words.
// UTF-8 text (header names and methods are ASCII or Latin-1 bytes); empty when unused.
using StepArgs = std::array<QByteArray, 4>;

struct Step {
    StepId id;
    bool passed = true;
    StepArgs args;
    friend bool operator==(const Step &, const Step &) = default;
};

// Firefox's reason key and message for the same block (dom/locales/.../security.properties).
struct FirefoxReport {
    QString reason;
    QString message;
    friend bool operator==(const FirefoxReport &, const FirefoxReport &) = default;
};

// One change that would make the request pass: to the server (a route's headers) or to the client.
struct Fix {
    enum class Target { ServerRoute, Request };
    Target target = Target::ServerRoute;
    int routeIndex = -1;          // for ServerRoute; -1 = add a new route
    QByteArray method;            // route method for a new route (e.g. OPTIONS)
    QString url;                  // route URL for a new route
    int status = 0;               // status to set (0: leave it)
    HeaderList setHeaders;        // header lines to set (replacing same-named lines)
    QList<QByteArray> removeHeaders;
    QString requestField;         // for Request: the field to change (e.g. "credentials")
    QString requestValue;
    friend bool operator==(const Fix &, const Fix &) = default;
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
    QString message;                        // Chromium's console text; empty when nothing is blocked
    QList<Step> steps;
    QList<Fix> fixes;
    std::optional<int> preflightCacheSeconds;
    std::optional<FirefoxReport> firefox;
    QString engine;                         // the live engine's Chromium version; empty for the model
};

struct Scenario;
// The verdict as docs/scenario-format.md specifies it (one object per line of `corslab-cli check --json`).
QJsonObject verdictToJson(const Verdict &verdict, const Scenario &scenario);
// The inverse for what the views show of a verdict (live mode reads `corslab-live --serve`'s lines):
// origin, sameOrigin, sameSite, category, exchanges (kind, method, url, requestHeaders, credentials,
// status, and responseHeaders when present), preflight, sent, blocked, readable, exposedHeaders,
// error + failedParameter, message, preflightCacheSeconds, firefox, engine. Steps and fixes are text
// in the JSON and are not read back. nullopt with `error` (the field) when a field has the wrong type
// or an unknown name.
std::optional<Verdict> verdictFromJson(const QJsonObject &object, QString *error = nullptr);

} // namespace corslab
