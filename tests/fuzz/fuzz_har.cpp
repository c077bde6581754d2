// HAR reading (ui/har, simdjson On Demand): any bytes give a summary; every request handed on is a
// scenario the engine can take.
#include "core/evaluation.h"
#include "tests/fuzz/fuzz_input.h"
#include "ui/har/har_reader.h"

using namespace corslab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    qsizetype handed = 0;
    const HarSummary summary = readHar(fuzz::bytes(data, size), [&handed](HarRequest &&request) {
        ++handed;
        (void)evaluate(request.scenario);
    });
    fuzz::require(summary.requestCount == handed, "the summary counts the requests handed on");
    fuzz::require(summary.requestCount <= summary.entryCount, "no more requests than entries");
    fuzz::require(summary.isHar || !summary.errors.isEmpty(), "a file that is no HAR says why");
    return 0;
}
