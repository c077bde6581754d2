#pragma once
// The fix as server configuration: what a server must answer for one resource (a CorsPolicy, found by
// applying a scenario's fixes and reading the passing verdict), and the snippet that makes nginx, Apache
// httpd, Caddy, Express, Django, Flask, Spring or ASP.NET Core answer exactly that: an exact allowlist
// of origins, never reflection (https://fetch.spec.whatwg.org/#http-cors-protocol).
#include "core/engine_profile.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace corslab {

enum class ServerKind { Nginx, Apache, Caddy, Express, Django, Flask, Spring, AspNet };
inline constexpr ServerKind kAllServerKinds[] = {ServerKind::Nginx,  ServerKind::Apache, ServerKind::Caddy,
                                                 ServerKind::Express, ServerKind::Django, ServerKind::Flask,
                                                 ServerKind::Spring, ServerKind::AspNet};
// nginx, apache, caddy, express, django, flask, spring, aspnet
QLatin1StringView serverKindName(ServerKind kind);
std::optional<ServerKind> serverKindFromName(QStringView name);

// Access-Control-Max-Age when the scenario's preflight answer names none: ten minutes spare a page a
// preflight before nearly every request, yet a changed policy reaches every browser within minutes.
// Chromium caps the value at 7200 s (kChromiumPreflightMaxAge), Firefox at 86400 s.
inline constexpr int kDefaultPolicyMaxAge = 600;

// What the server must do for one resource (https://fetch.spec.whatwg.org/#http-responses).
struct CorsPolicy {
    QString serverOrigin;               // the server whose configuration this is; empty when not known
    QString path;                       // the resource, matched exactly ("/items")
    QStringList allowedOrigins;         // serialised origins, matched exactly; "null" only when a request sends it
    bool credentials = false;           // Access-Control-Allow-Credentials: true
    QList<QByteArray> methods;          // Access-Control-Allow-Methods, as the preflight asks (byte for byte)
    QList<QByteArray> headers;          // Access-Control-Allow-Headers, lower-case
    QList<QByteArray> exposedHeaders;   // Access-Control-Expose-Headers
    bool preflight = false;             // OPTIONS with Access-Control-Request-Method is answered with 204
    int maxAgeSeconds = kDefaultPolicyMaxAge;
    friend bool operator==(const CorsPolicy &, const CorsPolicy &) = default;
};

// "Allow exactly these origins" (an audit finding's fix): a preflight is needed when a method is not
// CORS-safelisted or a header is named. nullopt, with `error`, when an origin is not a serialised origin
// (or "null"), the path not an absolute path, or a method or header name not a token; and when a value
// holds characters the snippets do not quote for every server (a host with `$`, a path with `%`).
std::optional<CorsPolicy> corsPolicyAllowing(const QStringList &trustedOrigins, const QString &path, bool credentials,
                                             const QList<QByteArray> &methods, const QList<QByteArray> &headers,
                                             QString *error = nullptr);

// The policies a scenario needs once `fixes` are applied (applyFixes, then evaluate): one per server
// origin and path that answers a CORS request of the passing verdict (a redirect hop on another host gets
// its own). The allowlist is the Origin each exchange sends; methods and headers are what the preflights
// ask for (Access-Control-Request-Method / -Headers) plus the methods of the requests themselves;
// credentials when the request includes them (credentials "include", crossorigin="use-credentials").
// Empty, with `reason`, when the fixed scenario does not pass or no response needs CORS headers.
QList<CorsPolicy> corsPoliciesForFix(const Scenario &scenario, const QList<Fix> &fixes,
                                     EngineProfile profile = EngineProfile::Current, QString *reason = nullptr);

// The fixes with a part no CORS configuration makes: a change to the page, a header outside
// Access-Control-* (Content-Type, Location), a status for content rather than for the preflight.
QList<Fix> fixesBeyondCorsPolicy(const QList<Fix> &fixes);

// The snippet for `kind`, with comments saying where each part goes; empty when there is no policy.
QString serverConfig(ServerKind kind, const QList<CorsPolicy> &policies);
// nginx's two parts, for a test that assembles a whole nginx.conf: the maps (http {} context), and the
// `location = PATH` blocks (server {} context), each with a last line `# your content here` where the
// content goes (`return 200 "ok";`, `proxy_pass ...`), after the preflight's `return 204`.
QString nginxHttpContext(const QList<CorsPolicy> &policies);
QString nginxLocations(const QList<CorsPolicy> &policies);

} // namespace corslab
