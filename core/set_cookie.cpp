#include "core/set_cookie.h"

#include "core/header_list.h"

#include <QList>
#include <limits>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

constexpr qsizetype kMaxNameValueBytes = 4096;   // section 5.6, step 4
constexpr qsizetype kMaxAttributeValueBytes = 1024;   // section 5.6, step 8.3

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isHttpTabOrSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isHttpTabOrSpace(text.back()))
        text.chop(1);
    return text;
}

// Section 5.6, step 1: a control character other than HTAB makes the whole line ignored.
bool hasControlCharacter(QByteArrayView line)
{
    for (const char c : line) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            return true;
    }
    return false;
}

// https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-max-age-attribute-2
std::optional<qint64> parseMaxAge(QByteArrayView value)
{
    if (value.isEmpty() || !(value.front() == '-' || (value.front() >= '0' && value.front() <= '9')))
        return std::nullopt;
    const bool negative = value.front() == '-';
    const QByteArrayView digits = negative ? value.sliced(1) : value;
    if (digits.isEmpty())
        return std::nullopt;
    qint64 seconds = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        // A delta longer than any cookie lives is as good as the longest (Chromium caps it at 400 days anyway).
        if (seconds < std::numeric_limits<qint64>::max() / 10 - 10)
            seconds = seconds * 10 + (c - '0');
    }
    return negative ? -seconds : seconds;
}

// https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-samesite-attribute-2
CookieSameSite parseSameSite(QByteArrayView value)
{
    if (isByteCaseInsensitiveMatch(value, "none"))
        return CookieSameSite::None;
    if (isByteCaseInsensitiveMatch(value, "lax"))
        return CookieSameSite::Lax;
    if (isByteCaseInsensitiveMatch(value, "strict"))
        return CookieSameSite::Strict;
    return CookieSameSite::Unspecified;
}

void applyAttribute(SetCookie &cookie, QByteArrayView name, QByteArrayView value)
{
    if (isByteCaseInsensitiveMatch(name, "expires")) {
        if (const auto date = parseCookieDate(value))
            cookie.expires = *date;
    } else if (isByteCaseInsensitiveMatch(name, "max-age")) {
        if (const auto seconds = parseMaxAge(value))
            cookie.maxAge = *seconds;
    } else if (isByteCaseInsensitiveMatch(name, "domain")) {
        // https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-domain-attribute-2:
        // an empty value is ignored.
        if (!value.isEmpty())
            cookie.domain = value.toByteArray();
    } else if (isByteCaseInsensitiveMatch(name, "path")) {
        // https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-path-attribute-2:
        // a value that does not start with "/" means the default path.
        if (!value.isEmpty() && value.front() == '/')
            cookie.path = value.toByteArray();
        else
            cookie.path.reset();
    } else if (isByteCaseInsensitiveMatch(name, "secure")) {
        cookie.secure = true;
    } else if (isByteCaseInsensitiveMatch(name, "httponly")) {
        cookie.httpOnly = true;
    } else if (isByteCaseInsensitiveMatch(name, "samesite")) {
        cookie.sameSite = parseSameSite(value);
    } else if (isByteCaseInsensitiveMatch(name, "partitioned")) {
        // https://datatracker.ietf.org/doc/html/draft-cutler-httpbis-partitioned-cookies#section-2.1
        cookie.partitioned = true;
    }
}

// Section 5.1.1: delimiter = %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E
bool isDateDelimiter(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte == 0x09 || (byte >= 0x20 && byte <= 0x2f) || (byte >= 0x3b && byte <= 0x40)
        || (byte >= 0x5b && byte <= 0x60) || (byte >= 0x7b && byte <= 0x7e);
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Reads `min` to `max` digits from the start of `token`, then requires a non-digit or the end.
std::optional<int> leadingNumber(QByteArrayView token, int min, int max)
{
    int count = 0;
    int number = 0;
    while (count < token.size() && isDigit(token.at(count))) {
        number = number * 10 + (token.at(count) - '0');
        if (++count > max)
            return std::nullopt;
    }
    if (count < min)
        return std::nullopt;
    return number;
}

// hms-time = time-field ":" time-field ":" time-field, each 1*2DIGIT, then ( non-digit *OCTET )
std::optional<QTime> timeToken(QByteArrayView token)
{
    int fields[3] = {};
    qsizetype at = 0;
    for (int i = 0; i < 3; ++i) {
        int count = 0;
        int number = 0;
        while (at < token.size() && isDigit(token.at(at)) && count < 2) {
            number = number * 10 + (token.at(at++) - '0');
            ++count;
        }
        if (count == 0)
            return std::nullopt;
        fields[i] = number;
        if (i < 2) {
            if (at >= token.size() || token.at(at) != ':')
                return std::nullopt;
            ++at;
        }
    }
    if (at < token.size() && isDigit(token.at(at)))
        return std::nullopt;
    if (fields[0] > 23 || fields[1] > 59 || fields[2] > 59)
        return QTime();   // found, but out of range: the date fails (step 5)
    return QTime(fields[0], fields[1], fields[2]);
}

std::optional<int> monthToken(QByteArrayView token)
{
    static constexpr const char *kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                              "jul", "aug", "sep", "oct", "nov", "dec"};
    if (token.size() < 3)
        return std::nullopt;
    for (int i = 0; i < 12; ++i) {
        if (isByteCaseInsensitiveMatch(token.first(3), kMonths[i]))
            return i + 1;
    }
    return std::nullopt;
}

} // namespace

QLatin1StringView cookieSameSiteName(CookieSameSite sameSite)
{
    switch (sameSite) {
    case CookieSameSite::None: return "None"_L1;
    case CookieSameSite::Lax: return "Lax"_L1;
    case CookieSameSite::Strict: return "Strict"_L1;
    case CookieSameSite::Unspecified: break;
    }
    return {};
}

std::optional<QDateTime> parseCookieDate(QByteArrayView text)
{
    std::optional<QTime> time;
    std::optional<int> day;
    std::optional<int> month;
    std::optional<int> year;
    // Step 1: the date-tokens, split on delimiters; step 2: each the first of time, day, month, year it fits.
    qsizetype start = 0;
    while (start < text.size()) {
        while (start < text.size() && isDateDelimiter(text.at(start)))
            ++start;
        qsizetype end = start;
        while (end < text.size() && !isDateDelimiter(text.at(end)))
            ++end;
        const QByteArrayView token = text.sliced(start, end - start);
        start = end;
        if (token.isEmpty())
            continue;
        if (!time) {
            if ((time = timeToken(token)))
                continue;
        }
        if (!day) {
            if ((day = leadingNumber(token, 1, 2)))
                continue;
        }
        if (!month) {
            if ((month = monthToken(token)))
                continue;
        }
        if (!year)
            year = leadingNumber(token, 2, 4);
    }
    if (!time || !day || !month || !year || !time->isValid())
        return std::nullopt;
    // Steps 3-4: two-digit years.
    if (*year >= 70 && *year <= 99)
        *year += 1900;
    else if (*year >= 0 && *year <= 69)
        *year += 2000;
    // Step 5.
    if (*day < 1 || *day > 31 || *year < 1601)
        return std::nullopt;
    const QDate date(*year, *month, *day);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, *time, Qt::UTC);
}

std::optional<SetCookie> parseSetCookie(QByteArrayView line)
{
    if (hasControlCharacter(line))
        return std::nullopt;
    // Step 2: the name-value-pair runs to the first ";".
    const qsizetype semicolon = line.indexOf(';');
    const QByteArrayView pair = semicolon < 0 ? line : line.first(semicolon);
    QByteArrayView attributes = semicolon < 0 ? QByteArrayView() : line.sliced(semicolon + 1);
    // Step 3: without "=", the name is empty and the whole pair is the value.
    SetCookie cookie;
    const qsizetype equals = pair.indexOf('=');
    cookie.name = trimmed(equals < 0 ? QByteArrayView() : pair.first(equals)).toByteArray();
    cookie.value = trimmed(equals < 0 ? pair : pair.sliced(equals + 1)).toByteArray();
    // Steps 4-5.
    if (cookie.name.size() + cookie.value.size() > kMaxNameValueBytes)
        return std::nullopt;
    if (cookie.name.isEmpty() && cookie.value.isEmpty())
        return std::nullopt;
    // Step 6 (section 5.6, "cookie-av"s): each up to the next ";", name and value split on the first "=".
    while (!attributes.isEmpty()) {
        const qsizetype next = attributes.indexOf(';');
        const QByteArrayView av = next < 0 ? attributes : attributes.first(next);
        attributes = next < 0 ? QByteArrayView() : attributes.sliced(next + 1);
        const qsizetype avEquals = av.indexOf('=');
        const QByteArrayView name = trimmed(avEquals < 0 ? av : av.first(avEquals));
        const QByteArrayView value = trimmed(avEquals < 0 ? QByteArrayView() : av.sliced(avEquals + 1));
        if (value.size() > kMaxAttributeValueBytes)
            continue;
        applyAttribute(cookie, name, value);
    }
    return cookie;
}

} // namespace corslab
