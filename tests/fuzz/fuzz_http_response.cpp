// A real server's answer as a probe reads it: where the head ends, then the status line and header
// fields (https://httpwg.org/specs/rfc9112.html#message.format).
#include "core/http_response.h"
#include "tests/fuzz/fuzz_input.h"

using namespace corslab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = fuzz::bytes(data, size);
    const qsizetype end = responseHeadEnd(bytes);
    fuzz::require(end <= bytes.size(), "the head ends inside what was read");
    const auto head = parseResponseHead(end > 0 ? bytes.first(end) : bytes);
    if (const auto *parsed = std::get_if<ResponseHead>(&head)) {
        fuzz::require(parsed->status >= 0 && parsed->status <= 999, "at most three digits of status");
        HeaderList headers = parsed->headers;
        normalizeReceivedHeaders(headers);
    }
    return 0;
}
