#include "core/safelist.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

namespace corslab {

namespace {

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiAlphanumeric(char c)
{
    return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The first `byte` in `bytes` from `from` on, or -1; by hand, as QByteArrayView::indexOf goes through
// Qt's general substring search.
qsizetype indexOfByte(QByteArrayView bytes, char byte, qsizetype from = 0)
{
    const auto found = std::find(bytes.begin() + from, bytes.end(), byte);
    return found == bytes.end() ? -1 : found - bytes.begin();
}

template <std::size_t N>
bool matchesOneOf(QByteArrayView name, const QByteArrayView (&candidates)[N])
{
    return std::any_of(std::begin(candidates), std::end(candidates),
                       [name](QByteArrayView candidate) { return isByteCaseInsensitiveMatch(name, candidate); });
}

bool startsWithIgnoringCase(QByteArrayView bytes, QByteArrayView prefix)
{
    return bytes.size() >= prefix.size() && isByteCaseInsensitiveMatch(bytes.first(prefix.size()), prefix);
}

// https://fetch.spec.whatwg.org/#cors-unsafe-request-header-byte, as a table indexed by byte.
constexpr std::array<bool, 256> corsUnsafeRequestHeaderBytes = [] {
    std::array<bool, 256> table{};
    for (int byte = 0; byte < 0x20; ++byte)
        table[byte] = byte != 0x09;
    for (const char byte : {'"', '(', ')', ':', '<', '>', '?', '@', '[', '\\', ']', '{', '}', '\x7f'})
        table[static_cast<unsigned char>(byte)] = true;
    return table;
}();

bool isCorsUnsafeRequestHeaderByte(char c)
{
    return corsUnsafeRequestHeaderBytes[static_cast<unsigned char>(c)];
}

bool containsCorsUnsafeRequestHeaderByte(QByteArrayView value)
{
    return std::any_of(value.begin(), value.end(), [](char c) { return isCorsUnsafeRequestHeaderByte(c); });
}

// https://fetch.spec.whatwg.org/#cors-safelisted-request-header, step 2, `accept-language` and
// `content-language`: 0-9, A-Z, a-z, space, *, comma, -, ., ; and =.
bool isLanguageValue(QByteArrayView value)
{
    return std::all_of(value.begin(), value.end(), [](char c) {
        return isAsciiAlphanumeric(c) || c == ' ' || c == '*' || c == ',' || c == '-' || c == '.' || c == ';'
            || c == '=';
    });
}

bool isHttpToken(QByteArrayView bytes)
{
    return !bytes.isEmpty() && std::all_of(bytes.begin(), bytes.end(), [](char c) { return isHttpTokenByte(c); });
}

// https://mimesniff.spec.whatwg.org/#parse-a-mime-type, steps 1 to 10 (the essence; parameters never
// make parsing fail), then https://mimesniff.spec.whatwg.org/#mime-type-essence compared with the three
// essences of https://fetch.spec.whatwg.org/#cors-safelisted-request-header, step 2, `content-type`.
// Seen in Chromium 156 to agree: `TEXT/PLAIN`, `text/plain ;a=b`, `text/plain;=b` and `text/plain;charset=a b`
// are safelisted; `text /plain`, `text/ plain`, `text/plain, application/json` and `text/plain/x` are not.
bool hasCorsSafelistedMimeTypeEssence(QByteArrayView value)
{
    const QByteArrayView input = trimHttpWhitespace(value);

    const qsizetype slash = indexOfByte(input, '/');
    if (slash < 0)
        return false;
    const QByteArrayView type = input.first(slash);
    const qsizetype semicolon = indexOfByte(input, ';', slash + 1);
    QByteArrayView subtype = input.sliced(slash + 1, (semicolon < 0 ? input.size() : semicolon) - slash - 1);
    while (!subtype.isEmpty() && isHttpWhitespace(subtype.back()))
        subtype.chop(1);
    if (!isHttpToken(type) || !isHttpToken(subtype))
        return false;

    if (isByteCaseInsensitiveMatch(type, "text"))
        return isByteCaseInsensitiveMatch(subtype, "plain");
    if (isByteCaseInsensitiveMatch(type, "multipart"))
        return isByteCaseInsensitiveMatch(subtype, "form-data");
    if (isByteCaseInsensitiveMatch(type, "application"))
        return isByteCaseInsensitiveMatch(subtype, "x-www-form-urlencoded");
    return false;
}

// A run of ASCII digits read as a decimal number, saturated at the largest int64 the way Chromium's
// base::StringToInt64 (through net::HttpUtil::ParseFetchSingleRange) saturates.
std::int64_t parseSaturatedDecimal(QByteArrayView digits)
{
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    std::int64_t number = 0;
    for (const char digit : digits) {
        const int digitValue = digit - '0';
        if (number > (max - digitValue) / 10)
            return max;
        number = number * 10 + digitValue;
    }
    return number;
}

// https://fetch.spec.whatwg.org/#simple-range-header-value (parse a single range header value) with
// allowWhitespace false, a start required (https://fetch.spec.whatwg.org/#cors-safelisted-request-header, `range`).
// `bytes` is case-sensitive: `Bytes=0-` is not simple (seen in Chromium 156).
// Chromium: a position of 2^63 - 1 or more is not simple (cors.cc rejects the saturated value; seen in
// Chromium 156: `bytes=9223372036854775806-` is safelisted, `bytes=9223372036854775807-` is not).
bool isSimpleRangeHeaderValue(QByteArrayView value)
{
    constexpr QByteArrayView prefix = "bytes=";
    if (!value.startsWith(prefix))
        return false;
    qsizetype position = prefix.size();
    const qsizetype startBegin = position;
    while (position < value.size() && isAsciiDigit(value.at(position)))
        ++position;
    const QByteArrayView start = value.sliced(startBegin, position - startBegin);
    if (start.isEmpty() || position == value.size() || value.at(position) != '-')
        return false;
    ++position;
    const qsizetype endBegin = position;
    while (position < value.size() && isAsciiDigit(value.at(position)))
        ++position;
    if (position != value.size())
        return false;
    const QByteArrayView end = value.sliced(endBegin);

    constexpr std::int64_t saturated = std::numeric_limits<std::int64_t>::max();
    const std::int64_t startValue = parseSaturatedDecimal(start);
    if (startValue == saturated)
        return false;
    if (end.isEmpty())
        return true;
    const std::int64_t endValue = parseSaturatedDecimal(end);
    return endValue != saturated && startValue <= endValue;
}

// Chromium (cors.cc IsSimilarToDoubleABNF): 1*DIGIT [ "." 1*DIGIT ], for `DPR`, `Device-Memory`, `Downlink`.
bool isClientHintDecimal(QByteArrayView value)
{
    const qsizetype dot = indexOfByte(value, '.');
    const QByteArrayView integral = dot < 0 ? value : value.first(dot);
    const auto allDigits = [](QByteArrayView digits) {
        return !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), isAsciiDigit);
    };
    return allDigits(integral) && (dot < 0 || allDigits(value.sliced(dot + 1)));
}

// Chromium (cors.cc IsSimilarToIntABNF): 1*DIGIT, for `Width`, `Viewport-Width`, `RTT`.
bool isClientHintInteger(QByteArrayView value)
{
    return !value.isEmpty() && std::all_of(value.begin(), value.end(), isAsciiDigit);
}

// How the value of a CORS-safelisted request-header name is judged.
enum class SafelistedValueRule {
    Accept,           // no CORS-unsafe request-header byte
    Language,         // the `accept-language` / `content-language` byte set
    ContentType,      // no CORS-unsafe byte and one of three MIME type essences
    Range,            // a simple range header value
    Any,              // Chromium: any value of at most 128 bytes
    ClientHintDecimal,
    ClientHintInteger,
    EffectiveConnectionType,
    SaveData,
};

struct SafelistedRequestHeaderName {
    QByteArrayView name;
    SafelistedValueRule rule;
};

// https://fetch.spec.whatwg.org/#cors-safelisted-request-header, step 2, and Chromium's additions
// (cors.cc IsCorsSafelistedHeader, "Block 2 - Intervention" and "Block 3 - Client Hints"). Seen in
// Chromium 156 without a preflight: `DPR: 2`, `Width: 100`, `Viewport-Width: 100`, `Device-Memory: 0.5`,
// `RTT: 50`, `Downlink: 1.5`, `ECT: 4g`, `Save-Data: on`, `Intervention: x`; with one: `DPR: abc`,
// `ECT: 4G`, `Save-Data: off`, and `Lang: en` (removed from the list in Chromium 96).
// The `Sec-CH-*` client hints of that list are forbidden request-headers, which never reach the
// safelist from a page (corsUnsafeRequestHeaderNames skips them first), so they are left out.
constexpr SafelistedRequestHeaderName safelistedRequestHeaderNames[] = {
    {"accept", SafelistedValueRule::Accept},
    {"accept-language", SafelistedValueRule::Language},
    {"content-language", SafelistedValueRule::Language},
    {"content-type", SafelistedValueRule::ContentType},
    {"range", SafelistedValueRule::Range},
    {"intervention", SafelistedValueRule::Any},
    {"device-memory", SafelistedValueRule::ClientHintDecimal},
    {"dpr", SafelistedValueRule::ClientHintDecimal},
    {"downlink", SafelistedValueRule::ClientHintDecimal},
    {"width", SafelistedValueRule::ClientHintInteger},
    {"viewport-width", SafelistedValueRule::ClientHintInteger},
    {"rtt", SafelistedValueRule::ClientHintInteger},
    {"ect", SafelistedValueRule::EffectiveConnectionType},
    {"save-data", SafelistedValueRule::SaveData},
};

bool satisfies(SafelistedValueRule rule, QByteArrayView value)
{
    switch (rule) {
    case SafelistedValueRule::Accept:
        return !containsCorsUnsafeRequestHeaderByte(value);
    case SafelistedValueRule::Language:
        return isLanguageValue(value);
    case SafelistedValueRule::ContentType:
        return !containsCorsUnsafeRequestHeaderByte(value) && hasCorsSafelistedMimeTypeEssence(value);
    case SafelistedValueRule::Range:
        return isSimpleRangeHeaderValue(value);
    case SafelistedValueRule::Any:
        return true;
    case SafelistedValueRule::ClientHintDecimal:
        return isClientHintDecimal(value);
    case SafelistedValueRule::ClientHintInteger:
        return isClientHintInteger(value);
    case SafelistedValueRule::EffectiveConnectionType:
        // Chromium: network::kWebEffectiveConnectionTypeMapping, compared byte for byte.
        return value == "slow-2g" || value == "2g" || value == "3g" || value == "4g";
    case SafelistedValueRule::SaveData:
        return isByteCaseInsensitiveMatch(value, "on");
    }
    return false;
}

// https://fetch.spec.whatwg.org/#cors-unsafe-request-header-names, step 4: at most 1024 bytes of
// safelisted values in all (seen in Chromium 156: exactly 1024 needs no preflight, 1025 does).
constexpr qsizetype maxSafelistedValueBytes = 1024;

} // namespace

bool isCorsSafelistedMethod(QByteArrayView method)
{
    // Chromium upper-cases before comparing (cors.cc IsCorsSafelistedMethod); the difference cannot be
    // seen from a page, as https://fetch.spec.whatwg.org/#concept-method-normalize has upper-cased these.
    return method == "GET" || method == "HEAD" || method == "POST";
}

bool isForbiddenMethod(QByteArrayView method)
{
    // Seen in Chromium 156: fetch() with `connect` or `Track` rejects: "'Track' HTTP method is unsupported."
    static constexpr QByteArrayView forbidden[] = {"CONNECT", "TRACE", "TRACK"};
    return matchesOneOf(method, forbidden);
}

QByteArray normalizeMethod(const QByteArray &method)
{
    // Seen in Chromium 156: `delete` goes out as `DELETE`, `Patch` as `Patch` (also in
    // Access-Control-Request-Method, which then only `Access-Control-Allow-Methods: Patch` satisfies).
    static constexpr QByteArrayView normalized[] = {"DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"};
    for (const QByteArrayView candidate : normalized) {
        if (isByteCaseInsensitiveMatch(method, candidate))
            return QByteArray::fromRawData(candidate.data(), candidate.size());
    }
    return method;
}

bool isCorsSafelistedRequestHeader(QByteArrayView name, QByteArrayView value)
{
    // Step 1. Seen in Chromium 156: an `Accept` value of 128 bytes needs no preflight, 129 does.
    if (value.size() > 128)
        return false;
    for (const SafelistedRequestHeaderName &safelisted : safelistedRequestHeaderNames) {
        if (isByteCaseInsensitiveMatch(name, safelisted.name))
            return satisfies(safelisted.rule, value);
    }
    return false;
}

bool isNoCorsSafelistedRequestHeaderName(QByteArrayView name)
{
    static constexpr QByteArrayView names[] = {"accept", "accept-language", "content-language", "content-type"};
    return matchesOneOf(name, names);
}

bool isNoCorsSafelistedRequestHeader(QByteArrayView name, QByteArrayView value)
{
    return isNoCorsSafelistedRequestHeaderName(name) && isCorsSafelistedRequestHeader(name, value);
}

bool isPrivilegedNoCorsRequestHeaderName(QByteArrayView name)
{
    return isByteCaseInsensitiveMatch(name, "range");
}

bool isForbiddenRequestHeader(QByteArrayView name, QByteArrayView value)
{
    // Step 1. Chromium (net/http/http_util.cc IsSafeHeader) adds `User-Agent`, which the standard no longer
    // forbids (crbug.com/571722). Seen in Chromium 156: each of these set by fetch() is dropped without a
    // preflight (the request carries the browser's own `User-Agent`); `Set-Cookie2`, `Priority`,
    // `Access-Control-Request-Private-Network` and `X-Proxy-A` are sent and preflighted.
    static constexpr QByteArrayView names[] = {
        "accept-charset", "accept-encoding", "access-control-request-headers", "access-control-request-method",
        "connection", "content-length", "cookie", "cookie2", "date", "dnt", "expect", "host", "keep-alive",
        "origin", "referer", "set-cookie", "te", "trailer", "transfer-encoding", "upgrade", "via",
        "user-agent",
    };
    if (matchesOneOf(name, names))
        return true;
    // Step 2
    if (startsWithIgnoringCase(name, "proxy-") || startsWithIgnoringCase(name, "sec-"))
        return true;
    // Step 3: a forbidden method among the values, split by https://fetch.spec.whatwg.org/#header-value-get-decode-and-split
    // (quotes stay, so `"TRACE"` is not one; seen in Chromium 156: `TRACE,` and ` get ,  trace ` are dropped,
    // `"TRACE"` is sent and preflighted).
    static constexpr QByteArrayView methodOverrides[] = {"x-http-method", "x-http-method-override", "x-method-override"};
    if (matchesOneOf(name, methodOverrides)) {
        for (HeaderValueSplitter splitter(value); splitter.hasNext();) {
            if (isForbiddenMethod(splitter.next()))
                return true;
        }
    }
    return false;
}

bool isCorsNonWildcardRequestHeaderName(QByteArrayView name)
{
    return isByteCaseInsensitiveMatch(name, "authorization");
}

QList<QByteArray> corsUnsafeRequestHeaderNames(const HeaderList &headers)
{
    // Chromium: net::HttpRequestHeaders holds one line per name, so headers of the same name are judged
    // once, on their values combined with ", " (seen in Chromium 156: two `Accept` values of 100 bytes
    // each are preflighted, two of 60 bytes are not; two `Content-Type: text/plain` are preflighted).
    // Chromium (cors.cc CorsUnsafeNotForbiddenRequestHeaderNames): forbidden request-headers are the
    // browser's own and never listed; a page cannot set them.
    const auto forEachCombinedHeader = [&headers](auto &&callback) {
        const QList<Header> &entries = headers.entries();
        for (auto entry = entries.cbegin(); entry != entries.cend(); ++entry) {
            const bool seenBefore = std::any_of(entries.cbegin(), entry, [&entry](const Header &earlier) {
                return isByteCaseInsensitiveMatch(earlier.name, entry->name);
            });
            if (seenBefore)
                continue;
            const QByteArray value = *headers.get(entry->name);
            if (!isForbiddenRequestHeader(entry->name, value))
                callback(entry->name, value, isCorsSafelistedRequestHeader(entry->name, value));
        }
    };

    QList<QByteArray> unsafeNames;
    qsizetype safelistValueSize = 0;
    forEachCombinedHeader([&](const QByteArray &name, const QByteArray &value, bool safelisted) {
        if (safelisted)
            safelistValueSize += value.size();
        else
            unsafeNames.append(byteLowercase(name));
    });
    // Step 4 (the rare case, so the safelisted names are only collected here)
    if (safelistValueSize > maxSafelistedValueBytes) {
        forEachCombinedHeader([&](const QByteArray &name, const QByteArray &, bool safelisted) {
            if (safelisted)
                unsafeNames.append(byteLowercase(name));
        });
    }
    // https://fetch.spec.whatwg.org/#convert-header-names-to-a-sorted-lowercase-set (names are unique already)
    std::sort(unsafeNames.begin(), unsafeNames.end());
    return unsafeNames;
}

QByteArray accessControlRequestHeadersValue(const HeaderList &headers)
{
    // Seen in Chromium 156: `X-B`, `x-a`, `X-C` and `Content-Type: application/json` give
    // `Access-Control-Request-Headers: content-type,x-a,x-b,x-c`.
    return corsUnsafeRequestHeaderNames(headers).join(',');
}

bool isForbiddenResponseHeaderName(QByteArrayView name)
{
    return isByteCaseInsensitiveMatch(name, "set-cookie") || isByteCaseInsensitiveMatch(name, "set-cookie2");
}

bool isCorsSafelistedResponseHeaderName(QByteArrayView name, const QList<QByteArray> &exposedHeaderNames)
{
    static constexpr QByteArrayView names[] = {"cache-control", "content-language", "content-length", "content-type",
                                                "expires", "last-modified", "pragma"};
    if (matchesOneOf(name, names))
        return true;
    // Seen in Chromium 156: `Access-Control-Expose-Headers: set-cookie, x-a` exposes `X-A` only.
    return !isForbiddenResponseHeaderName(name)
        && std::any_of(exposedHeaderNames.cbegin(), exposedHeaderNames.cend(),
                       [name](const QByteArray &exposed) { return isByteCaseInsensitiveMatch(exposed, name); });
}

std::optional<QList<QByteArray>> parseAccessControlAllowList(QByteArrayView value)
{
    // Chromium: net::HttpUtil::ValuesIterator (delimiter ',', empty values ignored), then IsToken for each.
    // Seen in Chromium 156: `,x-a,, x-b ,` and `x-a\t,\tx-b` allow X-A and X-B; `x-a x-b`, `"x-a", x-b`,
    // `x-a, x-b, x(c)` and `x-a, x-b, a/b` fail with "Cannot parse Access-Control-Allow-Headers response
    // header field in preflight response."
    QList<QByteArray> items;
    qsizetype begin = 0;
    while (begin <= value.size()) {
        qsizetype end = indexOfByte(value, ',', begin);
        if (end < 0)
            end = value.size();
        const QByteArrayView item = trimHttpTabOrSpace(value.sliced(begin, end - begin));
        begin = end + 1;
        if (item.isEmpty())
            continue;
        if (!isHttpToken(item))
            return std::nullopt;
        items.append(item.toByteArray());
    }
    return items;
}

std::optional<QList<QByteArray>> extractAccessControlAllowList(const HeaderList &headers, QByteArrayView name)
{
    // Seen in Chromium 156: two lines `x-a` and `x-b` allow both.
    const std::optional<QByteArray> combined = headers.get(name);
    if (!combined)
        return QList<QByteArray>();
    return parseAccessControlAllowList(*combined);
}

QList<QByteArray> extractAccessControlExposeHeaders(const HeaderList &headers)
{
    // Seen in Chromium 156: `x-a, x(b), x-c` and `x-a x-c` expose neither X-A nor X-C;
    // `, x-a,,x-c,`, `X-A, X-C` and two lines `x-a`, `x-c` expose both.
    return extractAccessControlAllowList(headers, "access-control-expose-headers").value_or(QList<QByteArray>());
}

} // namespace corslab
