#include "core/fix.h"

#include "core/opaque_response_blocking.h"
#include "core/origin.h"
#include "core/safelist.h"
#include "core/url.h"

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

bool credentialsInclude(const ScenarioRequest &request)
{
    return request.credentials == CredentialsMode::Include || request.crossorigin == CrossOriginAttribute::UseCredentials;
}

QString withoutCredentials(const QString &text)
{
    std::optional<Url> url = parseUrlOrNull(text);
    if (!url)
        return text;
    url->username.clear();
    url->password.clear();
    return url->serialize();
}

Fix requestFix(const char *field, QString value)
{
    Fix fix;
    fix.target = Fix::Target::Request;
    fix.requestField = QString::fromLatin1(field);
    fix.requestValue = std::move(value);
    return fix;
}

} // namespace

Fix routeFix(const Exchange &exchange)
{
    Fix fix;
    fix.routeIndex = exchange.routeIndex;
    fix.method = exchange.kind == Exchange::Kind::Preflight ? QByteArray("OPTIONS") : exchange.method;
    fix.url = exchange.url;
    if (exchange.routeIndex < 0)
        fix.status = exchange.kind == Exchange::Kind::Preflight ? 204 : 200;
    return fix;
}

namespace {

// A list header (Access-Control-Allow-Methods / -Headers) with one more member.
QByteArray listWith(const HeaderList &headers, QByteArrayView name, const QByteArray &member, bool credentials)
{
    QList<QByteArray> members = extractAccessControlAllowList(headers, name).value_or(QList<QByteArray>());
    if (credentials)
        members.removeAll("*");
    members.append(member);
    return members.join(", ");
}

// The Content-Type a script or stylesheet must be served with.
std::optional<QByteArray> expectedContentType(Via via)
{
    if (via == Via::Script)
        return QByteArray("text/javascript");
    if (via == Via::Stylesheet)
        return QByteArray("text/css");
    return std::nullopt;
}

// Whether ORB would still block the answer's body if it said it was JavaScript: the engine's own rule
// (core/opaque_response_blocking), so a header cannot rescue it. Seen in Chromium 156: text/javascript
// carrying {"a":1} or <!DOCTYPE html> is blocked (net::ERR_BLOCKED_BY_ORB); [1,2,3] or var x = 1; loads.
bool blockedEvenAsJavaScript(const Scenario &scenario, const Exchange &exchange, EngineProfile profile)
{
    if (exchange.routeIndex < 0 || exchange.routeIndex >= scenario.server.size())
        return false;
    const std::optional<QByteArray> &body = scenario.server[exchange.routeIndex].body;
    return body && opaqueResponseBlocked(HeaderList{{"Content-Type", "text/javascript"}}, body, engineBehaviour(profile));
}

// A script or stylesheet the element refused (ORB, a wrong type with nosniff): the type it must say
// it is. A no-cors script whose body is data cannot be rescued by a header (above), so the page asks
// for it with CORS instead: ORB looks at no-cors answers only (https://fetch.spec.whatwg.org/#orb),
// and Chromium 156 loads the same {"a":1} body as text/javascript with crossorigin="anonymous".
std::optional<Fix> typeRepair(const Scenario &scenario, const Exchange &last, Fix fix, EngineProfile profile)
{
    const ScenarioRequest &request = scenario.request;
    if (request.via == Via::Script && !request.crossorigin && blockedEvenAsJavaScript(scenario, last, profile))
        return requestFix("request.crossorigin", u"anonymous"_s);
    const auto type = expectedContentType(request.via);
    if (!type)
        return std::nullopt;
    fix.setHeaders.append("Content-Type", *type);
    return fix;
}

// The Cross-Origin-Resource-Policy that lets the page embed the response: same-site where the page is of
// the response's site, cross-origin where it is not or same-site did not do (a CorpNotSameSite after it).
QByteArray resourcePolicyFor(const Scenario &scenario, const Exchange &last, CorsError error)
{
    const std::optional<Url> page = parseUrlOrNull(scenario.page);
    const std::optional<Url> url = parseUrlOrNull(last.url);
    if (error == CorsError::CorpNotSameSite || scenario.pageSandboxed || !page || !url)
        return "cross-origin";
    return Origin::fromUrl(*page).isSchemelesslySameSite(Origin::fromUrl(*url)) ? "same-site" : "cross-origin";
}

// The route's Content-Security-Policy with `source` in every policy's frame-ancestors ('none' dropped), or
// with a policy "frame-ancestors 'self' source" added where none has the directive; all lines as one,
// comma-separated, which keeps them separate policies (https://w3c.github.io/webappsec-csp/#parse-response-csp).
QByteArray withFrameAncestor(const HeaderList &headers, const QByteArray &source)
{
    QByteArrayList policies;
    bool found = false;
    for (const Header &header : headers.entries()) {
        if (!isByteCaseInsensitiveMatch(header.name, "content-security-policy"))
            continue;
        for (const QByteArray &policy : header.value.split(',')) {
            QByteArrayList directives;
            bool seen = false;
            for (const QByteArray &token : policy.split(';')) {
                QByteArray directive = token.simplified();
                if (directive.isEmpty())
                    continue;
                QByteArrayList words = directive.split(' ');
                if (!seen && isByteCaseInsensitiveMatch(words.first(), "frame-ancestors")) {
                    seen = found = true;
                    words.removeIf([](const QByteArray &word) { return isByteCaseInsensitiveMatch(word, "'none'"); });
                    if (!words.contains(source))
                        words.append(source);
                    directive = words.join(' ');
                }
                directives << directive;
            }
            if (!directives.isEmpty())
                policies << directives.join("; ");
        }
    }
    if (!found)
        policies << "frame-ancestors 'self' " + source;
    return policies.join(", ");
}

// A frame the page may not show: X-Frame-Options narrowed to SAMEORIGIN for a frame of the page's own
// origin; else the page named in frame-ancestors, which takes precedence, and X-Frame-Options gone. A
// sandboxed page's origin is opaque and matches no source: only without X-Frame-Options may it frame
// (its own link click is judged by its parent, at the page's origin, as any other page).
std::optional<Fix> framingRepair(const Scenario &scenario, const Exchange &last, CorsError error, Fix fix)
{
    const std::optional<Url> page = parseUrlOrNull(scenario.page);
    const std::optional<Url> url = parseUrlOrNull(last.url);
    if (!page || !url)
        return std::nullopt;
    const Origin origin = Origin::fromUrl(*page);
    if (scenario.pageSandboxed && scenario.request.via != Via::Navigate) {
        if (error != CorsError::XFrameOptions)
            return std::nullopt;
        fix.removeHeaders.append("X-Frame-Options");
        return fix;
    }
    if (error == CorsError::XFrameOptions && origin.isSameOrigin(Origin::fromUrl(*url))) {
        fix.setHeaders.append("X-Frame-Options", "SAMEORIGIN");
        return fix;
    }
    fix.setHeaders.append("Content-Security-Policy", withFrameAncestor(last.responseHeaders, origin.serialize().toLatin1()));
    if (last.responseHeaders.contains("x-frame-options"))
        fix.removeHeaders.append("X-Frame-Options");
    return fix;
}

// One repair for the first thing that fails.
std::optional<Fix> repair(const Scenario &scenario, const Verdict &verdict, EngineProfile profile)
{
    const ScenarioRequest &request = scenario.request;
    if (!verdict.error) {
        // Loaded but unreadable: an opaque fetch can ask for CORS instead.
        if (!verdict.blocked && request.via == Via::Fetch && request.mode == RequestMode::NoCors)
            return requestFix("request.mode", u"cors"_s);
        // An element that could not use its response: an error status, or a type it refuses.
        if (verdict.blocked && !verdict.exchanges.isEmpty()) {
            const Exchange &last = verdict.exchanges.last();
            Fix fix = routeFix(last);
            // An error status, or a 204 that leaves an image, audio or font nothing to decode.
            if (last.status < 200 || last.status > 299 || last.status == 204) {
                fix.status = 200;
                return fix;
            }
            return typeRepair(scenario, last, fix, profile);
        }
        return std::nullopt;
    }
    if (verdict.exchanges.isEmpty()) {
        // Blocked before anything was sent: only the page can change.
        switch (verdict.error->error) {
        case CorsError::UrlContainsCredentials:
        case CorsError::CredentialedSubresourceBlocked: return requestFix("request.url", withoutCredentials(request.url));
        case CorsError::MixedContent: {
            std::optional<Url> url = parseUrlOrNull(request.url);
            if (!url)
                return std::nullopt;
            url->scheme = u"https"_s;
            url->port.reset();
            return requestFix("request.url", url->serialize());
        }
        case CorsError::NoCorsMethodNotSafelisted:
        case CorsError::DisallowedByMode: return requestFix("request.mode", u"cors"_s);
        case CorsError::SandboxedFormSubmission: return requestFix("pageSandboxed", u"false"_s);
        default: return std::nullopt;
        }
    }
    const Exchange &last = verdict.exchanges.last();
    const bool credentials = credentialsInclude(request);
    const QByteArray origin = last.requestHeaders.get("origin").value_or(verdict.origin.toLatin1());
    Fix fix = routeFix(last);
    const HeaderList &answered = last.responseHeaders;
    switch (verdict.error->error) {
    case CorsError::MissingAllowOriginHeader:
    case CorsError::MultipleAllowOriginValues:
    case CorsError::InvalidAllowOriginValue:
    case CorsError::AllowOriginMismatch:
    case CorsError::WildcardOriginNotAllowed:
    case CorsError::PreflightMissingAllowOriginHeader:
    case CorsError::PreflightMultipleAllowOriginValues:
    case CorsError::PreflightInvalidAllowOriginValue:
    case CorsError::PreflightAllowOriginMismatch:
    case CorsError::PreflightWildcardOriginNotAllowed:
        fix.setHeaders.append("Access-Control-Allow-Origin", origin);
        if (credentials)
            fix.setHeaders.append("Access-Control-Allow-Credentials", "true");
        return fix;
    case CorsError::InvalidAllowCredentials:
    case CorsError::PreflightInvalidAllowCredentials:
        fix.setHeaders.append("Access-Control-Allow-Credentials", "true");
        return fix;
    case CorsError::PreflightInvalidStatus:
        fix.status = 204;
        return fix;
    case CorsError::PreflightDisallowedRedirect:
        // A new OPTIONS answer ahead of the redirect.
        fix.routeIndex = -1;
        fix.status = 204;
        fix.setHeaders.append("Access-Control-Allow-Origin", origin);
        if (credentials)
            fix.setHeaders.append("Access-Control-Allow-Credentials", "true");
        return fix;
    case CorsError::InvalidAllowMethodsPreflightResponse:
    case CorsError::MethodDisallowedByPreflightResponse: {
        // Chromium compares the method byte for byte (Chromium 102: upper-cased first).
        QByteArray method = last.requestHeaders.get("access-control-request-method").value_or(QByteArray());
        if (engineBehaviour(profile).uppercasesAllowedMethod)
            method = method.toUpper();
        const bool valid = verdict.error->error == CorsError::MethodDisallowedByPreflightResponse;
        fix.setHeaders.append("Access-Control-Allow-Methods",
                              valid ? listWith(answered, "access-control-allow-methods", method, credentials) : method);
        return fix;
    }
    case CorsError::InvalidAllowHeadersPreflightResponse:
        fix.setHeaders.append("Access-Control-Allow-Headers",
                              last.requestHeaders.get("access-control-request-headers").value_or(QByteArray()).replace(',', ", "));
        return fix;
    case CorsError::HeaderDisallowedByPreflightResponse:
        fix.setHeaders.append("Access-Control-Allow-Headers",
                              listWith(answered, "access-control-allow-headers", verdict.error->failedParameter, credentials));
        return fix;
    case CorsError::RedirectContainsCredentials:
    case CorsError::CredentialedSubresourceBlocked:
        fix.setHeaders.append("Location", withoutCredentials(QString::fromLatin1(answered.get("location").value_or(QByteArray()))).toLatin1());
        return fix;
    case CorsError::DisallowedByMode:
        return requestFix("request.mode", u"cors"_s);
    case CorsError::OpaqueResponseBlocked:
        // ORB lets scripts and stylesheets through when they say what they are.
        return typeRepair(scenario, last, fix, profile);
    case CorsError::CorpNotSameOrigin:
    case CorsError::CorpNotSameSite:
    case CorsError::CorpNotSameOriginAfterDefaultedToSameOriginByCoep:
        fix.setHeaders.append("Cross-Origin-Resource-Policy", resourcePolicyFor(scenario, last, verdict.error->error));
        return fix;
    case CorsError::CoepFrameResourceNeedsCoepHeader:
        fix.setHeaders.append("Cross-Origin-Embedder-Policy", "require-corp");
        return fix;
    case CorsError::XFrameOptions:
    case CorsError::FrameAncestors:
        return framingRepair(scenario, last, verdict.error->error, fix);
    case CorsError::InvalidResponse:
    case CorsError::CorsDisabledScheme:
    case CorsError::MixedContent:
    case CorsError::NoCorsMethodNotSafelisted:
    case CorsError::SandboxedFormSubmission:
    case CorsError::UrlContainsCredentials:
    case CorsError::TooManyRedirects:
    case CorsError::InvalidRedirect:
    case CorsError::UnsafeRedirect:
    case CorsError::UnknownUrlScheme:
    case CorsError::UnexpectedProxyAuth:
    case CorsError::BlockedByClient:
    case CorsError::EmptyResponse:
        break;
    }
    return std::nullopt;
}

// Folds a repair into the list; repairs to the same route (or the same new route) become one fix.
void merge(QList<Fix> &fixes, Fix fix)
{
    for (Fix &existing : fixes) {
        const bool sameNewRoute = fix.routeIndex < 0 && existing.url == fix.url && existing.method == fix.method;
        const bool sameTarget = existing.target == fix.target
                                && (fix.target == Fix::Target::Request ? existing.requestField == fix.requestField
                                                                       : existing.routeIndex == fix.routeIndex
                                                                             && (fix.routeIndex >= 0 || sameNewRoute));
        if (!sameTarget)
            continue;
        if (fix.target == Fix::Target::Request) {
            existing.requestValue = fix.requestValue;
            return;
        }
        for (const Header &header : fix.setHeaders.entries())
            existing.setHeaders.set(header.name, header.value);
        for (const QByteArray &name : fix.removeHeaders) {
            if (!existing.removeHeaders.contains(name))
                existing.removeHeaders.append(name);
        }
        if (fix.status)
            existing.status = fix.status;
        return;
    }
    fixes.append(std::move(fix));
}

} // namespace

Scenario applyFix(Scenario scenario, const Fix &fix)
{
    if (fix.target == Fix::Target::CookieJar) {
        if (fix.cookieIndex >= 0 && fix.cookieIndex < scenario.cookies.size())
            scenario.cookies[fix.cookieIndex].setCookie = fix.setCookie;
        return scenario;
    }
    if (fix.target == Fix::Target::Request) {
        if (fix.requestField == "request.mode"_L1)
            scenario.request.mode = fix.requestValue == "cors"_L1 ? RequestMode::Cors : RequestMode::NoCors;
        else if (fix.requestField == "request.url"_L1)
            scenario.request.url = fix.requestValue;
        else if (fix.requestField == "request.crossorigin"_L1)
            scenario.request.crossorigin = fix.requestValue == "use-credentials"_L1 ? CrossOriginAttribute::UseCredentials
                                                                                  : CrossOriginAttribute::Anonymous;
        else if (fix.requestField == "pageSandboxed"_L1)
            scenario.pageSandboxed = fix.requestValue == "true"_L1;
        return scenario;
    }
    if (fix.routeIndex < 0 || fix.routeIndex >= scenario.server.size()) {
        ServerRoute route;
        route.method = fix.method;
        route.url = fix.url;
        route.status = fix.status ? fix.status : 204;
        route.headers = fix.setHeaders;
        scenario.server.prepend(route);
        return scenario;
    }
    ServerRoute &route = scenario.server[fix.routeIndex];
    for (const Header &header : fix.setHeaders.entries())
        route.headers.set(header.name, header.value);
    for (const QByteArray &name : fix.removeHeaders)
        route.headers.remove(name);
    if (fix.status)
        route.status = fix.status;
    return scenario;
}

Scenario applyFixes(Scenario scenario, const QList<Fix> &fixes)
{
    // New routes go in front, so the indices of the others are taken before any is added.
    for (const Fix &fix : fixes) {
        if (fix.target != Fix::Target::ServerRoute || fix.routeIndex >= 0)
            scenario = applyFix(std::move(scenario), fix);
    }
    for (const Fix &fix : fixes) {
        if (fix.target == Fix::Target::ServerRoute && fix.routeIndex < 0)
            scenario = applyFix(std::move(scenario), fix);
    }
    return scenario;
}

QList<Fix> suggestFixes(const Scenario &scenario, EngineProfile profile, const DecideFunction &decide)
{
    constexpr int kMaxRepairs = 8;
    QList<Fix> fixes;
    Scenario repaired = scenario;
    for (int round = 0; round < kMaxRepairs; ++round) {
        const std::optional<Verdict> verdict = decide(repaired);
        if (!verdict)
            return {};
        if (passes(*verdict))
            return fixes;
        std::optional<Fix> fix = repair(repaired, *verdict, profile);
        if (!fix)
            return {};
        // Indices in `repaired` count the routes added in front; map them back to the scenario's.
        const int added = static_cast<int>(repaired.server.size() - scenario.server.size());
        if (fix->target == Fix::Target::ServerRoute && fix->routeIndex >= 0) {
            if (fix->routeIndex < added)
                fix->routeIndex = -1;   // one of the new routes: merged by URL below
            else
                fix->routeIndex -= added;
        }
        merge(fixes, *fix);
        repaired = applyFixes(scenario, fixes);
    }
    return {};
}

} // namespace corslab
