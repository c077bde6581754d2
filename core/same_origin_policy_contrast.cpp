#include "core/same_origin_policy_contrast.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace corslab {

QLatin1StringView policyDifferenceName(PolicyDifference difference)
{
    switch (difference) {
    case PolicyDifference::SameOriginNoDifference: return "SameOriginNoDifference"_L1;
    case PolicyDifference::WriteSentEitherWay: return "WriteSentEitherWay"_L1;
    case PolicyDifference::EmbedLoadedEitherWay: return "EmbedLoadedEitherWay"_L1;
    case PolicyDifference::EmbedRefusedByHeaders: return "EmbedRefusedByHeaders"_L1;
    case PolicyDifference::EmbedAllowedByHeaders: return "EmbedAllowedByHeaders"_L1;
    case PolicyDifference::ReadRefusedBySopAllowedByCors: return "ReadRefusedBySopAllowedByCors"_L1;
    case PolicyDifference::ReadRefusedEitherWay: return "ReadRefusedEitherWay"_L1;
    case PolicyDifference::CorsHeadersDoNotHelp: return "CorsHeadersDoNotHelp"_L1;
    case PolicyDifference::RefusedWhateverTheHeaders: return "RefusedWhateverTheHeaders"_L1;
    }
    return {};
}

bool isCrossOriginHeader(QByteArrayView name)
{
    const QByteArray lower = byteLowercase(name);
    // https://fetch.spec.whatwg.org/#http-responses (Access-Control-*),
    // https://fetch.spec.whatwg.org/#cross-origin-resource-policy-header,
    // https://html.spec.whatwg.org/multipage/browsers.html#coep and #cross-origin-opener-policies (and -Report-Only)
    if (isCorsHeader(name) || lower.startsWith("cross-origin-"))
        return true;
    // https://w3c.github.io/resource-timing/#sec-timing-allow-origin,
    // https://html.spec.whatwg.org/multipage/document-lifecycle.html#the-x-frame-options-header
    return lower == "timing-allow-origin" || lower == "x-frame-options";
}

bool isCorsHeader(QByteArrayView name)
{
    return byteLowercase(name).startsWith("access-control-");
}

namespace {

// A policy without its frame-ancestors directives: https://w3c.github.io/webappsec-csp/#parse-serialized-policy
// splits a policy on ";" and names each directive by its first token, ASCII-lower-cased; a header's
// value is a comma-separated list of policies (https://w3c.github.io/webappsec-csp/#parse-response-csp).
// `removed` gets the directives cut out, as written.
QByteArray withoutFrameAncestors(const QByteArray &value, QList<QByteArray> &removed)
{
    QList<QByteArray> policies;
    for (const QByteArray &policy : value.split(',')) {
        QList<QByteArray> directives;
        for (const QByteArray &directive : policy.split(';')) {
            const QByteArray trimmed = trimHttpWhitespace(directive).toByteArray();
            const char *nameEnd = std::find_if(trimmed.cbegin(), trimmed.cend(), isHttpWhitespace);
            if (byteLowercase(QByteArrayView(trimmed.cbegin(), nameEnd)) == "frame-ancestors")
                removed << trimmed;
            else if (!trimmed.isEmpty())
                directives << trimmed;
        }
        if (!directives.isEmpty())
            policies << directives.join("; ");
    }
    return policies.join(", ");
}

} // namespace

BareSameOriginPolicy bareSameOriginPolicy(const Scenario &scenario)
{
    BareSameOriginPolicy bare{scenario, {}};
    for (qsizetype i = 0; i < bare.scenario.server.size(); ++i) {
        ServerRoute &route = bare.scenario.server[i];
        RemovedHeaders removed{static_cast<int>(i), {}};
        HeaderList kept;
        for (const Header &header : route.headers.entries()) {
            if (isCrossOriginHeader(header.name)) {
                removed.headers.append(header.name, header.value);
                continue;
            }
            if (byteLowercase(header.name) == "content-security-policy") {
                QList<QByteArray> directives;
                const QByteArray policy = withoutFrameAncestors(header.value, directives);
                for (const QByteArray &directive : directives)
                    removed.headers.append(header.name, directive);
                if (directives.isEmpty())
                    kept.append(header.name, header.value);   // untouched, byte for byte
                else if (!policy.isEmpty())
                    kept.append(header.name, policy);
                continue;
            }
            kept.append(header.name, header.value);
        }
        if (removed.headers.isEmpty())
            continue;
        route.headers = kept;
        bare.removed << removed;
    }
    return bare;
}

QList<Header> removedFromAnswers(const QList<RemovedHeaders> &removed, const Verdict &verdict)
{
    QList<Header> headers;
    for (const RemovedHeaders &route : removed) {
        const bool answered = std::any_of(verdict.exchanges.begin(), verdict.exchanges.end(),
                                          [&](const Exchange &exchange) { return exchange.routeIndex == route.routeIndex; });
        for (const Header &header : route.headers.entries()) {
            if (answered && !headers.contains(header))
                headers << header;
        }
    }
    return headers;
}

PolicyDifference policyDifference(const Verdict &sop, const Verdict &cors, bool corsHeaders)
{
    const bool sameOutcome = sop.sent == cors.sent && sop.blocked == cors.blocked && sop.readable == cors.readable;
    // https://html.spec.whatwg.org/multipage/browsers.html#same-origin: nothing to relax for the page's own origin.
    if (cors.sameOrigin && sameOutcome)
        return PolicyDifference::SameOriginNoDifference;
    // Nothing left the browser on either side: it refused the request before the server could answer
    // (https://fetch.spec.whatwg.org/#main-fetch, steps before the fetch: mixed content, mode, scheme).
    if (sop.exchanges.isEmpty() && cors.exchanges.isEmpty())
        return PolicyDifference::RefusedWhateverTheHeaders;
    switch (cors.category) {
    case AccessCategory::Write:
        // A navigation or a form submission goes without asking the server first; where the answer
        // goes is the page's to leave (a frame's X-Frame-Options refuses to show it, not to send it).
        return cors.sent || sop.sent ? PolicyDifference::WriteSentEitherWay : PolicyDifference::RefusedWhateverTheHeaders;
    case AccessCategory::Embed:
        // https://fetch.spec.whatwg.org/#cross-origin-resource-policy-header, frame-ancestors, X-Frame-Options
        if (!sop.blocked && cors.blocked)
            return PolicyDifference::EmbedRefusedByHeaders;
        // https://html.spec.whatwg.org/multipage/browsers.html#coep: the page asked for CORP (or CORS)
        if (sop.blocked && !cors.blocked)
            return PolicyDifference::EmbedAllowedByHeaders;
        return sop.blocked ? PolicyDifference::RefusedWhateverTheHeaders : PolicyDifference::EmbedLoadedEitherWay;
    case AccessCategory::Read:
        // https://fetch.spec.whatwg.org/#cors-check
        if (sop.readable)
            return PolicyDifference::SameOriginNoDifference;   // a data: URL, or the page's own origin: read bare
        if (cors.readable)
            return PolicyDifference::ReadRefusedBySopAllowedByCors;
        return corsHeaders ? PolicyDifference::CorsHeadersDoNotHelp : PolicyDifference::ReadRefusedEitherWay;
    }
    return PolicyDifference::SameOriginNoDifference;
}

std::optional<SameOriginPolicyContrast> contrastSameOriginPolicy(const Scenario &scenario, const DecideFunction &decide)
{
    std::optional<Verdict> cors = decide(scenario);
    if (!cors)
        return std::nullopt;
    SameOriginPolicyContrast contrast{bareSameOriginPolicy(scenario), {}, std::move(*cors), {}};
    std::optional<Verdict> sop = decide(contrast.bare.scenario);
    if (!sop)
        return std::nullopt;
    contrast.sop = std::move(*sop);
    const QList<Header> answers = removedFromAnswers(contrast.bare.removed, contrast.cors);
    const bool corsHeaders = std::any_of(answers.begin(), answers.end(), [](const Header &header) { return isCorsHeader(header.name); });
    contrast.difference = policyDifference(contrast.sop, contrast.cors, corsHeaders);
    return contrast;
}

} // namespace corslab
