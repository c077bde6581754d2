#include "core/origin.h"

#include <QByteArray>
#include <QHash>
#include <libpsl.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// The public suffix list: Debian's /usr/share/publicsuffix when newer than libpsl's built-in copy.
const psl_ctx_t *publicSuffixList()
{
    static const psl_ctx_t *const list = [] {
        const psl_ctx_t *latest = psl_latest(nullptr);
        return latest ? latest : psl_builtin();
    }();
    return list;
}

// https://url.spec.whatwg.org/#host-registrable-domain for a domain, straight from libpsl.
std::optional<QString> lookUpRegistrableDomain(QStringView domain)
{
    const psl_ctx_t *list = publicSuffixList();
    if (!list)
        return std::nullopt;
    // https://url.spec.whatwg.org/#host-public-suffix, steps 2-4: a trailing dot is set aside and restored.
    const bool trailingDot = domain.endsWith(u'.');
    if (trailingDot)
        domain.chop(1);
    const QByteArray ascii = domain.toLatin1();
    // https://url.spec.whatwg.org/#host-registrable-domain: null when the host is itself a public suffix
    const char *registrable = psl_registrable_domain(list, ascii.constData());
    if (!registrable)
        return std::nullopt;
    QString result = QString::fromLatin1(registrable);
    if (trailingDot)
        result.append(u'.');
    return result;
}

} // namespace

Origin Origin::createOpaque()
{
    static std::atomic<std::uint64_t> nextOpaqueId{1};
    Origin origin;
    origin.m_opaqueId = nextOpaqueId.fetch_add(1, std::memory_order_relaxed);
    return origin;
}

Origin Origin::tuple(QString scheme, Host host, std::optional<int> port)
{
    Origin origin;
    origin.m_scheme = std::move(scheme);
    origin.m_host = std::move(host);
    origin.m_port = port;
    return origin;
}

Origin Origin::fromUrl(const Url &url)
{
    // https://url.spec.whatwg.org/#concept-url-origin
    if (url.scheme == u"blob") {
        // step "blob": the origin of the URL in the path, when that is an HTTP(S) URL
        const std::optional<Url> pathUrl = parseUrlOrNull(url.serializePath());
        if (pathUrl && (pathUrl->scheme == u"http" || pathUrl->scheme == u"https"))
            return fromUrl(*pathUrl);
        return createOpaque();
    }
    if (url.scheme == u"ftp" || url.scheme == u"http" || url.scheme == u"https" || url.scheme == u"ws"
        || url.scheme == u"wss")
        return tuple(url.scheme, url.host.value_or(Host{}), url.port);
    // "file" and every other scheme: a new opaque origin
    return createOpaque();
}

QString Origin::serialize() const
{
    // https://html.spec.whatwg.org/multipage/browsers.html#ascii-serialisation-of-an-origin
    if (isOpaque())
        return u"null"_s;
    QString result = m_scheme;
    result.append(u"://");
    result.append(m_host.serialize());
    if (m_port) {
        result.append(u':');
        result.append(QString::number(*m_port));
    }
    return result;
}

bool Origin::isSameOrigin(const Origin &other) const
{
    // https://html.spec.whatwg.org/multipage/browsers.html#same-origin
    if (isOpaque() || other.isOpaque())
        return m_opaqueId == other.m_opaqueId;
    return m_scheme == other.m_scheme && m_host == other.m_host && m_port == other.m_port;
}

bool Origin::isSameSite(const Origin &other) const
{
    // https://html.spec.whatwg.org/multipage/browsers.html#same-site: schemelessly same site, and
    // both opaque or both tuples with the same scheme.
    if (isOpaque() || other.isOpaque())
        return m_opaqueId == other.m_opaqueId;
    return m_scheme == other.m_scheme && isSchemelesslySameSite(other);
}

bool Origin::isSchemelesslySameSite(const Origin &other) const
{
    // https://html.spec.whatwg.org/multipage/browsers.html#schemelessly-same-site
    if (isOpaque() || other.isOpaque())
        return m_opaqueId == other.m_opaqueId;
    const std::optional<QString> domain = registrableDomain(m_host);
    if (m_host == other.m_host && !domain)
        return true;
    return domain && domain == registrableDomain(other.m_host);
}

QString Origin::siteHost() const
{
    if (isOpaque())
        return {};
    if (std::optional<QString> domain = registrableDomain(m_host))
        return std::move(*domain);
    return m_host.serialize();
}

namespace {

OriginPart part(QString page, QString target)
{
    const bool same = page == target;
    return {std::move(page), std::move(target), same};
}

QString effectivePort(const Origin &origin)
{
    const std::optional<int> port = origin.port() ? origin.port() : defaultPort(origin.scheme());
    return port ? QString::number(*port) : QString();
}

QString schemefulSite(const Origin &origin)
{
    return origin.scheme() + u"://"_s + origin.siteHost();
}

} // namespace

OriginComparison compareOrigins(const Origin &page, const Origin &target)
{
    OriginComparison comparison;
    if (page.isOpaque() || target.isOpaque()) {
        comparison.opaque = true;
        return comparison;
    }
    comparison.scheme = part(page.scheme(), target.scheme());
    comparison.host = part(page.host().serialize(), target.host().serialize());
    comparison.port = part(effectivePort(page), effectivePort(target));
    comparison.site = part(schemefulSite(page), schemefulSite(target));
    return comparison;
}

OriginRelation originRelation(const OriginComparison &comparison)
{
    if (comparison.opaque)
        return OriginRelation::Opaque;
    if (comparison.scheme.same && comparison.host.same && comparison.port.same)
        return OriginRelation::SameOrigin;
    return comparison.site.same ? OriginRelation::SameSite : OriginRelation::CrossSite;
}

QLatin1StringView originRelationName(OriginRelation relation)
{
    switch (relation) {
    case OriginRelation::SameOrigin: return "same-origin"_L1;
    case OriginRelation::SameSite: return "same-site"_L1;
    case OriginRelation::CrossSite: return "cross-site"_L1;
    case OriginRelation::Opaque: return "opaque"_L1;
    }
    return {};
}

std::optional<QString> registrableDomain(const Host &host)
{
    // https://url.spec.whatwg.org/#host-public-suffix, step 1: only domains have one. Asking libpsl
    // about an IP address would treat it as a domain (127.0.0.1 → "0.1").
    if (host.kind != Host::Kind::Domain)
        return std::nullopt;
    // A libpsl look-up costs about a microsecond; scenarios ask about the same few hosts again and again.
    thread_local QHash<QString, std::optional<QString>> memo;
    if (const auto found = memo.constFind(host.domain); found != memo.cend())
        return *found;
    if (memo.size() >= 256)
        memo.clear();
    std::optional<QString> result = lookUpRegistrableDomain(host.domain);
    memo.insert(host.domain, result);
    return result;
}

bool isPotentiallyTrustworthy(const Url &url)
{
    if (url.scheme == "https"_L1 || url.scheme == "wss"_L1 || url.scheme == "file"_L1)
        return true;
    if (!url.host)
        return false;
    const Host &host = *url.host;
    if (host.kind == Host::Kind::IPv4)
        return (host.ipv4 >> 24) == 127;
    if (host.kind == Host::Kind::IPv6)
        return host.ipv6 == std::array<std::uint16_t, 8>{0, 0, 0, 0, 0, 0, 0, 1};
    return host.domain == "localhost"_L1 || host.domain.endsWith(".localhost"_L1);
}

} // namespace corslab
