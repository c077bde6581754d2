#include "core/preflight.h"

#include "core/safelist.h"

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

bool containsWildcard(const QList<QByteArray> &list)
{
    return std::any_of(list.cbegin(), list.cend(), [](const QByteArray &item) { return isByteEqual(item, "*"); });
}

bool containsCaseInsensitive(const QList<QByteArray> &list, QByteArrayView name)
{
    for (const QByteArray &item : list) {
        if (isByteCaseInsensitiveMatch(item, name))
            return true;
    }
    return false;
}

} // namespace

PreflightNeed preflightNeed(const QByteArray &method, const HeaderList &headers)
{
    // https://fetch.spec.whatwg.org/#main-fetch, step 12: not a CORS-safelisted method, or
    // CORS-unsafe request-header names that are not empty.
    PreflightNeed need{!isCorsSafelistedMethod(method), corsUnsafeRequestHeaderNames(headers), {}};
    need.requestHeadersValue = need.unsafeHeaderNames.join(',');
    return need;
}

HeaderList preflightRequestHeaders(const QByteArray &method, const PreflightNeed &need, const QByteArray &serializedOrigin)
{
    // https://fetch.spec.whatwg.org/#cors-preflight-fetch, steps 1-5 (Accept, ACRM, ACRH);
    // the Origin header per https://fetch.spec.whatwg.org/#append-a-request-origin-header.
    HeaderList headers{{QByteArrayLiteral("Accept"), QByteArrayLiteral("*/*")},
                       {QByteArrayLiteral("Access-Control-Request-Method"), method},
                       {QByteArrayLiteral("Access-Control-Request-Headers"), need.requestHeadersValue},
                       {QByteArrayLiteral("Origin"), serializedOrigin}};
    if (need.unsafeHeaderNames.isEmpty())
        headers.remove("access-control-request-headers");
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

std::variant<PreflightResult, CorsErrorStatus> createPreflightResult(const HeaderList &responseHeaders, bool credentials, int cacheCap)
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
    result.cacheSeconds = preflightCacheSeconds(responseHeaders, cacheCap);
    return result;
}

std::optional<CorsErrorStatus> ensureAllowedMethod(const PreflightResult &result, const QByteArray &method, const EngineBehaviour &behaviour)
{
    // https://fetch.spec.whatwg.org/#cors-preflight-fetch, step 7.6: the (normalised) method, compared
    // byte for byte: `Access-Control-Allow-Methods: PATCH` does not allow `patch` (seen in Chromium 156).
    // Chromium 102 upper-cased the method first, so `patch` needed `PATCH` (seen in Qt WebEngine 6.4).
    const bool uppercases = behaviour.uppercasesAllowedMethod;
    const QByteArray uppercased = uppercases ? method.toUpper() : QByteArray();
    const QByteArray &compared = uppercases ? uppercased : method;
    const bool listed = std::any_of(result.methods.cbegin(), result.methods.cend(),
                                    [&compared](const QByteArray &allowed) { return isByteEqual(allowed, compared); });
    if (listed || isCorsSafelistedMethod(compared))
        return std::nullopt;
    if (!result.credentials && containsWildcard(result.methods))
        return std::nullopt;
    return CorsErrorStatus{CorsError::MethodDisallowedByPreflightResponse, method};
}

std::optional<CorsErrorStatus> ensureAllowedHeaders(const PreflightResult &result, const PreflightNeed &need)
{
    // https://fetch.spec.whatwg.org/#cors-preflight-fetch, step 7.8 keeps `Authorization` out of `*`.
    // Chromium deviates: `*` (without credentials) covers every header, Authorization included, with
    // only a DevTools deprecation issue (AuthorizationCoveredByWildcard; seen in Chromium 156).
    if (!result.credentials && containsWildcard(result.headerNames))
        return std::nullopt;
    for (const QByteArray &name : need.unsafeHeaderNames) {
        if (!containsCaseInsensitive(result.headerNames, name))
            return CorsErrorStatus{CorsError::HeaderDisallowedByPreflightResponse, name};
    }
    return std::nullopt;
}

} // namespace corslab
