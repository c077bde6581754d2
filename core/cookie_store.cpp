#include "core/cookie_store.h"

#include <QDateTime>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

QString hostText(const Url &url) { return url.host ? url.host->serialize() : QString(); }

bool isDomainHost(const Url &url) { return url.host && url.host->kind == Host::Kind::Domain; }

// Chromium's cookie "secure source": a cryptographic scheme, or a loopback host (seen in Chromium 156).
bool isSecureForCookies(const Url &url) { return isPotentiallyTrustworthy(url); }

// https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-domain-matching
bool domainMatches(const QString &host, const QString &domain, bool hostIsIp)
{
    if (host == domain)
        return true;
    return !hostIsIp && host.size() > domain.size() && host.endsWith(domain) && host.at(host.size() - domain.size() - 1) == u'.';
}

// https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-paths-and-path-match
QString defaultPath(const Url &url)
{
    const QString path = url.serializePath();
    if (path.isEmpty() || path.front() != u'/')
        return u"/"_s;
    const qsizetype lastSlash = path.lastIndexOf(u'/');
    return lastSlash == 0 ? u"/"_s : path.first(lastSlash);
}

bool pathMatches(const QString &requestPath, const QString &cookiePath)
{
    if (requestPath == cookiePath)
        return true;
    if (!requestPath.startsWith(cookiePath))
        return false;
    return cookiePath.endsWith(u'/') || requestPath.at(cookiePath.size()) == u'/';
}

// https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-domain-attribute-2 and the
// storage model's steps 8-9, as Chromium's cookie_util::GetCookieDomainWithString applies them: the domain
// the cookie is stored for (hostOnly when it is the URL's host), or nullopt when the host cannot set it.
std::optional<std::pair<QString, bool>> cookieDomain(const SetCookie &cookie, const Url &url)
{
    const QString host = hostText(url);
    if (!cookie.domain)
        return std::pair{host, true};
    QString domain = QString::fromLatin1(*cookie.domain).toLower();
    if (domain.startsWith(u'.'))
        domain.remove(0, 1);
    if (domain.contains(u'%') || domain.isEmpty())
        return std::nullopt;
    // An IP address, or a host that is a public suffix, may name only itself: a host cookie.
    if (!isDomainHost(url) || !registrableDomain(*url.host)) {
        if (domain == host || (url.host->kind == Host::Kind::IPv6 && u'[' + domain + u']' == host))
            return std::pair{host, true};
        return std::nullopt;
    }
    // A public suffix (com, github.io) as the Domain: refused (step 9).
    if (!registrableDomain(Host{Host::Kind::Domain, domain}))
        return std::nullopt;
    if (!domainMatches(host, domain, false))
        return std::nullopt;
    return std::pair{domain, false};
}

// https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-cookie-name-prefixes
// (Chromium 156 matches the prefixes case-insensitively).
bool violatesPrefix(const SetCookie &cookie, bool secureSource)
{
    const auto startsWith = [&](QByteArrayView prefix) {
        return cookie.name.size() >= prefix.size() && isByteCaseInsensitiveMatch(QByteArrayView(cookie.name).first(prefix.size()), prefix);
    };
    if (startsWith("__Secure-"))
        return !cookie.secure || !secureSource;
    if (startsWith("__Host-"))
        return !cookie.secure || !secureSource || cookie.domain || cookie.path != "/";
    return false;
}

bool expiresAtOnce(const SetCookie &cookie)
{
    // Step 2: Max-Age wins over Expires.
    if (cookie.maxAge)
        return *cookie.maxAge <= 0;
    return cookie.expires && *cookie.expires <= QDateTime::currentDateTimeUtc();
}

// The cookie's SameSite rule against a context that is not same-site (strict) enough for it.
CookieExclusion sameSiteExclusion(CookieSameSite sameSite)
{
    return sameSite == CookieSameSite::Strict ? CookieExclusion::SameSiteStrict
         : sameSite == CookieSameSite::Lax    ? CookieExclusion::SameSiteLax
                                              : CookieExclusion::SameSiteLaxByDefault;
}

// Chromium's SameSiteCookieContext (net/cookies/cookie_util.cc ComputeSameSiteContext), schemeful.
enum class SameSiteContext { CrossSite, LaxMethodUnsafe, Lax, Strict };

SameSiteContext sameSiteContext(const CookieRequestContext &context)
{
    const QString site = schemefulSite(context.url);
    if (context.siteForCookies.isEmpty() || site != context.siteForCookies)
        return SameSiteContext::CrossSite;
    if (!context.initiator.isOpaque() && context.initiator.isSameSite(Origin::fromUrl(context.url)))
        return SameSiteContext::Strict;
    // Only a top-level navigation has a first-party site for cookies and a cross-site initiator.
    return context.safeMethod ? SameSiteContext::Lax : SameSiteContext::LaxMethodUnsafe;
}

// https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-retrieval-algorithm, step 1's
// SameSite conditions; Chromium lets a cookie without SameSite go on a top-level POST in its first two minutes
// ("Lax allowing unsafe"): every jar cookie is set just before the request.
bool sameSiteAllows(CookieSameSite sameSite, SameSiteContext context)
{
    switch (sameSite) {
    case CookieSameSite::None: return true;
    case CookieSameSite::Strict: return context == SameSiteContext::Strict;
    case CookieSameSite::Lax: return context >= SameSiteContext::Lax;
    case CookieSameSite::Unspecified: return context >= SameSiteContext::LaxMethodUnsafe;
    }
    return false;
}

} // namespace

QLatin1StringView cookieExclusionName(CookieExclusion exclusion)
{
    switch (exclusion) {
    case CookieExclusion::SameSiteLaxByDefault: return "SameSiteLax"_L1;
    case CookieExclusion::InvalidPartitioned: return "NotStored"_L1;
    default: return cookieExclusionKey(exclusion);
    }
}

QLatin1StringView cookieExclusionKey(CookieExclusion exclusion)
{
    switch (exclusion) {
    case CookieExclusion::DomainMismatch: return "DomainMismatch"_L1;
    case CookieExclusion::PathMismatch: return "PathMismatch"_L1;
    case CookieExclusion::SecureOnly: return "SecureOnly"_L1;
    case CookieExclusion::SameSiteStrict: return "SameSiteStrict"_L1;
    case CookieExclusion::SameSiteLax: return "SameSiteLax"_L1;
    case CookieExclusion::SameSiteLaxByDefault: return "SameSiteLaxByDefault"_L1;
    case CookieExclusion::SameSiteNoneInsecure: return "SameSiteNoneInsecure"_L1;
    case CookieExclusion::ThirdPartyBlocked: return "ThirdPartyBlocked"_L1;
    case CookieExclusion::PartitionMismatch: return "PartitionMismatch"_L1;
    case CookieExclusion::CredentialsOmitted: return "CredentialsOmitted"_L1;
    case CookieExclusion::NotStored: return "NotStored"_L1;
    case CookieExclusion::InvalidPartitioned: return "InvalidPartitioned"_L1;
    case CookieExclusion::InvalidPrefix: return "InvalidPrefix"_L1;
    case CookieExclusion::InvalidDomain: return "InvalidDomain"_L1;
    }
    return {};
}

std::optional<CookieExclusion> cookieExclusionFromName(QLatin1StringView name)
{
    for (int i = 0; i <= static_cast<int>(CookieExclusion::InvalidPartitioned); ++i) {
        const auto exclusion = static_cast<CookieExclusion>(i);
        if (cookieExclusionKey(exclusion) == name)
            return exclusion;
    }
    return std::nullopt;
}

QString schemefulSite(const Url &url)
{
    const Origin origin = Origin::fromUrl(url);
    if (origin.isOpaque())
        return {};
    return origin.scheme() + u"://"_s + origin.siteHost();
}

QByteArray CookieRetrieval::cookieHeader() const
{
    QByteArray header;
    for (const StoredCookie *cookie : included) {
        if (!header.isEmpty())
            header += "; ";
        if (!cookie->name.isEmpty())
            header += cookie->name + '=';
        header += cookie->value;
    }
    return header;
}

std::optional<CookieExclusion> CookieStore::set(QByteArrayView setCookie, const Url &url, const std::optional<Url> &embeddedIn,
                                                ThirdPartyCookies thirdPartyCookies, int tag)
{
    const std::optional<SetCookie> parsed = parseSetCookie(setCookie);
    if (!parsed || !url.host)
        return CookieExclusion::NotStored;
    const bool secureSource = isSecureForCookies(url);
    if (violatesPrefix(*parsed, secureSource))
        return CookieExclusion::InvalidPrefix;
    const auto domain = cookieDomain(*parsed, url);
    if (!domain)
        return CookieExclusion::InvalidDomain;
    // Step 14: only a secure origin sets a Secure cookie.
    if (parsed->secure && !secureSource)
        return CookieExclusion::SecureOnly;
    if (parsed->partitioned && !parsed->secure)
        return CookieExclusion::InvalidPartitioned;
    // https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-samesite-attribute-2:
    // None demands Secure (Chromium refuses it otherwise).
    if (parsed->sameSite == CookieSameSite::None && !parsed->secure)
        return CookieExclusion::SameSiteNoneInsecure;
    // Step 18 (Chromium's ComputeSameSiteContextForSet, schemeless): a cross-site frame sets only SameSite=None.
    const QString topLevelSite = schemefulSite(embeddedIn.value_or(url));
    const bool crossSite = topLevelSite != schemefulSite(url);
    if (crossSite && parsed->sameSite != CookieSameSite::None)
        return sameSiteExclusion(parsed->sameSite);
    if (crossSite && thirdPartyCookies == ThirdPartyCookies::Block && !parsed->partitioned)
        return CookieExclusion::ThirdPartyBlocked;

    StoredCookie cookie;
    cookie.name = parsed->name;
    cookie.value = parsed->value;
    cookie.domain = domain->first;
    cookie.hostOnly = domain->second;
    cookie.path = parsed->path ? QString::fromLatin1(*parsed->path) : defaultPath(url);
    cookie.secure = parsed->secure;
    cookie.httpOnly = parsed->httpOnly;
    cookie.sameSite = parsed->sameSite;
    cookie.tag = tag;
    if (parsed->partitioned)
        cookie.partitionKey = topLevelSite;
    // Step 22: an older cookie of the same name, domain, host-only flag and path (and partition) goes; the
    // new one keeps its creation time.
    cookie.creationOrder = m_nextCreation++;
    const auto old = std::find_if(m_cookies.begin(), m_cookies.end(), [&](const StoredCookie &c) {
        return c.name == cookie.name && c.domain == cookie.domain && c.hostOnly == cookie.hostOnly && c.path == cookie.path
            && c.partitionKey == cookie.partitionKey;
    });
    if (old != m_cookies.end()) {
        cookie.creationOrder = old->creationOrder;
        m_cookies.erase(old);
    }
    // Step 23: an expired cookie only removes its namesake.
    if (expiresAtOnce(*parsed))
        return CookieExclusion::NotStored;
    m_cookies.append(std::move(cookie));
    return std::nullopt;
}

CookieRetrieval CookieStore::retrieve(const CookieRequestContext &context) const
{
    CookieRetrieval result;
    const QString host = hostText(context.url);
    const bool hostIsIp = context.url.host && context.url.host->isIpAddress();
    const QString path = context.url.serializePath();
    const bool secure = isSecureForCookies(context.url);
    const SameSiteContext sameSite = sameSiteContext(context);
    const bool thirdParty = context.siteForCookies != schemefulSite(context.url);
    for (const StoredCookie &cookie : m_cookies) {
        std::optional<CookieExclusion> reason;
        if (cookie.hostOnly ? host != cookie.domain : !domainMatches(host, cookie.domain, hostIsIp))
            reason = CookieExclusion::DomainMismatch;
        else if (!pathMatches(path, cookie.path))
            reason = CookieExclusion::PathMismatch;
        else if (cookie.secure && !secure)
            reason = CookieExclusion::SecureOnly;
        else if (cookie.partitionKey && *cookie.partitionKey != context.topLevelSite)
            reason = CookieExclusion::PartitionMismatch;
        else if (!sameSiteAllows(cookie.sameSite, sameSite))
            reason = sameSiteExclusion(cookie.sameSite);
        else if (thirdParty && !cookie.partitionKey && context.thirdPartyCookies == ThirdPartyCookies::Block)
            reason = CookieExclusion::ThirdPartyBlocked;
        if (reason)
            result.excluded.append({&cookie, *reason});
        else
            result.included.append(&cookie);
    }
    // Step 2: longer paths first, then earlier creation.
    std::stable_sort(result.included.begin(), result.included.end(), [](const StoredCookie *a, const StoredCookie *b) {
        if (a->path.size() != b->path.size())
            return a->path.size() > b->path.size();
        return a->creationOrder < b->creationOrder;
    });
    return result;
}

} // namespace corslab
