#include "core/preflight.h"

#include "core/safelist.h"

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

bool containsCaseInsensitive(const QList<QByteArray> &list, QByteArrayView name)
{
    for (const QByteArray &item : list) {
        if (item.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

PreflightNeed preflightNeed(const QByteArray &method, const HeaderList &headers)
{
    // https://fetch.spec.whatwg.org/#main-fetch, step 12: not a CORS-safelisted method, or
    // CORS-unsafe request-header names that are not empty.
    return {!isCorsSafelistedMethod(method), corsUnsafeRequestHeaderNames(headers)};
}

HeaderList preflightRequestHeaders(const QByteArray &method, const PreflightNeed &need, QByteArrayView serializedOrigin)
{
    // https://fetch.spec.whatwg.org/#cors-preflight-fetch, steps 1-5 (Accept, ACRM, ACRH);
    // the Origin header per https://fetch.spec.whatwg.org/#append-a-request-origin-header.
    HeaderList headers{{"Accept", "*/*"}, {"Access-Control-Request-Method", method}};
    if (!need.unsafeHeaderNames.isEmpty())
        headers.append("Access-Control-Request-Headers", need.unsafeHeaderNames.join(','));
    headers.append("Origin", serializedOrigin.toByteArray());
    return headers;
}

int preflightCacheSeconds(const HeaderList &responseHeaders, int cap)
{
    // Chromium: preflight_result.cc, ParseAccessControlMaxAge (base::StringToInt64, no trimming).
    const std::optional<QByteArray> value = responseHeaders.get("access-control-max-age");
    if (!value)
        return kPreflightDefaultMaxAge;
    bool ok = false;
    const qint64 seconds = value->toLongLong(&ok);
    const bool plainInteger = ok && !value->isEmpty() && (value->front() == '-' || (value->front() >= '0' && value->front() <= '9'))
                              && (value->back() >= '0' && value->back() <= '9');
    if (!plainInteger)
        return kPreflightDefaultMaxAge;
    if (seconds < 0)
        return 0;
    return static_cast<int>(std::min<qint64>(seconds, cap));
}

std::variant<PreflightResult, CorsErrorStatus> createPreflightResult(const HeaderList &responseHeaders, bool credentials)
{
    // https://fetch.spec.whatwg.org/#cors-preflight-fetch, steps 7.1-7.4
    PreflightResult result;
    result.credentials = credentials;
    std::optional<QList<QByteArray>> methods = extractAccessControlAllowList(responseHeaders, "access-control-allow-methods");
    if (!methods)
        return CorsErrorStatus{CorsError::InvalidAllowMethodsPreflightResponse, responseHeaders.get("access-control-allow-methods").value_or(QByteArray())};
    std::optional<QList<QByteArray>> headerNames = extractAccessControlAllowList(responseHeaders, "access-control-allow-headers");
    if (!headerNames)
        return CorsErrorStatus{CorsError::InvalidAllowHeadersPreflightResponse, responseHeaders.get("access-control-allow-headers").value_or(QByteArray())};
    result.methods = std::move(*methods);
    result.headerNames = std::move(*headerNames);
    result.cacheSeconds = preflightCacheSeconds(responseHeaders);
    return result;
}

std::optional<CorsErrorStatus> ensureAllowedMethod(const PreflightResult &result, const QByteArray &method, EngineProfile profile)
{
    // https://fetch.spec.whatwg.org/#cors-preflight-fetch, step 7.6: the (normalised) method, compared
    // byte for byte: `Access-Control-Allow-Methods: PATCH` does not allow `patch` (seen in Chromium 156).
    // Chromium 102 upper-cased the method first, so `patch` needed `PATCH` (seen in Qt WebEngine 6.4).
    const QByteArray compared = profile == EngineProfile::Chromium102 ? method.toUpper() : method;
    if (result.methods.contains(compared) || isCorsSafelistedMethod(compared))
        return std::nullopt;
    if (!result.credentials && result.methods.contains("*"))
        return std::nullopt;
    return CorsErrorStatus{CorsError::MethodDisallowedByPreflightResponse, method};
}

std::optional<CorsErrorStatus> ensureAllowedHeaders(const PreflightResult &result, const PreflightNeed &need)
{
    // https://fetch.spec.whatwg.org/#cors-preflight-fetch, step 7.8 keeps `Authorization` out of `*`.
    // Chromium deviates: `*` (without credentials) covers every header, Authorization included, with
    // only a DevTools deprecation issue (AuthorizationCoveredByWildcard; seen in Chromium 156).
    if (!result.credentials && result.headerNames.contains("*"))
        return std::nullopt;
    for (const QByteArray &name : need.unsafeHeaderNames) {
        if (!containsCaseInsensitive(result.headerNames, name))
            return CorsErrorStatus{CorsError::HeaderDisallowedByPreflightResponse, name};
    }
    return std::nullopt;
}

} // namespace corslab
