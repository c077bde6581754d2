#pragma once
// https://w3c.github.io/webappsec-referrer-policy/: which Referer a request carries, and (through
// https://fetch.spec.whatwg.org/#append-a-request-origin-header) whether its Origin is hidden.
#include "core/header_list.h"
#include "core/origin.h"
#include "core/url.h"
#include <QByteArray>
#include <optional>

namespace corslab {

// https://w3c.github.io/webappsec-referrer-policy/#referrer-policies
enum class ReferrerPolicy {
    NoReferrer,
    NoReferrerWhenDowngrade,
    SameOrigin,
    Origin,
    StrictOrigin,
    OriginWhenCrossOrigin,
    StrictOriginWhenCrossOrigin,
    UnsafeUrl,
};
// https://w3c.github.io/webappsec-referrer-policy/#default-referrer-policy (Chromium's since 85)
inline constexpr ReferrerPolicy kDefaultReferrerPolicy = ReferrerPolicy::StrictOriginWhenCrossOrigin;

QLatin1StringView referrerPolicyName(ReferrerPolicy policy);
// A token, ASCII case-insensitively as the attributes and the header take it; nullopt when it is not one.
std::optional<ReferrerPolicy> referrerPolicyFromToken(QByteArrayView token);
// fetch()'s referrerPolicy member is a WebIDL enum (https://fetch.spec.whatwg.org/#requestinit): only
// the exact lower-case names count ("Origin" throws a TypeError, seen in Chromium 156.0.8078.114).
std::optional<ReferrerPolicy> referrerPolicyFromEnumValue(QByteArrayView value);
// Blink's legacy keywords, which the referrerpolicy attribute of img, iframe and a still takes
// (SecurityPolicy::ReferrerPolicyFromString, kSupportReferrerPolicyLegacyKeywords): "never" is
// no-referrer, "always" unsafe-url (seen in Chromium 156.0.8078.114; script and link ignore them).
std::optional<ReferrerPolicy> referrerPolicyFromLegacyKeyword(QByteArrayView token);
// https://w3c.github.io/webappsec-referrer-policy/#parse-referrer-policy-from-header: the last token the
// browser knows among the Referrer-Policy lines; nullopt when there is none.
std::optional<ReferrerPolicy> parseReferrerPolicyHeader(const HeaderList &headers);

// https://w3c.github.io/webappsec-referrer-policy/#determine-requests-referrer for a request from the
// document (or earlier hop's referrer) `referrerSource` to `current`: the URL the Referer header serialises,
// or nullopt when none goes.
std::optional<Url> determineReferrer(ReferrerPolicy policy, const Url &referrerSource, const Url &current);

// https://fetch.spec.whatwg.org/#append-a-request-origin-header, step 4 (a request that is not CORS-mode
// and not GET or HEAD): whether the policy turns the Origin into "null".
bool referrerPolicyHidesOrigin(ReferrerPolicy policy, const Origin &origin, const Url &current);

} // namespace corslab
