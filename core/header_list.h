#pragma once
// https://fetch.spec.whatwg.org/#headers-class concepts: headers, header lists, names and values.
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <array>
#include <cstring>
#include <optional>

namespace corslab {

// https://fetch.spec.whatwg.org/#concept-header
struct Header {
    QByteArray name;
    QByteArray value;
    friend bool operator==(const Header &, const Header &) = default;
};

// https://fetch.spec.whatwg.org/#concept-header-list
// Ordered, duplicates kept, names compared byte-case-insensitively.
class HeaderList {
public:
    HeaderList() = default;
    HeaderList(std::initializer_list<Header> headers);

    // https://fetch.spec.whatwg.org/#concept-header-list-contains
    bool contains(QByteArrayView name) const;
    // https://fetch.spec.whatwg.org/#concept-header-list-get: values joined with ", ", nullopt if absent.
    std::optional<QByteArray> get(QByteArrayView name) const;
    // https://fetch.spec.whatwg.org/#concept-header-list-get-decode-split
    std::optional<QList<QByteArray>> getDecodeSplit(QByteArrayView name) const;
    // https://fetch.spec.whatwg.org/#concept-header-list-append (keeps the name's casing of an existing entry)
    void append(QByteArray name, QByteArray value);
    // The same append for a name the list cannot hold yet (a header only the browser sets, such as Origin,
    // Referer, Cookie or Sec-Fetch-*, which author headers never carry): no casing to look up.
    void appendAbsent(QByteArray name, QByteArray value)
    {
        Q_ASSERT(!contains(name));
        m_entries.emplaceBack(std::move(name), std::move(value));
    }
    // https://fetch.spec.whatwg.org/#concept-header-list-delete
    void remove(QByteArrayView name);
    // https://fetch.spec.whatwg.org/#concept-header-list-set
    void set(QByteArray name, QByteArray value);
    // https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine (names lower-cased)
    QList<Header> sortAndCombine() const;

    const QList<Header> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    // Room for `size` headers in one allocation (a list about to take several appends).
    void reserve(qsizetype size) { m_entries.reserve(size); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    friend bool operator==(const HeaderList &, const HeaderList &) = default;

private:
    QList<Header> m_entries;
};

// https://fetch.spec.whatwg.org/#header-name: a token (https://httpwg.org/specs/rfc9110.html#tokens)
bool isHeaderName(QByteArrayView name);
// https://fetch.spec.whatwg.org/#header-value: no leading/trailing HTTP tab or space, no NUL, CR or LF.
bool isHeaderValue(QByteArrayView value);
// https://fetch.spec.whatwg.org/#concept-header-value-normalize
QByteArray normalizeHeaderValue(QByteArrayView value);
// https://fetch.spec.whatwg.org/#http-tab-or-space, https://fetch.spec.whatwg.org/#http-whitespace-byte
// (inline, like the helpers below: they run for every byte of every header)
inline bool isHttpTabOrSpace(char c)
{
    return c == '\t' || c == ' ';
}
inline bool isHttpWhitespace(char c)
{
    return c == '\n' || c == '\r' || c == '\t' || c == ' ';
}

// https://httpwg.org/specs/rfc9110.html#tokens: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" /
// "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA, as a table indexed by byte.
inline constexpr std::array<bool, 256> httpTokenBytes = [] {
    std::array<bool, 256> table{};
    for (int byte = '0'; byte <= '9'; ++byte)
        table[byte] = true;
    for (int byte = 'a'; byte <= 'z'; ++byte)
        table[byte] = table[byte - 'a' + 'A'] = true;
    for (const char byte : {'!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~'})
        table[static_cast<unsigned char>(byte)] = true;
    return table;
}();
inline bool isHttpTokenByte(char c)
{
    return httpTokenBytes[static_cast<unsigned char>(c)];
}
// https://fetch.spec.whatwg.org/#http-tab-or-space: `value` without leading and trailing HTTP tab or space bytes.
QByteArrayView trimHttpTabOrSpace(QByteArrayView value);
// The value without leading and trailing HTTP whitespace (tab, space, CR, LF).
QByteArrayView trimHttpWhitespace(QByteArrayView value);
// https://infra.spec.whatwg.org/#byte-case-insensitive (ASCII only, unlike QByteArray's Latin-1 folding);
// inline, as every header name lookup goes through it.
inline bool isByteCaseInsensitiveMatch(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    const char *left = a.data();
    const char *right = b.data();
    if (std::memcmp(left, right, a.size()) == 0)   // the usual case: the same bytes, both lower-case
        return true;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const char l = left[i];
        const char r = right[i];
        if (l == r)
            continue;
        // Equal once folded: same byte but for bit 0x20, and that byte is an ASCII letter.
        const char lower = char(l | 0x20);
        if (lower != char(r | 0x20) || lower < 'a' || lower > 'z')
            return false;
    }
    return true;
}
// The same bytes (inline: the engine compares methods, origins and tokens on every evaluation).
inline bool isByteEqual(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && (a.isEmpty() || std::memcmp(a.data(), b.data(), a.size()) == 0);
}
// https://infra.spec.whatwg.org/#byte-lowercase
QByteArray byteLowercase(QByteArrayView bytes);

// https://fetch.spec.whatwg.org/#header-value-get-decode-and-split, one value at a time and without
// copying: the values are views into the input, with quoted strings kept as they are (quotes included).
// An empty input yields one empty value, as in the standard.
class HeaderValueSplitter {
public:
    explicit HeaderValueSplitter(QByteArrayView input) : m_input(input) {}
    bool hasNext() const { return m_position <= m_input.size(); }
    QByteArrayView next();

private:
    QByteArrayView m_input;
    qsizetype m_position = 0;
};

// https://fetch.spec.whatwg.org/#header-value-get-decode-and-split (isomorphic decoding is the identity on bytes)
QList<QByteArray> getDecodeSplitValue(QByteArrayView value);

} // namespace corslab

// Moved in memory, not element by element, when a header list grows.
Q_DECLARE_TYPEINFO(corslab::Header, Q_RELOCATABLE_TYPE);
