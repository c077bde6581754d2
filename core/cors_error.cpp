#include "core/cors_error.h"

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

constexpr QLatin1StringView kNames[kCorsErrorCount] = {
    "DisallowedByMode"_L1,
    "InvalidResponse"_L1,
    "WildcardOriginNotAllowed"_L1,
    "MissingAllowOriginHeader"_L1,
    "MultipleAllowOriginValues"_L1,
    "InvalidAllowOriginValue"_L1,
    "AllowOriginMismatch"_L1,
    "InvalidAllowCredentials"_L1,
    "CorsDisabledScheme"_L1,
    "PreflightInvalidStatus"_L1,
    "PreflightDisallowedRedirect"_L1,
    "PreflightWildcardOriginNotAllowed"_L1,
    "PreflightMissingAllowOriginHeader"_L1,
    "PreflightMultipleAllowOriginValues"_L1,
    "PreflightInvalidAllowOriginValue"_L1,
    "PreflightAllowOriginMismatch"_L1,
    "PreflightInvalidAllowCredentials"_L1,
    "InvalidAllowMethodsPreflightResponse"_L1,
    "InvalidAllowHeadersPreflightResponse"_L1,
    "MethodDisallowedByPreflightResponse"_L1,
    "HeaderDisallowedByPreflightResponse"_L1,
    "RedirectContainsCredentials"_L1,
    "MixedContent"_L1,
    "OpaqueResponseBlocked"_L1,
    "NoCorsMethodNotSafelisted"_L1,
    "SandboxedFormSubmission"_L1,
    "UrlContainsCredentials"_L1,
    "CredentialedSubresourceBlocked"_L1,
    "CorpNotSameOrigin"_L1,
    "CorpNotSameSite"_L1,
    "CorpNotSameOriginAfterDefaultedToSameOriginByCoep"_L1,
    "CoepFrameResourceNeedsCoepHeader"_L1,
    "XFrameOptions"_L1,
    "FrameAncestors"_L1,
    "TooManyRedirects"_L1,
    "InvalidRedirect"_L1,
    "UnsafeRedirect"_L1,
    "UnknownUrlScheme"_L1,
    "UnexpectedProxyAuth"_L1,
    "BlockedByClient"_L1,
    "EmptyResponse"_L1,
};

} // namespace

QLatin1StringView corsErrorName(CorsError error) { return kNames[static_cast<int>(error)]; }

std::optional<CorsError> corsErrorFromName(QLatin1StringView name)
{
    for (int i = 0; i < kCorsErrorCount; ++i) {
        if (kNames[i] == name)
            return static_cast<CorsError>(i);
    }
    return std::nullopt;
}

// Chromium's CheckPreflightAccess maps a failed CORS check on the preflight response to these.
CorsError preflightTwin(CorsError error)
{
    switch (error) {
    case CorsError::WildcardOriginNotAllowed: return CorsError::PreflightWildcardOriginNotAllowed;
    case CorsError::MissingAllowOriginHeader: return CorsError::PreflightMissingAllowOriginHeader;
    case CorsError::MultipleAllowOriginValues: return CorsError::PreflightMultipleAllowOriginValues;
    case CorsError::InvalidAllowOriginValue: return CorsError::PreflightInvalidAllowOriginValue;
    case CorsError::AllowOriginMismatch: return CorsError::PreflightAllowOriginMismatch;
    case CorsError::InvalidAllowCredentials: return CorsError::PreflightInvalidAllowCredentials;
    default: return error;
    }
}

bool isPreflightError(CorsError error)
{
    switch (error) {
    case CorsError::PreflightInvalidStatus:
    case CorsError::PreflightDisallowedRedirect:
    case CorsError::PreflightWildcardOriginNotAllowed:
    case CorsError::PreflightMissingAllowOriginHeader:
    case CorsError::PreflightMultipleAllowOriginValues:
    case CorsError::PreflightInvalidAllowOriginValue:
    case CorsError::PreflightAllowOriginMismatch:
    case CorsError::PreflightInvalidAllowCredentials:
        return true;
    default:
        return false;
    }
}

bool isNetError(CorsError error)
{
    switch (error) {
    case CorsError::TooManyRedirects:
    case CorsError::InvalidRedirect:
    case CorsError::UnsafeRedirect:
    case CorsError::UnknownUrlScheme:
    case CorsError::UnexpectedProxyAuth:
    case CorsError::BlockedByClient:
    case CorsError::EmptyResponse:
        return true;
    default:
        return false;
    }
}

} // namespace corslab
