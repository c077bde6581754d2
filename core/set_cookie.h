#pragma once
// Parsing a Set-Cookie line: https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-set-cookie-header-field
// (RFC 6265bis section 5.6), as Chromium's net/cookies/parsed_cookie.cc reads it.
#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QLatin1StringView>
#include <optional>

namespace corslab {

// https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-samesite-attribute-2;
// Unspecified: no attribute, or a value the browser does not know (Chromium's CookieSameSite::UNSPECIFIED).
enum class CookieSameSite { Unspecified, None, Lax, Strict };
QLatin1StringView cookieSameSiteName(CookieSameSite sameSite);   // "None", "Lax", "Strict"; empty when unspecified

struct SetCookie {
    QByteArray name;
    QByteArray value;
    // Each attribute as its last occurrence gave it (section 5.7, step 2: the last one wins).
    std::optional<QByteArray> domain;     // as written, leading dot kept
    std::optional<QByteArray> path;       // only a value that starts with "/" (section 5.6.6)
    std::optional<qint64> maxAge;         // seconds; 0 or less expires the cookie at once
    std::optional<QDateTime> expires;     // UTC
    bool secure = false;
    bool httpOnly = false;
    bool partitioned = false;
    CookieSameSite sameSite = CookieSameSite::Unspecified;
    friend bool operator==(const SetCookie &, const SetCookie &) = default;
};

// Section 5.6, steps 1-6; nullopt when the user agent ignores the whole line (a control character,
// an empty name and value, a name and value longer than 4096 bytes).
std::optional<SetCookie> parseSetCookie(QByteArrayView line);

// https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-dates (section 5.1.1, the
// cookie-date algorithm); nullopt when the date is not one.
std::optional<QDateTime> parseCookieDate(QByteArrayView text);

} // namespace corslab
