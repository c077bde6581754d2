#include "core/url_host.h"

#include <QByteArray>
#include <unicode/uidna.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

bool isAsciiDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
bool isAsciiHexDigit(char16_t c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
int hexValue(char16_t c)
{
    if (isAsciiDigit(c))
        return c - u'0';
    return (c | 0x20) - u'a' + 10;
}

// https://url.spec.whatwg.org/#forbidden-host-code-point
bool isForbiddenHostCodePoint(char16_t c)
{
    switch (c) {
    case 0x0000: case 0x0009: case 0x000A: case 0x000D: case u' ': case u'#': case u'/': case u':':
    case u'<': case u'>': case u'?': case u'@': case u'[': case u'\\': case u']': case u'^': case u'|':
        return true;
    default:
        return false;
    }
}

// https://url.spec.whatwg.org/#forbidden-domain-code-point
bool isForbiddenDomainCodePoint(char16_t c)
{
    return isForbiddenHostCodePoint(c) || c <= 0x1F || c == u'%' || c == 0x7F;
}

void appendPercentEncodedByte(QString &output, unsigned byte)
{
    static constexpr char16_t upperHex[] = u"0123456789ABCDEF";
    output.append(u'%');
    output.append(QChar(upperHex[byte >> 4]));
    output.append(QChar(upperHex[byte & 0xF]));
}

// https://url.spec.whatwg.org/#percent-decode, then https://encoding.spec.whatwg.org/#utf-8-decode-without-bom
QString percentDecodeToString(QStringView input)
{
    const QByteArray bytes = input.toUtf8();
    QByteArray decoded;
    decoded.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char byte = bytes[i];
        if (byte == '%' && i + 2 < bytes.size() && isAsciiHexDigit(char16_t(bytes[i + 1]))
            && isAsciiHexDigit(char16_t(bytes[i + 2]))) {
            decoded.append(char(hexValue(char16_t(bytes[i + 1])) * 16 + hexValue(char16_t(bytes[i + 2]))));
            i += 2;
        } else {
            decoded.append(byte);
        }
    }
    return QString::fromUtf8(decoded);
}

const UIDNA *uts46()
{
    // https://url.spec.whatwg.org/#concept-domain-to-ascii, step 1: CheckHyphens false, CheckBidi true,
    // CheckJoiners true, UseSTD3ASCIIRules false, Transitional_Processing false.
    static const UIDNA *const idna = [] {
        UErrorCode status = U_ZERO_ERROR;
        UIDNA *opened = uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII
                                            | UIDNA_NONTRANSITIONAL_TO_UNICODE,
                                        &status);
        return U_SUCCESS(status) ? opened : nullptr;
    }();
    return idna;
}

// Errors UTS #46 reports that the URL standard's beStrict = false does not treat as failures
// (CheckHyphens false, VerifyDnsLength false).
constexpr uint32_t ignoredIdnaErrors = UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG
    | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG | UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN
    | UIDNA_ERROR_HYPHEN_3_4;

std::variant<QString, HostError> runDomainToAscii(QStringView domain)
{
    QString result;
    const bool isAscii = std::all_of(domain.begin(), domain.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (isAscii) {
        // https://url.spec.whatwg.org/#concept-domain-to-ascii, step 1: for an ASCII domain with beStrict
        // false, ToASCII amounts to ASCII lowercasing.
        result.resize(domain.size());
        char16_t *out = reinterpret_cast<char16_t *>(result.data());
        for (const QChar c : domain) {
            const char16_t unit = c.unicode();
            *out++ = (unit >= u'A' && unit <= u'Z') ? char16_t(unit | 0x20) : unit;
        }
    } else {
        const UIDNA *idna = uts46();
        if (!idna)
            return HostError{u"international domain names unavailable"_s};
        UIDNAInfo info = UIDNA_INFO_INITIALIZER;
        UErrorCode status = U_ZERO_ERROR;
        result.resize(std::max<qsizetype>(domain.size() * 2, 64));
        auto convert = [&] {
            return uidna_nameToASCII(idna, domain.utf16(), int32_t(domain.size()),
                                     reinterpret_cast<UChar *>(result.data()), int32_t(result.size()), &info,
                                     &status);
        };
        int32_t length = convert();
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            status = U_ZERO_ERROR;
            info = UIDNA_INFO_INITIALIZER;
            result.resize(length);
            length = convert();
        }
        // https://url.spec.whatwg.org/#concept-domain-to-ascii, step 2
        if (U_FAILURE(status) || (info.errors & ~ignoredIdnaErrors) != 0)
            return HostError{u"invalid international domain name"_s};
        result.resize(length);
    }
    // https://url.spec.whatwg.org/#concept-domain-to-ascii, step 3
    if (result.isEmpty())
        return HostError{u"empty host"_s};
    // https://url.spec.whatwg.org/#concept-host-parser, forbidden domain code point check
    for (const QChar c : std::as_const(result)) {
        if (isForbiddenDomainCodePoint(c.unicode()))
            return HostError{u"forbidden domain code point"_s};
    }
    return result;
}

// https://url.spec.whatwg.org/#ipv4-number-parser; values past 2^32 saturate, which every caller rejects.
std::optional<std::uint64_t> parseIPv4Number(QStringView input)
{
    // step 1
    if (input.isEmpty())
        return std::nullopt;
    // steps 2-4
    int radix = 10;
    if (input.size() >= 2 && input[0] == u'0' && (input[1] == u'x' || input[1] == u'X')) {
        input = input.sliced(2);
        radix = 16;
    } else if (input.size() >= 2 && input[0] == u'0') {
        input = input.sliced(1);
        radix = 8;
    }
    // step 5
    if (input.isEmpty())
        return 0;
    // steps 6-7
    constexpr std::uint64_t saturated = std::uint64_t(1) << 40;
    std::uint64_t value = 0;
    for (const QChar qc : input) {
        const char16_t c = qc.unicode();
        int digit;
        if (radix == 16 && isAsciiHexDigit(c))
            digit = hexValue(c);
        else if (radix == 10 && isAsciiDigit(c))
            digit = c - u'0';
        else if (radix == 8 && c >= u'0' && c <= u'7')
            digit = c - u'0';
        else
            return std::nullopt;
        value = std::min(value * std::uint64_t(radix) + std::uint64_t(digit), saturated);
    }
    return value;
}

// https://url.spec.whatwg.org/#ends-in-a-number-checker
bool endsInANumber(QStringView input)
{
    // steps 1-2
    if (input.endsWith(u'.')) {
        input.chop(1);
        if (input.isEmpty())
            return false;
    }
    // step 3
    const qsizetype lastDot = input.lastIndexOf(u'.');
    const QStringView last = lastDot < 0 ? input : input.sliced(lastDot + 1);
    // step 4
    if (!last.isEmpty() && std::all_of(last.begin(), last.end(), [](QChar c) { return isAsciiDigit(c.unicode()); }))
        return true;
    // step 5
    return parseIPv4Number(last).has_value();
}

// https://url.spec.whatwg.org/#concept-ipv4-parser
std::variant<Host, HostError> parseIPv4(QStringView input)
{
    const auto invalid = [] { return HostError{u"invalid IPv4 address"_s}; };
    // steps 1-2: strictly split on '.', dropping one trailing empty part
    if (input.endsWith(u'.') && input.size() > 1)
        input.chop(1);
    std::array<std::uint64_t, 4> numbers{};
    qsizetype count = 0;
    qsizetype start = 0;
    while (true) {
        const qsizetype dot = input.indexOf(u'.', start);
        const QStringView part = input.sliced(start, (dot < 0 ? input.size() : dot) - start);
        // step 3
        if (count == 4)
            return invalid();
        // step 5
        const std::optional<std::uint64_t> number = parseIPv4Number(part);
        if (!number)
            return invalid();
        numbers[count++] = *number;
        if (dot < 0)
            break;
        start = dot + 1;
    }
    // step 7
    for (qsizetype i = 0; i + 1 < count; ++i) {
        if (numbers[i] > 255)
            return invalid();
    }
    // step 8
    if (numbers[count - 1] >= (std::uint64_t(1) << (8 * (5 - count))))
        return invalid();
    // steps 9-11
    std::uint64_t ipv4 = numbers[count - 1];
    for (qsizetype i = 0; i + 1 < count; ++i)
        ipv4 += numbers[i] << (8 * (3 - i));
    Host host;
    host.kind = Host::Kind::IPv4;
    host.ipv4 = std::uint32_t(ipv4);
    return host;
}

// https://url.spec.whatwg.org/#concept-ipv6-parser
std::variant<Host, HostError> parseIPv6(QStringView input)
{
    const auto invalid = [] { return HostError{u"invalid IPv6 address"_s}; };
    std::array<std::uint16_t, 8> address{};
    int pieceIndex = 0;
    int compress = -1;
    qsizetype pointer = 0;
    const auto at = [&](qsizetype index) -> char16_t {
        return index < input.size() ? input[index].unicode() : char16_t(0);
    };
    const auto atEnd = [&] { return pointer >= input.size(); };
    // step 5
    if (at(pointer) == u':') {
        if (at(pointer + 1) != u':')
            return invalid();
        pointer += 2;
        compress = ++pieceIndex;
    }
    // step 6
    while (!atEnd()) {
        if (pieceIndex == 8)
            return invalid();
        if (at(pointer) == u':') {
            if (compress != -1)
                return invalid();
            ++pointer;
            compress = ++pieceIndex;
            continue;
        }
        unsigned value = 0;
        int length = 0;
        while (length < 4 && !atEnd() && isAsciiHexDigit(at(pointer))) {
            value = value * 16 + unsigned(hexValue(at(pointer)));
            ++pointer;
            ++length;
        }
        if (at(pointer) == u'.' && !atEnd()) {
            // step 6.6: an embedded IPv4 address
            if (length == 0)
                return invalid();
            pointer -= length;
            if (pieceIndex > 6)
                return invalid();
            int numbersSeen = 0;
            while (!atEnd()) {
                int ipv4Piece = -1;
                if (numbersSeen > 0) {
                    if (at(pointer) == u'.' && numbersSeen < 4)
                        ++pointer;
                    else
                        return invalid();
                }
                if (atEnd() || !isAsciiDigit(at(pointer)))
                    return invalid();
                while (!atEnd() && isAsciiDigit(at(pointer))) {
                    const int number = at(pointer) - u'0';
                    if (ipv4Piece == -1)
                        ipv4Piece = number;
                    else if (ipv4Piece == 0)
                        return invalid();
                    else
                        ipv4Piece = ipv4Piece * 10 + number;
                    if (ipv4Piece > 255)
                        return invalid();
                    ++pointer;
                }
                address[pieceIndex] = std::uint16_t(address[pieceIndex] * 0x100 + ipv4Piece);
                ++numbersSeen;
                if (numbersSeen == 2 || numbersSeen == 4)
                    ++pieceIndex;
            }
            if (numbersSeen != 4)
                return invalid();
            break;
        }
        if (!atEnd() && at(pointer) == u':') {
            ++pointer;
            if (atEnd())
                return invalid();
        } else if (!atEnd()) {
            return invalid();
        }
        address[pieceIndex] = std::uint16_t(value);
        ++pieceIndex;
    }
    // steps 7-8
    if (compress != -1) {
        int swaps = pieceIndex - compress;
        pieceIndex = 7;
        while (pieceIndex != 0 && swaps > 0) {
            std::swap(address[pieceIndex], address[compress + swaps - 1]);
            --pieceIndex;
            --swaps;
        }
    } else if (pieceIndex != 8) {
        return invalid();
    }
    Host host;
    host.kind = Host::Kind::IPv6;
    host.ipv6 = address;
    return host;
}

// https://url.spec.whatwg.org/#concept-opaque-host-parser
std::variant<Host, HostError> parseOpaqueHost(QStringView input)
{
    // step 1
    for (const QChar c : input) {
        if (isForbiddenHostCodePoint(c.unicode()))
            return HostError{u"forbidden host code point"_s};
    }
    // step 4
    Host host;
    host.kind = Host::Kind::Opaque;
    host.domain.reserve(input.size());
    appendPercentEncoded(host.domain, input, PercentEncodeSet::C0Control);
    return host;
}

void appendDecimal(QString &output, unsigned value)
{
    char16_t digits[10];
    int count = 0;
    do {
        digits[count++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (count > 0)
        output.append(QChar(digits[--count]));
}

void appendLowerHex(QString &output, unsigned value)
{
    static constexpr char16_t lowerHex[] = u"0123456789abcdef";
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
        const unsigned digit = (value >> shift) & 0xF;
        if (digit != 0 || started || shift == 0) {
            output.append(QChar(lowerHex[digit]));
            started = true;
        }
    }
}

} // namespace

bool isInPercentEncodeSet(char32_t c, PercentEncodeSet set)
{
    // https://url.spec.whatwg.org/#c0-control-percent-encode-set
    if (c < 0x20 || c > 0x7E)
        return true;
    const auto inQuerySet = [c] { return c == u' ' || c == u'"' || c == u'#' || c == u'<' || c == u'>'; };
    const auto inPathSet = [&] {
        return inQuerySet() || c == u'?' || c == u'^' || c == u'`' || c == u'{' || c == u'}';
    };
    switch (set) {
    case PercentEncodeSet::C0Control:
        return false;
    case PercentEncodeSet::Fragment:
        return c == u' ' || c == u'"' || c == u'<' || c == u'>' || c == u'`';
    case PercentEncodeSet::Query:
        return inQuerySet();
    case PercentEncodeSet::SpecialQuery:
        return inQuerySet() || c == u'\'';
    case PercentEncodeSet::Path:
        return inPathSet();
    case PercentEncodeSet::Userinfo:
        return inPathSet() || c == u'/' || c == u':' || c == u';' || c == u'=' || c == u'@'
            || (c >= u'[' && c <= u'^') || c == u'|';
    }
    return false;
}

void appendPercentEncoded(QString &output, char32_t codePoint, PercentEncodeSet set)
{
    if (!isInPercentEncodeSet(codePoint, set)) {
        output.append(QChar(char16_t(codePoint)));
        return;
    }
    // https://encoding.spec.whatwg.org/#utf-8-encoder
    if (codePoint < 0x80) {
        appendPercentEncodedByte(output, codePoint);
    } else if (codePoint < 0x800) {
        appendPercentEncodedByte(output, 0xC0 | (codePoint >> 6));
        appendPercentEncodedByte(output, 0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        appendPercentEncodedByte(output, 0xE0 | (codePoint >> 12));
        appendPercentEncodedByte(output, 0x80 | ((codePoint >> 6) & 0x3F));
        appendPercentEncodedByte(output, 0x80 | (codePoint & 0x3F));
    } else {
        appendPercentEncodedByte(output, 0xF0 | (codePoint >> 18));
        appendPercentEncodedByte(output, 0x80 | ((codePoint >> 12) & 0x3F));
        appendPercentEncodedByte(output, 0x80 | ((codePoint >> 6) & 0x3F));
        appendPercentEncodedByte(output, 0x80 | (codePoint & 0x3F));
    }
}

void appendPercentEncoded(QString &output, QStringView input, PercentEncodeSet set)
{
    for (qsizetype i = 0; i < input.size(); ++i) {
        char32_t codePoint = input[i].unicode();
        if (QChar::isHighSurrogate(codePoint) && i + 1 < input.size() && input[i + 1].isLowSurrogate())
            codePoint = QChar::surrogateToUcs4(char16_t(codePoint), input[++i].unicode());
        appendPercentEncoded(output, codePoint, set);
    }
}

QString Host::serialize() const
{
    QString output;
    switch (kind) {
    case Kind::Domain:
    case Kind::Opaque:
        return domain;
    case Kind::Empty:
        return output;
    case Kind::IPv4:
        // https://url.spec.whatwg.org/#concept-ipv4-serializer
        output.reserve(15);
        for (int shift = 24; shift >= 0; shift -= 8) {
            appendDecimal(output, (ipv4 >> shift) & 0xFF);
            if (shift != 0)
                output.append(u'.');
        }
        return output;
    case Kind::IPv6: {
        // https://url.spec.whatwg.org/#concept-ipv6-serializer, step 2: the first longest run of two or more zeros
        int compress = -1;
        int longest = 1;
        for (int i = 0; i < 8;) {
            int run = 0;
            while (i + run < 8 && ipv6[i + run] == 0)
                ++run;
            if (run > longest) {
                longest = run;
                compress = i;
            }
            i += std::max(run, 1);
        }
        output.reserve(41);
        output.append(u'[');
        for (int i = 0; i < 8; ++i) {
            if (i == compress) {
                output.append(i == 0 ? u"::"_s : u":"_s);
                i += longest - 1;
                continue;
            }
            appendLowerHex(output, ipv6[i]);
            if (i != 7)
                output.append(u':');
        }
        output.append(u']');
        return output;
    }
    }
    return output;
}

std::variant<Host, HostError> parseHost(QStringView input, bool isOpaque)
{
    // https://url.spec.whatwg.org/#concept-host-parser, step 1
    if (input.startsWith(u'[')) {
        if (!input.endsWith(u']') || input.size() < 2)
            return HostError{u"invalid IPv6 address"_s};
        return parseIPv6(input.sliced(1, input.size() - 2));
    }
    // step 2
    if (isOpaque)
        return parseOpaqueHost(input);
    // step 3
    if (input.isEmpty())
        return HostError{u"empty host"_s};
    // step 4
    const bool needsDecoding = input.contains(u'%');
    const QString decoded = needsDecoding ? percentDecodeToString(input) : QString();
    // steps 5-6
    std::variant<QString, HostError> asciiDomain = runDomainToAscii(needsDecoding ? QStringView(decoded) : input);
    if (auto *error = std::get_if<HostError>(&asciiDomain))
        return std::move(*error);
    QString &domain = std::get<QString>(asciiDomain);
    // step 7
    if (endsInANumber(domain))
        return parseIPv4(domain);
    // step 8
    Host host;
    host.kind = Host::Kind::Domain;
    host.domain = std::move(domain);
    return host;
}

std::optional<QString> domainToAscii(QStringView domain)
{
    std::variant<QString, HostError> result = runDomainToAscii(domain);
    if (auto *ascii = std::get_if<QString>(&result))
        return std::move(*ascii);
    return std::nullopt;
}

} // namespace corslab
