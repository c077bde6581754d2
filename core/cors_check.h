#pragma once
// https://fetch.spec.whatwg.org/#concept-cors-check, as Chromium's network::cors::CheckAccess does it.
#include "core/cors_error.h"
#include "core/header_list.h"
#include "core/scenario.h"
#include "core/url.h"
#include <optional>

namespace corslab {

// The CORS check of a response: `serializedOrigin` is the request's serialised origin
// ("null" when opaque or tainted). nullopt means the check passed.
std::optional<CorsErrorStatus> corsCheck(const Url &responseUrl, const HeaderList &responseHeaders,
                                         CredentialsMode credentials, QByteArrayView serializedOrigin);

} // namespace corslab
