#pragma once
// https://fetch.spec.whatwg.org/#concept-cors-check, as Chromium's network::cors::CheckAccess does it.
#include "core/cors_error.h"
#include "core/header_list.h"
#include "core/scenario.h"
#include "core/url.h"
#include <optional>

namespace corslab {

// The CORS check of a response, given its `Access-Control-Allow-Origin` and
// `-Allow-Credentials` values (lines combined with ", "; nullopt when absent): `serializedOrigin`
// is the request's serialised origin ("null" when opaque or tainted). nullopt means it passed.
std::optional<CorsErrorStatus> corsCheck(const Url &responseUrl, const std::optional<QByteArray> &allowOrigin,
                                         const std::optional<QByteArray> &allowCredentials, CredentialsMode credentials,
                                         QByteArrayView serializedOrigin);

} // namespace corslab
