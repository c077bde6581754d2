#pragma once
// An HTTP/1.1 response head as a real server sends it (https://www.rfc-editor.org/rfc/rfc9112#section-4,
// #section-5), read the way Chromium's net/http/http_response_headers.cc reads it: header lines
// kept in order with duplicates, values trimmed of spaces and tabs, obsolete line folding joined,
// lines without a colon ignored. Bytes only: the probe's sender (ui/probe) owns the socket.
#include "core/header_list.h"
#include <QByteArray>
#include <QString>
#include <variant>

namespace corslab {

// Chromium's limit on a response head (net::kMaxHeadersSize = 256 KiB; ERR_RESPONSE_HEADERS_TOO_BIG past it).
inline constexpr qsizetype kMaxResponseHeadBytes = 256 * 1024;

struct ResponseHead {
    QByteArray version;     // "HTTP/1.1"
    int status = 0;         // any three-digit code
    QByteArray reason;
    HeaderList headers;
};

struct ResponseHeadError {
    qsizetype line = 0;     // 1 = the status line
    QString message;
};

// https://fetch.spec.whatwg.org/#concept-header-value-normalize, as HTTP parsing applies it to what a
// server wrote: Chromium's net/http/http_response_headers.cc trims spaces and tabs around every value
// before anything reads it, so `Access-Control-Allow-Credentials:  true` is "true" and `Location:  /x `
// is "/x" (seen in Chromium 156). Headers without such padding are left as they are (no copy).
void normalizeReceivedHeaders(HeaderList &headers);

// `head` is everything before the blank line (CRLF CRLF or LF LF), without it.
std::variant<ResponseHead, ResponseHeadError> parseResponseHead(QByteArrayView head);

// Where the head ends in `bytes` received so far: the offset of the body's first byte, or -1 when the
// blank line has not arrived yet.
qsizetype responseHeadEnd(QByteArrayView bytes);

} // namespace corslab
