#pragma once
// The request headers a browser adds on the wire beyond those the engine decides on (Origin,
// Access-Control-Request-*, the author's): what a probe of a real server sends so the server sees
// what Chromium would send it.
// https://fetch.spec.whatwg.org/#http-network-or-cache-fetch (Accept, Accept-Language, User-Agent),
// https://w3c.github.io/webappsec-fetch-metadata/ (Sec-Fetch-*),
// https://w3c.github.io/webappsec-referrer-policy/ (Referer, policy strict-origin-when-cross-origin).
#include "core/header_list.h"
#include "core/scenario.h"
#include "core/verdict.h"

namespace corslab {

// The User-Agent a probe sends: Chromium 156's on Linux, reduced as Chromium reduces it.
inline constexpr QLatin1StringView kProbeUserAgent{
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"};

// Every request header of `verdict.exchanges[index]` as Chromium 156 sends it on HTTP/1.1: a preflight
// in Chromium's order exactly; another request with the same headers Chromium sends (client hints,
// User-Agent, the author's, Accept, Origin, Sec-Fetch-*, Referer, Accept-Encoding, Accept-Language, and
// `Cookie`: the jar's as the engine chose them, else `cookies` (`name=value` each) when the exchange carries
// credentials), the author's in
// their place. Host, Content-Length and Connection are the sender's (tests/data/wire-headers.json).
HeaderList wireRequestHeaders(const Scenario &scenario, const Verdict &verdict, qsizetype index,
                              const QList<QByteArray> &cookies = {});

} // namespace corslab
