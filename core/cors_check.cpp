#include "core/cors_check.h"

using namespace Qt::StringLiterals;

namespace corslab {

// https://fetch.spec.whatwg.org/#concept-cors-check
// Chromium: services/network/public/cpp/cors/cors.cc, CheckAccess(); it refines "failure" into
// the CorsError that names the reason, in the order below.
std::optional<CorsErrorStatus> corsCheck(const Url &responseUrl, const std::optional<QByteArray> &allowOrigin,
                                         const std::optional<QByteArray> &allowCredentials, CredentialsMode credentials,
                                         QByteArrayView serializedOrigin)
{
    // Step 1: origin is the result of getting `Access-Control-Allow-Origin` (lines combined with ", ").
    if (allowOrigin && isByteEqual(*allowOrigin, "*")) {
        // Step 3: "*" passes unless credentials mode is "include". Chromium applies the
        // credentials rule to HTTP(S) response URLs only (crbug.com/315152).
        if (credentials != CredentialsMode::Include)
            return std::nullopt;
        if (responseUrl.scheme == "http"_L1 || responseUrl.scheme == "https"_L1)
            return CorsErrorStatus{CorsError::WildcardOriginNotAllowed, {}};
    } else if (!allowOrigin) {
        // Step 2: if origin is null, return failure.
        return CorsErrorStatus{CorsError::MissingAllowOriginHeader, {}};
    } else if (!isByteEqual(*allowOrigin, serializedOrigin)) {
        // Step 4: byte-for-byte comparison with the serialised request origin. Chromium then
        // classifies the mismatch for developers: several values, "null", unparsable, other origin.
        if (allowOrigin->contains(' ') || allowOrigin->contains(','))
            return CorsErrorStatus{CorsError::MultipleAllowOriginValues, *allowOrigin};
        if (*allowOrigin == "null")
            return CorsErrorStatus{CorsError::AllowOriginMismatch, *allowOrigin};
        // Chromium asks GURL(value).is_valid(); an absolute URL per the URL standard is the same test.
        if (!parseUrlOrNull(QString::fromLatin1(*allowOrigin)))
            return CorsErrorStatus{CorsError::InvalidAllowOriginValue, *allowOrigin};
        return CorsErrorStatus{CorsError::AllowOriginMismatch, *allowOrigin};
    }
    // Steps 5-7: with credentials, `Access-Control-Allow-Credentials` must be exactly `true`.
    if (credentials == CredentialsMode::Include) {
        if (!allowCredentials || !isByteEqual(*allowCredentials, "true"))
            return CorsErrorStatus{CorsError::InvalidAllowCredentials, allowCredentials.value_or(QByteArray())};
    }
    return std::nullopt;
}

} // namespace corslab
