// core/request_import: each DevTools "Copy as" format, built the way the browsers build it (the escapers below are
// ports of Chromium's front_end/panels/network/NetworkLogView.ts generateCurlCommand / generatePowerShellCommand
// and Firefox's devtools/client/shared/curl.js; the fetch() samples follow generateFetchCall and Firefox's
// generateFetchString), a raw request, a `curl -i` response; hostile input.
#include "core/request_import.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

using HeaderPairs = QList<std::pair<QString, QString>>;

// NetworkLogView.ts escapeStringPosix.
QString chromeEscapePosix(const QString &str)
{
    static const QRegularExpression special(u"[\\x00-\\x1F\\x7F-\\x9F!]|'"_s);
    if (!str.contains(special))
        return u'\'' + str + u'\'';
    QString escaped = str;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s).replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s);
    QString out;
    for (const QChar c : escaped) {
        const ushort code = c.unicode();
        if (code <= 0x1F || (code >= 0x7F && code <= 0x9F) || c == u'!')
            out += u"\\u"_s + QString::number(code, 16).rightJustified(4, u'0');
        else
            out += c;
    }
    return u"$'"_s + out + u'\'';
}

// NetworkLogView.ts escapeStringWin (Firefox's is the same but always quotes with ^").
QString escapeWin(const QString &str, bool alwaysCaretQuote)
{
    const QString encaps = alwaysCaretQuote || str.contains(u'\n') || str.contains(u'\r') ? u"^\""_s : u"\""_s;
    QString s = str;
    s.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    // .replace(/[^a-zA-Z0-9\s_\-:=+~'\/.',?;()*`&]/g, '^$&')
    static const QString safe = u"_-:=+~'/.,?;()*`&"_s;
    QString careted;
    for (const QChar c : s) {
        const bool isSafe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c.isSpace() || safe.contains(c);
        if (!isSafe)
            careted += u'^';
        careted += c;
    }
    // .replace(/%(?=[a-zA-Z0-9_])/g, '%^'), then .replace(/\r?\n/g, '^\n\n')
    QString out;
    for (qsizetype i = 0; i < careted.size(); ++i) {
        const QChar c = careted.at(i);
        if (c == u'\r' && i + 1 < careted.size() && careted.at(i + 1) == u'\n')
            continue;
        if (c == u'\n') {
            out += u"^\n\n"_s;
            continue;
        }
        out += c;
        const QChar next = i + 1 < careted.size() ? careted.at(i + 1) : QChar();
        if (c == u'%' && (next.isLetterOrNumber() || next == u'_') && next.unicode() < 128)
            out += u'^';
    }
    return encaps + out + encaps;
}

// Firefox curl.js escapeStringPosix: \xHH, \041 for !, \uHHHH.
QString firefoxEscapePosix(const QString &str)
{
    static const QRegularExpression special(u"[^\\x20-\\x7E]|!|'"_s);
    if (!str.contains(special))
        return u'\'' + str + u'\'';
    QString s = str;
    s.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s).replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s).replace(u'!', u"\\041"_s);
    QString out;
    for (const QChar c : s) {
        const ushort code = c.unicode();
        if (code >= 0x20 && code <= 0x7E)
            out += c;
        else if (code < 256)
            out += u"\\x"_s + QString::number(code, 16).rightJustified(2, u'0');
        else
            out += u"\\u"_s + QString::number(code, 16).rightJustified(4, u'0');
    }
    return u"$'"_s + out + u'\'';
}

// NetworkLogView.ts generateCurlCommand (cookies as -b, as DevTools writes them today).
QString chromeCurl(const QString &url, const QString &method, const HeaderPairs &headers, const std::optional<QString> &body, bool win)
{
    auto escape = [&](const QString &s) { return win ? escapeWin(s, false) : chromeEscapePosix(s); };
    QStringList command;
    QString escapedUrl;   // .replace(/[[{}\]]/g, '\\$&')
    for (const QChar c : escape(url)) {
        if (c == u'[' || c == u']' || c == u'{' || c == u'}')
            escapedUrl += u'\\';
        escapedUrl += c;
    }
    command << escapedUrl;
    QStringList data;
    QString inferred = u"GET"_s;
    if (body) {
        data << u"--data-raw "_s + escape(*body);
        inferred = u"POST"_s;
    }
    if (method != inferred)
        command << u"-X "_s + escape(method);
    for (const auto &[name, value] : headers) {
        const QString lower = name.toLower();
        if (lower == "accept-encoding"_L1 || lower == "host"_L1 || lower == "content-length"_L1)
            continue;
        if (lower == "cookie"_L1)
            command << u"-b "_s + escape(value);
        else
            command << u"-H "_s + escape(value.trimmed().isEmpty() ? name + u';' : name + u": "_s + value);
    }
    command << data << u"--compressed"_s;
    return u"curl "_s + command.join(win ? u" ^\n  "_s : u" \\\n  "_s);
}

// curl.js Curl.generateCommand.
QString firefoxCurl(const QString &url, const QString &method, const HeaderPairs &headers, const std::optional<QString> &body, bool win)
{
    auto escape = [&](const QString &s) { return win ? escapeWin(s, true) : firefoxEscapePosix(s); };
    auto escapeIfNeeded = [&](const QString &s) { return QRegularExpression(u"^[a-zA-Z-]+$"_s).match(s).hasMatch() ? s : escape(s); };
    QStringList parts{escape(url)};
    if (url.contains(u'[') || url.contains(u']'))
        parts << u"--globoff"_s;
    parts << u"--compressed"_s;
    if (method == "HEAD"_L1)
        parts << u"-I"_s;
    else if (method != "GET"_L1)
        parts << u"-X "_s + escapeIfNeeded(method);
    for (const auto &[name, value] : headers) {
        if (name.toLower() == "host"_L1 || (body && name.toLower() == "content-length"_L1))
            continue;
        parts << u"-H "_s + escapeIfNeeded(name + u": "_s + value);
    }
    if (body)
        parts << u"--data-raw "_s + escapeIfNeeded(*body);
    return (win ? u"curl.exe "_s : u"curl "_s) + parts.join(win ? u" ^\n  "_s : u" \\\n  "_s);
}

// NetworkLogView.ts generatePowerShellCommand.
QString chromePowerShell(const QString &url, const QString &method, const HeaderPairs &headers, const QList<std::pair<QString, QString>> &cookies,
                         const std::optional<QString> &body)
{
    auto escape = [](const QString &s) {
        QString out = u"\""_s;
        for (const QChar c : s) {
            if (c == u'`' || c == u'$' || c == u'"')
                out += u'`' + QString(c);
            else if (c.unicode() < 0x20 || c.unicode() > 0x7E)
                out += u"$([char]"_s + QString::number(c.unicode()) + u')';
            else
                out += c;
        }
        return out + u'"';
    };
    QStringList props;
    QString contentType;
    QStringList pairs;
    for (const auto &[name, value] : headers) {
        const QString lower = name.toLower();
        if (lower == "user-agent"_L1)
            props << u"$session.UserAgent = "_s + escape(value);
        if (lower == "content-type"_L1)
            contentType = value;
        if (QStringList{u"host"_s, u"connection"_s, u"proxy-connection"_s, u"content-length"_s, u"expect"_s, u"range"_s,
                        u"content-type"_s, u"user-agent"_s, u"cookie"_s}.contains(lower))
            continue;
        pairs << escape(name) + u'=' + escape(value);
    }
    for (const auto &[name, value] : cookies)
        props << u"$session.Cookies.Add((New-Object System.Net.Cookie(%1, %2, \"/\", %3)))"_s.arg(escape(name), escape(value), escape(u"api.example.com"_s));
    QStringList command{u"-Uri "_s + escape(url)};
    if (method != "GET"_L1)
        command << u"-Method "_s + escape(method);
    if (!props.isEmpty())
        command << u"-WebSession $session"_s;
    if (!pairs.isEmpty())
        command << u"-Headers @{\n"_s + pairs.join(u"\n  "_s) + u"\n}"_s;
    if (!contentType.isEmpty())
        command << u"-ContentType "_s + escape(contentType);
    if (body) {
        const bool ascii = !body->contains(QRegularExpression(u"[^\\x20-\\x7E]"_s));
        command << (ascii ? u"-Body "_s + escape(*body) : u"-Body ([System.Text.Encoding]::UTF8.GetBytes("_s + escape(*body) + u"))"_s);
    }
    const QString prelude = props.isEmpty() ? QString() : u"$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n"_s + props.join(u'\n') + u'\n';
    return prelude + u"Invoke-WebRequest -UseBasicParsing "_s + command.join(command.size() >= 3 ? u" `\n"_s : u" "_s);
}

// What Chromium 156 sends for a credentialed cross-origin PUT from https://app.example.com/dashboard.
const HeaderPairs chromeHeaders = {
    {u"accept"_s, u"application/json"_s},
    {u"accept-encoding"_s, u"gzip, deflate, br, zstd"_s},
    {u"accept-language"_s, u"en-US,en;q=0.9"_s},
    {u"content-type"_s, u"application/json"_s},
    {u"cookie"_s, u"sid=s%3Aabc; theme=dark"_s},
    {u"origin"_s, u"https://app.example.com"_s},
    {u"priority"_s, u"u=1, i"_s},
    {u"referer"_s, u"https://app.example.com/dashboard"_s},
    {u"sec-ch-ua"_s, u"\"Chromium\";v=\"156\", \"Not-A.Brand\";v=\"24\""_s},
    {u"sec-ch-ua-mobile"_s, u"?0"_s},
    {u"sec-ch-ua-platform"_s, u"\"Linux\""_s},
    {u"sec-fetch-dest"_s, u"empty"_s},
    {u"sec-fetch-mode"_s, u"cors"_s},
    {u"sec-fetch-site"_s, u"same-site"_s},
    {u"user-agent"_s, u"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"_s},
    {u"x-request-id"_s, u"7f3a!b"_s},
};
const QStringList chromeKept = {u"accept: application/json"_s, u"accept-language: en-US,en;q=0.9"_s,
                                u"content-type: application/json"_s, u"x-request-id: 7f3a!b"_s};
const QStringList chromeDropped = {u"accept-encoding"_s, u"cookie"_s, u"origin"_s, u"priority"_s, u"referer"_s, u"sec-ch-ua"_s,
                                   u"sec-ch-ua-mobile"_s, u"sec-ch-ua-platform"_s, u"sec-fetch-dest"_s, u"sec-fetch-mode"_s,
                                   u"sec-fetch-site"_s, u"user-agent"_s};

// Firefox 140's headers for a POST from https://shop.example.org/cart.
const HeaderPairs firefoxHeaders = {
    {u"Host"_s, u"api.example.com"_s},
    {u"User-Agent"_s, u"Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"_s},
    {u"Accept"_s, u"*/*"_s},
    {u"Accept-Language"_s, u"en-US,en;q=0.5"_s},
    {u"Accept-Encoding"_s, u"gzip, deflate, br, zstd"_s},
    {u"Content-Type"_s, u"text/plain;charset=UTF-8"_s},
    {u"X-Client"_s, u"shop/2.1"_s},
    {u"Origin"_s, u"https://shop.example.org"_s},
    {u"Connection"_s, u"keep-alive"_s},
    {u"Referer"_s, u"https://shop.example.org/cart"_s},
    {u"Cookie"_s, u"cart=42"_s},
    {u"Sec-Fetch-Dest"_s, u"empty"_s},
    {u"Sec-Fetch-Mode"_s, u"cors"_s},
    {u"Sec-Fetch-Site"_s, u"cross-site"_s},
    {u"Priority"_s, u"u=4"_s},
};
const QStringList firefoxKept = {u"accept: */*"_s, u"accept-language: en-US,en;q=0.5"_s,
                                 u"content-type: text/plain;charset=UTF-8"_s, u"x-client: shop/2.1"_s};
const QStringList firefoxDropped = {u"accept-encoding"_s, u"connection"_s, u"cookie"_s, u"origin"_s, u"priority"_s, u"referer"_s,
                                    u"sec-fetch-dest"_s, u"sec-fetch-mode"_s, u"sec-fetch-site"_s, u"user-agent"_s};

QStringList headerLines(const HeaderList &headers)
{
    QStringList lines;
    for (const Header &header : headers.entries())
        lines << QString::fromUtf8(header.name).toLower() + u": "_s + QString::fromUtf8(header.value);
    lines.sort();
    return lines;
}

QStringList lowerSorted(const QList<QByteArray> &names)
{
    QStringList lines;
    for (const QByteArray &name : names)
        lines << QString::fromUtf8(name).toLower();
    lines.sort();
    return lines;
}

} // namespace

class TestRequestImport : public QObject {
    Q_OBJECT
private slots:
    void formats_data();
    void formats();
    void everyPrefixIsHarmless_data() { formats_data(); }
    void everyPrefixIsHarmless();
    void hostile_data();
    void hostile();
    void response_data();
    void response();
};

void TestRequestImport::formats_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("dropped");
    QTest::addColumn<QString>("credentials");   // "" when the copy does not say
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("body");          // "<none>" without one

    const QString body = u"{\"name\":\"it's\",\"tags\":[\"a!\"]}"_s;
    const QString url = u"https://api.example.com/v1/items?ids[]=1&q=caf%C3%A9"_s;
    QStringList chromeCurlDropped = chromeDropped;   // generateCurlCommand leaves out accept-encoding itself
    chromeCurlDropped.removeOne(u"accept-encoding"_s);

    // generateFetchCall, FetchStyle.Browser: JSON.stringify(options, null, 2); DevTools leaves out the unsafe headers.
    QTest::newRow("Chrome: Copy as fetch") << QByteArray(R"(fetch("https://api.example.com/v1/items", {
  "headers": {
    "accept": "application/json",
    "accept-language": "en-US,en;q=0.9",
    "content-type": "application/json",
    "priority": "u=1, i",
    "sec-ch-ua": "\"Chromium\";v=\"156\", \"Not-A.Brand\";v=\"24\"",
    "sec-ch-ua-mobile": "?0",
    "sec-ch-ua-platform": "\"Linux\"",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-site",
    "x-request-id": "7f3a!b"
  },
  "referrer": "https://app.example.com/dashboard",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": "{\"name\":\"it's\",\"tags\":[\"a!\"]}",
  "method": "PUT",
  "mode": "cors",
  "credentials": "include"
});)") << u"fetch"_s << u"https://app.example.com/"_s << u"https://api.example.com/v1/items"_s << u"PUT"_s
        << chromeKept
        << QStringList{u"priority"_s, u"sec-ch-ua"_s, u"sec-ch-ua-mobile"_s, u"sec-ch-ua-platform"_s, u"sec-fetch-dest"_s,
                       u"sec-fetch-mode"_s, u"sec-fetch-site"_s}
        << u"include"_s << u"cors"_s << body;

    // FetchStyle.NodeJs: no mode, no credentials; cookie, Referer and Referrer-Policy among the headers.
    QTest::newRow("Chrome: Copy as fetch (Node.js)") << QByteArray(R"(fetch("https://api.example.com/v1/items/9", {
  "headers": {
    "accept": "*/*",
    "accept-language": "en-US,en;q=0.9",
    "sec-fetch-mode": "cors",
    "x-csrf-token": "t0k3n",
    "cookie": "sid=1",
    "Referer": "https://app.example.com/items/9",
    "Referrer-Policy": "strict-origin-when-cross-origin"
  },
  "body": null,
  "method": "DELETE"
});)") << u"fetch-nodejs"_s << u"https://app.example.com/"_s << u"https://api.example.com/v1/items/9"_s << u"DELETE"_s
        << QStringList{u"accept: */*"_s, u"accept-language: en-US,en;q=0.9"_s, u"x-csrf-token: t0k3n"_s}
        << QStringList{u"cookie"_s, u"referer"_s, u"referrer-policy"_s, u"sec-fetch-mode"_s}
        << u"include"_s << QString() << u"<none>"_s;

    QTest::newRow("Chrome: Copy as cURL (bash)") << chromeCurl(url, u"PUT"_s, chromeHeaders, body, false).toUtf8()
        << u"curl-bash"_s << u"https://app.example.com/"_s << url << u"PUT"_s << chromeKept << chromeCurlDropped
        << u"include"_s << QString() << body;
    QTest::newRow("Chrome: Copy as cURL (cmd)") << chromeCurl(url, u"PUT"_s, chromeHeaders, body + u"\n"_s, true).toUtf8()
        << u"curl-cmd"_s << u"https://app.example.com/"_s << url << u"PUT"_s << chromeKept << chromeCurlDropped
        << u"include"_s << QString() << body + u"\n"_s;
    QTest::newRow("Chrome: Copy as cURL (bash), GET without a body")
        << chromeCurl(u"https://api.example.com/v1/me"_s, u"GET"_s, chromeHeaders.mid(0, 8), std::nullopt, false).toUtf8()
        << u"curl-bash"_s << u"https://app.example.com/"_s << u"https://api.example.com/v1/me"_s << u"GET"_s
        << QStringList{u"accept: application/json"_s, u"accept-language: en-US,en;q=0.9"_s, u"content-type: application/json"_s}
        << QStringList{u"cookie"_s, u"origin"_s, u"priority"_s, u"referer"_s} << u"include"_s << QString() << u"<none>"_s;

    QTest::newRow("Chrome: Copy as PowerShell")
        << chromePowerShell(url, u"POST"_s, chromeHeaders, {{u"sid"_s, u"s%3Aabc"_s}, {u"theme"_s, u"dark"_s}}, u"{\"city\":\"Zürich $HOME `x`\"}"_s).toUtf8()
        << u"powershell"_s << u"https://app.example.com/"_s << url << u"POST"_s
        << QStringList{u"accept: application/json"_s, u"accept-language: en-US,en;q=0.9"_s, u"content-type: application/json"_s, u"x-request-id: 7f3a!b"_s}
        << QStringList{u"accept-encoding"_s, u"cookie"_s, u"origin"_s, u"priority"_s, u"referer"_s, u"sec-ch-ua"_s, u"sec-ch-ua-mobile"_s,
                       u"sec-ch-ua-platform"_s, u"sec-fetch-dest"_s, u"sec-fetch-mode"_s, u"sec-fetch-site"_s, u"user-agent"_s}
        << u"include"_s << QString() << u"{\"city\":\"Zürich $HOME `x`\"}"_s;

    // Firefox's "Copy as Fetch" (devtools/client/netmonitor/src/widgets/RequestListContextMenu.js generateFetchString):
    // `await fetch("URL", JSON.stringify(options, null, 4))`, only the forbidden header names left out (User-Agent,
    // Sec-Fetch-* and Priority stay), credentials "include" only with a Cookie or Authorization header.
    QTest::newRow("Firefox: Copy as Fetch") << QByteArray(R"(await fetch("https://api.example.com/v2/cart", {
    "credentials": "omit",
    "headers": {
        "User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0",
        "Accept": "*/*",
        "Accept-Language": "en-US,en;q=0.5",
        "Content-Type": "text/plain;charset=UTF-8",
        "X-Client": "shop/2.1",
        "Sec-Fetch-Dest": "empty",
        "Sec-Fetch-Mode": "cors",
        "Sec-Fetch-Site": "cross-site",
        "Priority": "u=4"
    },
    "referrer": "https://shop.example.org/cart",
    "body": "add=42",
    "method": "POST",
    "mode": "cors"
});)") << u"fetch"_s << u"https://shop.example.org/"_s << u"https://api.example.com/v2/cart"_s << u"POST"_s << firefoxKept
        << QStringList{u"priority"_s, u"sec-fetch-dest"_s, u"sec-fetch-mode"_s, u"sec-fetch-site"_s, u"user-agent"_s}
        << u"omit"_s << u"cors"_s << u"add=42"_s;

    const QString firefoxBody = u"add=42&note=Gr\u00fc\u00dfe!"_s;
    QTest::newRow("Firefox: Copy as cURL (POSIX)")
        << firefoxCurl(u"https://api.example.com/v2/cart"_s, u"POST"_s, firefoxHeaders, firefoxBody, false).toUtf8()
        << u"curl-bash"_s << u"https://shop.example.org/"_s << u"https://api.example.com/v2/cart"_s << u"POST"_s << firefoxKept
        << firefoxDropped << u"include"_s << QString() << firefoxBody;
    QTest::newRow("Firefox: Copy as cURL (Windows)")
        << firefoxCurl(u"https://api.example.com/v2/cart?x=%41"_s, u"PATCH"_s, firefoxHeaders, u"a=\"1\"&b=100%"_s, true).toUtf8()
        << u"curl-cmd"_s << u"https://shop.example.org/"_s << u"https://api.example.com/v2/cart?x=%41"_s << u"PATCH"_s << firefoxKept
        << firefoxDropped << u"include"_s << QString() << u"a=\"1\"&b=100%"_s;

    QTest::newRow("raw HTTP/1.1 request") << QByteArray("POST /graphql?op=q HTTP/1.1\r\n"
                                                        "Host: api.example.com:8443\r\n"
                                                        "Content-Type: application/json\r\n"
                                                        "Content-Length: 13\r\n"
                                                        "Authorization: Bearer abc\r\n"
                                                        "Origin: https://app.example.com\r\n"
                                                        "Connection: keep-alive\r\n"
                                                        "\r\n"
                                                        "{\"query\":\"q\"}")
        << u"http"_s << u"https://app.example.com/"_s << u"https://api.example.com:8443/graphql?op=q"_s << u"POST"_s
        << QStringList{u"authorization: Bearer abc"_s, u"content-type: application/json"_s}
        << QStringList{u"connection"_s, u"content-length"_s, u"host"_s, u"origin"_s} << QString() << QString() << u"{\"query\":\"q\"}"_s;
    QTest::newRow("raw HTTP/2 pseudo-headers") << QByteArray(":authority: api.example.com\n:method: GET\n:path: /v1/me\n:scheme: http\n"
                                                             "accept: */*\nreferer: http://localhost:3000/login\ncookie: a=1\n")
        << u"http"_s << u"http://localhost:3000/"_s << u"http://api.example.com/v1/me"_s << u"GET"_s << QStringList{u"accept: */*"_s}
        << QStringList{u":authority"_s, u":method"_s, u":path"_s, u":scheme"_s, u"cookie"_s, u"referer"_s} << u"include"_s << QString() << u"<none>"_s;
}

void TestRequestImport::formats()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, format);
    QFETCH(QString, page);
    QFETCH(QString, url);
    QFETCH(QString, method);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, dropped);
    QFETCH(QString, credentials);
    QFETCH(QString, mode);
    QFETCH(QString, body);
    const auto imported = importRequest(text);
    if (const auto *error = std::get_if<ImportError>(&imported))
        QFAIL(qPrintable(error->toString() + u"\n"_s + QString::fromUtf8(text)));
    const ImportedRequest &result = std::get<ImportedRequest>(imported);
    const ScenarioRequest &request = result.scenario.request;
    QCOMPARE(pastedFormatName(result.format), format);
    QCOMPARE(result.scenario.page, page);
    QCOMPARE(request.via, Via::Fetch);
    QCOMPARE(request.url, url);
    QCOMPARE(QString::fromLatin1(request.method), method);
    QStringList sortedKept = kept;
    sortedKept.sort();
    QCOMPARE(headerLines(request.headers), sortedKept);
    QStringList sortedDropped = dropped;
    sortedDropped.sort();
    QCOMPARE(lowerSorted(result.droppedHeaders), sortedDropped);
    QCOMPARE(request.credentials ? QString(credentialsModeName(*request.credentials)) : QString(), credentials);
    QCOMPARE(request.mode ? QString(requestModeName(*request.mode)) : QString(), mode);
    QCOMPARE(request.body ? QString::fromUtf8(*request.body) : u"<none>"_s, body);
    QVERIFY(validateScenario(result.scenario).isEmpty());
}

// Truncated copies: an answer (a scenario or an error with a line) for every prefix, never a crash.
void TestRequestImport::everyPrefixIsHarmless()
{
    QFETCH(QByteArray, text);
    for (qsizetype n = 0; n < text.size(); ++n) {
        const auto imported = importRequest(QByteArrayView(text).first(n));
        if (const auto *error = std::get_if<ImportError>(&imported)) {
            QVERIFY(error->line >= 1);
            QVERIFY(!error->message.isEmpty());
        }
    }
}

void TestRequestImport::hostile_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("cURL: unbalanced single quote") << QByteArray("curl 'https://api.example.com/' \\\n  -H 'origin: https://a.example' \\\n  -H 'x-a: b\n")
                                                   << 3 << u"unbalanced quotes"_s;
    QTest::newRow("cURL: unbalanced $'") << QByteArray("curl 'https://api.example.com/' --data-raw $'{\\'a\\'") << 1 << u"unbalanced quotes: the $'"_s;
    QTest::newRow("cURL: unbalanced double quote") << QByteArray("curl \"https://api.example.com/") << 1 << u"unbalanced quotes"_s;
    QTest::newRow("cURL (cmd): unbalanced") << QByteArray("curl ^\"https://api.example.com/^\" ^\n  -H ^\"origin: https://a.example^\" ^\n  -H \"x: y\n")
                                            << 3 << u"unbalanced quotes"_s;
    QTest::newRow("cURL: -H without a value") << QByteArray("curl 'https://api.example.com/' -H") << 1 << u"-H needs a value"_s;
    QTest::newRow("cURL: no URL") << QByteArray("curl -H 'origin: https://a.example'") << 1 << u"no URL"_s;
    QTest::newRow("cURL: URL does not parse") << QByteArray("curl 'https://exa mple.com/' -H 'origin: https://a.example'") << 1 << u"does not parse"_s;
    QTest::newRow("cURL: no Origin or Referer") << QByteArray("curl 'https://api.example.com/'") << 1 << u"no Origin or Referer"_s;
    QTest::newRow("fetch: options not JSON") << QByteArray("fetch(\"https://api.example.com/\", {\n  headers: {\"a\": \"b\"}\n});")
                                             << 2 << u"not JSON"_s;
    QTest::newRow("fetch: single-quoted strings") << QByteArray("fetch('https://api.example.com/', {'mode': 'cors'});") << 1 << u"not JSON"_s;
    QTest::newRow("fetch: truncated") << QByteArray("fetch(\"https://api.example.com/\", {\n  \"headers\": {\n") << 1 << u"never closed"_s;
    QTest::newRow("fetch: header value not a string") << QByteArray("fetch(\"https://api.example.com/\", {\"headers\": {\"a\": 1}});") << 1
                                                      << u"not a string"_s;
    QTest::newRow("PowerShell: unterminated string") << QByteArray("Invoke-WebRequest -UseBasicParsing -Uri \"https://api.example.com/\" `\n-Method \"GET")
                                                     << 2 << u"unbalanced quotes"_s;
    QTest::newRow("raw: no Host") << QByteArray("GET /x HTTP/1.1\nOrigin: https://a.example\n") << 1 << u"no Host"_s;
    QTest::newRow("raw: not a header line") << QByteArray("GET /x HTTP/1.1\nHost: a.example\nthis is no header\n") << 3 << u"not a header line"_s;
    QTest::newRow("garbage") << QByteArray("\n\nhello, world\nmore") << 3 << u"not a fetch() call, a curl command, PowerShell or an HTTP request"_s;
    QTest::newRow("empty") << QByteArray() << 1 << u"not a fetch() call"_s;
    QTest::newRow("NUL byte") << QByteArray("curl 'https://api.example.com/\0x'", 33) << 1 << u"NUL"_s;
    QTest::newRow("not UTF-8") << QByteArray("curl 'https://api.example.com/'\n  -H 'x-a: \xff\xfe'") << 2 << u"not UTF-8"_s;
    QTest::newRow("10 MB header value") << QByteArray("curl 'https://api.example.com/' -H 'origin: https://a.example' -H 'x-big: "
                                                      + QByteArray(10 * 1024 * 1024, 'a') + "'")
                                        << 1 << u"at most 65536"_s;
    QTest::newRow("10 MB of garbage") << QByteArray(10 * 1024 * 1024, '{') << 1 << u"not a fetch() call"_s;
    QTest::newRow("10 MB fetch of brackets") << QByteArray("fetch(" + QByteArray(10 * 1024 * 1024, '[')) << 1 << u"never closed"_s;
    QTest::newRow("over 16 MiB") << QByteArray(17 * 1024 * 1024, ' ') << 1 << u"over 16 MiB"_s;
}

void TestRequestImport::hostile()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto imported = importRequest(text);
    QVERIFY2(std::holds_alternative<ImportError>(imported), "the hostile input imported");
    const ImportError &error = std::get<ImportError>(imported);
    QVERIFY2(error.message.contains(message, Qt::CaseInsensitive), qPrintable(error.toString()));
    QCOMPARE(error.line, line);
}

void TestRequestImport::response_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("body");   // "<none>" without one, "<error>" when it must fail

    QTest::newRow("curl -i, HTTP/2") << QByteArray("HTTP/2 200 \r\ncontent-type: application/json\r\naccess-control-allow-origin: https://app.example.com\r\n"
                                                   "access-control-allow-credentials: true\r\nvary: Origin\r\n\r\n{\"ok\":true}\n")
                                     << 200
                                     << QStringList{u"content-type: application/json"_s, u"access-control-allow-origin: https://app.example.com"_s,
                                                    u"access-control-allow-credentials: true"_s, u"vary: Origin"_s}
                                     << u"{\"ok\":true}\n"_s;
    QTest::newRow("DevTools raw view, HTTP/1.1 204") << QByteArray("HTTP/1.1 204 No Content\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Methods: GET, PUT\n")
                                                     << 204 << QStringList{u"Access-Control-Allow-Origin: *"_s, u"Access-Control-Allow-Methods: GET, PUT"_s}
                                                     << u"<none>"_s;
    QTest::newRow("curl -i after 100 Continue") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 403 Forbidden\r\nServer: nginx\r\n\r\n")
                                                << 403 << QStringList{u"Server: nginx"_s} << u"<none>"_s;
    QTest::newRow("HTTP/2 with a reason-less status") << QByteArray("HTTP/2 301\nlocation: https://api.example.com/v2/\n") << 301
                                                      << QStringList{u"location: https://api.example.com/v2/"_s} << u"<none>"_s;
    QTest::newRow("not a status line") << QByteArray("200 OK\nx: y\n") << 0 << QStringList() << u"<error>"_s;
    QTest::newRow("status not three digits") << QByteArray("HTTP/2 abc\n") << 0 << QStringList() << u"<error>"_s;
    QTest::newRow("empty") << QByteArray() << 0 << QStringList() << u"<error>"_s;
}

void TestRequestImport::response()
{
    QFETCH(QByteArray, text);
    QFETCH(int, status);
    QFETCH(QStringList, headers);
    QFETCH(QString, body);
    ScenarioRequest request;
    request.url = u"https://api.example.com/v1/items"_s;
    const auto route = importResponse(text, request);
    if (body == "<error>"_L1) {
        QVERIFY(std::holds_alternative<ImportError>(route));
        QCOMPARE(std::get<ImportError>(route).line, 1);
        return;
    }
    if (const auto *error = std::get_if<ImportError>(&route))
        QFAIL(qPrintable(error->toString()));
    const ServerRoute &result = std::get<ServerRoute>(route);
    QCOMPARE(result.url, request.url);
    QCOMPARE(result.method, QByteArray("*"));
    QCOMPARE(result.status, status);
    QStringList lines;
    for (const Header &header : result.headers.entries())
        lines << QString::fromUtf8(header.name + ": " + header.value);
    QCOMPARE(lines, headers);
    QCOMPARE(result.body ? QString::fromUtf8(*result.body) : u"<none>"_s, body);
}

QTEST_GUILESS_MAIN(TestRequestImport)
#include "tst_request_import.moc"
