// Set-Cookie lines and cookie dates (https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-set-cookie-header).
#include "core/set_cookie.h"
#include "tests/fuzz/fuzz_input.h"

using namespace corslab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView line = fuzz::bytes(data, size);
    if (const std::optional<SetCookie> cookie = parseSetCookie(line))
        fuzz::require(!cookie->name.contains(';') && !cookie->value.contains(';'), "a cookie's name and value end at ';'");
    (void)parseCookieDate(line);
    return 0;
}
