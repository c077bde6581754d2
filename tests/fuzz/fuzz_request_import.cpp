// Pasted DevTools copies (Copy as fetch / cURL / PowerShell, raw headers) into a request, and a pasted
// answer into a route for it.
#include "core/request_import.h"
#include "tests/fuzz/fuzz_input.h"

using namespace corslab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView text = fuzz::bytes(data, size);
    const auto imported = importRequest(text);
    const ScenarioRequest request = std::holds_alternative<ImportedRequest>(imported)
                                        ? std::get<ImportedRequest>(imported).scenario.request
                                        : ScenarioRequest{};
    (void)importResponse(text, request);
    return 0;
}
