#include "core/cross_origin_resource_policy.h"

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// https://fetch.spec.whatwg.org/#cross-origin-resource-policy-internal-check, step 5, `same-site`:
// schemelessly same site, and an https response only for an https origin. Chromium's
// ShouldAllowSameSite also refuses IP-address hosts, which the standard takes as same site with
// themselves (seen in Chromium 156.0.8078.114: http://127.0.0.1:8823 and http://127.0.0.1:8824 are
// not same site for CORP; http://localhost on two ports is).
bool sameSitePolicyAllows(const Origin &origin, const Origin &target)
{
    if (origin.host().isIpAddress() || target.host().isIpAddress())
        return false;
    return origin.isSchemelesslySameSite(target) && (origin.scheme() == "https"_L1 || target.scheme() != "https"_L1);
}

} // namespace

CrossOriginResourcePolicy parseCrossOriginResourcePolicy(const std::optional<QByteArray> &value)
{
    if (!value)
        return CrossOriginResourcePolicy::Absent;
    // Case-sensitive, one value: "Same-Origin", "", or two lines combined ("same-origin, same-origin")
    // are no policy (seen in Chromium 156.0.8078.114).
    if (*value == "same-origin")
        return CrossOriginResourcePolicy::SameOrigin;
    if (*value == "same-site")
        return CrossOriginResourcePolicy::SameSite;
    if (*value == "cross-origin")
        return CrossOriginResourcePolicy::CrossOrigin;
    return CrossOriginResourcePolicy::Invalid;
}

CrossOriginResourcePolicy parseCrossOriginResourcePolicy(const HeaderList &headers)
{
    return parseCrossOriginResourcePolicy(headers.get("cross-origin-resource-policy"));
}

EffectiveResourcePolicy effectiveResourcePolicy(CrossOriginResourcePolicy header, EmbedderPolicyValue embedderPolicy,
                                                bool forNavigation, bool includesCredentials)
{
    // https://fetch.spec.whatwg.org/#cross-origin-resource-policy-internal-check, step 4
    bool demandsPolicy = false;
    switch (embedderPolicy) {
    case EmbedderPolicyValue::UnsafeNone: break;
    case EmbedderPolicyValue::Credentialless: demandsPolicy = forNavigation || includesCredentials; break;
    case EmbedderPolicyValue::RequireCorp: demandsPolicy = true; break;
    }
    const bool none = header == CrossOriginResourcePolicy::Absent || header == CrossOriginResourcePolicy::Invalid;
    if (none && demandsPolicy)
        return {CrossOriginResourcePolicy::SameOrigin, true};
    return {header, false};
}

std::optional<CorsError> crossOriginResourcePolicyCheck(CorpRequestKind kind, const Origin &origin,
                                                        EmbedderPolicyValue embedderPolicy, bool includesCredentials,
                                                        const Url &url, const HeaderList &responseHeaders)
{
    // https://fetch.spec.whatwg.org/#http-fetch, step 5: only opaque responses; HTML checks a child
    // navigable's navigation response with forNavigation.
    if (kind == CorpRequestKind::Cors || kind == CorpRequestKind::TopLevelNavigation)
        return std::nullopt;
    const bool forNavigation = kind == CorpRequestKind::FrameNavigation;
    // https://fetch.spec.whatwg.org/#cross-origin-resource-policy-internal-check, step 1
    if (forNavigation && embedderPolicy == EmbedderPolicyValue::UnsafeNone)
        return std::nullopt;
    const EffectiveResourcePolicy effective =
        effectiveResourcePolicy(parseCrossOriginResourcePolicy(responseHeaders), embedderPolicy, forNavigation, includesCredentials);
    const Origin target = Origin::fromUrl(url);
    // Step 5
    switch (effective.policy) {
    case CrossOriginResourcePolicy::Absent:
    case CrossOriginResourcePolicy::Invalid:
    case CrossOriginResourcePolicy::CrossOrigin:
        return std::nullopt;
    case CrossOriginResourcePolicy::SameOrigin:
        if (origin.isSameOrigin(target))
            return std::nullopt;
        return effective.defaultedByEmbedderPolicy ? CorsError::CorpNotSameOriginAfterDefaultedToSameOriginByCoep
                                                   : CorsError::CorpNotSameOrigin;
    case CrossOriginResourcePolicy::SameSite:
        if (sameSitePolicyAllows(origin, target))
            return std::nullopt;
        return CorsError::CorpNotSameSite;
    }
    return std::nullopt;
}

} // namespace corslab
