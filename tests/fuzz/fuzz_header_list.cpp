// Header lists: lines "name: value" into a list, then everything the engine reads from one: get,
// get-decode-split, sort-and-combine, the preflight's own header list, the preflight result and
// Access-Control-Expose-Headers (https://fetch.spec.whatwg.org/#terminology-headers).
#include "core/header_list.h"
#include "core/preflight.h"
#include "core/safelist.h"
#include "tests/fuzz/fuzz_input.h"

using namespace corslab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    HeaderList headers;
    for (QByteArrayView line : fuzz::bytes(data, size).toByteArray().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        headers.append(line.first(colon).toByteArray(), normalizeHeaderValue(line.sliced(colon + 1)));
    }
    for (const Header &header : headers.entries()) {
        fuzz::require(headers.contains(header.name), "an appended header is contained");
        (void)headers.getDecodeSplit(header.name);
        (void)parseAccessControlAllowList(header.value);
        (void)isCorsSafelistedRequestHeader(header.name, header.value);
        (void)isForbiddenRequestHeader(header.name, header.value);
    }
    const QList<Header> combined = headers.sortAndCombine();
    fuzz::require(combined.size() <= headers.size(), "combining never adds headers");
    const QByteArray method = headers.isEmpty() ? QByteArrayLiteral("GET") : headers.entries().first().name;
    const PreflightNeed need = preflightNeed(method, headers);
    (void)preflightRequestHeaders(method, need, QByteArrayLiteral("https://app.example"));
    (void)accessControlRequestHeadersValue(headers);
    (void)preflightCacheSeconds(headers);
    (void)extractAccessControlExposeHeaders(headers);
    for (const bool credentials : {false, true}) {
        const auto result = createPreflightResult(headers, credentials);
        if (const auto *allowed = std::get_if<PreflightResult>(&result)) {
            (void)ensureAllowedMethod(*allowed, method, engineBehaviour(EngineProfile::Current));
            (void)ensureAllowedHeaders(*allowed, need);
        }
    }
    return 0;
}
