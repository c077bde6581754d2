#pragma once
// A request pasted from the browser's DevTools, turned into a scenario fragment: Chrome's "Copy as fetch",
// "Copy as fetch (Node.js)", "Copy as cURL (bash)", "Copy as cURL (cmd)" and "Copy as PowerShell"
// (front_end/panels/network/NetworkLogView.ts: generateFetchCall, generateCurlCommand,
// generatePowerShellCommand), Firefox's "Copy as Fetch" and "Copy as cURL" (POSIX and Windows,
// devtools/client/shared/curl.js), or a raw HTTP request. The format is recognised, not named.
// Bytes only, no network.
#include "core/scenario.h"
#include <QByteArray>
#include <QList>
#include <QString>
#include <variant>

namespace corslab {

enum class PastedFormat {
    Fetch,        // Chrome's "Copy as fetch", Firefox's "Copy as Fetch" (`await fetch(...)`)
    FetchNodeJs,  // Chrome's "Copy as fetch (Node.js)": cookie and Referer among the headers, no mode
    CurlBash,     // Chrome's "Copy as cURL (bash)", Firefox's "Copy as cURL (POSIX)"
    CurlCmd,      // Chrome's "Copy as cURL (cmd)", Firefox's "Copy as cURL (Windows)"
    PowerShell,   // Chrome's "Copy as PowerShell" (Invoke-WebRequest)
    RawHttp,      // `GET /x HTTP/1.1` and header lines, or HTTP/2 pseudo-headers (`:authority`, `:path`)
};
// "fetch", "fetch-nodejs", "curl-bash", "curl-cmd", "powershell", "http"
QLatin1StringView pastedFormatName(PastedFormat format);

// What is wrong with the pasted text, where: `line` counts from 1; `column` from 1, 0 when the whole line.
struct ImportError {
    qsizetype line = 1;
    qsizetype column = 0;
    QString message;
    // "line 3, column 7: message" (or "line 3: message")
    QString toString() const;
    friend bool operator==(const ImportError &, const ImportError &) = default;
};

struct ImportedRequest {
    // page, request (via fetch, method, URL, the headers page script could have set, mode and credentials when
    // the copy says so, body); no server routes
    Scenario scenario;
    PastedFormat format = PastedFormat::Fetch;
    // Headers in the copy that page script cannot set (the browser's own, forbidden request-headers, `sec-*`,
    // pseudo-headers), by name as written, in order.
    QList<QByteArray> droppedHeaders;
};

// More than any real copy carries (the scenario's own limit on a file).
inline constexpr qsizetype kMaxPastedRequestBytes = kMaxScenarioFileBytes;

// The page comes from `Origin`, else `Referer`'s origin (fetch's `referrer`); the URL must parse. Credentials are
// `include` when the copy says `credentials: "include"` or carries cookies.
std::variant<ImportedRequest, ImportError> importRequest(QByteArrayView text);

// Response headers as `curl -i` or DevTools' raw view shows them (an `HTTP/1.1 204 No Content` or `HTTP/2 200`
// status line, header lines, a blank line, the body), as the route that answers `request`'s URL for any method
// (so the same headers answer a preflight). Interim 1xx heads (`curl -i` shows `100 Continue`) are skipped.
std::variant<ServerRoute, ImportError> importResponse(QByteArrayView text, const ScenarioRequest &request);

} // namespace corslab
