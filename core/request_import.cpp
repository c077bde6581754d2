#include "core/request_import.h"

#include "core/http_response.h"
#include "core/origin.h"
#include "core/safelist.h"
#include "core/url.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace corslab {

QLatin1StringView pastedFormatName(PastedFormat format)
{
    switch (format) {
    case PastedFormat::Fetch: return "fetch"_L1;
    case PastedFormat::FetchNodeJs: return "fetch-nodejs"_L1;
    case PastedFormat::CurlBash: return "curl-bash"_L1;
    case PastedFormat::CurlCmd: return "curl-cmd"_L1;
    case PastedFormat::PowerShell: return "powershell"_L1;
    case PastedFormat::RawHttp: return "http"_L1;
    }
    return "fetch"_L1;
}

QString ImportError::toString() const
{
    if (column > 0)
        return u"line %1, column %2: %3"_s.arg(line).arg(column).arg(message);
    return u"line %1: %2"_s.arg(line).arg(message);
}

namespace {

// The line and column (both from 1, columns in bytes) of `offset` in `text`.
ImportError errorAt(QByteArrayView text, qsizetype offset, const QString &message, bool withColumn = true)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return ImportError{line, withColumn ? offset - lineStart + 1 : 0, message};
}

// The offset of the first byte that is not part of well-formed UTF-8 (https://encoding.spec.whatwg.org/#utf-8-decoder),
// -1 when there is none.
qsizetype firstInvalidUtf8(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        qsizetype needed = 0;
        unsigned char lower = 0x80, upper = 0xBF;
        if (byte < 0x80) {
            ++i;
            continue;
        } else if (byte >= 0xC2 && byte <= 0xDF) {
            needed = 1;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            needed = 2;
            lower = byte == 0xE0 ? 0xA0 : 0x80;
            upper = byte == 0xED ? 0x9F : 0xBF;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            needed = 3;
            lower = byte == 0xF0 ? 0x90 : 0x80;
            upper = byte == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        for (qsizetype k = 1; k <= needed; ++k) {
            if (i + k >= text.size())
                return i;
            const auto next = static_cast<unsigned char>(text[i + k]);
            if (next < (k == 1 ? lower : 0x80) || next > (k == 1 ? upper : 0xBF))
                return i;
        }
        i += needed + 1;
    }
    return -1;
}

QByteArray utf8OfCodePoint(char32_t codePoint)
{
    if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        codePoint = 0xFFFD;
    return QString::fromUcs4(&codePoint, 1).toUtf8();
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b) { return a.compare(b, Qt::CaseInsensitive) == 0; }

// One argument of a command line and where it began in the pasted text.
struct Token {
    QByteArray text;
    qsizetype offset = 0;
};

// What a format's reader found, before the page and the kept headers are decided.
struct Pasted {
    PastedFormat format = PastedFormat::Fetch;
    QByteArray method;
    QByteArray url;
    qsizetype urlOffset = 0;
    HeaderList headers;
    std::optional<QByteArray> body;
    std::optional<QByteArray> mode;
    std::optional<QByteArray> credentials;
    std::optional<QByteArray> referrer;   // fetch's `referrer` option
    bool cookies = false;                 // `-b`, `$session.Cookies.Add`
    QList<QByteArray> dropped;            // what the reader itself set aside (`-b` cookies, `-A`, the session's user agent)
};

using Read = std::variant<Pasted, ImportError>;

// --- Bash: https://www.gnu.org/software/bash/manual/html_node/Quoting.html ------------------------------------

// ANSI-C quoting ($'...'): https://www.gnu.org/software/bash/manual/html_node/ANSI_002dC-Quoting.html. DevTools
// writes \\, \', \n, \r and \uXXXX; Firefox also \xHH and \041. Firefox writes U+0080 to U+00FF as \xHH
// (bash would send that one byte): with `latin1Hex`, \xHH is the code point, as Firefox means it.
qsizetype readAnsiC(QByteArrayView text, qsizetype i, QByteArray &out, bool latin1Hex)
{
    while (i < text.size() && text[i] != '\'') {
        if (text[i] != '\\' || i + 1 >= text.size()) {
            out += text[i++];
            continue;
        }
        const char c = text[i + 1];
        i += 2;
        switch (c) {
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'e': case 'E': out += '\x1b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case 'c':
            if (i < text.size())
                out += static_cast<char>(text[i++] & 0x1f);
            break;
        case 'x': case 'u': case 'U': {
            const int maxDigits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            char32_t value = 0;
            int digits = 0;
            while (digits < maxDigits && i < text.size() && hexValue(text[i]) >= 0) {
                value = value * 16 + static_cast<char32_t>(hexValue(text[i++]));
                ++digits;
            }
            if (digits == 0)
                out += QByteArray("\\") + c;
            else if (c == 'x' && !(latin1Hex && value >= 0x80))
                out += static_cast<char>(value);
            else
                out += utf8OfCodePoint(value);
            break;
        }
        default:
            if (c >= '0' && c <= '7') {
                int value = c - '0';
                for (int digits = 1; digits < 3 && i < text.size() && text[i] >= '0' && text[i] <= '7'; ++digits)
                    value = value * 8 + (text[i++] - '0');
                out += static_cast<char>(value & 0xff);
            } else if (c == '\\' || c == '\'' || c == '"' || c == '?') {
                out += c;
            } else {
                out += '\\';
                out += c;
            }
        }
    }
    return i;
}

// The words of the first command in `text` as bash splits them: '...', $'...', "...", backslash escapes and
// continuations, # comments; the command ends at an unquoted ;, & or |.
std::variant<QList<Token>, ImportError> splitBash(QByteArrayView text)
{
    QList<Token> tokens;
    Token current;
    bool inToken = false;
    auto finish = [&] {
        if (inToken)
            tokens.append(current);
        current = {};
        inToken = false;
    };
    auto begin = [&](qsizetype offset) {
        if (!inToken)
            current.offset = offset;
        inToken = true;
    };
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (isSpace(c)) {
            finish();
            ++i;
        } else if (c == ';' || c == '&' || c == '|') {
            break;
        } else if (c == '#' && !inToken) {
            while (i < text.size() && text[i] != '\n')
                ++i;
        } else if (c == '\\') {
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                i += 2;
            } else if (i + 2 < text.size() && text[i + 1] == '\r' && text[i + 2] == '\n') {
                i += 3;
            } else {
                begin(i);
                if (i + 1 < text.size())
                    current.text += text[i + 1];
                i += 2;
            }
        } else if (c == '\'' || (c == '$' && i + 1 < text.size() && text[i + 1] == '\'')) {
            begin(i);
            const bool ansiC = c == '$';
            const qsizetype open = i;
            i += ansiC ? 2 : 1;
            if (ansiC) {
                QByteArray word;
                const qsizetype end = readAnsiC(text, i, word, false);
                if (firstInvalidUtf8(word) >= 0) {   // Firefox's \xHH for a character, not a byte
                    word.clear();
                    readAnsiC(text, i, word, true);
                }
                current.text += word;
                i = end;
            } else {
                const qsizetype close = text.indexOf('\'', i);
                if (close >= 0) {
                    current.text += text.sliced(i, close - i);
                    i = close;
                } else {
                    i = text.size();
                }
            }
            if (i >= text.size())
                return errorAt(text, open, u"unbalanced quotes: the %1 opened here is never closed"_s.arg(ansiC ? u"$'"_s : u"'"_s));
            ++i;
        } else if (c == '"') {
            begin(i);
            const qsizetype open = i++;
            while (i < text.size() && text[i] != '"') {
                if (text[i] == '\\' && i + 1 < text.size() && QByteArrayView("$`\"\\\n").contains(text[i + 1])) {
                    if (text[i + 1] != '\n')
                        current.text += text[i + 1];
                    i += 2;
                } else {
                    current.text += text[i++];
                }
            }
            if (i >= text.size())
                return errorAt(text, open, u"unbalanced quotes: the \" opened here is never closed"_s);
            ++i;
        } else {
            begin(i);
            current.text += text[i++];
        }
    }
    finish();
    return tokens;
}

// --- cmd.exe and the MS C runtime's argument parser ---------------------------------------------------------------

// DevTools' escapeStringWin (and Firefox's): ^ escapes any character for cmd.exe, ^ and a line break continue the
// line, "..." (or ^"...^") quotes for the C runtime, inside which \" is a quote and \\ a backslash. The command
// ends at an & or | that is not escaped.
std::variant<QList<Token>, ImportError> splitCmd(QByteArrayView text)
{
    // Pass 1, cmd.exe: drop carets, remember which characters were escaped.
    QByteArray chars;
    QList<qsizetype> offsets;
    QList<bool> escaped;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '^' && i + 1 < text.size()) {
            if (text[i + 1] == '\n' || (text[i + 1] == '\r' && i + 2 < text.size() && text[i + 2] == '\n')) {
                i += text[i + 1] == '\r' ? 2 : 1;
                continue;
            }
            ++i;
            chars += text[i];
            offsets.append(i - 1);
            escaped.append(true);
            continue;
        }
        chars += text[i];
        offsets.append(i);
        escaped.append(false);
    }
    // Pass 2, the C runtime.
    QList<Token> tokens;
    Token current;
    bool inToken = false;
    bool quoted = false;
    qsizetype openQuote = 0;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char c = chars[i];
        if (!quoted && isSpace(c)) {
            if (inToken)
                tokens.append(current);
            current = {};
            inToken = false;
            continue;
        }
        if (!quoted && !escaped[i] && (c == '&' || c == '|'))
            break;
        if (!inToken) {
            current.offset = offsets[i];
            inToken = true;
        }
        if (c == '"') {
            quoted = !quoted;
            openQuote = offsets[i];
        } else if (c == '\\' && i + 1 < chars.size() && (chars[i + 1] == '"' || chars[i + 1] == '\\')) {
            current.text += chars[++i];
        } else {
            current.text += c;
        }
    }
    if (quoted)
        return errorAt(text, openQuote, u"unbalanced quotes: the \" opened here is never closed"_s);
    if (inToken)
        tokens.append(current);
    return tokens;
}

// --- curl's options: https://curl.se/docs/manpage.html --------------------------------------------------------------

bool curlOptionTakesValue(QByteArrayView option)
{
    static constexpr QByteArrayView withValue[] = {
        "-H", "--header", "-X", "--request", "-d", "--data", "--data-raw", "--data-binary", "--data-ascii",
        "--data-urlencode", "-b", "--cookie", "-A", "--user-agent", "-e", "--referer", "-u", "--user", "--url",
        "-o", "--output", "-m", "--max-time", "--connect-timeout", "-x", "--proxy", "-F", "--form", "--resolve",
        "--cacert", "--cert", "--key", "-w", "--write-out", "-T", "--upload-file", "--retry", "-r", "--range",
        "-c", "--cookie-jar", "--json", "--connect-to", "--interface", "-U", "--proxy-user",
    };
    for (const QByteArrayView name : withValue) {
        if (option == name)
            return true;
    }
    return false;
}

Read readCurl(QByteArrayView text, PastedFormat format)
{
    auto split = format == PastedFormat::CurlCmd ? splitCmd(text) : splitBash(text);
    if (auto *error = std::get_if<ImportError>(&split))
        return *error;
    const QList<Token> tokens = std::get<QList<Token>>(std::move(split));
    Pasted pasted;
    pasted.format = format;
    std::optional<QByteArray> method;
    bool head = false;
    bool get = false;
    QList<QByteArray> data;
    bool urlSeen = false;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        QByteArray option = token.text;
        QByteArray value;
        bool hasValue = false;
        if (option.startsWith('-') && !option.startsWith("--") && option.size() > 2 && curlOptionTakesValue(option.first(2))) {
            value = option.sliced(2);   // -XPUT, -H'a: b'
            option = option.first(2);
            hasValue = true;
        } else if (option.startsWith('-') && option.size() > 1 && curlOptionTakesValue(option)) {
            if (i + 1 >= tokens.size())
                return errorAt(text, token.offset, u"%1 needs a value"_s.arg(QString::fromUtf8(option)));
            value = tokens.at(++i).text;
            hasValue = true;
        }
        if (hasValue) {
            if (option == "-H" || option == "--header") {
                const qsizetype colon = value.indexOf(':');
                const qsizetype semicolon = value.indexOf(';');
                if (colon > 0) {
                    const QByteArray headerValue = trimHttpTabOrSpace(QByteArrayView(value).sliced(colon + 1)).toByteArray();
                    if (!headerValue.isEmpty())   // `-H 'Name:'` tells curl to send no such header
                        pasted.headers.append(value.first(colon).trimmed(), headerValue);
                } else if (semicolon > 0 && semicolon == value.size() - 1) {
                    pasted.headers.append(value.first(semicolon).trimmed(), {});   // `-H 'Name;'`: an empty value
                } else {
                    return errorAt(text, tokens.at(i).offset, u"-H takes 'Name: value', not \"%1\""_s.arg(QString::fromUtf8(value.left(80))));
                }
            } else if (option == "-X" || option == "--request") {
                method = value;
            } else if (option.startsWith("-d") || option.startsWith("--data") || option == "--json") {
                data.append(value);
                if (option == "--json") {
                    pasted.headers.append("Content-Type", "application/json");
                    pasted.headers.append("Accept", "application/json");
                }
            } else if (option == "-b" || option == "--cookie") {
                pasted.cookies = true;
                pasted.dropped.append("cookie");
            } else if (option == "-A" || option == "--user-agent") {
                pasted.dropped.append("user-agent");
            } else if (option == "-e" || option == "--referer") {
                pasted.headers.append("Referer", value);
            } else if (option == "--url") {
                pasted.url = value;
                pasted.urlOffset = tokens.at(i).offset;
                urlSeen = true;
            }
            continue;
        }
        if (option == "-I" || option == "--head") {
            head = true;
        } else if (option == "-G" || option == "--get") {
            get = true;
        } else if (option.startsWith('-') && option.size() > 1) {
            // a flag: --compressed, --insecure, -k, --globoff, -s, -L, -i, ...
        } else if (!urlSeen) {
            pasted.url = option;
            pasted.urlOffset = token.offset;
            urlSeen = true;
        }
    }
    if (!urlSeen)
        return errorAt(text, 0, u"the curl command has no URL"_s, false);
    // DevTools escapes [ ] { } in the URL with a backslash so that curl does not glob them.
    QByteArray url;
    for (qsizetype i = 0; i < pasted.url.size(); ++i) {
        if (pasted.url[i] == '\\' && i + 1 < pasted.url.size() && QByteArrayView("[]{}").contains(pasted.url[i + 1]))
            continue;
        url += pasted.url[i];
    }
    pasted.url = url;
    const QByteArray joined = data.join('&');
    if (get && !data.isEmpty()) {
        pasted.url += (pasted.url.contains('?') ? '&' : '?') + joined;
    } else if (!data.isEmpty()) {
        pasted.body = joined;
    }
    pasted.method = method.value_or(head ? QByteArray("HEAD") : pasted.body ? QByteArray("POST") : QByteArray("GET"));
    return pasted;
}

// --- fetch(): DevTools writes `fetch(JSON.stringify(url), JSON.stringify(options, null, 2));` -----------------------

Read readFetch(QByteArrayView text, qsizetype callStart)
{
    Pasted pasted;
    const qsizetype open = text.indexOf('(', callStart);
    // The matching parenthesis, past strings and nested brackets.
    qsizetype depth = 0;
    qsizetype close = -1;
    for (qsizetype i = open; i < text.size() && close < 0; ++i) {
        const char c = text[i];
        if (c == '"' || c == '\'' || c == '`') {
            for (++i; i < text.size() && text[i] != c; ++i) {
                if (text[i] == '\\')
                    ++i;
            }
            if (i >= text.size())
                return errorAt(text, open, u"the fetch( call is never closed: a string in it has no end"_s);
        } else if (c == '(' || c == '{' || c == '[') {
            ++depth;
        } else if (c == ')' || c == '}' || c == ']') {
            if (--depth == 0)
                close = i;
        }
    }
    if (close < 0)
        return errorAt(text, open, u"the fetch( call is never closed"_s);
    const QByteArray arguments = '[' + text.sliced(open + 1, close - open - 1).toByteArray() + ']';
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(arguments, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return errorAt(text, open + std::max(0, parseError.offset - 1) + 1,
                       u"the fetch() arguments are not JSON (as DevTools writes them): "_s + parseError.errorString());
    const QJsonArray array = document.array();
    if (array.isEmpty() || !array.at(0).isString())
        return errorAt(text, open + 1, u"fetch()'s first argument is not a URL string"_s);
    pasted.url = array.at(0).toString().toUtf8();
    pasted.urlOffset = open + 1;
    if (array.size() > 1 && !array.at(1).isObject())
        return errorAt(text, open + 1, u"fetch()'s options are not an object"_s);
    const QJsonObject options = array.at(1).toObject();
    auto optionalString = [&](QLatin1StringView key) -> std::variant<std::optional<QByteArray>, ImportError> {
        const QJsonValue value = options.value(key);
        if (value.isUndefined() || value.isNull())
            return std::optional<QByteArray>();
        if (!value.isString())
            return errorAt(text, open + 1, u"fetch()'s option \"%1\" is not a string"_s.arg(key));
        return std::optional<QByteArray>(value.toString().toUtf8());
    };
    std::optional<QByteArray> method;
    for (const auto &[key, target] : {std::pair{"method"_L1, &method}, std::pair{"mode"_L1, &pasted.mode},
                                      std::pair{"credentials"_L1, &pasted.credentials}, std::pair{"referrer"_L1, &pasted.referrer},
                                      std::pair{"body"_L1, &pasted.body}}) {
        auto read = optionalString(key);
        if (auto *error = std::get_if<ImportError>(&read))
            return *error;
        *target = std::get<std::optional<QByteArray>>(read);
    }
    const QJsonValue headers = options.value("headers"_L1);
    if (!headers.isUndefined() && !headers.isNull() && !headers.isObject())
        return errorAt(text, open + 1, u"fetch()'s headers are not an object"_s);
    const QJsonObject headerObject = headers.toObject();
    for (auto it = headerObject.begin(); it != headerObject.end(); ++it) {
        if (!it.value().isString())
            return errorAt(text, open + 1, u"the value of header \"%1\" is not a string"_s.arg(it.key()));
        pasted.headers.append(it.key().toUtf8(), it.value().toString().toUtf8());
    }
    pasted.method = method.value_or("GET");
    // "Copy as fetch (Node.js)" deletes `mode` and does not set `credentials` (NetworkLogView.ts generateFetchCall).
    pasted.format = options.contains("mode"_L1) || options.contains("credentials"_L1) ? PastedFormat::Fetch : PastedFormat::FetchNodeJs;
    return pasted;
}

// --- PowerShell: DevTools' generatePowerShellCommand --------------------------------------------------------------

// A double-quoted string (https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules):
// a backtick escapes the next character, "" is a quote, and DevTools writes each character outside printable ASCII
// as $([char]CODE) (a UTF-16 code unit).
std::variant<QByteArray, ImportError> readPowerShellString(QByteArrayView text, qsizetype &i)
{
    const qsizetype open = i;
    const char quote = text[i++];
    QString value;
    QByteArray pending;   // bytes not yet decoded as UTF-8
    auto flush = [&] {
        value += QString::fromUtf8(pending);
        pending.clear();
    };
    while (i < text.size()) {
        const char c = text[i];
        if (c == quote) {
            if (i + 1 < text.size() && text[i + 1] == quote) {
                pending += quote;
                i += 2;
                continue;
            }
            ++i;
            flush();
            return value.toUtf8();
        }
        if (quote == '"' && c == '`' && i + 1 < text.size()) {
            const char next = text[i + 1];
            pending += next == 'n' ? '\n' : next == 'r' ? '\r' : next == 't' ? '\t' : next == '0' ? '\0' : next;
            i += 2;
            continue;
        }
        static constexpr QByteArrayView charPrefix = "$([char]";
        if (quote == '"' && QByteArrayView(text).sliced(i).startsWith(charPrefix)) {
            qsizetype k = i + charPrefix.size();
            uint code = 0;
            while (k < text.size() && text[k] >= '0' && text[k] <= '9' && code < 0x110000)
                code = code * 10 + static_cast<uint>(text[k++] - '0');
            if (k < text.size() && text[k] == ')' && code <= 0xFFFF) {
                flush();
                value += QChar(static_cast<char16_t>(code));
                i = k + 1;
                continue;
            }
        }
        pending += c;
        ++i;
    }
    return errorAt(text, open, u"unbalanced quotes: the %1 opened here is never closed"_s.arg(QChar::fromLatin1(quote)));
}

Read readPowerShell(QByteArrayView text, qsizetype invoke)
{
    Pasted pasted;
    pasted.format = PastedFormat::PowerShell;
    // The session DevTools builds first carries the user agent and the cookies.
    const QByteArrayView prelude = text.first(invoke);
    if (prelude.contains(".UserAgent"))
        pasted.dropped.append("user-agent");
    if (prelude.contains(".Cookies.Add(")) {
        pasted.cookies = true;
        pasted.dropped.append("cookie");
    }
    QByteArray parameter;
    qsizetype i = invoke + QByteArrayView("Invoke-WebRequest").size();
    std::optional<QByteArray> method;
    bool urlSeen = false;
    auto skipSpace = [&] {
        while (i < text.size()) {
            if (isSpace(text[i]) || text[i] == ';')
                ++i;
            else if (text[i] == '`' && i + 1 < text.size() && (text[i + 1] == '\n' || text[i + 1] == '\r'))
                i += 2;
            else
                break;
        }
    };
    while (true) {
        skipSpace();
        if (i >= text.size())
            break;
        const char c = text[i];
        if (c == '-' && parameter.isEmpty()) {
            const qsizetype start = ++i;
            while (i < text.size() && (isHttpTokenByte(text[i]) && text[i] != '-'))
                ++i;
            parameter = text.sliced(start, i - start).toByteArray().toLower();
            if (parameter == "usebasicparsing")
                parameter.clear();
            continue;
        }
        const qsizetype valueOffset = i;
        if (c == '"' || c == '\'') {
            auto read = readPowerShellString(text, i);
            if (auto *error = std::get_if<ImportError>(&read))
                return *error;
            const QByteArray value = std::get<QByteArray>(read);
            if (parameter == "uri") {
                pasted.url = value;
                pasted.urlOffset = valueOffset;
                urlSeen = true;
            } else if (parameter == "method") {
                method = value;
            } else if (parameter == "contenttype") {
                pasted.headers.append("Content-Type", value);
            } else if (parameter == "body") {
                pasted.body = value;
            }
        } else if (c == '@' && i + 1 < text.size() && text[i + 1] == '{') {
            // -Headers @{ "name"="value" ... }
            i += 2;
            while (true) {
                skipSpace();
                if (i >= text.size())
                    return errorAt(text, valueOffset, u"the @{ opened here is never closed"_s);
                if (text[i] == '}') {
                    ++i;
                    break;
                }
                if (text[i] != '"' && text[i] != '\'')
                    return errorAt(text, i, u"a header name in -Headers @{...} is not a quoted string"_s);
                auto name = readPowerShellString(text, i);
                if (auto *error = std::get_if<ImportError>(&name))
                    return *error;
                skipSpace();
                if (i >= text.size() || text[i] != '=')
                    return errorAt(text, i, u"expected = after a header name in -Headers @{...}"_s);
                ++i;
                skipSpace();
                if (i >= text.size() || (text[i] != '"' && text[i] != '\''))
                    return errorAt(text, i, u"a header value in -Headers @{...} is not a quoted string"_s);
                auto value = readPowerShellString(text, i);
                if (auto *error = std::get_if<ImportError>(&value))
                    return *error;
                if (parameter == "headers")
                    pasted.headers.append(std::get<QByteArray>(name), std::get<QByteArray>(value));
            }
        } else if (c == '(') {
            // -Body ([System.Text.Encoding]::UTF8.GetBytes("...")): the string inside.
            qsizetype depth = 0;
            std::optional<QByteArray> inner;
            for (; i < text.size(); ) {
                if (text[i] == '"' || text[i] == '\'') {
                    auto read = readPowerShellString(text, i);
                    if (auto *error = std::get_if<ImportError>(&read))
                        return *error;
                    if (!inner)
                        inner = std::get<QByteArray>(read);
                    continue;
                }
                if (text[i] == '(')
                    ++depth;
                else if (text[i] == ')' && --depth == 0) {
                    ++i;
                    break;
                }
                ++i;
            }
            if (depth != 0)
                return errorAt(text, valueOffset, u"the ( opened here is never closed"_s);
            if (parameter == "body" && inner)
                pasted.body = inner;
        } else {
            while (i < text.size() && !isSpace(text[i]))
                ++i;   // a bare word such as $session
        }
        parameter.clear();
    }
    if (!urlSeen)
        return errorAt(text, invoke, u"Invoke-WebRequest has no -Uri"_s);
    pasted.method = method.value_or("GET");
    return pasted;
}

// --- A raw request: https://www.rfc-editor.org/rfc/rfc9112#section-3, or HTTP/2 pseudo-headers as DevTools lists them --

bool isRequestLine(QByteArrayView line)
{
    const qsizetype first = line.indexOf(' ');
    if (first <= 0)
        return false;
    for (const char c : line.first(first)) {
        if (!isHttpTokenByte(c))
            return false;
    }
    const qsizetype second = line.indexOf(' ', first + 1);
    return second > first + 1 && line.sliced(second + 1).startsWith("HTTP/");
}

Read readRawHttp(QByteArrayView text, qsizetype start)
{
    Pasted pasted;
    pasted.format = PastedFormat::RawHttp;
    QByteArray target;
    QByteArray scheme = "https";
    QByteArray authority;
    qsizetype targetOffset = start;
    qsizetype i = start;
    bool first = true;
    while (i < text.size()) {
        qsizetype end = text.indexOf('\n', i);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(i, end - i);
        const qsizetype lineOffset = i;
        i = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            if (first)
                continue;
            if (i < text.size())
                pasted.body = text.sliced(i).toByteArray();
            break;
        }
        if (first && line[0] != ':') {
            first = false;
            const qsizetype space = line.indexOf(' ');
            const qsizetype second = line.indexOf(' ', space + 1);
            pasted.method = line.first(space).toByteArray();
            target = line.sliced(space + 1, second - space - 1).toByteArray();
            targetOffset = lineOffset + space + 1;
            continue;
        }
        first = false;
        if (isHttpTabOrSpace(line[0]) && !pasted.headers.isEmpty()) {
            continue;   // obs-fold: rare in a copy, and never in a header script sets
        }
        const qsizetype colon = line.indexOf(':', line[0] == ':' ? 1 : 0);
        if (colon <= 0)
            return errorAt(text, lineOffset, u"not a header line (Name: value)"_s, false);
        const QByteArray name = line.first(colon).toByteArray();
        const QByteArray value = trimHttpTabOrSpace(line.sliced(colon + 1)).toByteArray();
        if (name == ":method") {
            pasted.method = value;
        } else if (name == ":path") {
            target = value;
            targetOffset = lineOffset;
        } else if (name == ":scheme") {
            scheme = value;
        } else if (name == ":authority") {
            authority = value;
        }
        pasted.headers.append(name, value);
    }
    if (pasted.method.isEmpty())
        pasted.method = "GET";
    if (target.startsWith("http://") || target.startsWith("https://")) {
        pasted.url = target;
    } else {
        if (authority.isEmpty())
            authority = pasted.headers.get("host").value_or(QByteArray());
        if (authority.isEmpty())
            return errorAt(text, start, u"no Host header (nor :authority): the URL is unknown"_s, false);
        pasted.url = scheme + "://" + authority + (target.startsWith('/') ? target : '/' + target);
    }
    pasted.urlOffset = targetOffset;
    return pasted;
}

// --- From what was read to the scenario ---------------------------------------------------------------------------

// Headers the browser sets and script cannot (https://fetch.spec.whatwg.org/#forbidden-request-header, with
// Chromium's User-Agent), plus `Priority`, which DevTools shows but the browser derives from the request.
bool isBrowserOwnedHeader(QByteArrayView name, QByteArrayView value, PastedFormat format)
{
    if (name.startsWith(':') || isForbiddenRequestHeader(name, value) || equalsIgnoringCase(name, "priority"))
        return true;
    // "Copy as fetch (Node.js)" moves referrerPolicy into a `Referrer-Policy` header.
    return format == PastedFormat::FetchNodeJs && equalsIgnoringCase(name, "referrer-policy");
}

std::variant<QString, ImportError> originPage(QByteArrayView text, const QByteArray &value, qsizetype offset, const QString &what)
{
    const auto parsed = parseUrl(QString::fromUtf8(value));
    if (const auto *error = std::get_if<UrlError>(&parsed))
        return errorAt(text, offset, what + u" does not parse as a URL: "_s + error->reason, false);
    const Origin origin = Origin::fromUrl(std::get<Url>(parsed));
    if (origin.isOpaque())
        return errorAt(text, offset, what + u" has an opaque origin: the page is unknown"_s, false);
    return origin.serialize() + u'/';
}

std::variant<ImportedRequest, ImportError> finish(QByteArrayView text, Pasted pasted)
{
    ImportedRequest result;
    result.format = pasted.format;
    Scenario &scenario = result.scenario;
    ScenarioRequest &request = scenario.request;
    request.via = Via::Fetch;
    request.url = QString::fromUtf8(pasted.url).trimmed();
    const auto url = parseUrl(request.url);
    if (const auto *error = std::get_if<UrlError>(&url))
        return errorAt(text, pasted.urlOffset, u"the URL \"%1\" does not parse: %2"_s.arg(request.url.left(200), error->reason), false);

    // The page: Origin, else Referer (or fetch's referrer), each as its origin.
    const std::optional<QByteArray> origin = pasted.headers.get("origin");
    std::optional<QByteArray> referrer = pasted.headers.get("referer");
    if (!referrer && pasted.referrer && !pasted.referrer->isEmpty() && *pasted.referrer != "about:client")
        referrer = pasted.referrer;
    std::variant<QString, ImportError> page = ImportError{};
    if (origin && *origin == "null") {
        scenario.pageSandboxed = true;
        if (!referrer)
            return errorAt(text, 0, u"Origin is null (a sandboxed page) and there is no Referer header to tell the page's URL"_s, false);
        page = originPage(text, *referrer, 0, u"the Referer header"_s);
    } else if (origin) {
        page = originPage(text, *origin, 0, u"the Origin header"_s);
    } else if (referrer) {
        page = originPage(text, *referrer, 0, u"the Referer header"_s);
    } else {
        return errorAt(text, 0, u"no Origin or Referer header (nor fetch's referrer): the page's origin is unknown; add "
                                  u"-H 'Origin: https://your.page'"_s, false);
    }
    if (auto *error = std::get_if<ImportError>(&page))
        return *error;
    scenario.page = std::get<QString>(page);

    request.method = normalizeMethod(pasted.method);
    for (const Header &header : pasted.headers.entries()) {
        if (equalsIgnoringCase(header.name, "cookie"))
            pasted.cookies = true;
        if (isBrowserOwnedHeader(header.name, header.value, pasted.format))
            result.droppedHeaders.append(header.name);
        else
            request.headers.append(header.name, header.value);
    }
    result.droppedHeaders += pasted.dropped;
    if (pasted.mode) {
        if (*pasted.mode == "cors")
            request.mode = RequestMode::Cors;
        else if (*pasted.mode == "no-cors")
            request.mode = RequestMode::NoCors;
        else if (*pasted.mode == "same-origin")
            request.mode = RequestMode::SameOrigin;
    }
    if (pasted.credentials == "include" || (!pasted.credentials && pasted.cookies))
        request.credentials = CredentialsMode::Include;
    else if (pasted.credentials == "omit")
        request.credentials = CredentialsMode::Omit;
    else if (pasted.credentials == "same-origin")
        request.credentials = CredentialsMode::SameOrigin;
    request.body = pasted.body;
    if (request.body && (request.method == "GET" || request.method == "HEAD"))
        return errorAt(text, pasted.urlOffset, u"a %1 request cannot have a body"_s.arg(QString::fromLatin1(request.method)), false);
    const QList<ScenarioError> errors = validateScenario(scenario);
    if (!errors.isEmpty())
        return ImportError{1, 0, errors.first().path + u": "_s + errors.first().message};
    return result;
}

} // namespace

std::variant<ImportedRequest, ImportError> importRequest(QByteArrayView text)
{
    if (text.size() > kMaxPastedRequestBytes)
        return ImportError{1, 0, u"the text is over %1 MiB; no copied request is that large"_s.arg(kMaxPastedRequestBytes / (1024 * 1024))};
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
        return errorAt(text, nul, u"a NUL byte: this is not text a browser copied"_s);
    if (const qsizetype bad = firstInvalidUtf8(text); bad >= 0)
        return errorAt(text, bad, u"not UTF-8 (byte 0x%1)"_s.arg(uint(static_cast<unsigned char>(text[bad])), 2, 16, QChar(u'0')));
    qsizetype start = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < text.size() && isSpace(text[start]))
        ++start;
    const QByteArrayView rest = text.sliced(start);
    const qsizetype lineEnd = rest.indexOf('\n');
    QByteArrayView firstLine = lineEnd < 0 ? rest : rest.first(lineEnd);
    if (firstLine.endsWith('\r'))
        firstLine.chop(1);

    Read read = ImportError{};
    auto startsWithWord = [&](QByteArrayView word) {
        return rest.size() > word.size() && rest.first(word.size()).compare(word, Qt::CaseInsensitive) == 0 && isSpace(rest[word.size()]);
    };
    if (rest.startsWith("fetch(") || rest.startsWith("fetch (")) {
        read = readFetch(text, start);
    } else if (rest.startsWith("await fetch(") || rest.startsWith("await fetch (")) {
        read = readFetch(text, start + 6);
    } else if (startsWithWord("curl") || startsWithWord("curl.exe")) {
        // cmd.exe: DevTools and Firefox quote with ^"...^" (or "...") and continue lines with ^.
        qsizetype argument = start + (startsWithWord("curl.exe") ? 8 : 4);
        while (argument < text.size() && isHttpTabOrSpace(text[argument]))
            ++argument;
        const bool cmd = startsWithWord("curl.exe") || (argument < text.size() && (text[argument] == '^' || text[argument] == '"'))
                         || rest.contains("^\n") || rest.contains("^\r\n");
        read = readCurl(text.sliced(0), cmd ? PastedFormat::CurlCmd : PastedFormat::CurlBash);
        // The words start at `start`: splitting from the beginning skips the leading blank lines anyway.
    } else if (const qsizetype invoke = rest.indexOf("Invoke-WebRequest");
               invoke >= 0 && (rest.startsWith("$session") || rest.startsWith("Invoke-WebRequest"))) {
        read = readPowerShell(text, start + invoke);
    } else if (isRequestLine(firstLine) || (firstLine.startsWith(':') && firstLine.indexOf(':', 1) > 1)) {
        read = readRawHttp(text, start);
    } else {
        return errorAt(text, start, u"not a fetch() call, a curl command, PowerShell or an HTTP request"_s, false);
    }
    if (auto *error = std::get_if<ImportError>(&read))
        return *error;
    return finish(text, std::get<Pasted>(std::move(read)));
}

std::variant<ServerRoute, ImportError> importResponse(QByteArrayView text, const ScenarioRequest &request)
{
    qsizetype start = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < text.size() && isSpace(text[start]))
        ++start;
    qsizetype lineBase = 1 + QByteArrayView(text.first(start)).count('\n');
    while (true) {
        const QByteArrayView rest = text.sliced(start);
        qsizetype end = responseHeadEnd(rest);
        QByteArrayView head = end < 0 ? rest : rest.first(end);
        while (!head.isEmpty() && isSpace(head.back()))
            head.chop(1);
        auto parsed = parseResponseHead(head);
        if (const auto *error = std::get_if<ResponseHeadError>(&parsed))
            return ImportError{lineBase + std::max<qsizetype>(error->line, 1) - 1, 0, error->message};
        const ResponseHead &response = std::get<ResponseHead>(parsed);
        // An interim response (100 Continue, 103 Early Hints) that `curl -i` printed before the final one.
        if (response.status >= 100 && response.status < 200 && end >= 0 && rest.sliced(end).trimmed().startsWith("HTTP/")) {
            lineBase += rest.first(end).count('\n');
            start += end;
            while (start < text.size() && isSpace(text[start])) {
                if (text[start] == '\n')
                    ++lineBase;
                ++start;
            }
            continue;
        }
        ServerRoute route;
        route.method = "*";
        route.url = request.url;
        route.status = response.status;
        route.headers = response.headers;
        if (end >= 0 && end < rest.size()) {
            const QByteArrayView body = rest.sliced(end);
            if (body.size() > kMaxBodyBytes)
                return ImportError{lineBase + rest.first(end).count('\n'), 0, u"the body is over %1 KiB"_s.arg(kMaxBodyBytes / 1024)};
            route.body = body.toByteArray();
        }
        return route;
    }
}

} // namespace corslab
