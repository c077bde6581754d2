#pragma once
// The browser's cookie store: storing a Set-Cookie line
// (https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-storage-model, section 5.7) and
// choosing the cookies a request carries (#name-retrieval-algorithm, section 5.8.3), with the reason for
// each cookie left out as Chromium gives it (net/cookies/cookie_inclusion_status.h).
#include "core/origin.h"
#include "core/scenario.h"
#include "core/set_cookie.h"
#include "core/url.h"
#include <QByteArray>
#include <QList>
#include <optional>

namespace corslab {

// Why a cookie does not go with a request, or was never stored (docs/scenario-format.md, `cookiesNotSent`).
enum class CookieExclusion {
    // Retrieval
    DomainMismatch,         // the URL's host is not the cookie's host or under its Domain
    PathMismatch,           // the URL's path is not under the cookie's Path
    SecureOnly,             // a Secure cookie and a URL that is not secure (also: set from one)
    SameSiteStrict,         // SameSite=Strict, and the request is not same-site
    SameSiteLax,            // SameSite=Lax, and the request is cross-site (and not a top-level GET navigation)
    SameSiteLaxByDefault,   // no SameSite attribute: Lax by default (named SameSiteLax in the verdict)
    SameSiteNoneInsecure,   // SameSite=None without Secure: refused when set
    ThirdPartyBlocked,      // third-party cookies are blocked, and the request is third-party
    PartitionMismatch,      // a Partitioned cookie of another top-level site
    CredentialsOmitted,     // the request carries no credentials at all
    // Storage
    NotStored,              // not a cookie line, or expired at once
    InvalidPrefix,          // __Secure- or __Host- without what the prefix demands
    InvalidDomain,          // a Domain attribute the URL's host cannot set
    InvalidPartitioned,     // Partitioned without Secure
};
QLatin1StringView cookieExclusionName(CookieExclusion exclusion);   // the verdict's reason name
QLatin1StringView cookieExclusionKey(CookieExclusion exclusion);    // the enumerator's own name
std::optional<CookieExclusion> cookieExclusionFromName(QLatin1StringView name);   // a verdict's reason name

// https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-storage-model, step 24's fields
struct StoredCookie {
    QByteArray name;
    QByteArray value;
    QString domain;                        // lower-case, no leading dot
    bool hostOnly = true;
    QString path;
    bool secure = false;
    bool httpOnly = false;
    CookieSameSite sameSite = CookieSameSite::Unspecified;
    std::optional<QString> partitionKey;   // the top-level site it is keyed to (https://github.com/privacycg/CHIPS)
    int creationOrder = 0;                 // earlier cookies come first among equal paths
    int tag = -1;                          // the caller's name for the line that set it (a jar index)
    friend bool operator==(const StoredCookie &, const StoredCookie &) = default;
};

// Where a request goes and who asks, as Chromium's SameSiteCookieContext and CookieSettings need it.
struct CookieRequestContext {
    Url url;
    Origin initiator;           // the page's origin; opaque for a sandboxed page
    QString siteForCookies;     // the top-level document's schemeful site (empty: none, e.g. under a sandboxed frame)
    QString topLevelSite;       // the top-level document's schemeful site: the partition a request reads
    bool topLevelNavigation = false;
    bool safeMethod = true;     // GET or HEAD (https://httpwg.org/specs/rfc9110.html#safe.methods)
    ThirdPartyCookies thirdPartyCookies = ThirdPartyCookies::Allow;
};

struct ExcludedCookie {
    const StoredCookie *cookie;
    CookieExclusion reason;
};

struct CookieRetrieval {
    QList<const StoredCookie *> included;   // in the order the Cookie header lists them
    QList<ExcludedCookie> excluded;
    // https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-retrieval-algorithm, step 4
    QByteArray cookieHeader() const;
};

class CookieStore {
public:
    // Section 5.7 for a response from `url` received by a top-level navigation, or by a frame of a top-level
    // page at `embeddedIn`: nullopt when stored, else why not. A stored cookie replaces its namesake.
    std::optional<CookieExclusion> set(QByteArrayView setCookie, const Url &url, const std::optional<Url> &embeddedIn,
                                       ThirdPartyCookies thirdPartyCookies, int tag = -1);
    // Section 5.8.3: the cookies for a request, and why each other cookie stays home.
    CookieRetrieval retrieve(const CookieRequestContext &context) const;

    const QList<StoredCookie> &cookies() const { return m_cookies; }
    bool isEmpty() const { return m_cookies.isEmpty(); }

private:
    QList<StoredCookie> m_cookies;
    int m_nextCreation = 0;
};

// The schemeful site (https://html.spec.whatwg.org/multipage/browsers.html#obtain-a-site) of `url`'s
// origin as text: "https://example.com"; empty when opaque.
QString schemefulSite(const Url &url);

} // namespace corslab
