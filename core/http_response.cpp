#include "core/http_response.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// QByteArrayView in Qt 6.4 has first() and sliced() without bounds checks: these clamp.
QByteArrayView leftOf(QByteArrayView bytes, qsizetype n) { return bytes.first(std::min(n, bytes.size())); }
QByteArrayView from(QByteArrayView bytes, qsizetype position) { return bytes.sliced(std::min(position, bytes.size())); }
QString latin1(QByteArrayView bytes) { return QString::fromLatin1(bytes.data(), bytes.size()); }

// https://www.rfc-editor.org/rfc/rfc9112#section-4: status-line = HTTP-version SP status-code SP [ reason-phrase ]
std::variant<ResponseHead, ResponseHeadError> parseStatusLine(QByteArrayView line)
{
    if (!line.startsWith("HTTP/"))
        return ResponseHeadError{1, u"the status line does not start with HTTP/: "_s + latin1(leftOf(line, 80))};
    const qsizetype space = line.indexOf(' ');
    if (space < 0)
        return ResponseHeadError{1, u"the status line has no status code"_s};
    QByteArrayView rest = trimHttpTabOrSpace(from(line, space + 1));
    if (rest.size() < 3 || !isDigit(rest[0]) || !isDigit(rest[1]) || !isDigit(rest[2]) || (rest.size() > 3 && rest[3] != ' '))
        return ResponseHeadError{1, u"the status code is not three digits: "_s + latin1(leftOf(rest, 20))};
    ResponseHead head;
    head.version = leftOf(line, space).toByteArray();
    head.status = (rest[0] - '0') * 100 + (rest[1] - '0') * 10 + (rest[2] - '0');
    head.reason = trimHttpTabOrSpace(from(rest, 3)).toByteArray();
    return head;
}

} // namespace

void normalizeReceivedHeaders(HeaderList &headers)
{
    const auto padded = [](const Header &header) { return trimHttpTabOrSpace(header.value).size() != header.value.size(); };
    if (std::none_of(headers.entries().begin(), headers.entries().end(), padded))
        return;
    HeaderList parsed;
    for (const Header &header : headers.entries())
        parsed.append(header.name, trimHttpTabOrSpace(header.value).toByteArray());
    headers = std::move(parsed);
}

qsizetype responseHeadEnd(QByteArrayView bytes)
{
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        if (bytes[i] != '\n')
            continue;
        if (bytes[i + 1] == '\n')
            return i + 2;
        if (bytes[i + 1] == '\r' && i + 2 < bytes.size() && bytes[i + 2] == '\n')
            return i + 3;
    }
    return -1;
}

std::variant<ResponseHead, ResponseHeadError> parseResponseHead(QByteArrayView head)
{
    if (head.size() > kMaxResponseHeadBytes)
        return ResponseHeadError{0, u"the response head is over %1 KiB"_s.arg(kMaxResponseHeadBytes / 1024)};
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start <= head.size();) {
        qsizetype end = head.indexOf('\n', start);
        if (end < 0)
            end = head.size();
        QByteArrayView line = head.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        start = end + 1;
    }
    auto parsed = parseStatusLine(lines.value(0));
    if (std::holds_alternative<ResponseHeadError>(parsed))
        return parsed;
    ResponseHead &result = std::get<ResponseHead>(parsed);
    QList<Header> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.isEmpty())
            continue;
        if (line.contains('\0'))
            return ResponseHeadError{i + 1, u"header line %1 contains a NUL byte"_s.arg(i + 1)};
        // https://www.rfc-editor.org/rfc/rfc9112#section-5.2: obs-fold joins the line to the previous value.
        if (isHttpTabOrSpace(line[0])) {
            if (!headers.isEmpty())
                headers.last().value += ' ' + trimHttpTabOrSpace(line).toByteArray();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;   // Chromium skips a line that is not name:value
        const QByteArrayView name = trimHttpTabOrSpace(leftOf(line, colon));
        if (!isHeaderName(name))
            continue;
        headers.append(Header{name.toByteArray(), trimHttpTabOrSpace(from(line, colon + 1)).toByteArray()});
    }
    for (Header &header : headers)
        result.headers.append(std::move(header.name), std::move(header.value));
    return result;
}

} // namespace corslab
