#include "core/block.h"

#include "core/origin.h"
#include "core/set_cookie.h"
#include "core/url.h"

using namespace Qt::StringLiterals;

namespace corslab {

QLatin1StringView blockKindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Read: return "read"_L1;
    case BlockKind::Embed: return "embed"_L1;
    case BlockKind::Write: return "write"_L1;
    }
    return {};
}

QLatin1StringView blockReasonName(BlockReason reason)
{
    switch (reason) {
    case BlockReason::RemoveAllowCredentials: return "RemoveAllowCredentials"_L1;
    case BlockReason::NarrowAllowOrigin: return "NarrowAllowOrigin"_L1;
    case BlockReason::RemoveAllowOrigin: return "RemoveAllowOrigin"_L1;
    case BlockReason::ResourcePolicySameSite: return "ResourcePolicySameSite"_L1;
    case BlockReason::ResourcePolicySameOrigin: return "ResourcePolicySameOrigin"_L1;
    case BlockReason::FrameAncestorsSelf: return "FrameAncestorsSelf"_L1;
    case BlockReason::FrameAncestorsNone: return "FrameAncestorsNone"_L1;
    case BlockReason::XFrameOptionsSameOrigin: return "XFrameOptionsSameOrigin"_L1;
    case BlockReason::XFrameOptionsDeny: return "XFrameOptionsDeny"_L1;
    case BlockReason::RefuseCrossSite: return "RefuseCrossSite"_L1;
    case BlockReason::RefuseForeignOrigin: return "RefuseForeignOrigin"_L1;
    case BlockReason::CookieSameSiteLax: return "CookieSameSiteLax"_L1;
    case BlockReason::CookieSameSiteStrict: return "CookieSameSiteStrict"_L1;
    }
    return {};
}

QLatin1StringView noBlockReasonName(NoBlockReason reason)
{
    switch (reason) {
    case NoBlockReason::AlreadyRefused: return "AlreadyRefused"_L1;
    case NoBlockReason::SameOrigin: return "SameOrigin"_L1;
    case NoBlockReason::NoServerChange: return "NoServerChange"_L1;
    }
    return {};
}

namespace {

// One change to try; alternatives of a group go smallest first, and the first that refuses is listed.
struct Candidate {
    BlockReason reason;
    Fix change;
    QByteArray cookieName;
};
using Alternatives = QList<Candidate>;

// The request the page made (not its preflight, not a redirect hop): the one a server acts on.
const Exchange *mainExchange(const Verdict &verdict)
{
    for (const Exchange &exchange : verdict.exchanges) {
        if (exchange.kind == Exchange::Kind::Main)
            return &exchange;
    }
    return nullptr;
}

// The answer the browser judges last (the final hop), when a route gave it.
const Exchange *answeredLast(const Verdict &verdict)
{
    if (verdict.exchanges.isEmpty() || verdict.exchanges.last().routeIndex < 0)
        return nullptr;
    return &verdict.exchanges.last();
}

QString originOf(const QString &url)
{
    const std::optional<Url> parsed = parseUrlOrNull(url);
    return parsed ? Origin::fromUrl(*parsed).serialize() : QString();
}

// The kinds of access the request has: its category, and a write for any request sent with a method
// that is not safe (https://httpwg.org/specs/rfc9110.html#safe.methods), a no-cors or CORS POST included.
QList<BlockKind> kindsOf(const Verdict &verdict)
{
    QList<BlockKind> kinds;
    switch (verdict.category) {
    case AccessCategory::Read: kinds << BlockKind::Read; break;
    case AccessCategory::Embed: kinds << BlockKind::Embed; break;
    case AccessCategory::Write: kinds << BlockKind::Write; break;
    }
    const Exchange *main = mainExchange(verdict);
    if (verdict.category != AccessCategory::Write && main && main->method != "GET" && main->method != "HEAD")
        kinds << BlockKind::Write;
    return kinds;
}

// The browser already refuses this kind of access: script cannot read it, the element cannot use it,
// the write never leaves.
bool refused(BlockKind kind, const Verdict &verdict)
{
    switch (kind) {
    case BlockKind::Read: return verdict.blocked || !verdict.readable;
    case BlockKind::Embed: return verdict.blocked;
    case BlockKind::Write: return !verdict.sent;
    }
    return false;
}

// The names in a request's Cookie header (https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-cookie).
QList<QByteArray> cookieNames(const Exchange &exchange)
{
    QList<QByteArray> names;
    for (const QByteArray &pair : exchange.requestHeaders.get("cookie").value_or(QByteArray()).split(';')) {
        const QByteArray trimmed = pair.trimmed();
        const QByteArray name = trimmed.left(trimmed.indexOf('='));
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

// The header the rule "answer 403" keys on, as the request carries it; empty when the server cannot
// tell the request from its own pages' (https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-site-header).
std::optional<BlockReason> refusalRule(const Exchange &main)
{
    if (main.requestHeaders.get("sec-fetch-site") == "cross-site")
        return BlockReason::RefuseCrossSite;
    const std::optional<QByteArray> origin = main.requestHeaders.get("origin");
    if (origin && QString::fromLatin1(*origin) != originOf(main.url))
        return BlockReason::RefuseForeignOrigin;
    return std::nullopt;
}

// Every policy of a header's lines, and one more: separate policies, each enforced
// (https://w3c.github.io/webappsec-csp/#parse-response-csp).
QByteArray withPolicy(const HeaderList &headers, QByteArrayView name, const QByteArray &policy)
{
    const std::optional<QByteArray> existing = headers.get(name);
    return existing && !existing->trimmed().isEmpty() ? *existing + ", " + policy : policy;
}

// A Set-Cookie line with its SameSite attribute replaced (the last attribute wins, section 5.7, step 2,
// so the old one is dropped only to keep the line readable).
QByteArray withSameSite(const QByteArray &line, const char *value)
{
    QByteArrayList parts = line.split(';');
    parts.removeIf([](const QByteArray &part) { return part.trimmed().toLower().startsWith("samesite"); });
    for (QByteArray &part : parts)
        part = part.trimmed();
    parts << "SameSite=" + QByteArray(value);
    return parts.join("; ");
}

Candidate routeChange(BlockReason reason, const Exchange &exchange, QByteArray header, QByteArray value)
{
    Candidate candidate{reason, routeFix(exchange), {}};
    if (value.isEmpty())
        candidate.change.removeHeaders << header;
    else
        candidate.change.setHeaders.append(std::move(header), std::move(value));
    return candidate;
}

// https://fetch.spec.whatwg.org/#cors-check: without Allow-Credentials a credentialed read fails; with
// another origin, or none, every read does.
QList<Alternatives> readBlocks(const Verdict &verdict, const Scenario &scenario)
{
    const Exchange *last = answeredLast(verdict);
    if (!last)
        return {};
    const HeaderList &route = scenario.server.at(last->routeIndex).headers;
    QList<Alternatives> groups;
    if (last->credentials && route.contains("access-control-allow-credentials"))
        groups << Alternatives{routeChange(BlockReason::RemoveAllowCredentials, *last, "Access-Control-Allow-Credentials", {})};
    const QString own = originOf(last->url);
    if (!own.isEmpty() && own != verdict.origin)
        groups << Alternatives{routeChange(BlockReason::NarrowAllowOrigin, *last, "Access-Control-Allow-Origin", own.toLatin1())};
    if (route.contains("access-control-allow-origin"))
        groups << Alternatives{routeChange(BlockReason::RemoveAllowOrigin, *last, "Access-Control-Allow-Origin", {})};
    return groups;
}

// A frame: CSP frame-ancestors (which wins), else X-Frame-Options; a no-cors element: CORP, on the
// answer the element gets (https://fetch.spec.whatwg.org/#cross-origin-resource-policy-internal-check).
QList<Alternatives> embedBlocks(const Verdict &verdict, const Scenario &scenario)
{
    const Exchange *last = answeredLast(verdict);
    if (!last)
        return {};
    const HeaderList &route = scenario.server.at(last->routeIndex).headers;
    if (scenario.request.via == Via::Iframe) {
        const auto ancestors = [&](BlockReason reason, const char *sources) {
            return routeChange(reason, *last, "Content-Security-Policy",
                               withPolicy(route, "content-security-policy", "frame-ancestors " + QByteArray(sources)));
        };
        return {{ancestors(BlockReason::FrameAncestorsSelf, "'self'"), ancestors(BlockReason::FrameAncestorsNone, "'none'")},
                {routeChange(BlockReason::XFrameOptionsSameOrigin, *last, "X-Frame-Options", "SAMEORIGIN"),
                 routeChange(BlockReason::XFrameOptionsDeny, *last, "X-Frame-Options", "DENY")}};
    }
    return {{routeChange(BlockReason::ResourcePolicySameSite, *last, "Cross-Origin-Resource-Policy", "same-site"),
             routeChange(BlockReason::ResourcePolicySameOrigin, *last, "Cross-Origin-Resource-Policy", "same-origin")}};
}

// The server refuses what the browser sends anyway, and the session cookies stay out of it
// (https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-samesite-cookies).
QList<Alternatives> writeBlocks(const Verdict &verdict, const Scenario &scenario)
{
    const Exchange *main = mainExchange(verdict);
    if (!main)
        return {};
    QList<Alternatives> groups;
    // Routes cannot match on request headers: the rule is modelled as the route answering 403, which
    // holds for this request because it carries the header the rule looks at.
    if (const std::optional<BlockReason> rule = refusalRule(*main); rule && main->routeIndex >= 0) {
        Candidate refuse{*rule, routeFix(*main), {}};
        refuse.change.status = 403;
        groups << Alternatives{refuse};
    }
    const QList<QByteArray> sent = cookieNames(*main);
    for (qsizetype i = 0; i < scenario.cookies.size(); ++i) {
        const std::optional<SetCookie> cookie = parseSetCookie(scenario.cookies.at(i).setCookie);
        if (!cookie || !sent.contains(cookie->name))
            continue;
        Alternatives sameSite;
        for (const auto &[reason, value] : {std::pair{BlockReason::CookieSameSiteLax, "Lax"}, std::pair{BlockReason::CookieSameSiteStrict, "Strict"}}) {
            Candidate candidate{reason, {}, cookie->name};
            candidate.change.target = Fix::Target::CookieJar;
            candidate.change.cookieIndex = static_cast<int>(i);
            candidate.change.setCookie = withSameSite(scenario.cookies.at(i).setCookie, value);
            sameSite << candidate;
        }
        groups << sameSite;
    }
    return groups;
}

// Whether the changed scenario's verdict shows the block at work.
bool blocks(BlockKind kind, const Candidate &candidate, const Verdict &after)
{
    if (kind != BlockKind::Write)
        return refused(kind, after);
    const Exchange *main = mainExchange(after);
    if (!main)
        return true;   // nothing goes out at all
    if (!candidate.cookieName.isEmpty()) {
        const bool withheld = std::any_of(after.cookiesNotSent.begin(), after.cookiesNotSent.end(), [&](const CookieNotSent &cookie) {
            return cookie.name == candidate.cookieName
                   && (cookie.reason == CookieExclusion::SameSiteLax || cookie.reason == CookieExclusion::SameSiteStrict);
        });
        return withheld && !cookieNames(*main).contains(candidate.cookieName);
    }
    return main->status == 403 && refusalRule(*main) == candidate.reason;
}

QList<Alternatives> candidatesFor(BlockKind kind, const Verdict &verdict, const Scenario &scenario)
{
    switch (kind) {
    case BlockKind::Read: return readBlocks(verdict, scenario);
    case BlockKind::Embed: return embedBlocks(verdict, scenario);
    case BlockKind::Write: return writeBlocks(verdict, scenario);
    }
    return {};
}

} // namespace

Scenario applyBlock(Scenario scenario, const Block &block)
{
    return applyFix(std::move(scenario), block.change);
}

std::optional<BlockSuggestion> suggestBlocks(const Scenario &scenario, const DecideFunction &decide)
{
    const std::optional<Verdict> verdict = decide(scenario);
    if (!verdict)
        return std::nullopt;
    BlockSuggestion suggestion;
    const QList<BlockKind> kinds = kindsOf(*verdict);
    if (std::all_of(kinds.begin(), kinds.end(), [&](BlockKind kind) { return refused(kind, *verdict); })) {
        suggestion.none = NoBlockReason::AlreadyRefused;
        return suggestion;
    }
    for (const BlockKind kind : kinds) {
        if (refused(kind, *verdict))
            continue;
        for (const Alternatives &alternatives : candidatesFor(kind, *verdict, scenario)) {
            for (const Candidate &candidate : alternatives) {
                std::optional<Verdict> after = decide(applyFix(scenario, candidate.change));
                if (after && blocks(kind, candidate, *after)) {
                    suggestion.blocks << Block{kind, candidate.reason, candidate.change, candidate.cookieName, std::move(*after)};
                    break;
                }
            }
        }
    }
    if (suggestion.blocks.isEmpty())
        suggestion.none = verdict->sameOrigin ? NoBlockReason::SameOrigin : NoBlockReason::NoServerChange;
    return suggestion;
}

} // namespace corslab
