#pragma once
// The request back out as code the user runs against their own server: each exchange of a verdict (the
// preflight first when there is one, then the request, then each redirect hop) with every header Chromium 156
// sends (core/wire_headers.h), `Origin` included, as curl, fetch() for Node.js, or HTTPie.
#include "core/scenario.h"
#include "core/verdict.h"
#include <QByteArray>
#include <QString>
#include <optional>

namespace corslab {

enum class RequestExportStyle { Curl, Fetch, Httpie };
// "curl", "fetch", "httpie"
QLatin1StringView requestExportStyleName(RequestExportStyle style);
std::optional<RequestExportStyle> requestExportStyleFromName(QStringView name);

// A POSIX shell word for `bytes`: single quotes, each ' as '\''. (NUL cannot be passed and is left out.)
QByteArray shellQuote(QByteArrayView bytes);

// `verdict.exchanges[index]` as one command (curl -i, HTTPie --print=hb, or a Node.js 18+ fetch() that prints the
// status and headers: Node does not forbid `Origin`, a page does). The body goes with the exchange that sends it:
// not a preflight, not a redirect that turned the method into GET.
QByteArray exportExchange(const Scenario &scenario, const Verdict &verdict, qsizetype index, RequestExportStyle style);

// Every exchange, each after a comment line naming it ("# 1. preflight", "// 2. request").
QByteArray exportRequests(const Scenario &scenario, const Verdict &verdict, RequestExportStyle style);

} // namespace corslab
