#pragma once
// The Fetch standard's method and header classifications (https://fetch.spec.whatwg.org/#methods,
// https://fetch.spec.whatwg.org/#terminology-headers), as Chromium applies them.
//
// Chromium's versions live in services/network/public/cpp/cors/cors.cc (IsCorsSafelistedHeader,
// CorsUnsafeNotForbiddenRequestHeaderNames), net/http/http_util.cc (IsSafeHeader: the forbidden
// request-headers), services/network/public/cpp/cors/preflight_result.cc (ParseAccessControlAllowList)
// and third_party/blink/renderer/platform/loader/cors/cors.cc (Access-Control-Expose-Headers).
// Where Chromium departs from the standard, the comment says "Chromium:" and how it was verified;
// "seen in Chromium 156" means a headless Chromium 156.0.8078.108 sent (or did not send) the
// preflight described, for a fetch() from http://127.0.0.1:8701 to http://127.0.0.1:8702.
#include "core/header_list.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace corslab {

// Methods ---------------------------------------------------------------------------------------

// https://fetch.spec.whatwg.org/#cors-safelisted-method: `GET`, `HEAD` or `POST`, byte for byte.
bool isCorsSafelistedMethod(QByteArrayView method);
// https://fetch.spec.whatwg.org/#forbidden-method: `CONNECT`, `TRACE` or `TRACK`, any case.
bool isForbiddenMethod(QByteArrayView method);
// https://fetch.spec.whatwg.org/#concept-method-normalize: DELETE, GET, HEAD, OPTIONS, POST and PUT
// upper-cased when they match case-insensitively; every other method is kept as it is (`patch` stays).
QByteArray normalizeMethod(const QByteArray &method);

// Request headers -------------------------------------------------------------------------------

// https://fetch.spec.whatwg.org/#cors-safelisted-request-header, with Chromium's extra names
// (`Intervention` and client hints such as `DPR`, `Width`, `Save-Data`, `ECT`).
bool isCorsSafelistedRequestHeader(QByteArrayView name, QByteArrayView value);
// https://fetch.spec.whatwg.org/#no-cors-safelisted-request-header-name
bool isNoCorsSafelistedRequestHeaderName(QByteArrayView name);
// https://fetch.spec.whatwg.org/#no-cors-safelisted-request-header
bool isNoCorsSafelistedRequestHeader(QByteArrayView name, QByteArrayView value);
// https://fetch.spec.whatwg.org/#privileged-no-cors-request-header-name: `Range`.
bool isPrivilegedNoCorsRequestHeaderName(QByteArrayView name);
// https://fetch.spec.whatwg.org/#forbidden-request-header, plus Chromium's `User-Agent`.
bool isForbiddenRequestHeader(QByteArrayView name, QByteArrayView value);
// https://fetch.spec.whatwg.org/#cors-non-wildcard-request-header-name: `Authorization`.
bool isCorsNonWildcardRequestHeaderName(QByteArrayView name);

// https://fetch.spec.whatwg.org/#cors-unsafe-request-header-names as Chromium computes them for the
// preflight: lower-cased, sorted by bytes, unique; forbidden request-headers left out; headers of the
// same name judged on their combined value; all safelisted ones counted as unsafe once their values
// total more than 1024 bytes.
QList<QByteArray> corsUnsafeRequestHeaderNames(const HeaderList &headers);
// https://fetch.spec.whatwg.org/#cors-preflight-fetch, step 5: the value of
// `Access-Control-Request-Headers`, the names above joined with "," (no space); empty when there are none.
QByteArray accessControlRequestHeadersValue(const HeaderList &headers);

// Response headers ------------------------------------------------------------------------------

// https://fetch.spec.whatwg.org/#forbidden-response-header-name: `Set-Cookie`, `Set-Cookie2`.
bool isForbiddenResponseHeaderName(QByteArrayView name);
// https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name, given the names the response
// exposes (`Access-Control-Expose-Headers`; the `*` wildcard is the caller's business).
bool isCorsSafelistedResponseHeaderName(QByteArrayView name, const QList<QByteArray> &exposedHeaderNames);

// `Access-Control-Allow-Methods` / `Access-Control-Allow-Headers` (https://fetch.spec.whatwg.org/#http-new-header-syntax,
// `#method` and `#field-name`) parsed as Chromium's ParseAccessControlAllowList does: split at commas, HTTP tab or
// space trimmed, empty elements skipped, and one element that is not a token makes the whole value invalid
// (nullopt: InvalidAllowMethodsPreflightResponse / InvalidAllowHeadersPreflightResponse). Elements keep their
// case: Chromium then compares header names case-insensitively and methods byte for byte.
std::optional<QList<QByteArray>> parseAccessControlAllowList(QByteArrayView value);
// https://fetch.spec.whatwg.org/#extract-header-list-values for those two headers: several header lines are
// combined with ", " first. Chromium: an absent header is an empty list, as valid as an empty value.
std::optional<QList<QByteArray>> extractAccessControlAllowList(const HeaderList &headers, QByteArrayView name);
// `Access-Control-Expose-Headers` as Blink parses it (HTTPHeaderNameListParser): the same syntax, but an
// invalid value exposes nothing instead of failing the fetch.
QList<QByteArray> extractAccessControlExposeHeaders(const HeaderList &headers);

} // namespace corslab
