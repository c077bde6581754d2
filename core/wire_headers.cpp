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

// The headers the engine decides that Chromium writes in places of their own (the rest follow in the
// exchange's order).
bool isPlacedHeader(QByteArrayView name)
{
    for (QByteArrayView placed : {"origin", "referer", "cookie", "sec-fetch-site", "sec-fetch-mode", "sec-fetch-dest"}) {
        if (isByteCaseInsensitiveMatch(name, placed))
            return true;
    }
    return false;
}

void appendFrom(HeaderList &headers, const HeaderList &exchangeHeaders, QByteArrayView name)
{
    for (const Header &header : exchangeHeaders.entries()) {
        if (isByteCaseInsensitiveMatch(header.name, name))
            headers.append(header.name, header.value);
    }
}

void appendUnlessSet(HeaderList &headers, QByteArray name, QByteArray value)
{
    if (!headers.contains(name))
        headers.append(std::move(name), std::move(value));
}

} // namespace

HeaderList wireRequestHeaders(const Scenario &scenario, const Verdict &verdict, qsizetype index,
                              const QList<QByteArray> &cookies)
{
    const Exchange &exchange = verdict.exchanges.at(index);
    const HeaderList &decided = exchange.requestHeaders;
    const ScenarioRequest &request = scenario.request;
    const std::optional<Url> url = parseUrlOrNull(exchange.url);
    const bool preflight = exchange.kind == Exchange::Kind::Preflight;
    const bool trustworthy = url && isPotentiallyTrustworthy(*url);
    const QByteArray userAgent(kProbeUserAgent.data(), kProbeUserAgent.size());

    HeaderList headers;
    if (preflight) {
        // https://fetch.spec.whatwg.org/#cors-preflight-fetch, in the order Chromium 156 writes it.
        appendUnlessSet(headers, "Accept", "*/*");
        for (const Header &header : decided.entries()) {
            if (isByteCaseInsensitiveMatch(header.name, "accept"))
                headers.set(header.name, header.value);
            else if (!isPlacedHeader(header.name))
                headers.append(header.name, header.value);
        }
        appendFrom(headers, decided, "origin");
        headers.append("User-Agent", userAgent);
        for (QByteArrayView name : {"sec-fetch-mode", "sec-fetch-site", "sec-fetch-dest", "referer"})
            appendFrom(headers, decided, name);
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
    for (const Header &header : decided.entries()) {
        if (!isPlacedHeader(header.name))
            headers.append(header.name, header.value);
    }
    appendUnlessSet(headers, "Accept", acceptValue(request.via, exchange.kind));
    for (QByteArrayView name : {"origin", "sec-fetch-site", "sec-fetch-mode", "sec-fetch-dest", "referer"})
        appendFrom(headers, decided, name);
    // Media asks for the whole resource as a range, unencoded (seen in Chromium 156).
    const bool media = request.via == Via::Media;
    headers.append("Accept-Encoding", media ? QByteArrayLiteral("identity") : QByteArrayLiteral("gzip, deflate, br, zstd"));
    appendUnlessSet(headers, "Accept-Language", "en-US,en;q=0.9");
    if (decided.contains("cookie"))
        appendFrom(headers, decided, "cookie");
    else if (exchange.credentials && !cookies.isEmpty())
        headers.append("Cookie", cookies.join("; "));
    // https://html.spec.whatwg.org/multipage/media.html#concept-media-load-resource
    if (media)
        appendUnlessSet(headers, "Range", "bytes=0-");
    return headers;
}

} // namespace corslab
