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

// https://url.spec.whatwg.org/#concept-domain-to-ascii with beStrict = false
std::optional<QString> domainToAscii(QStringView domain);

} // namespace corslab
