#include "core/scenario.h"

#include <QStringDecoder>

#include "core/safelist.h"
#include "core/url.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

QString notAStatusCode(const QString &number)
{
    return number + u" is not a three-digit HTTP status code (000–999)"_s;
}

constexpr QLatin1StringView kViaNames[] = {"fetch"_L1, "xhr"_L1,        "form"_L1, "navigate"_L1, "img"_L1,
                                           "script"_L1, "stylesheet"_L1, "font"_L1, "media"_L1,    "iframe"_L1};
constexpr QLatin1StringView kModeNames[] = {"cors"_L1, "no-cors"_L1, "same-origin"_L1};
constexpr QLatin1StringView kCredentialsNames[] = {"omit"_L1, "same-origin"_L1, "include"_L1};
constexpr QLatin1StringView kCrossOriginNames[] = {"anonymous"_L1, "use-credentials"_L1};
constexpr QLatin1StringView kEnctypeNames[] = {"application/x-www-form-urlencoded"_L1, "multipart/form-data"_L1,
                                               "text/plain"_L1};
constexpr QLatin1StringView kThirdPartyCookiesNames[] = {"allow"_L1, "block"_L1};

template <typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const QLatin1StringView (&names)[N], QStringView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == names[i])
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

template <std::size_t N>
QString quotedList(const QLatin1StringView (&names)[N])
{
    QStringList quoted;
    for (QLatin1StringView name : names)
        quoted << u'"' + name + u'"';
    return quoted.join(u", "_s);
}

QString quoted(QStringView text)
{
    constexpr qsizetype kShown = 60;
    if (text.size() <= kShown)
        return u'"' + text.toString() + u'"';
    return u'"' + text.left(kShown).toString() + u"…\" ("_s + QString::number(text.size()) + u" characters)"_s;
}


// Reads a JSON document into a Scenario, collecting every type error with its path.
class Reader {
public:
    explicit Reader(QString fileName) : m_fileName(std::move(fileName)) {}

    void fail(const QString &path, const QString &message) { m_errors.append({m_fileName, path, message}); }

    std::optional<QString> string(const QJsonObject &object, const QString &path, QLatin1StringView key,
                                  bool required)
    {
        const QJsonValue value = object.value(key);
        const QString fieldPath = join(path, key);
        if (value.isUndefined()) {
            if (required)
                fail(fieldPath, u"is required"_s);
            return std::nullopt;
        }
        if (!value.isString()) {
            fail(fieldPath, u"must be a string, not "_s + describeJsonType(value));
            return std::nullopt;
        }
        return value.toString();
    }

    // An optional true/false field: false when absent.
    bool boolean(const QJsonObject &object, const QString &path, QLatin1StringView key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isBool())
            fail(join(path, key), u"must be true or false, not "_s + describeJsonType(value));
        return value.toBool(false);
    }

    template <typename Enum, std::size_t N>
    std::optional<Enum> enumeration(const QJsonObject &object, const QString &path, QLatin1StringView key,
                                    const QLatin1StringView (&names)[N], QLatin1StringView what)
    {
        const std::optional<QString> name = string(object, path, key, false);
        if (!name)
            return std::nullopt;
        const std::optional<Enum> parsed = enumFromName<Enum>(names, *name);
        if (!parsed)
            fail(join(path, key), quoted(*name) + u" is not a valid "_s + what + u"; expected one of "_s
                                      + quotedList(names));
        return parsed;
    }

    // A list of [name, value] pairs, as header names and values are byte sequences (Latin-1 here).
    HeaderList headers(const QJsonObject &object, const QString &path, QLatin1StringView key = "headers"_L1)
    {
        HeaderList list;
        const QJsonValue value = object.value(key);
        const QString listPath = join(path, key);
        if (value.isUndefined())
            return list;
        if (!value.isArray()) {
            fail(listPath, u"must be a list of [name, value] pairs, not "_s + describeJsonType(value));
            return list;
        }
        const QJsonArray array = value.toArray();
        if (array.size() > kMaxHeaders) {
            fail(listPath, u"has %1 headers; at most %2 are allowed"_s.arg(array.size()).arg(kMaxHeaders));
            return list;
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString pairPath = listPath + u'[' + QString::number(i) + u']';
            const QJsonArray pair = array.at(i).toArray();
            if (!array.at(i).isArray() || pair.size() != 2) {
                fail(pairPath, u"must be a [name, value] pair of two strings"_s);
                continue;
            }
            const std::optional<QByteArray> name = latin1(pair.at(0), pairPath + u"[0]"_s);
            const std::optional<QByteArray> headerValue = latin1(pair.at(1), pairPath + u"[1]"_s);
            if (name && headerValue)
                list.append(*name, *headerValue);
        }
        return list;
    }

    std::optional<QByteArray> body(const QJsonObject &object, const QString &path)
    {
        const std::optional<QString> text = string(object, path, "body"_L1, false);
        if (!text)
            return std::nullopt;
        QByteArray bytes = text->toUtf8();
        if (bytes.size() > kMaxBodyBytes) {
            fail(join(path, "body"_L1), u"is %1 bytes; at most %2 are allowed"_s.arg(bytes.size()).arg(kMaxBodyBytes));
            return std::nullopt;
        }
        return bytes;
    }

    // A route's body: `body` (text), or `bodyBase64` for bytes that are not UTF-8 (a real server's image).
    std::optional<QByteArray> routeBody(const QJsonObject &object, const QString &path)
    {
        const QJsonValue encoded = object.value("bodyBase64"_L1);
        if (encoded.isUndefined())
            return body(object, path);
        const QString field = join(path, "bodyBase64"_L1);
        if (object.contains("body"_L1)) {
            fail(field, u"cannot stand beside body: give one of them"_s);
            return std::nullopt;
        }
        if (!encoded.isString()) {
            fail(field, u"must be a string, not "_s + describeJsonType(encoded));
            return std::nullopt;
        }
        const auto decoded = QByteArray::fromBase64Encoding(encoded.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            fail(field, u"is not base64"_s);
            return std::nullopt;
        }
        if (decoded.decoded.size() > kMaxBodyBytes) {
            fail(field, u"is %1 bytes; at most %2 are allowed"_s.arg(decoded.decoded.size()).arg(kMaxBodyBytes));
            return std::nullopt;
        }
        return decoded.decoded;
    }

    // Latin-1 bytes, as a Set-Cookie line is.
    std::optional<QByteArray> bytes(const QJsonObject &object, const QString &path, QLatin1StringView key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            fail(join(path, key), u"is required"_s);
            return std::nullopt;
        }
        return latin1(value, join(path, key));
    }

    QJsonObject unknownFields(const QJsonObject &object, std::initializer_list<QLatin1StringView> known)
    {
        QJsonObject unknown = object;
        for (QLatin1StringView key : known)
            unknown.remove(key);
        return unknown;
    }

    static QString join(const QString &path, QLatin1StringView key)
    {
        return path.isEmpty() ? QString(key) : path + u'.' + key;
    }

    QList<ScenarioError> takeErrors() { return std::move(m_errors); }

private:
    std::optional<QByteArray> latin1(const QJsonValue &value, const QString &path)
    {
        if (!value.isString()) {
            fail(path, u"must be a string, not "_s + describeJsonType(value));
            return std::nullopt;
        }
        const QString text = value.toString();
        if (text.size() > kMaxHeaderValueBytes) {
            fail(path, u"is %1 characters long; at most %2 are allowed"_s.arg(text.size()).arg(kMaxHeaderValueBytes));
            return std::nullopt;
        }
        for (QChar c : text) {
            if (c.unicode() > 0xFF) {
                fail(path, quoted(text) + u" contains "_s + c + u", which is not a byte (headers are Latin-1)"_s);
                return std::nullopt;
            }
        }
        return text.toLatin1();
    }

    QString m_fileName;
    QList<ScenarioError> m_errors;
};

ServerRoute readRoute(Reader &reader, const QJsonObject &object, const QString &path)
{
    ServerRoute route;
    if (const auto method = reader.string(object, path, "method"_L1, false))
        route.method = method->toLatin1();
    if (const auto url = reader.string(object, path, "url"_L1, true))
        route.url = *url;
    const QJsonValue status = object.value("status"_L1);
    if (!status.isUndefined()) {
        const double number = status.toDouble(-1);
        // Outside int's range the cast would be undefined (found by tests/fuzz/fuzz_scenario); validateScenario
        // then names any whole number outside 000-999.
        const bool whole = status.isDouble() && std::trunc(number) == number;
        if (!whole)
            reader.fail(Reader::join(path, "status"_L1), u"must be a whole number, not "_s + describeJsonType(status));
        else if (number < 0 || number > 999)
            reader.fail(Reader::join(path, "status"_L1), notAStatusCode(QString::number(number, 'g', 17)));
        else
            route.status = static_cast<int>(number);
    }
    route.headers = reader.headers(object, path);
    route.body = reader.routeBody(object, path);
    route.unknownFields =
        reader.unknownFields(object, {"method"_L1, "url"_L1, "status"_L1, "headers"_L1, "body"_L1, "bodyBase64"_L1});
    return route;
}

ScenarioRequest readRequest(Reader &reader, const QJsonObject &object, const QString &path)
{
    ScenarioRequest request;
    request.via = reader.enumeration<Via>(object, path, "via"_L1, kViaNames, "via"_L1).value_or(Via::Fetch);
    if (const auto url = reader.string(object, path, "url"_L1, true))
        request.url = *url;
    if (const auto method = reader.string(object, path, "method"_L1, false))
        request.method = method->toLatin1();
    request.mode = reader.enumeration<RequestMode>(object, path, "mode"_L1, kModeNames, "request mode"_L1);
    request.credentials =
        reader.enumeration<CredentialsMode>(object, path, "credentials"_L1, kCredentialsNames, "credentials mode"_L1);
    request.crossorigin =
        reader.enumeration<CrossOriginAttribute>(object, path, "crossorigin"_L1, kCrossOriginNames, "crossorigin value"_L1);
    request.headers = reader.headers(object, path);
    request.body = reader.body(object, path);
    request.enctype = reader.enumeration<FormEnctype>(object, path, "enctype"_L1, kEnctypeNames, "enctype"_L1);
    request.referrerPolicy = reader.string(object, path, "referrerPolicy"_L1, false);
    if (const std::optional<QString> target = reader.string(object, path, "formTarget"_L1, false)) {
        if (*target == formTargetName(FormTarget::Top))
            request.formTarget = FormTarget::Top;
        else
            reader.fail(Reader::join(path, "formTarget"_L1), quoted(*target) + u" is not supported; the only target is \"_top\" "
                                                                              u"(without it, a form submits into a frame of the page)"_s);
    }
    request.userActivation = reader.boolean(object, path, "userActivation"_L1);
    request.unknownFields = reader.unknownFields(object, {"via"_L1, "url"_L1, "method"_L1, "mode"_L1, "credentials"_L1,
                                                          "crossorigin"_L1, "headers"_L1, "body"_L1, "enctype"_L1,
                                                          "referrerPolicy"_L1, "formTarget"_L1, "userActivation"_L1});
    return request;
}

JarCookie readJarCookie(Reader &reader, const QJsonObject &object, const QString &path)
{
    JarCookie cookie;
    cookie.url = reader.string(object, path, "url"_L1, true).value_or(QString());
    cookie.setCookie = reader.bytes(object, path, "setCookie"_L1).value_or(QByteArray());
    cookie.embeddedIn = reader.string(object, path, "embeddedIn"_L1, false).value_or(QString());
    cookie.unknownFields = reader.unknownFields(object, {"url"_L1, "setCookie"_L1, "embeddedIn"_L1});
    return cookie;
}

QList<JarCookie> readCookies(Reader &reader, const QJsonValue &value)
{
    QList<JarCookie> cookies;
    if (value.isUndefined())
        return cookies;
    if (!value.isArray()) {
        reader.fail(u"cookies"_s, u"must be a list of {\"url\", \"setCookie\"} objects, not "_s + describeJsonType(value));
        return cookies;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > kMaxCookies) {
        reader.fail(u"cookies"_s, u"has %1 cookies; at most %2 are allowed"_s.arg(array.size()).arg(kMaxCookies));
        return cookies;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"cookies["_s + QString::number(i) + u']';
        if (array.at(i).isObject())
            cookies.append(readJarCookie(reader, array.at(i).toObject(), path));
        else
            reader.fail(path, u"must be an object, not "_s + describeJsonType(array.at(i)));
    }
    return cookies;
}

BrowserSettings readBrowser(Reader &reader, const QJsonValue &value)
{
    BrowserSettings browser;
    if (value.isUndefined())
        return browser;
    if (!value.isObject()) {
        reader.fail(u"browser"_s, u"must be an object, not "_s + describeJsonType(value));
        return browser;
    }
    const QJsonObject object = value.toObject();
    browser.thirdPartyCookies = reader.enumeration<ThirdPartyCookies>(object, u"browser"_s, "thirdPartyCookies"_L1,
                                                                      kThirdPartyCookiesNames, "setting"_L1)
                                    .value_or(ThirdPartyCookies::Allow);
    browser.unknownFields = reader.unknownFields(object, {"thirdPartyCookies"_L1});
    return browser;
}


void validateUrl(QList<ScenarioError> &errors, const QString &file, const QString &path, const QString &url)
{
    if (url.size() > kMaxUrlLength) {
        errors.append({file, path, u"is %1 characters long; at most %2 are allowed"_s.arg(url.size()).arg(kMaxUrlLength)});
        return;
    }
    const auto parsed = parseUrl(url);
    if (const auto *error = std::get_if<UrlError>(&parsed))
        errors.append({file, path, quoted(url) + u" is not an absolute URL: "_s + error->reason});
}

void validateHeaders(QList<ScenarioError> &errors, const QString &file, const QString &path, const HeaderList &headers)
{
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const Header &header = headers.entries().at(i);
        const QString pairPath = path + u'[' + QString::number(i) + u']';
        if (!isHeaderName(header.name))
            errors.append({file, pairPath + u"[0]"_s,
                           quoted(QString::fromLatin1(header.name)) + u" is not a valid header name"_s});
        if (header.value.size() > kMaxHeaderValueBytes) {
            errors.append({file, pairPath + u"[1]"_s,
                           u"is %1 bytes long; at most %2 are allowed"_s.arg(header.value.size()).arg(kMaxHeaderValueBytes)});
            continue;
        }
        // https://fetch.spec.whatwg.org/#concept-headers-validate: the value, once normalised, is a header value.
        for (char c : header.value) {
            if (c == '\0' || c == '\r' || c == '\n') {
                const QString name = c == '\0' ? u"NUL"_s : c == '\r' ? u"CR"_s : u"LF"_s;
                errors.append({file, pairPath + u"[1]"_s, u"contains a "_s + name + u" byte, which is not allowed in a header value"_s});
                break;
            }
        }
    }
}

// An offset in a JSON text as "line L, column C", for parse errors.
QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return u"line %1, column %2"_s.arg(line).arg(column);
}

QString tooLargeMessage(qint64 size, const QString &kind)
{
    return u"is %1 bytes; a %2 is at most %3"_s.arg(size).arg(kind).arg(kMaxScenarioFileBytes);
}

} // namespace

std::optional<QJsonObject> parseJsonObject(const QByteArray &json, const QString &fileName, const QString &kind,
                                           QList<ScenarioError> *errors)
{
    if (json.size() > kMaxScenarioFileBytes) {
        errors->append({fileName, {}, tooLargeMessage(json.size(), kind)});
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append({fileName, {}, u"not valid JSON at "_s + lineAndColumn(json, parseError.offset) + u": "_s
                                          + parseError.errorString()});
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors->append({fileName, {}, u"must be a JSON object"_s});
        return std::nullopt;
    }
    return document.object();
}

QString describeJsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"a boolean"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: return u"missing"_s;
    }
    return {};
}

QLatin1StringView viaName(Via via) { return kViaNames[static_cast<int>(via)]; }
std::optional<Via> viaFromName(QStringView name) { return enumFromName<Via>(kViaNames, name); }
QLatin1StringView requestModeName(RequestMode mode) { return kModeNames[static_cast<int>(mode)]; }
QLatin1StringView credentialsModeName(CredentialsMode mode) { return kCredentialsNames[static_cast<int>(mode)]; }
QLatin1StringView crossOriginName(CrossOriginAttribute attribute) { return kCrossOriginNames[static_cast<int>(attribute)]; }
QLatin1StringView enctypeName(FormEnctype enctype) { return kEnctypeNames[static_cast<int>(enctype)]; }
QLatin1StringView formTargetName(FormTarget target) { return target == FormTarget::Top ? "_top"_L1 : QLatin1StringView(); }

bool navigatesTopLevel(const ScenarioRequest &request)
{
    return request.via == Via::Navigate || (request.via == Via::Form && request.formTarget == FormTarget::Top);
}
QLatin1StringView thirdPartyCookiesName(ThirdPartyCookies setting) { return kThirdPartyCookiesNames[static_cast<int>(setting)]; }

bool viaTakesMode(Via via) { return via == Via::Fetch; }
bool viaTakesCredentials(Via via) { return via == Via::Fetch || via == Via::Xhr; }
bool viaTakesHeaders(Via via) { return via == Via::Fetch || via == Via::Xhr; }
bool viaTakesEnctype(Via via) { return via == Via::Form; }
bool viaTakesMethod(Via via) { return via == Via::Fetch || via == Via::Xhr || via == Via::Form; }
bool viaTakesCrossOrigin(Via via)
{
    return via == Via::Img || via == Via::Script || via == Via::Stylesheet || via == Via::Media;
}
bool viaTakesReferrerPolicy(Via via)
{
    return via == Via::Fetch || via == Via::Img || via == Via::Script || via == Via::Stylesheet || via == Via::Iframe
        || via == Via::Navigate;
}

QString ScenarioError::toString() const
{
    QString text = file.isEmpty() ? QString() : file + u": "_s;
    if (!path.isEmpty())
        text += path + u": "_s;
    return text + message;
}

QList<ScenarioError> validateScenario(const Scenario &scenario, const QString &file)
{
    QList<ScenarioError> errors;
    validateUrl(errors, file, u"page"_s, scenario.page);

    const ScenarioRequest &request = scenario.request;
    const QString via = QString(viaName(request.via));
    validateUrl(errors, file, u"request.url"_s, request.url);
    const auto notFor = [&](const QString &field) {
        errors.append({file, u"request."_s + field, u"does not apply to via \""_s + via + u'"'});
    };
    if (!isHeaderName(request.method)) {
        errors.append({file, u"request.method"_s, quoted(QString::fromLatin1(request.method)) + u" is not a valid method (a token)"_s});
    } else if (isForbiddenMethod(request.method)) {
        errors.append({file, u"request.method"_s, quoted(QString::fromLatin1(request.method))
                                                     + u" is a forbidden method; browsers refuse to send it"_s});
    } else if (request.via == Via::Form) {
        const QByteArray upper = request.method.toUpper();
        if (upper != "GET" && upper != "POST")
            errors.append({file, u"request.method"_s, u"a form submits with GET or POST only"_s});
    } else if (!viaTakesMethod(request.via) && request.method != "GET") {
        errors.append({file, u"request.method"_s, u"via \""_s + via + u"\" always uses GET"_s});
    }
    if (request.mode && !viaTakesMode(request.via))
        notFor(u"mode"_s);
    if (request.credentials && !viaTakesCredentials(request.via))
        notFor(u"credentials"_s);
    if (request.via == Via::Xhr && request.credentials == CredentialsMode::Omit)
        errors.append({file, u"request.credentials"_s, u"XMLHttpRequest has only \"same-origin\" and \"include\" (withCredentials)"_s});
    if (request.crossorigin && !viaTakesCrossOrigin(request.via))
        notFor(u"crossorigin"_s);
    if (!request.headers.isEmpty() && !viaTakesHeaders(request.via))
        notFor(u"headers"_s);
    if (request.enctype && !viaTakesEnctype(request.via))
        notFor(u"enctype"_s);
    if (request.referrerPolicy && !viaTakesReferrerPolicy(request.via))
        notFor(u"referrerPolicy"_s);
    if (request.formTarget != FormTarget::Frame && request.via != Via::Form)
        notFor(u"formTarget"_s);
    validateHeaders(errors, file, u"request.headers"_s, request.headers);
    validateHeaders(errors, file, u"pageHeaders"_s, scenario.pageHeaders);

    if (scenario.cookies.size() > kMaxCookies)
        errors.append({file, u"cookies"_s, u"has %1 cookies; at most %2 are allowed"_s.arg(scenario.cookies.size()).arg(kMaxCookies)});
    for (qsizetype i = 0; i < scenario.cookies.size() && i < kMaxCookies; ++i) {
        const JarCookie &cookie = scenario.cookies.at(i);
        const QString path = u"cookies["_s + QString::number(i) + u']';
        validateUrl(errors, file, path + u".url"_s, cookie.url);
        if (!cookie.embeddedIn.isEmpty())
            validateUrl(errors, file, path + u".embeddedIn"_s, cookie.embeddedIn);
        if (cookie.setCookie.size() > kMaxHeaderValueBytes)
            errors.append({file, path + u".setCookie"_s,
                           u"is %1 bytes long; at most %2 are allowed"_s.arg(cookie.setCookie.size()).arg(kMaxHeaderValueBytes)});
        else if (cookie.setCookie.contains('\r') || cookie.setCookie.contains('\n') || cookie.setCookie.contains('\0'))
            errors.append({file, path + u".setCookie"_s, u"contains a CR, LF or NUL byte, which cannot be in a Set-Cookie line"_s});
    }

    if (scenario.server.size() > kMaxRoutes)
        errors.append({file, u"server"_s, u"has %1 routes; at most %2 are allowed"_s.arg(scenario.server.size()).arg(kMaxRoutes)});
    for (qsizetype i = 0; i < scenario.server.size() && i < kMaxRoutes; ++i) {
        const ServerRoute &route = scenario.server.at(i);
        const QString path = u"server["_s + QString::number(i) + u']';
        if (route.method != "*" && !isHeaderName(route.method))
            errors.append({file, path + u".method"_s, quoted(QString::fromLatin1(route.method)) + u" is not a method or \"*\""_s});
        validateUrl(errors, file, path + u".url"_s, route.url);
        // https://www.rfc-editor.org/rfc/rfc9110#name-status-codes: status-code = 3DIGIT. A server can send any
        // of 000-999 and Chromium takes each (a 600 or a 099 reaches script as it came; seen in Chromium 156).
        if (route.status < 0 || route.status > 999)
            errors.append({file, path + u".status"_s, notAStatusCode(QString::number(route.status))});
        validateHeaders(errors, file, path + u".headers"_s, route.headers);
    }
    return errors;
}

ScenarioLoad parseScenario(const QByteArray &json, const QString &fileName)
{
    ScenarioLoad load;
    const std::optional<QJsonObject> parsed = parseJsonObject(json, fileName, u"scenario file"_s, &load.errors);
    if (!parsed)
        return load;
    const QJsonObject &root = *parsed;
    Reader reader(fileName);
    Scenario scenario;
    const std::optional<QString> format = reader.string(root, {}, "format"_L1, true);
    if (format && *format != kScenarioFormat)
        reader.fail(u"format"_s, quoted(*format) + u" is not supported; expected \""_s + kScenarioFormat + u'"');
    scenario.title = reader.string(root, {}, "title"_L1, false).value_or(QString());
    scenario.notes = reader.string(root, {}, "notes"_L1, false).value_or(QString());
    scenario.page = reader.string(root, {}, "page"_L1, true).value_or(QString());
    scenario.pageSandboxed = reader.boolean(root, {}, "pageSandboxed"_L1);
    scenario.pageHeaders = reader.headers(root, {}, "pageHeaders"_L1);
    scenario.cookies = readCookies(reader, root.value("cookies"_L1));
    scenario.browser = readBrowser(reader, root.value("browser"_L1));

    const QJsonValue request = root.value("request"_L1);
    if (request.isObject())
        scenario.request = readRequest(reader, request.toObject(), u"request"_s);
    else
        reader.fail(u"request"_s, request.isUndefined() ? u"is required"_s : u"must be an object, not "_s + describeJsonType(request));

    const QJsonValue server = root.value("server"_L1);
    if (server.isArray()) {
        const QJsonArray routes = server.toArray();
        for (qsizetype i = 0; i < routes.size() && i <= kMaxRoutes; ++i) {
            const QString path = u"server["_s + QString::number(i) + u']';
            if (routes.at(i).isObject())
                scenario.server.append(readRoute(reader, routes.at(i).toObject(), path));
            else
                reader.fail(path, u"must be an object, not "_s + describeJsonType(routes.at(i)));
        }
    } else if (!server.isUndefined()) {
        reader.fail(u"server"_s, u"must be a list of routes, not "_s + describeJsonType(server));
    }
    scenario.unknownFields = reader.unknownFields(root, {"format"_L1, "title"_L1, "notes"_L1, "page"_L1, "pageSandboxed"_L1,
                                                        "pageHeaders"_L1, "cookies"_L1, "browser"_L1, "request"_L1,
                                                        "server"_L1});
    load.errors = reader.takeErrors();
    if (!load.errors.isEmpty())
        return load;
    load.errors = validateScenario(scenario, fileName);
    if (load.errors.isEmpty())
        load.scenario = std::move(scenario);
    return load;
}

std::optional<QByteArray> readJsonFile(const QString &path, const QString &kind, QList<ScenarioError> *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append({path, {}, u"cannot be read: "_s + file.errorString()});
        return std::nullopt;
    }
    if (file.size() > kMaxScenarioFileBytes) {
        errors->append({path, {}, tooLargeMessage(file.size(), kind)});
        return std::nullopt;
    }
    return file.read(kMaxScenarioFileBytes + 1);
}

ScenarioLoad loadScenarioFile(const QString &path)
{
    ScenarioLoad load;
    if (const std::optional<QByteArray> json = readJsonFile(path, u"scenario file"_s, &load.errors))
        return parseScenario(*json, path);
    return load;
}

QJsonArray headersToJsonArray(const HeaderList &headers)
{
    QJsonArray array;
    for (const Header &header : headers.entries())
        array.append(QJsonArray{QString::fromLatin1(header.name), QString::fromLatin1(header.value)});
    return array;
}

QJsonObject scenarioToJson(const Scenario &scenario)
{
    QJsonObject request = scenario.request.unknownFields;
    const ScenarioRequest &r = scenario.request;
    request.insert("via"_L1, viaName(r.via));
    request.insert("url"_L1, r.url);
    request.insert("method"_L1, QString::fromLatin1(r.method));
    if (r.mode)
        request.insert("mode"_L1, requestModeName(*r.mode));
    if (r.credentials)
        request.insert("credentials"_L1, credentialsModeName(*r.credentials));
    if (r.crossorigin)
        request.insert("crossorigin"_L1, crossOriginName(*r.crossorigin));
    if (!r.headers.isEmpty())
        request.insert("headers"_L1, headersToJsonArray(r.headers));
    if (r.body)
        request.insert("body"_L1, QString::fromUtf8(*r.body));
    if (r.enctype)
        request.insert("enctype"_L1, enctypeName(*r.enctype));
    if (r.referrerPolicy)
        request.insert("referrerPolicy"_L1, *r.referrerPolicy);
    if (r.formTarget != FormTarget::Frame)
        request.insert("formTarget"_L1, formTargetName(r.formTarget));
    if (r.userActivation)
        request.insert("userActivation"_L1, true);

    QJsonArray server;
    for (const ServerRoute &route : scenario.server) {
        QJsonObject object = route.unknownFields;
        object.insert("method"_L1, QString::fromLatin1(route.method));
        object.insert("url"_L1, route.url);
        object.insert("status"_L1, route.status);
        object.insert("headers"_L1, headersToJsonArray(route.headers));
        if (route.body) {
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString text = utf8.decode(*route.body);
            if (utf8.hasError())
                object.insert("bodyBase64"_L1, QString::fromLatin1(route.body->toBase64()));
            else
                object.insert("body"_L1, text);
        }
        server.append(object);
    }

    QJsonObject root = scenario.unknownFields;
    root.insert("format"_L1, kScenarioFormat);
    if (!scenario.title.isEmpty())
        root.insert("title"_L1, scenario.title);
    if (!scenario.notes.isEmpty())
        root.insert("notes"_L1, scenario.notes);
    root.insert("page"_L1, scenario.page);
    if (scenario.pageSandboxed)
        root.insert("pageSandboxed"_L1, true);
    if (!scenario.pageHeaders.isEmpty())
        root.insert("pageHeaders"_L1, headersToJsonArray(scenario.pageHeaders));
    if (!scenario.cookies.isEmpty()) {
        QJsonArray cookies;
        for (const JarCookie &cookie : scenario.cookies) {
            QJsonObject object = cookie.unknownFields;
            object.insert("url"_L1, cookie.url);
            object.insert("setCookie"_L1, QString::fromLatin1(cookie.setCookie));
            if (!cookie.embeddedIn.isEmpty())
                object.insert("embeddedIn"_L1, cookie.embeddedIn);
            cookies.append(object);
        }
        root.insert("cookies"_L1, cookies);
    }
    if (scenario.browser != BrowserSettings{}) {
        QJsonObject browser = scenario.browser.unknownFields;
        browser.insert("thirdPartyCookies"_L1, thirdPartyCookiesName(scenario.browser.thirdPartyCookies));
        root.insert("browser"_L1, browser);
    }
    root.insert("request"_L1, request);
    root.insert("server"_L1, server);
    return root;
}

QByteArray serializeScenario(const Scenario &scenario)
{
    return QJsonDocument(scenarioToJson(scenario)).toJson(QJsonDocument::Indented);
}

} // namespace corslab
