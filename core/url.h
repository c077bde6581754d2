#pragma once
// https://url.spec.whatwg.org/#concept-url and the basic URL parser.
#include "core/url_host.h"
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace corslab {

// https://url.spec.whatwg.org/#concept-url
struct Url {
    QString scheme;                 // lower-case, without ':'
    QString username;
    QString password;
    std::optional<Host> host;       // null host = nullopt
    std::optional<int> port;        // null when the default port or none
    bool hasOpaquePath = false;     // https://url.spec.whatwg.org/#url-opaque-path
    QString opaquePath;
    QStringList path;
    std::optional<QString> query;
    std::optional<QString> fragment;

    // https://url.spec.whatwg.org/#is-special
    bool isSpecial() const;
    // https://url.spec.whatwg.org/#include-credentials
    bool includesCredentials() const { return !username.isEmpty() || !password.isEmpty(); }
    // https://url.spec.whatwg.org/#concept-url-serializer
    QString serialize(bool excludeFragment = false) const;
    // https://url.spec.whatwg.org/#url-path-serializer
    QString serializePath() const;
    friend bool operator==(const Url &, const Url &) = default;
};

// Why parsing failed: a short English phrase, one of "relative URL without a base", "relative URL against a
// base with an opaque path", "missing host", "invalid port", or a HostError reason ("invalid IPv4 address",
// "invalid IPv6 address", "forbidden host code point", "forbidden domain code point",
// "invalid international domain name", "empty host").
struct UrlError {
    QString reason;
};

// https://url.spec.whatwg.org/#concept-basic-url-parser (no url / state override). Input is UTF-16;
// lone surrogates are read as U+FFFD, as the URL API's USVString conversion does.
std::variant<Url, UrlError> parseUrl(QStringView input, const Url *base = nullptr);
// Convenience for callers that only need success.
std::optional<Url> parseUrlOrNull(QStringView input, const Url *base = nullptr);

// https://url.spec.whatwg.org/#default-port
std::optional<int> defaultPort(QStringView scheme);

} // namespace corslab
