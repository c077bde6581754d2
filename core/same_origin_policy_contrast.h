#pragma once
// The request twice: under the bare same-origin policy (the server sends none of the headers that
// relax or tighten it) and with the server's real headers, and what the difference is for the kind of
// access the request has (README, "SOP against CORS"). The bare side is the scenario with every route's
// cross-origin headers removed, decided by the same engine, so both verdicts are the model's own.
// https://html.spec.whatwg.org/multipage/browsers.html#origin, https://fetch.spec.whatwg.org/#http-cors-protocol
#include "core/fix.h"
#include "core/header_list.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <QList>
#include <optional>

namespace corslab {

// Whether a response header is one a server sends about other origins: CORS (Access-Control-*), the
// embedding controls (Cross-Origin-Resource-Policy, -Embedder-Policy, -Opener-Policy and their
// -Report-Only twins), Timing-Allow-Origin and X-Frame-Options. Content-Security-Policy is not: only its
// frame-ancestors directive is, and that is cut out of the policy (bareSameOriginPolicy).
bool isCrossOriginHeader(QByteArrayView name);
// CORS's own: Access-Control-* (https://fetch.spec.whatwg.org/#http-responses).
bool isCorsHeader(QByteArrayView name);

// The cross-origin headers taken off one route: each removed line as it was, and for
// Content-Security-Policy the frame-ancestors directive alone ("frame-ancestors 'self'").
struct RemovedHeaders {
    int routeIndex = -1;
    HeaderList headers;
    friend bool operator==(const RemovedHeaders &, const RemovedHeaders &) = default;
};

// The scenario as the bare same-origin policy sees it: every route without its cross-origin headers.
// The other directives of a Content-Security-Policy stay (script-src and the rest govern what the
// document itself loads, not who may use it); a line left without a policy goes. The page's own headers
// stay too: its Cross-Origin-Embedder-Policy is the page's choice, not the server's answer.
struct BareSameOriginPolicy {
    Scenario scenario;
    QList<RemovedHeaders> removed;   // in route order; routes that had none are not listed
};
BareSameOriginPolicy bareSameOriginPolicy(const Scenario &scenario);
// The removed lines of the routes that answered `verdict`'s exchanges, each once, in route order: the
// headers that made the difference for this request.
QList<Header> removedFromAnswers(const QList<RemovedHeaders> &removed, const Verdict &verdict);

// What the server's headers change, per kind of access (core/verdict's AccessCategory).
enum class PolicyDifference {
    SameOriginNoDifference,          // a same-origin request: the policy restricts nothing, the headers change nothing
    WriteSentEitherWay,              // write: sent either way, the answer not the page's to read
    EmbedLoadedEitherWay,            // embed: the element uses it either way, its contents unreadable
    EmbedRefusedByHeaders,           // embed: loaded under the bare policy, refused by CORP, X-Frame-Options or frame-ancestors
    EmbedAllowedByHeaders,           // embed: the page's COEP refuses it bare, the server's CORP (or CORS) lets it in
    ReadRefusedBySopAllowedByCors,   // read: refused by the same-origin policy, allowed by the CORS headers
    ReadRefusedEitherWay,            // read: refused, and the server sends no CORS headers
    CorsHeadersDoNotHelp,            // read: refused although the server sends CORS headers (they do not match the request)
    RefusedWhateverTheHeaders,       // the browser refuses it before any header counts (mixed content, a scheme, the page's own request)
};
QLatin1StringView policyDifferenceName(PolicyDifference difference);   // the enumerator's name

// The two verdicts and their difference. `sop` is the bare scenario's verdict, `cors` the real one's.
struct SameOriginPolicyContrast {
    BareSameOriginPolicy bare;
    Verdict sop;
    Verdict cors;
    PolicyDifference difference = PolicyDifference::SameOriginNoDifference;
};

// The difference between two verdicts of one request, `sop` decided without the cross-origin headers
// and `cors` with them; `corsHeaders`: the routes that answered `cors`'s exchanges sent Access-Control-*.
PolicyDifference policyDifference(const Verdict &sop, const Verdict &cors, bool corsHeaders);

// Decides the scenario and its bare twin (`decide` is core/evaluation's evaluate, handed in as the fixer
// is handed the engine); nullopt when the scenario's URLs do not parse.
std::optional<SameOriginPolicyContrast> contrastSameOriginPolicy(const Scenario &scenario, const DecideFunction &decide);

} // namespace corslab
