#pragma once
// https://url.spec.whatwg.org/#hosts-(domains-and-ip-addresses)
#include <QString>
#include <QStringView>
#include <array>
#include <cstdint>
#include <optional>
#include <variant>

namespace corslab {

// https://url.spec.whatwg.org/#concept-host: a domain, an IPv4 or IPv6 address, an opaque host or an empty host.
struct Host {
    enum class Kind { Domain, IPv4, IPv6, Opaque, Empty };
    Kind kind = Kind::Empty;
    QString domain;                       // Domain (ASCII) or Opaque (percent-encoded)
    std::uint32_t ipv4 = 0;               // IPv4
    std::array<std::uint16_t, 8> ipv6{};  // IPv6

    // https://url.spec.whatwg.org/#concept-host-serializer
    QString serialize() const;
    bool isIpAddress() const { return kind == Kind::IPv4 || kind == Kind::IPv6; }
    friend bool operator==(const Host &, const Host &) = default;
};

// Why host parsing failed, as the URL standard's validation errors name it
// (https://url.spec.whatwg.org/#validation-error); only the ones that make parsing fail.
struct HostError {
    QString reason;
};

// https://url.spec.whatwg.org/#concept-host-parser (input is already code points; isOpaque = "not special")
std::variant<Host, HostError> parseHost(QStringView input, bool isOpaque);

// https://url.spec.whatwg.org/#concept-domain-to-ascii with beStrict = false,
// including the forbidden domain code point check the host parser applies to its result.
std::optional<QString> domainToAscii(QStringView domain);

// https://url.spec.whatwg.org/#percent-encoded-bytes: the sets the URL parser encodes with.
enum class PercentEncodeSet {
    C0Control,     // https://url.spec.whatwg.org/#c0-control-percent-encode-set
    Fragment,      // https://url.spec.whatwg.org/#fragment-percent-encode-set
    Query,         // https://url.spec.whatwg.org/#query-percent-encode-set
    SpecialQuery,  // https://url.spec.whatwg.org/#special-query-percent-encode-set
    Path,          // https://url.spec.whatwg.org/#path-percent-encode-set
    Userinfo,      // https://url.spec.whatwg.org/#userinfo-percent-encode-set
};

bool isInPercentEncodeSet(char32_t codePoint, PercentEncodeSet set);
// https://url.spec.whatwg.org/#utf-8-percent-encode for one code point, appended to output.
void appendPercentEncoded(QString &output, char32_t codePoint, PercentEncodeSet set);
// https://url.spec.whatwg.org/#string-utf-8-percent-encode, appended to output
// (input must hold no lone surrogates; the URL parser replaces them first).
void appendPercentEncoded(QString &output, QStringView input, PercentEncodeSet set);

} // namespace corslab
