#include "core/referrer_policy.h"

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

constexpr QLatin1StringView kPolicyNames[] = {"no-referrer"_L1,
                                              "no-referrer-when-downgrade"_L1,
                                              "same-origin"_L1,
                                              "origin"_L1,
                                              "strict-origin"_L1,
                                              "origin-when-cross-origin"_L1,
                                              "strict-origin-when-cross-origin"_L1,
                                              "unsafe-url"_L1};

// https://w3c.github.io/webappsec-referrer-policy/#strip-url
Url strippedForReferrer(Url url, bool originOnly)
{
    url.username.clear();
    url.password.clear();
    url.fragment.reset();
    if (originOnly) {
        url.path = QStringList{QString()};
        url.hasOpaquePath = false;
        url.query.reset();
    }
    return url;
}

// A downgrade (https://w3c.github.io/webappsec-referrer-policy/#determine-requests-referrer, the "strict"
// policies): the standard says from a potentially trustworthy URL to one that is not; Chromium compares
// cryptographic schemes, so https to http://localhost is a downgrade too (seen in Chromium 156).
bool isCryptographic(const Url &url) { return url.scheme == "https"_L1 || url.scheme == "wss"_L1; }
bool isDowngrade(const Url &from, const Url &to) { return isCryptographic(from) && !isCryptographic(to); }

} // namespace

QLatin1StringView referrerPolicyName(ReferrerPolicy policy) { return kPolicyNames[static_cast<int>(policy)]; }

std::optional<ReferrerPolicy> referrerPolicyFromToken(QByteArrayView token)
{
    for (std::size_t i = 0; i < std::size(kPolicyNames); ++i) {
        if (isByteCaseInsensitiveMatch(token, QByteArrayView(kPolicyNames[i].data(), kPolicyNames[i].size())))
            return static_cast<ReferrerPolicy>(i);
    }
    return std::nullopt;
}

std::optional<ReferrerPolicy> referrerPolicyFromEnumValue(QByteArrayView value)
{
    for (std::size_t i = 0; i < std::size(kPolicyNames); ++i) {
        if (value == QByteArrayView(kPolicyNames[i].data(), kPolicyNames[i].size()))
            return static_cast<ReferrerPolicy>(i);
    }
    return std::nullopt;
}

std::optional<ReferrerPolicy> referrerPolicyFromLegacyKeyword(QByteArrayView token)
{
    if (isByteCaseInsensitiveMatch(token, "never"))
        return ReferrerPolicy::NoReferrer;
    if (isByteCaseInsensitiveMatch(token, "always"))
        return ReferrerPolicy::UnsafeUrl;
    return std::nullopt;
}

std::optional<ReferrerPolicy> parseReferrerPolicyHeader(const HeaderList &headers)
{
    const std::optional<QList<QByteArray>> tokens = headers.getDecodeSplit("referrer-policy");
    std::optional<ReferrerPolicy> policy;
    if (!tokens)
        return policy;
    for (const QByteArray &token : *tokens) {
        if (const auto known = referrerPolicyFromToken(token))
            policy = known;
    }
    return policy;
}

std::optional<Url> determineReferrer(ReferrerPolicy policy, const Url &referrerSource, const Url &current)
{
    // Step 3 (via https://w3c.github.io/webappsec-referrer-policy/#strip-url, step 2): only http(s) documents refer.
    if (referrerSource.scheme != "http"_L1 && referrerSource.scheme != "https"_L1)
        return std::nullopt;
    const bool sameOrigin = Origin::fromUrl(referrerSource).isSameOrigin(Origin::fromUrl(current));
    const auto full = [&] { return strippedForReferrer(referrerSource, false); };
    const auto origin = [&] { return strippedForReferrer(referrerSource, true); };
    // Step 7.
    switch (policy) {
    case ReferrerPolicy::NoReferrer: return std::nullopt;
    case ReferrerPolicy::Origin: return origin();
    case ReferrerPolicy::UnsafeUrl: return full();
    case ReferrerPolicy::StrictOrigin:
        if (isDowngrade(referrerSource, current))
            return std::nullopt;
        return origin();
    case ReferrerPolicy::StrictOriginWhenCrossOrigin:
        if (sameOrigin)
            return full();
        if (isDowngrade(referrerSource, current))
            return std::nullopt;
        return origin();
    case ReferrerPolicy::SameOrigin:
        if (sameOrigin)
            return full();
        return std::nullopt;
    case ReferrerPolicy::OriginWhenCrossOrigin:
        if (sameOrigin)
            return full();
        return origin();
    case ReferrerPolicy::NoReferrerWhenDowngrade:
        if (isDowngrade(referrerSource, current))
            return std::nullopt;
        return full();
    }
    return std::nullopt;
}

bool referrerPolicyHidesOrigin(ReferrerPolicy policy, const Origin &origin, const Url &current)
{
    switch (policy) {
    case ReferrerPolicy::NoReferrer: return true;
    case ReferrerPolicy::NoReferrerWhenDowngrade:
    case ReferrerPolicy::StrictOrigin:
    case ReferrerPolicy::StrictOriginWhenCrossOrigin:
        return !origin.isOpaque() && origin.scheme() == "https"_L1 && current.scheme != "https"_L1;
    case ReferrerPolicy::SameOrigin: return !origin.isSameOrigin(Origin::fromUrl(current));
    case ReferrerPolicy::Origin:
    case ReferrerPolicy::OriginWhenCrossOrigin:
    case ReferrerPolicy::UnsafeUrl: return false;
    }
    return false;
}

} // namespace corslab
