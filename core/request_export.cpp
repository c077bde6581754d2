#include "core/request_export.h"

#include "core/wire_headers.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace corslab {

QLatin1StringView requestExportStyleName(RequestExportStyle style)
{
    switch (style) {
    case RequestExportStyle::Curl: return "curl"_L1;
    case RequestExportStyle::Fetch: return "fetch"_L1;
    case RequestExportStyle::Httpie: return "httpie"_L1;
    }
    return "curl"_L1;
}

std::optional<RequestExportStyle> requestExportStyleFromName(QStringView name)
{
    for (const RequestExportStyle style : {RequestExportStyle::Curl, RequestExportStyle::Fetch, RequestExportStyle::Httpie}) {
        if (name == requestExportStyleName(style))
            return style;
    }
    return std::nullopt;
}

QByteArray shellQuote(QByteArrayView bytes)
{
    QByteArray quoted = "'";
    for (const char c : bytes) {
        if (c == '\'')
            quoted += "'\\''";
        else if (c != '\0')
            quoted += c;
    }
    return quoted + '\'';
}

namespace {

// A JavaScript string literal (JSON's, which JavaScript reads the same).
QByteArray jsString(QByteArrayView bytes)
{
    const QByteArray array = QJsonDocument(QJsonArray{QString::fromUtf8(bytes)}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

// The body goes with the request and with each redirect hop that kept the method (307, 308).
std::optional<QByteArray> exchangeBody(const Scenario &scenario, const Exchange &exchange)
{
    if (exchange.kind == Exchange::Kind::Preflight || !scenario.request.body || exchange.method == "GET" || exchange.method == "HEAD")
        return std::nullopt;
    return scenario.request.body;
}

QLatin1StringView exchangeTitle(Exchange::Kind kind)
{
    switch (kind) {
    case Exchange::Kind::Preflight: return "preflight"_L1;
    case Exchange::Kind::Main: return "request"_L1;
    case Exchange::Kind::Redirect: return "redirect"_L1;
    }
    return "request"_L1;
}

} // namespace

QByteArray exportExchange(const Scenario &scenario, const Verdict &verdict, qsizetype index, RequestExportStyle style)
{
    const Exchange &exchange = verdict.exchanges.at(index);
    const HeaderList headers = wireRequestHeaders(scenario, verdict, index);
    const std::optional<QByteArray> body = exchangeBody(scenario, exchange);
    const QByteArray url = exchange.url.toUtf8();
    QByteArray out;
    switch (style) {
    case RequestExportStyle::Curl: {
        // -i shows the response head; --globoff keeps [ ] { } in the URL literal.
        out = "curl -i --globoff " + shellQuote(url);
        const bool inferred = body ? exchange.method == "POST" : exchange.method == "GET";
        if (!inferred)
            out += " \\\n  -X " + shellQuote(exchange.method);
        for (const Header &header : headers.entries()) {
            // curl drops `-H 'Name:'`; `Name;` sends the header with an empty value.
            out += " \\\n  -H " + shellQuote(header.value.isEmpty() ? header.name + ';' : header.name + ": " + header.value);
        }
        if (body)
            out += " \\\n  --data-raw " + shellQuote(*body);
        return out + '\n';
    }
    case RequestExportStyle::Httpie: {
        // https://httpie.io/docs/cli: METHOD URL Name:value ...; `Name;` an empty value; --raw the body as is.
        out = "http --print=HhBb " + shellQuote(exchange.method) + ' ' + shellQuote(url);
        for (const Header &header : headers.entries())
            out += " \\\n  " + shellQuote(header.value.isEmpty() ? header.name + ';' : header.name + ':' + header.value);
        if (body)
            out += " \\\n  --raw " + shellQuote(*body);
        return out + '\n';
    }
    case RequestExportStyle::Fetch: {
        out = "response = await fetch(" + jsString(url) + ", {\n  method: " + jsString(exchange.method) + ",\n  headers: [";
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const Header &header = headers.entries().at(i);
            out += (i ? ",\n    [" : "\n    [") + jsString(header.name) + ", " + jsString(header.value) + ']';
        }
        out += headers.isEmpty() ? "]" : "\n  ]";
        if (body)
            out += ",\n  body: " + jsString(*body);
        out += ",\n  redirect: \"manual\"\n});\nconsole.log(response.status, Object.fromEntries(response.headers));\n";
        return out;
    }
    }
    return out;
}

QByteArray exportRequests(const Scenario &scenario, const Verdict &verdict, RequestExportStyle style)
{
    const QByteArray comment = style == RequestExportStyle::Fetch ? "// " : "# ";
    QByteArray out;
    if (style == RequestExportStyle::Fetch)
        out += "// Node.js 18+ (as an ES module, or pasted into node): a page cannot set Origin, Node can.\nlet response;\n";
    if (verdict.exchanges.isEmpty())
        out += comment + "the browser sends nothing: the request stops before the network\n";
    for (qsizetype i = 0; i < verdict.exchanges.size(); ++i) {
        const Exchange &exchange = verdict.exchanges.at(i);
        out += comment + QByteArray::number(i + 1) + ". " + exchangeTitle(exchange.kind).data() + ' ' + exchange.method + ' '
               + exchange.url.toUtf8() + (exchange.credentials ? " (with credentials: add your cookies as a Cookie header)\n" : "\n");
        out += exportExchange(scenario, verdict, i, style);
    }
    return out;
}

} // namespace corslab
