// URL and origin parsing: parse, serialize, the origin; the serialization parses back to itself
// (https://url.spec.whatwg.org/#url-serializing: a URL's serialization is idempotent under the parser).
#include "core/origin.h"
#include "core/url.h"
#include "tests/fuzz/fuzz_input.h"

using namespace corslab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(fuzz::bytes(data, size));
    const auto parsed = parseUrl(input);
    const Url *url = std::get_if<Url>(&parsed);
    if (!url)
        return 0;
    const QString serialized = url->serialize();
    const Origin origin = Origin::fromUrl(*url);
    (void)origin.serialize();
    (void)isPotentiallyTrustworthy(*url);
    if (url->host)
        (void)registrableDomain(*url->host);
    const auto again = parseUrl(serialized);
    fuzz::require(std::holds_alternative<Url>(again), "a URL's serialization parses");
    fuzz::require(std::get<Url>(again).serialize() == serialized, "serializing is idempotent");
    // A relative reference against the parsed URL as base.
    (void)parseUrl(u"../x?y#z", url);
    return 0;
}
