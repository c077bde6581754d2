#include "core/header_list.h"

#include <algorithm>

namespace corslab {

namespace {

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

} // namespace

HeaderList::HeaderList(std::initializer_list<Header> headers)
    : m_entries(headers)
{
}

bool HeaderList::contains(QByteArrayView name) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [name](const Header &header) { return isByteCaseInsensitiveMatch(header.name, name); });
}

std::optional<QByteArray> HeaderList::get(QByteArrayView name) const
{
    // https://fetch.spec.whatwg.org/#concept-header-list-get, step 2: the values, in order,
    // separated from each other by 0x2C 0x20. A single value is returned shared, without copying.
    std::optional<QByteArray> combined;
    for (const Header &header : m_entries) {
        if (!isByteCaseInsensitiveMatch(header.name, name))
            continue;
        if (!combined) {
            combined = header.value;
            continue;
        }
        combined->append(", ").append(header.value);
    }
    return combined;
}

std::optional<QList<QByteArray>> HeaderList::getDecodeSplit(QByteArrayView name) const
{
    const std::optional<QByteArray> value = get(name);
    if (!value)
        return std::nullopt;
    return getDecodeSplitValue(*value);
}

void HeaderList::append(QByteArray name, QByteArray value)
{
    // https://fetch.spec.whatwg.org/#concept-header-list-append, step 1
    for (const Header &header : std::as_const(m_entries)) {
        if (isByteCaseInsensitiveMatch(header.name, name)) {
            name = header.name;
            break;
        }
    }
    m_entries.append(Header{std::move(name), std::move(value)});
}

void HeaderList::remove(QByteArrayView name)
{
    m_entries.removeIf([name](const Header &header) { return isByteCaseInsensitiveMatch(header.name, name); });
}

void HeaderList::set(QByteArray name, QByteArray value)
{
    // https://fetch.spec.whatwg.org/#concept-header-list-set: the first match takes the value, the others go.
    const auto first = std::find_if(m_entries.begin(), m_entries.end(), [&name](const Header &header) {
        return isByteCaseInsensitiveMatch(header.name, name);
    });
    if (first == m_entries.end()) {
        m_entries.append(Header{std::move(name), std::move(value)});
        return;
    }
    const qsizetype firstIndex = first - m_entries.begin();
    m_entries[firstIndex].value = std::move(value);
    for (qsizetype i = m_entries.size() - 1; i > firstIndex; --i) {
        if (isByteCaseInsensitiveMatch(m_entries.at(i).name, name))
            m_entries.removeAt(i);
    }
}

QList<Header> HeaderList::sortAndCombine() const
{
    // https://fetch.spec.whatwg.org/#convert-header-names-to-a-sorted-lowercase-set
    QList<QByteArray> names;
    names.reserve(m_entries.size());
    for (const Header &header : m_entries)
        names.append(byteLowercase(header.name));
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());

    QList<Header> headers;
    headers.reserve(names.size());
    for (const QByteArray &name : std::as_const(names)) {
        // Step 3.1: `Set-Cookie` values are never combined.
        if (name == "set-cookie") {
            for (const Header &header : m_entries) {
                if (isByteCaseInsensitiveMatch(header.name, name))
                    headers.append(Header{name, header.value});
            }
            continue;
        }
        headers.append(Header{name, *get(name)});
    }
    return headers;
}

bool isHeaderName(QByteArrayView name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) { return isHttpTokenByte(c); });
}

bool isHeaderValue(QByteArrayView value)
{
    if (!value.isEmpty() && (isHttpTabOrSpace(value.front()) || isHttpTabOrSpace(value.back())))
        return false;
    return std::none_of(value.begin(), value.end(), [](char c) { return c == '\0' || c == '\r' || c == '\n'; });
}

QByteArray normalizeHeaderValue(QByteArrayView value)
{
    return trimHttpWhitespace(value).toByteArray();
}

namespace {

template <typename Predicate>
QByteArrayView trimWhile(QByteArrayView value, Predicate trimmed)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && trimmed(value.at(begin)))
        ++begin;
    while (end > begin && trimmed(value.at(end - 1)))
        --end;
    return value.sliced(begin, end - begin);
}

} // namespace

// https://fetch.spec.whatwg.org/#http-whitespace
QByteArrayView trimHttpWhitespace(QByteArrayView value) { return trimWhile(value, isHttpWhitespace); }

QByteArrayView trimHttpTabOrSpace(QByteArrayView value) { return trimWhile(value, isHttpTabOrSpace); }

QByteArray byteLowercase(QByteArrayView bytes)
{
    QByteArray lower(bytes.size(), Qt::Uninitialized);
    std::transform(bytes.begin(), bytes.end(), lower.begin(), asciiLower);
    return lower;
}

QByteArrayView HeaderValueSplitter::next()
{
    // https://fetch.spec.whatwg.org/#header-value-get-decode-and-split, step 5
    const qsizetype start = m_position;
    qsizetype position = m_position;
    while (position < m_input.size() && m_input.at(position) != ',') {
        if (m_input.at(position) != '"') {
            ++position;
            continue;
        }
        // Step 5.2: https://fetch.spec.whatwg.org/#collect-an-http-quoted-string with extract-value false;
        // the quoted string stays in the value verbatim, a backslash escapes the byte after it.
        ++position;
        while (position < m_input.size()) {
            const char quoteOrBackslash = m_input.at(position++);
            if (quoteOrBackslash == '"')
                break;
            if (quoteOrBackslash == '\\' && position < m_input.size())
                ++position;
        }
    }
    // Steps 5.3 to 5.8: trim, emit, and step over the comma (or past the end).
    m_position = position + 1;
    return trimHttpTabOrSpace(m_input.sliced(start, position - start));
}

QList<QByteArray> getDecodeSplitValue(QByteArrayView value)
{
    QList<QByteArray> values;
    for (HeaderValueSplitter splitter(value); splitter.hasNext();)
        values.append(splitter.next().toByteArray());
    return values;
}

} // namespace corslab
