#include "core/wire_headers.h"

#include "core/origin.h"
#include "core/url.h"

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

bool isDocumentRequest(Via via) { return via == Via::Navigate || via == Via::Form || via == Via::Iframe; }

// https://fetch.spec.whatwg.org/#fetching, step 12 (the default Accept value) and Chromium's per-destination
// values (third_party/blink/renderer/platform/loader/fetch/fetch_utils.cc, net/http/http_util.cc).
QByteArray acceptValue(Via via, Exchange::Kind kind)
{
    if (kind == Exchange::Kind::Preflight)
        return QByteArrayLiteral("*/*");
    switch (via) {
    case Via::Img: return QByteArrayLiteral("image/jxl,image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8");
    case Via::Stylesheet: return QByteArrayLiteral("text/css,*/*;q=0.1");
    case Via::Navigate:
    case Via::Form:
    case Via::Iframe:
        return QByteArrayLiteral("text/html,application/xhtml+xml,application/xml;q=0.9,image/jxl,image/avif,image/webp,"
                                 "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7");
    case Via::Fetch:
    case Via::Xhr:
    case Via::Script:
    case Via::Font:
    case Via::Media:
        break;
    }
    return QByteArrayLiteral("*/*");
}

// https://fetch.spec.whatwg.org/#concept-request-destination
QByteArray destination(Via via)
{
    switch (via) {
    case Via::Fetch:
    case Via::Xhr: return QByteArrayLiteral("empty");
    case Via::Img: return QByteArrayLiteral("image");
    case Via::Script: return QByteArrayLiteral("script");
    case Via::Stylesheet: return QByteArrayLiteral("style");
    case Via::Font: return QByteArrayLiteral("font");
    case Via::Media: return QByteArrayLiteral("audio");
    // A form submits into a frame of the page (docs/scenario-format.md), so its destination is that frame.
    case Via::Iframe:
    case Via::Form: return QByteArrayLiteral("iframe");
    case Via::Navigate: return QByteArrayLiteral("document");
    }
    return QByteArrayLiteral("empty");
}

// https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-mode-header
QByteArray secFetchMode(const ScenarioRequest &request, Exchange::Kind kind)
{
    if (kind == Exchange::Kind::Preflight)
        return QByteArrayLiteral("cors");
    switch (request.via) {
    case Via::Fetch:
        if (request.mode == RequestMode::NoCors)
            return QByteArrayLiteral("no-cors");
        if (request.mode == RequestMode::SameOrigin)
            return QByteArrayLiteral("same-origin");
        return QByteArrayLiteral("cors");
    case Via::Xhr:
    case Via::Font: return QByteArrayLiteral("cors");
    case Via::Img:
    case Via::Script:
    case Via::Stylesheet:
    case Via::Media: return request.crossorigin ? QByteArrayLiteral("cors") : QByteArrayLiteral("no-cors");
    case Via::Navigate:
    case Via::Form:
    case Via::Iframe: return QByteArrayLiteral("navigate");
    }
    return QByteArrayLiteral("cors");
}

// https://w3c.github.io/webappsec-referrer-policy/#determine-requests-referrer, policy
// strict-origin-when-cross-origin (the default): the page URL to the same origin, its origin elsewhere,
// nothing from https to a URL that is not potentially trustworthy.
std::optional<QByteArray> referrer(const Url &page, const Url &url)
{
    if (page.scheme != "http"_L1 && page.scheme != "https"_L1)
        return std::nullopt;
    const Origin pageOrigin = Origin::fromUrl(page);
    if (pageOrigin.isSameOrigin(Origin::fromUrl(url))) {
        Url stripped = page;
        stripped.username.clear();
        stripped.password.clear();
        return stripped.serialize(true).toUtf8();
    }
    if (page.scheme == "https"_L1 && !isPotentiallyTrustworthy(url))
        return std::nullopt;
    return (pageOrigin.serialize() + u'/').toUtf8();
}

void appendUnlessSet(HeaderList &headers, QByteArray name, QByteArray value)
{
    if (!headers.contains(name))
        headers.append(std::move(name), std::move(value));
}

} // namespace

QByteArray secFetchSite(const Scenario &scenario, const QStringList &chain)
{
    const std::optional<Url> page = parseUrlOrNull(scenario.page);
    if (!page || scenario.pageSandboxed)
        return QByteArrayLiteral("cross-site");
    const Origin pageOrigin = Origin::fromUrl(*page);
    // The least trusted relation along the redirect chain (#sec-fetch-site-header, steps 3-4).
    QByteArray value = QByteArrayLiteral("same-origin");
    for (const QString &text : chain) {
        const std::optional<Url> url = parseUrlOrNull(text);
        const Origin origin = url ? Origin::fromUrl(*url) : Origin::createOpaque();
        if (pageOrigin.isSameOrigin(origin))
            continue;
        if (!pageOrigin.isSameSite(origin))
            return QByteArrayLiteral("cross-site");
        value = QByteArrayLiteral("same-site");
    }
    return value;
}

HeaderList wireRequestHeaders(const Scenario &scenario, const Verdict &verdict, qsizetype index,
                              const QList<QByteArray> &cookies)
{
    const Exchange &exchange = verdict.exchanges.at(index);
    const ScenarioRequest &request = scenario.request;
    const std::optional<Url> page = parseUrlOrNull(scenario.page);
    const std::optional<Url> url = parseUrlOrNull(exchange.url);
    const bool preflight = exchange.kind == Exchange::Kind::Preflight;
    const bool trustworthy = url && isPotentiallyTrustworthy(*url);
    QStringList chain;
    for (qsizetype i = 0; i <= index; ++i) {
        if (verdict.exchanges.at(i).kind != Exchange::Kind::Preflight || i == index)
            chain.append(verdict.exchanges.at(i).url);
    }
    chain.removeDuplicates();
    const QByteArray userAgent(kProbeUserAgent.data(), kProbeUserAgent.size());
    const std::optional<QByteArray> referer = page && url ? referrer(*page, *url) : std::nullopt;

    HeaderList headers;
    if (preflight) {
        // https://fetch.spec.whatwg.org/#cors-preflight-fetch, in the order Chromium 156 writes it.
        appendUnlessSet(headers, "Accept", "*/*");
        for (const Header &header : exchange.requestHeaders.entries()) {
            if (isByteCaseInsensitiveMatch(header.name, "accept"))
                headers.set(header.name, header.value);
            else if (!isByteCaseInsensitiveMatch(header.name, "origin"))
                headers.append(header.name, header.value);
        }
        if (const auto origin = exchange.requestHeaders.get("origin"))
            headers.append("Origin", *origin);
        headers.append("User-Agent", userAgent);
        if (trustworthy) {
            headers.append("Sec-Fetch-Mode", "cors");
            headers.append("Sec-Fetch-Site", secFetchSite(scenario, chain));
            headers.append("Sec-Fetch-Dest", "empty");
        }
        if (referer)
            headers.append("Referer", *referer);
        headers.append("Accept-Encoding", "gzip, deflate, br, zstd");
        headers.append("Accept-Language", "en-US,en;q=0.9");
        return headers;
    }

    const bool document = isDocumentRequest(request.via);
    // Chromium 156 revalidates a form POST's result (a reload-style load).
    if (request.via == Via::Form && exchange.method == "POST")
        headers.append("Cache-Control", "max-age=0");
    // https://wicg.github.io/client-hints-infrastructure/#low-entropy-hint-table, to secure contexts only.
    if (trustworthy) {
        headers.append("sec-ch-ua", "\"Not:A-Brand\";v=\"8\", \"Chromium\";v=\"156\"");
        headers.append("sec-ch-ua-mobile", "?0");
        headers.append("sec-ch-ua-platform", "\"Linux\"");
    }
    // https://w3c.github.io/webappsec-upgrade-insecure-requests/#preference
    if (document)
        headers.append("Upgrade-Insecure-Requests", "1");
    headers.append("User-Agent", userAgent);
    for (const Header &header : exchange.requestHeaders.entries()) {
        if (!isByteCaseInsensitiveMatch(header.name, "origin"))
            headers.append(header.name, header.value);
    }
    appendUnlessSet(headers, "Accept", acceptValue(request.via, exchange.kind));
    if (const auto origin = exchange.requestHeaders.get("origin"))
        headers.append("Origin", *origin);
    // https://w3c.github.io/webappsec-fetch-metadata/#abstract-opdef-append-the-fetch-metadata-headers-for-a-request,
    // step 1: only to potentially trustworthy URLs.
    if (trustworthy) {
        headers.append("Sec-Fetch-Site", secFetchSite(scenario, chain));
        headers.append("Sec-Fetch-Mode", secFetchMode(request, exchange.kind));
        // No Sec-Fetch-User: only a navigation with user activation sends it
        // (https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-user-header), and scenarios navigate by
        // script, as the live harness does (seen in Chromium 156).
        headers.append("Sec-Fetch-Dest", destination(request.via));
    }
    if (referer)
        headers.append("Referer", *referer);
    // Media asks for the whole resource as a range, unencoded (seen in Chromium 156).
    const bool media = request.via == Via::Media;
    headers.append("Accept-Encoding", media ? QByteArrayLiteral("identity") : QByteArrayLiteral("gzip, deflate, br, zstd"));
    appendUnlessSet(headers, "Accept-Language", "en-US,en;q=0.9");
    if (exchange.credentials && !cookies.isEmpty())
        headers.append("Cookie", cookies.join("; "));
    // https://html.spec.whatwg.org/multipage/media.html#concept-media-load-resource
    if (media)
        appendUnlessSet(headers, "Range", "bytes=0-");
    return headers;
}

} // namespace corslab
