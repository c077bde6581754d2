#pragma once
// https://fetch.spec.whatwg.org/#headers-class concepts: headers, header lists, names and values.
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
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
    // https://fetch.spec.whatwg.org/#concept-header-list-delete
    void remove(QByteArrayView name);
    // https://fetch.spec.whatwg.org/#concept-header-list-set
    void set(QByteArray name, QByteArray value);
    // https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine (names lower-cased)
    QList<Header> sortAndCombine() const;

    const QList<Header> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
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
// https://fetch.spec.whatwg.org/#http-whitespace-byte etc.
bool isHttpTabOrSpace(char c);
bool isHttpWhitespace(char c);

} // namespace corslab
