#pragma once
// https://html.spec.whatwg.org/multipage/browsers.html#concept-origin
#include "core/url.h"
#include <QString>
#include <cstdint>
#include <optional>

namespace corslab {

// https://html.spec.whatwg.org/multipage/browsers.html#concept-origin:
// either a tuple (scheme, host, port, domain) or an opaque origin.
class Origin {
public:
    // A new opaque origin, distinct from every other (https://html.spec.whatwg.org/multipage/browsers.html#concept-origin-opaque).
    static Origin createOpaque();
    static Origin tuple(QString scheme, Host host, std::optional<int> port);
    // https://url.spec.whatwg.org/#concept-url-origin
    static Origin fromUrl(const Url &url);

    bool isOpaque() const { return m_opaqueId != 0; }
    const QString &scheme() const { return m_scheme; }
    const Host &host() const { return m_host; }
    std::optional<int> port() const { return m_port; }

    // https://html.spec.whatwg.org/multipage/browsers.html#ascii-serialisation-of-an-origin ("null" when opaque)
    QString serialize() const;
    // https://html.spec.whatwg.org/multipage/browsers.html#same-origin
    bool isSameOrigin(const Origin &other) const;
    // https://html.spec.whatwg.org/multipage/browsers.html#same-site (schemeful)
    bool isSameSite(const Origin &other) const;
    // https://html.spec.whatwg.org/multipage/browsers.html#schemelessly-same-site
    bool isSchemelesslySameSite(const Origin &other) const;
    // https://html.spec.whatwg.org/multipage/browsers.html#obtain-a-site: registrable domain via libpsl,
    // or the serialised host when it has none (IP addresses, localhost, public suffixes); empty when opaque.
    QString siteHost() const;

private:
    QString m_scheme;
    Host m_host;
    std::optional<int> m_port;
    std::uint64_t m_opaqueId = 0;
};

// One part of the same-origin comparison: the page's value, the target's, and whether they match.
struct OriginPart {
    QString page;
    QString target;
    bool same = false;
};

// https://html.spec.whatwg.org/multipage/browsers.html#same-origin part by part: the scheme, the host,
// the port (the scheme's default filled in) and the schemeful site
// (https://html.spec.whatwg.org/multipage/browsers.html#obtain-a-site). `opaque`: the page's or the
// target's origin is opaque, same-origin with nothing but itself; the parts are then empty.
struct OriginComparison {
    bool opaque = false;
    OriginPart scheme, host, port, site;
};
OriginComparison compareOrigins(const Origin &page, const Origin &target);

// What a comparison makes of the two: https://html.spec.whatwg.org/multipage/browsers.html#same-origin,
// else #same-site (schemeful), else cross-site; opaque when either origin is.
enum class OriginRelation { SameOrigin, SameSite, CrossSite, Opaque };
OriginRelation originRelation(const OriginComparison &comparison);
QLatin1StringView originRelationName(OriginRelation relation);   // "same-origin", "same-site", ...

// https://w3c.github.io/webappsec-secure-contexts/#is-url-trustworthy (https, wss, file, loopback hosts).
bool isPotentiallyTrustworthy(const Url &url);

// https://url.spec.whatwg.org/#host-registrable-domain, nullopt when the host has none.
std::optional<QString> registrableDomain(const Host &host);

} // namespace corslab
