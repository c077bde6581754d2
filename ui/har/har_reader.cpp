#include "ui/har/har_reader.h"

#include "core/origin.h"
#include "core/safelist.h"
#include "core/url.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <vector>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace corslab {

namespace {

// A HAR entry reduced to what a scenario needs (timings, cookies' details, query strings are skipped).
struct EntryRecord {
    qsizetype index = 0;
    QByteArray pageref;
    QByteArray resourceType;       // DevTools' `_resourceType`
    QByteArray initiatorType;      // DevTools' `_initiator.type`
    QByteArray initiatorUrl;       // `_initiator.url`
    QByteArray initiatorStackUrl;  // `_initiator.stack.callFrames[0].url`
    QByteArray method;
    QByteArray url;
    HeaderList requestHeaders;
    bool cookiesSent = false;      // `request.cookies` not empty, a Cookie or Sec-Fetch-Storage-Access header
    std::optional<QByteArray> postData;
    int status = 0;
    HeaderList responseHeaders;
    std::optional<QByteArray> content;
    QByteArray redirectUrl;
    QByteArray error;              // `response._error` (DevTools) / `response._failureText` (Playwright)
    bool preflight = false;
};

bool isNoResponse(int status) { return status < 100; }

QString jsonTypeName(od::json_type type)
{
    switch (type) {
    case od::json_type::array: return u"a list"_s;
    case od::json_type::object: return u"an object"_s;
    case od::json_type::number: return u"a number"_s;
    case od::json_type::string: return u"a string"_s;
    case od::json_type::boolean: return u"true or false"_s;
    case od::json_type::null: return u"null"_s;
    }
    return u"unknown"_s;
}

QString simdjsonMessage(simdjson::error_code code) { return QString::fromUtf8(simdjson::error_message(code)); }

// Reads one entry (parsed on its own); the first problem ends it with its JSON path.
QString entryPath(qsizetype index) { return u"log.entries["_s + QString::number(index) + u']'; }

// A JSON path ("log.entries[3].request.headers[2].value") put into words only when an error names it,
// so reading a good entry builds no strings for it. Members are string literals; a path lives on
// the stack of the function reading that part.
class JsonPath {
public:
    explicit JsonPath(qsizetype entry) : m_entry(entry) {}
    JsonPath(const JsonPath &parent, std::string_view member) : m_parent(&parent), m_member(member) {}
    JsonPath(const JsonPath &parent, qsizetype index) : m_parent(&parent), m_index(index) {}
    JsonPath operator/(std::string_view member) const { return JsonPath(*this, member); }
    JsonPath operator[](qsizetype index) const { return JsonPath(*this, index); }

    QString toString() const
    {
        if (!m_parent)
            return entryPath(m_entry);
        const QString parent = m_parent->toString();
        if (m_index >= 0)
            return parent + u'[' + QString::number(m_index) + u']';
        return parent + u'.' + QString::fromLatin1(m_member.data(), qsizetype(m_member.size()));
    }

private:
    const JsonPath *m_parent = nullptr;
    std::string_view m_member;
    qsizetype m_index = -1;
    qsizetype m_entry = -1;
};

class EntryReader {
public:
    explicit EntryReader(qsizetype entry) : m_path(entry) {}
    std::optional<HarError> error;

    bool fail(const JsonPath &path, const QString &message)
    {
        if (!error)
            error = HarError{-1, path.toString(), message};
        return false;
    }
    bool failCode(const JsonPath &path, simdjson::error_code code)
    {
        return fail(path, code == simdjson::UTF8_ERROR ? u"not UTF-8"_s : u"not JSON: "_s + simdjsonMessage(code));
    }

    // A field that may be absent; nullopt when absent or on error (error says which).
    std::optional<od::value> field(od::object &object, std::string_view key, const JsonPath &path)
    {
        // After an error the On Demand iterator may be unusable: touching the document again is undefined
        // (a malformed string in response.redirectURL, then a look-up of _error; found by tests/fuzz/fuzz_har).
        if (error)
            return std::nullopt;
        auto result = object.find_field_unordered(key);
        if (result.error() == simdjson::NO_SUCH_FIELD)
            return std::nullopt;
        if (result.error()) {
            failCode(path, result.error());
            return std::nullopt;
        }
        return std::move(result).value_unsafe();
    }
    bool isNull(od::value &value)
    {
        auto type = value.type();
        return !type.error() && type.value_unsafe() == od::json_type::null;
    }
    bool wrongType(od::value &value, const JsonPath &path, const QString &expected)
    {
        auto type = value.type();
        if (type.error())
            return failCode(path, type.error());
        return fail(path, u"must be "_s + expected + u", not "_s + jsonTypeName(type.value_unsafe()));
    }
    // The member's value; nullopt when absent or null (an error when `required`) or on an error.
    std::optional<od::value> present(od::object &object, std::string_view key, const JsonPath &path, bool required)
    {
        std::optional<od::value> value = field(object, key, path);
        if (error)
            return std::nullopt;
        if (!value || isNull(*value)) {
            if (required)
                fail(path, u"is required"_s);
            return std::nullopt;
        }
        return value;
    }
    // A string field; nullopt when absent or null; `limit` bytes at most.
    std::optional<QByteArray> string(od::object &object, std::string_view key, const JsonPath &parent,
                                     qsizetype limit, bool required = false)
    {
        const JsonPath path = parent / key;
        std::optional<od::value> value = present(object, key, path, required);
        if (!value)
            return std::nullopt;
        std::string_view text;
        if (value->get_string().get(text) != simdjson::SUCCESS) {
            wrongType(*value, path, u"a string"_s);
            return std::nullopt;
        }
        if (qsizetype(text.size()) > limit) {
            fail(path, QString::number(text.size()) + u" bytes, more than "_s + QString::number(limit));
            return std::nullopt;
        }
        return QByteArray(text.data(), qsizetype(text.size()));
    }
    // A member holding an object or a list: nullopt when absent or null (an error when `required`).
    template<typename Container>
    std::optional<Container> container(od::object &parentObject, std::string_view key, const JsonPath &parent,
                                       bool required)
    {
        const JsonPath path = parent / key;
        std::optional<od::value> value = present(parentObject, key, path, required);
        if (!value)
            return std::nullopt;
        Container result;
        if (value->get(result) != simdjson::SUCCESS) {
            wrongType(*value, path, std::is_same_v<Container, od::object> ? u"an object"_s : u"a list"_s);
            return std::nullopt;
        }
        return result;
    }
    std::optional<od::object> object(od::object &parentObject, std::string_view key, const JsonPath &parent,
                                     bool required = false)
    {
        return container<od::object>(parentObject, key, parent, required);
    }
    std::optional<od::array> array(od::object &parentObject, std::string_view key, const JsonPath &parent)
    {
        return container<od::array>(parentObject, key, parent, false);
    }
    // HAR's [{name, value}, …] header lists.
    bool headers(od::object &parentObject, const JsonPath &parent, HeaderList *out)
    {
        const JsonPath path = parent / "headers";
        std::optional<od::array> list = array(parentObject, "headers", parent);
        if (!list)
            return !error;
        qsizetype i = 0;
        for (auto element : *list) {
            const JsonPath itemPath = path[i];
            if (i >= kMaxHeaders)
                return fail(path, u"more than "_s + QString::number(kMaxHeaders) + u" headers"_s);
            od::object header;
            if (element.get_object().get(header) != simdjson::SUCCESS) {
                od::value value;
                if (element.get(value) != simdjson::SUCCESS)
                    return failCode(itemPath, element.error());
                return wrongType(value, itemPath, u"an object {name, value}"_s);
            }
            std::optional<QByteArray> name = string(header, "name", itemPath, kMaxHeaderValueBytes, true);
            std::optional<QByteArray> value = string(header, "value", itemPath, kMaxHeaderValueBytes, true);
            if (error)
                return false;
            out->append(std::move(*name), std::move(*value));
            ++i;
        }
        return !error;
    }
    std::optional<double> number(od::object &object, std::string_view key, const JsonPath &parent, bool required)
    {
        const JsonPath path = parent / key;
        std::optional<od::value> value = field(object, key, path);
        if (error)
            return std::nullopt;
        if (!value) {
            if (required)
                fail(path, u"is required"_s);
            return std::nullopt;
        }
        double result = 0;
        if (value->get_double().get(result) != simdjson::SUCCESS) {
            wrongType(*value, path, u"a number"_s);
            return std::nullopt;
        }
        return result;
    }

    const JsonPath &path() const { return m_path; }

private:
    JsonPath m_path;
};

// Reads `entry` (one element of log.entries, its own document) into `record`.
bool readEntry(od::object &entry, EntryReader &reader, EntryRecord *record)
{
    const JsonPath &path = reader.path();
    // Playwright writes `_failureText` on the response, and older versions on the entry.
    if (std::optional<QByteArray> failure = reader.string(entry, "_failureText", path, kMaxHeaderValueBytes))
        record->error = *failure;
    if (std::optional<QByteArray> pageref = reader.string(entry, "pageref", path, kMaxUrlLength))
        record->pageref = *pageref;
    if (std::optional<QByteArray> type = reader.string(entry, "_resourceType", path, 256))
        record->resourceType = type->toLower();
    if (reader.error)
        return false;
    if (std::optional<od::object> initiator = reader.object(entry, "_initiator", path)) {
        const JsonPath initiatorPath = path / "_initiator";
        if (std::optional<QByteArray> type = reader.string(*initiator, "type", initiatorPath, 256))
            record->initiatorType = *type;
        if (std::optional<QByteArray> url = reader.string(*initiator, "url", initiatorPath, kMaxUrlLength))
            record->initiatorUrl = *url;
        if (reader.error)
            return false;
        if (std::optional<od::object> stack = reader.object(*initiator, "stack", initiatorPath)) {
            const JsonPath stackPath = initiatorPath / "stack";
            const JsonPath framesPath = stackPath / "callFrames";
            if (std::optional<od::array> frames = reader.array(*stack, "callFrames", stackPath)) {
                for (auto frame : *frames) {
                    od::object frameObject;
                    if (frame.get_object().get(frameObject) != simdjson::SUCCESS)
                        return reader.fail(framesPath[0], u"must be an object"_s);
                    if (std::optional<QByteArray> url = reader.string(frameObject, "url", framesPath[0], kMaxUrlLength))
                        record->initiatorStackUrl = *url;
                    break;
                }
            }
        }
    }
    if (reader.error)
        return false;

    const JsonPath requestPath = path / "request";
    std::optional<od::object> request = reader.object(entry, "request", path, true);
    if (!request)
        return false;
    std::optional<QByteArray> method = reader.string(*request, "method", requestPath, 256, true);
    std::optional<QByteArray> url = reader.string(*request, "url", requestPath, kMaxUrlLength, true);
    if (reader.error)
        return false;
    record->method = *method;
    record->url = *url;
    if (!reader.headers(*request, requestPath, &record->requestHeaders))
        return false;
    if (std::optional<od::array> cookies = reader.array(*request, "cookies", requestPath)) {
        for (auto cookie : *cookies) {
            (void)cookie;
            record->cookiesSent = true;
            break;
        }
    }
    if (reader.error)
        return false;
    // https://privacycg.github.io/storage-access-headers/: sent only on credentialed cross-site requests.
    if (record->requestHeaders.contains("cookie") || record->requestHeaders.contains("sec-fetch-storage-access"))
        record->cookiesSent = true;
    if (std::optional<od::object> postData = reader.object(*request, "postData", requestPath)) {
        if (std::optional<QByteArray> text = reader.string(*postData, "text", requestPath / "postData", kMaxBodyBytes))
            record->postData = *text;
    }
    if (reader.error)
        return false;

    const JsonPath responsePath = path / "response";
    std::optional<od::object> response = reader.object(entry, "response", path, true);
    if (!response)
        return false;
    const std::optional<double> status = reader.number(*response, "status", responsePath, true);
    if (!status)
        return false;
    if (*status != static_cast<int>(*status) || *status < -1 || *status > 999)
        return reader.fail(responsePath / "status", QString::number(*status) + u" is not an HTTP status (or 0, -1)"_s);
    record->status = static_cast<int>(*status);
    if (!reader.headers(*response, responsePath, &record->responseHeaders))
        return false;
    if (std::optional<QByteArray> redirect = reader.string(*response, "redirectURL", responsePath, kMaxUrlLength))
        record->redirectUrl = *redirect;
    if (std::optional<QByteArray> error = reader.string(*response, "_error", responsePath, kMaxHeaderValueBytes))
        record->error = *error;
    if (std::optional<QByteArray> error = reader.string(*response, "_failureText", responsePath, kMaxHeaderValueBytes))
        record->error = *error;
    if (reader.error)
        return false;
    const JsonPath contentPath = responsePath / "content";
    if (std::optional<od::object> content = reader.object(*response, "content", responsePath)) {
        const std::optional<QByteArray> encoding = reader.string(*content, "encoding", contentPath, 256);
        // A body above the scenario limit is cut: what ORB sniffs and the views show is its start.
        const JsonPath textPath = contentPath / "text";
        std::optional<od::value> text = reader.field(*content, "text", textPath);
        std::string_view view;
        if (text && !reader.isNull(*text)) {
            if (text->get_string().get(view) != simdjson::SUCCESS)
                return reader.wrongType(*text, textPath, u"a string"_s);
            const QByteArray bytes(view.data(), qsizetype(view.size()));
            if (!encoding || encoding->compare("base64", Qt::CaseInsensitive) != 0) {
                record->content = bytes.left(kMaxBodyBytes);
            } else {
                // Binary bodies (DevTools' images, fonts): what an img decodes and ORB sniffs.
                const auto decoded = QByteArray::fromBase64Encoding(bytes, QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded)
                    return reader.fail(textPath, u"not base64 although encoding says so"_s);
                record->content = decoded.decoded.left(kMaxBodyBytes);
            }
        }
    }
    if (reader.error)
        return false;
    const std::optional<QByteArray> requestMethod = record->requestHeaders.get("access-control-request-method");
    record->preflight = record->resourceType == "preflight"
                        || (record->method == "OPTIONS" && requestMethod && record->initiatorType != "script");
    return true;
}

// Headers the browser adds or manages, which page script cannot have set (or, for the cache's
// validators and DevTools' "Disable cache", did not): left out of the scenario's request.
bool isBrowserAddedHeader(const Header &header)
{
    const QByteArray name = header.name.toLower();
    if (name.startsWith(':') || name.startsWith("sec-") || name.startsWith("proxy-"))
        return true;
    static const QByteArrayView kNames[] = {
        "origin", "referer", "cookie", "user-agent", "accept-encoding", "connection", "host",
        "content-length", "priority", "keep-alive", "te", "trailer", "transfer-encoding", "upgrade",
        "upgrade-insecure-requests", "dnt", "date", "via", "expect", "access-control-request-method",
        "access-control-request-headers", "access-control-request-private-network",
        "if-none-match", "if-modified-since", "x-client-data", "purpose", "cookie2"};
    for (QByteArrayView known : kNames) {
        if (name == known)
            return true;
    }
    // Chromium with DevTools' "Disable cache" sends both (net/http: LOAD_DISABLE_CACHE); they do not
    // make a preflight there.
    if ((name == "pragma" || name == "cache-control") && header.value == "no-cache")
        return true;
    return isForbiddenRequestHeader(header.name, header.value);
}

std::optional<Url> absoluteUrl(const QByteArray &text)
{
    if (text.isEmpty())
        return std::nullopt;
    std::optional<Url> url = parseUrlOrNull(QString::fromUtf8(text));
    if (!url || (url->scheme != "http"_L1 && url->scheme != "https"_L1 && url->scheme != "file"_L1))
        return std::nullopt;
    return url;
}

// Parses one entry (its bytes inside the file's buffer) on its own: a problem in it ends it alone.
// `capacity` is how many bytes may be read from `raw.data()` (simdjson reads past the end, into padding).
std::optional<HarError> parseEntry(od::parser &parser, std::string_view raw, std::size_t capacity, qsizetype index,
                                   EntryRecord *record)
{
    EntryReader reader(index);
    const JsonPath &path = reader.path();
    record->index = index;
    od::document document;
    od::object entry;
    simdjson::error_code code = parser.iterate(raw.data(), raw.size(), capacity).get(document);
    if (!code)
        code = document.get_object().get(entry);
    if (code == simdjson::INCORRECT_TYPE)
        reader.fail(path, u"must be an object"_s);
    else if (code)
        reader.failCode(path, code);
    else
        readEntry(entry, reader, record);
    if (!reader.error)
        return std::nullopt;
    HarError error = *reader.error;
    error.entry = index;
    return error;
}

// Equal strings share one copy (methods, resource types, page ids repeat in every entry).
class Interner {
public:
    QByteArray operator()(const QByteArray &text)
    {
        const auto it = m_strings.constFind(text);
        if (it != m_strings.constEnd())
            return *it;
        m_strings.insert(text);
        return text;
    }

private:
    QSet<QByteArray> m_strings;
};

// What joining needs of an entry, kept for every entry. The rest is read again from the file's buffer
// (`begin`, `length`) for the entries of the request being built, so memory stays near the file's size.
struct EntryKey {
    qsizetype index = 0;
    std::size_t begin = 0;
    std::size_t length = 0;
    QByteArray method;
    QByteArray url;
    QByteArray location;           // a redirect's `response.redirectURL`, or its Location header
    QByteArray preflightTarget;    // a preflight's `_initiator.url`, or its own URL
    QByteArray requestMethod;      // a preflight's Access-Control-Request-Method
    int status = 0;
    QByteArray resourceType;       // DevTools' `_resourceType` (empty for the other recorders)
    bool failed = false;           // no response, or `_error` / `_failureText`: a redirect chain ends here
    bool preflight = false;
    QByteArray pageref;
    bool document = false;         // a document load: maybe the page's own
    bool initiatorless = false;    // no `_initiator`, or of type "other"
    bool websocket = false;
    bool browserFavicon = false;   // the browser's own /favicon.ico request, not the page's
    bool taken = false;            // joined to a request already (as a redirect hop or preflight)
    QList<qsizetype> preflights;   // keys of the preflights sent before this hop
};

bool isDocumentLoad(const EntryRecord &record)
{
    const QByteArray mode = record.requestHeaders.get("sec-fetch-mode").value_or(QByteArray());
    return record.resourceType == "document"
           || (record.resourceType.isEmpty() && mode == "navigate"
               && record.requestHeaders.get("sec-fetch-dest").value_or(QByteArray()) == "document");
}

EntryKey keyOf(const EntryRecord &record, std::size_t begin, std::size_t length, Interner &intern)
{
    EntryKey key;
    key.index = record.index;
    key.begin = begin;
    key.length = length;
    key.method = intern(record.method);
    key.url = record.url;
    key.status = record.status;
    key.preflight = record.preflight;
    key.pageref = intern(record.pageref);
    key.document = isDocumentLoad(record);
    key.initiatorless = record.initiatorType.isEmpty() || record.initiatorType == "other";
    key.websocket = record.resourceType == "websocket";
    key.resourceType = intern(record.resourceType);
    key.failed = isNoResponse(record.status) || !record.error.isEmpty();
    if (key.initiatorless && record.url.contains("/favicon.ico")) {
        const std::optional<Url> url = absoluteUrl(record.url);
        key.browserFavicon = url && url->serializePath() == u"/favicon.ico"_s;
    }
    if (record.status >= 300 && record.status <= 399) {
        key.location = record.redirectUrl;
        if (key.location.isEmpty())
            key.location = record.responseHeaders.get("location").value_or(QByteArray());
    }
    if (record.preflight) {
        key.preflightTarget = record.initiatorType == "preflight" && !record.initiatorUrl.isEmpty() ? record.initiatorUrl : record.url;
        key.requestMethod = intern(record.requestHeaders.get("access-control-request-method").value_or(QByteArray()));
    }
    return key;
}

// Calls the progress callback when the per mille grows; remembers a request to stop.
class ProgressMeter {
public:
    explicit ProgressMeter(const HarProgress &callback) : m_callback(callback) {}
    // `done` of `total` within the half `half` (0: scanning, 1: building); false once cancelled.
    bool report(int half, std::size_t done, std::size_t total)
    {
        if (!m_callback || m_cancelled)
            return !m_cancelled;
        const int perMille = half * 500 + (total == 0 ? 500 : int(500 * double(done) / double(total)));
        if (perMille > m_last) {
            m_last = perMille;
            m_cancelled = !m_callback(perMille);
        }
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }

private:
    const HarProgress &m_callback;
    int m_last = -1;
    bool m_cancelled = false;
};

class HarBuilder {
public:
    HarBuilder(std::vector<EntryKey> keys, QHash<QByteArray, QByteArray> pageTitles, const char *data,
               std::size_t capacity, bool corsBlocksRecorded, HarSummary *summary)
        : m_keys(std::move(keys)), m_pageTitles(std::move(pageTitles)), m_data(data), m_capacity(capacity),
          m_corsBlocksRecorded(corsBlocksRecorded), m_summary(summary)
    {
        for (std::size_t i = 0; i < m_keys.size(); ++i)
            m_byUrl[m_keys[i].url].append(qsizetype(i));
    }

    void run(const HarRequestSink &sink, ProgressMeter &progress)
    {
        joinPreflights();
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            if (!progress.report(1, i, m_keys.size()))
                return;
            EntryKey &key = m_keys[i];
            if (key.taken || key.preflight || key.websocket || key.browserFavicon || isThePage(key))
                continue;
            key.taken = true;
            QList<qsizetype> chain{qsizetype(i)};
            followRedirects(&chain);
            build(chain, sink);
        }
        // A preflight no request was joined to: the request was never sent (its preflight failed).
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i].preflight && !m_keys[i].taken) {
                m_keys[i].taken = true;
                build({qsizetype(i)}, sink);
            }
        }
        progress.report(1, m_keys.size(), m_keys.size());
    }

private:
    // DevTools' preflight entries (`_resourceType: "preflight"`, `_initiator: {type: "preflight", url}`)
    // and any OPTIONS with Access-Control-Request-Method: joined to the nearest entry for the same URL
    // whose method is the one asked for.
    void joinPreflights()
    {
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            EntryKey &preflight = m_keys[i];
            if (!preflight.preflight)
                continue;
            qsizetype best = -1;
            for (qsizetype candidate : m_byUrl.value(preflight.preflightTarget)) {
                const EntryKey &other = m_keys[std::size_t(candidate)];
                if (other.preflight || (!preflight.requestMethod.isEmpty() && other.method != preflight.requestMethod))
                    continue;
                if (best < 0 || std::abs(candidate - qsizetype(i)) < std::abs(best - qsizetype(i)))
                    best = candidate;
            }
            if (best >= 0) {
                preflight.taken = true;
                m_keys[std::size_t(best)].preflights.append(qsizetype(i));
            }
        }
    }

    // https://fetch.spec.whatwg.org/#http-redirect-fetch: each hop is an entry of its own; the next one
    // is the first later entry for the location (`response.redirectURL`, or the Location header).
    void followRedirects(QList<qsizetype> *chain)
    {
        while (chain->size() <= 20) {
            const EntryKey &hop = m_keys[std::size_t(chain->last())];
            // A hop that failed (its redirect refused by CORS, say) was not followed.
            if (hop.location.isEmpty() || hop.failed)
                return;
            const std::optional<Url> base = parseUrlOrNull(QString::fromUtf8(hop.url));
            if (!base)
                return;
            const std::optional<Url> next = parseUrlOrNull(QString::fromUtf8(hop.location), &*base);
            if (!next)
                return;
            const QByteArray nextUrl = next->serialize(true).toUtf8();
            qsizetype found = -1;
            for (qsizetype candidate : m_byUrl.value(nextUrl)) {
                const EntryKey &other = m_keys[std::size_t(candidate)];
                if (candidate > chain->last() && !other.taken && !other.preflight && isNextHop(hop, other)) {
                    found = candidate;
                    break;
                }
            }
            if (found < 0)
                return;
            m_keys[std::size_t(found)].taken = true;
            chain->append(found);
        }
    }

    // The next hop is the same kind of request (DevTools' `_resourceType`) with the method the redirect
    // leaves it: https://fetch.spec.whatwg.org/#http-redirect-fetch, step 12.
    static bool isNextHop(const EntryKey &hop, const EntryKey &next)
    {
        if (!hop.resourceType.isEmpty() && !next.resourceType.isEmpty() && hop.resourceType != next.resourceType)
            return false;
        const QByteArray method = hop.method.toUpper();
        const bool becomesGet = ((hop.status == 301 || hop.status == 302) && method == "POST")
                                || (hop.status == 303 && method != "GET" && method != "HEAD");
        return next.method.toUpper() == (becomesGet ? QByteArrayLiteral("GET") : method);
    }

    // The entry read again from the file's buffer (it was read without error the first time).
    EntryRecord record(qsizetype position)
    {
        const EntryKey &key = m_keys[std::size_t(position)];
        EntryRecord result;
        parseEntry(m_parser, std::string_view(m_data + key.begin, key.length), m_capacity - key.begin, key.index, &result);
        return result;
    }

    QByteArray pageTitle(const EntryRecord &record) const { return m_pageTitles.value(record.pageref); }

    // The page's own document (the navigation that made the page) is not a request the page made.
    bool isThePage(const EntryKey &key) const
    {
        if (!key.document)
            return false;
        const QByteArray title = m_pageTitles.value(key.pageref);
        return title.isEmpty() || title == key.url || key.initiatorless;
    }

    // The page: the Origin header (the exact origin; "null" from a sandboxed page), the Referer, the
    // entry's page (DevTools writes its URL as the title), `_initiator.url`, the initiating script.
    std::optional<QString> findPage(const EntryRecord &record, bool *sandboxed) const
    {
        const std::optional<QByteArray> origin = record.requestHeaders.get("origin");
        *sandboxed = origin && *origin == "null";
        std::optional<Url> originUrl;
        if (origin && !*sandboxed)
            originUrl = absoluteUrl(*origin);
        const QByteArray referer = record.requestHeaders.get("referer").value_or(QByteArray());
        for (const QByteArray &candidate : {referer, pageTitle(record), record.initiatorUrl, record.initiatorStackUrl}) {
            std::optional<Url> url = absoluteUrl(candidate);
            if (!url)
                continue;
            if (originUrl && !Origin::fromUrl(*url).isSameOrigin(Origin::fromUrl(*originUrl)))
                continue;
            return url->serialize(true);
        }
        if (originUrl)
            return originUrl->serialize(true);
        return std::nullopt;
    }

    // The `via` from DevTools' `_resourceType`, else from Sec-Fetch-Dest.
    static Via findVia(const EntryRecord &record)
    {
        const QByteArray type = record.resourceType;
        if (type == "fetch") return Via::Fetch;
        if (type == "xhr") return Via::Xhr;
        if (type == "script") return Via::Script;
        if (type == "stylesheet") return Via::Stylesheet;
        if (type == "image") return Via::Img;
        if (type == "font") return Via::Font;
        if (type == "media") return Via::Media;
        if (type == "document") return Via::Iframe;
        const QByteArray dest = record.requestHeaders.get("sec-fetch-dest").value_or(QByteArray()).toLower();
        if (dest == "image") return Via::Img;
        if (dest == "script") return Via::Script;
        if (dest == "style") return Via::Stylesheet;
        if (dest == "font") return Via::Font;
        if (dest == "audio" || dest == "video" || dest == "track") return Via::Media;
        if (dest == "iframe" || dest == "frame" || dest == "document") return Via::Iframe;
        return Via::Fetch;
    }

    static void routeFor(const EntryRecord &hop, QList<ServerRoute> *routes)
    {
        // Any three-digit status a server sent is a route's (core/scenario.cpp validateScenario); a HAR's 0 is no response.
        if (isNoResponse(hop.status) || hop.status > 999)
            return;
        ServerRoute route;
        route.method = hop.method;
        route.url = QString::fromUtf8(hop.url);
        route.status = hop.status;
        for (const Header &header : hop.responseHeaders.entries()) {
            if (!header.name.startsWith(':'))
                route.headers.append(header.name, header.value);
        }
        if (hop.status >= 300 && hop.status <= 399 && !hop.redirectUrl.isEmpty() && !route.headers.contains("location"))
            route.headers.append(QByteArrayLiteral("Location"), hop.redirectUrl);
        route.body = hop.content;
        routes->append(std::move(route));
    }

    // The request as page script made it: method, URL, the headers it set, credentials, the `via`.
    static void buildRequest(const EntryRecord &first, const QString &page, bool sandboxed, Scenario *scenario,
                             QByteArray *method)
    {
        ScenarioRequest &req = scenario->request;
        const bool fromPreflight = first.preflight;
        *method = first.method;
        HeaderList headers = first.requestHeaders;
        if (fromPreflight) {
            // Only the preflight was sent: its Access-Control-Request-Method and -Headers say what the
            // request would have been (the headers' values are not recorded).
            *method = first.requestHeaders.get("access-control-request-method").value_or(QByteArrayLiteral("GET"));
            headers = {};
            for (const QByteArray &name : first.requestHeaders.get("access-control-request-headers").value_or(QByteArray()).split(',')) {
                const QByteArray trimmed = name.trimmed();
                if (!trimmed.isEmpty())
                    headers.append(trimmed, QByteArrayLiteral("x"));
            }
            scenario->notes = u"Built from a preflight entry alone: the request was not sent."_s;
        }
        req.via = fromPreflight ? Via::Fetch : findVia(first);
        req.url = QString::fromUtf8(first.url);
        const std::optional<Url> target = absoluteUrl(first.url);
        const std::optional<Url> pageUrl = parseUrlOrNull(page);
        const bool crossOrigin = sandboxed || !target || !pageUrl
                                 || !Origin::fromUrl(*target).isSameOrigin(Origin::fromUrl(*pageUrl));
        const QByteArray mode = first.requestHeaders.get("sec-fetch-mode").value_or(QByteArray()).toLower();
        if (viaTakesMethod(req.via))
            req.method = *method;
        if (viaTakesMode(req.via)) {
            if (mode == "no-cors")
                req.mode = RequestMode::NoCors;
            else if (mode == "same-origin")
                req.mode = RequestMode::SameOrigin;
        }
        if (viaTakesCredentials(req.via) && first.cookiesSent)
            req.credentials = CredentialsMode::Include;
        // An element sends Origin (and Sec-Fetch-Mode: cors) only with a crossorigin attribute.
        if (viaTakesCrossOrigin(req.via) && (mode == "cors" || (mode.isEmpty() && crossOrigin && first.requestHeaders.contains("origin"))))
            req.crossorigin = first.cookiesSent ? CrossOriginAttribute::UseCredentials : CrossOriginAttribute::Anonymous;
        if (viaTakesHeaders(req.via)) {
            for (const Header &header : headers.entries()) {
                if (!isBrowserAddedHeader(header))
                    req.headers.append(header.name, header.value);
            }
        }
        if (first.postData && !fromPreflight && req.via != Via::Img)
            req.body = first.postData;
        scenario->title = u"HAR entry "_s + QString::number(first.index) + u": "_s + QString::fromLatin1(*method) + u' ' + req.url;
    }

    // The headers the preflight asked for were set by script, even where the request's entry lacks them
    // or they look like the browser's own (DevTools' sanitized export drops Authorization; a script's
    // Cache-Control: no-cache is DevTools' "Disable cache" too).
    static void addPreflightedHeaders(const EntryRecord &preflight, const EntryRecord &first, ScenarioRequest *request)
    {
        if (!viaTakesHeaders(request->via) || first.preflight)
            return;
        const QByteArray names = preflight.requestHeaders.get("access-control-request-headers").value_or(QByteArray());
        for (const QByteArray &name : names.split(',')) {
            const QByteArray trimmed = name.trimmed().toLower();
            if (trimmed.isEmpty() || request->headers.contains(trimmed))
                continue;
            request->headers.append(trimmed, first.requestHeaders.get(trimmed).value_or(QByteArrayLiteral("x")));
        }
    }

    void build(const QList<qsizetype> &chain, const HarRequestSink &sink)
    {
        QList<EntryRecord> hops;
        for (qsizetype position : chain)
            hops.append(record(position));
        const EntryRecord &first = hops.first();
        const EntryRecord &last = hops.last();
        HarRequest request;
        bool sandboxed = false;
        const std::optional<QString> page = findPage(first, &sandboxed);
        if (!page) {
            m_summary->errors.append({first.index, entryPath(first.index),
                                      u"no page: no Origin or Referer header, page URL or _initiator"_s});
            return;
        }
        Scenario &scenario = request.scenario;
        scenario.page = *page;
        scenario.pageSandboxed = sandboxed;
        buildRequest(first, *page, sandboxed, &scenario, &request.method);

        // The routes: each hop's recorded answer, its preflight's first.
        HarRecorded &recorded = request.recorded;
        bool preflightAnswered = false;
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const EntryRecord &hop = hops.at(i);
            request.entries.append(hop.index);
            for (qsizetype preflightPosition : m_keys[std::size_t(chain.at(i))].preflights) {
                const EntryRecord preflight = record(preflightPosition);
                request.entries.append(preflight.index);
                recorded.preflight = true;
                addPreflightedHeaders(preflight, first, &scenario.request);
                routeFor(preflight, &scenario.server);
                preflightAnswered = preflightAnswered || (!isNoResponse(preflight.status) && !preflight.responseHeaders.isEmpty());
                if (isNoResponse(preflight.status) || !preflight.error.isEmpty()) {
                    recorded.blocked = true;
                    if (recorded.error.isEmpty())
                        recorded.error = QString::fromUtf8(preflight.error);
                }
            }
            if (hop.preflight)
                recorded.preflight = true;
            routeFor(hop, &scenario.server);
        }
        std::sort(request.entries.begin(), request.entries.end());
        recorded.status = last.status;
        // net::ERR_ABORTED after a response: the page stopped reading it (an opaque body nobody reads, a
        // navigation), not a block; CORS fails with net::ERR_FAILED (seen in Chromium 156).
        const bool abortedAfterAnswer = last.error == "net::ERR_ABORTED" && !isNoResponse(last.status);
        if (isNoResponse(last.status) || (!last.error.isEmpty() && !abortedAfterAnswer) || first.preflight) {
            recorded.blocked = true;
            if (recorded.error.isEmpty())
                recorded.error = QString::fromUtf8(last.error);
        }
        recorded.modeRecorded = first.requestHeaders.contains("sec-fetch-mode") || scenario.request.via != Via::Fetch;
        recorded.credentialsRecorded = first.cookiesSent;
        recorded.corsBlocksRecorded = m_corsBlocksRecorded;
        // The reason needs the failing response's headers: the last hop's, or a preflight's.
        if (recorded.blocked)
            recorded.reasonRecorded = preflightAnswered || (!isNoResponse(last.status) && !last.responseHeaders.isEmpty());
        request.url = scenario.request.url;
        request.page = *page;

        const QList<ScenarioError> errors = validateScenario(scenario);
        if (!errors.isEmpty()) {
            for (const ScenarioError &error : errors)
                m_summary->errors.append({first.index, entryPath(first.index), u"as a scenario, "_s + error.path + u": "_s + error.message});
            return;
        }
        ++m_summary->requestCount;
        sink(std::move(request));
    }

    std::vector<EntryKey> m_keys;
    QHash<QByteArray, QByteArray> m_pageTitles;
    QHash<QByteArray, QList<qsizetype>> m_byUrl;
    const char *m_data;
    std::size_t m_capacity;
    bool m_corsBlocksRecorded;
    od::parser m_parser;
    HarSummary *m_summary;
};

// log.creator.name ("WebInspector", "Firefox", "Playwright"); empty when it is not there.
QByteArray readCreatorName(od::parser &parser, std::string_view raw, std::size_t capacity)
{
    od::document document;
    std::string_view name;
    if (parser.iterate(raw.data(), raw.size(), capacity).get(document) != simdjson::SUCCESS
        || document.find_field_unordered("name").get_string().get(name) != simdjson::SUCCESS)
        return {};
    return QByteArray(name.data(), qsizetype(name.size()));
}

// log.pages: id -> title (DevTools and Firefox 153 write the page's URL there; Playwright its title).
void readPages(od::parser &parser, std::string_view raw, std::size_t capacity, QHash<QByteArray, QByteArray> *titles,
               HarSummary *summary)
{
    od::document document;
    od::array list;
    if (parser.iterate(raw.data(), raw.size(), capacity).get(document) || document.get_array().get(list)) {
        summary->errors.append({-1, u"log.pages"_s, u"must be a list"_s});
        return;
    }
    qsizetype i = 0;
    for (auto page : list) {
        od::object object;
        if (page.get_object().get(object) != simdjson::SUCCESS) {
            summary->errors.append({-1, u"log.pages["_s + QString::number(i) + u']', u"must be an object"_s});
            if (page.error() && page.error() != simdjson::INCORRECT_TYPE)
                return;
            ++i;
            continue;
        }
        std::string_view id, title;
        if (object.find_field_unordered("id").get_string().get(id) == simdjson::SUCCESS
            && object.find_field_unordered("title").get_string().get(title) == simdjson::SUCCESS)
            titles->insert(QByteArray(id.data(), qsizetype(id.size())), QByteArray(title.data(), qsizetype(title.size())));
        ++i;
    }
}

// Where the values of the file's outer structure (the document, `log`, `log.entries`) begin and end.
// simdjson's stage 1 indexes a whole document at once (four bytes for every structural character, more
// than the file itself for a HAR), so only each entry is given to simdjson, and this scanner finds
// where one ends. It checks JSON's grammar on the way (brackets, commas, colons, member names; not the
// scalars or the strings' contents, which simdjson checks): simdjson's On Demand look-ups assume a
// well-formed value around them, and a find_field_unordered that wraps around reached
// __builtin_unreachable on `{"a":{"":]}` and on `{"cookies":[,],...}` (found by tests/fuzz/fuzz_har).
// So a malformed value never reaches simdjson.
class OuterScanner {
public:
    OuterScanner(const char *begin, const char *end) : m_p(begin), m_end(end) {}

    std::size_t offset(const char *base) const { return std::size_t(m_p - base); }
    const char *position() const { return m_p; }
    bool atEnd() { skipSpace(); return m_p == m_end; }
    char peek() { skipSpace(); return m_p == m_end ? '\0' : *m_p; }
    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }
    // A member name, as its raw bytes (the names looked for have no escapes).
    std::optional<std::string_view> key()
    {
        if (peek() != '"')
            return std::nullopt;
        const char *start = m_p + 1;
        if (!skipString())
            return std::nullopt;
        const std::string_view name(start, std::size_t(m_p - 1 - start));
        if (!consume(':'))
            return std::nullopt;
        return name;
    }
    // Where the last skipped value breaks JSON's grammar, and what belongs there; `at` is nullptr when
    // it is well formed.
    struct Malformation {
        const char *at = nullptr;
        const char *expected = nullptr;   // "a value", "',' or '}'", …
    };
    const Malformation &malformation() const { return m_malformation; }

    // Skips one value; false when the file ends inside it. After a malformation only the nesting is
    // followed, to find where the value ends.
    bool skipValue()
    {
        skipSpace();
        m_malformation = {};
        m_open.clear();
        m_expect = Expect::Value;
        while (m_p != m_end) {
            const char c = *m_p;
            if (m_malformation.at) {
                if (m_open.empty())
                    return true;
                if (!skipNested(c))
                    return false;
                if (m_open.empty())
                    return true;
            } else if (isSpace(c)) {
                ++m_p;
            } else if (!step(c)) {
                return false;
            } else if (m_expect == Expect::Done) {
                return true;
            }
        }
        return false;
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
    void skipSpace()
    {
        while (m_p != m_end && isSpace(*m_p))
            ++m_p;
    }
    bool skipString()
    {
        ++m_p;   // the opening quote
        while (m_p != m_end) {
            const void *found = std::memchr(m_p, '"', std::size_t(m_end - m_p));
            if (!found)
                break;
            const char *quote = static_cast<const char *>(found);
            std::size_t backslashes = 0;
            for (const char *b = quote; b > m_p && b[-1] == '\\'; --b)
                ++backslashes;
            m_p = quote + 1;
            if (backslashes % 2 == 0)
                return true;
        }
        m_p = m_end;
        return false;
    }

    // https://www.rfc-editor.org/rfc/rfc8259#section-2: what may come next in the value being skipped.
    enum class Expect { Value, ValueOrClose, Key, KeyOrClose, Colon, CommaOrClose, Done };

    // One token of a well-formed value; false when the file ends inside a string.
    bool step(char c)
    {
        switch (m_expect) {
        case Expect::Value:
        case Expect::ValueOrClose:
            if (c == ']' && m_expect == Expect::ValueOrClose)
                return close();
            if (c == '{' || c == '[') {
                m_open.push_back(c);
                m_expect = c == '{' ? Expect::KeyOrClose : Expect::ValueOrClose;
                ++m_p;
                return true;
            }
            if (c == '"') {
                if (!skipString())
                    return false;
            } else if (isDelimiter(c)) {
                return malformed("a value");
            } else {
                while (m_p != m_end && !isDelimiter(*m_p) && !isSpace(*m_p) && *m_p != '"')
                    ++m_p;
            }
            afterValue();
            return true;
        case Expect::Key:
        case Expect::KeyOrClose:
            if (c == '}' && m_expect == Expect::KeyOrClose)
                return close();
            if (c != '"')
                return malformed("a member name in quotes");
            m_expect = Expect::Colon;
            return skipString();
        case Expect::Colon:
            if (c != ':')
                return malformed("':'");
            m_expect = Expect::Value;
            ++m_p;
            return true;
        case Expect::CommaOrClose:
            if (c == ',') {
                m_expect = m_open.back() == '{' ? Expect::Key : Expect::Value;
                ++m_p;
                return true;
            }
            if (c == (m_open.back() == '{' ? '}' : ']'))
                return close();
            return malformed(m_open.back() == '{' ? "',' or '}'" : "',' or ']'");
        case Expect::Done:
            break;
        }
        return true;
    }
    bool close()
    {
        m_open.pop_back();
        ++m_p;
        afterValue();
        return true;
    }
    void afterValue() { m_expect = m_open.empty() ? Expect::Done : Expect::CommaOrClose; }
    bool malformed(const char *expected)
    {
        m_malformation = {m_p, expected};
        return true;
    }
    // After a malformation: one character of the rest, strings skipped whole; false when the file ends
    // inside a string.
    bool skipNested(char c)
    {
        if (c == '"')
            return skipString();
        ++m_p;
        if (c == '{' || c == '[')
            m_open.push_back(c);
        else if (c == '}' || c == ']')
            m_open.pop_back();
        return true;
    }
    static bool isDelimiter(char c) { return c == ',' || c == ':' || c == '{' || c == '}' || c == '[' || c == ']'; }

    const char *m_p;
    const char *m_end;
    Expect m_expect = Expect::Value;
    Malformation m_malformation;
    std::string m_open;   // the brackets open in the value being skipped, innermost last
};

// "not JSON: ']' at byte 37, where a value belongs".
QString malformationMessage(const char *data, const OuterScanner::Malformation &malformation)
{
    const uchar c = uchar(*malformation.at);
    const QString shown = c >= 0x20 && c < 0x7f ? u"'"_s + QLatin1Char(char(c)) + u'\''
                                                : u"byte 0x"_s + QString::number(c, 16).rightJustified(2, u'0');
    return u"not JSON: "_s + shown + u" at byte "_s + QString::number(malformation.at - data) + u", where "_s
           + QString::fromLatin1(malformation.expected) + u" belongs"_s;
}

HarSummary readPadded(const char *data, std::size_t size, std::size_t capacity, const HarRequestSink &sink,
                      const HarProgress &callback)
{
    HarSummary summary;
    ProgressMeter progress(callback);
    OuterScanner scanner(data, data + size);
    const auto notHar = [&](const QString &path, const QString &message) {
        summary.errors.append({-1, path, message + u" (byte "_s + QString::number(scanner.offset(data)) + u')'});
        return summary;
    };
    const char first = scanner.peek();
    if (first != '{')
        return notHar({}, first == '[' ? u"not a HAR: the document must be an object with \"log\""_s : u"not JSON"_s);
    scanner.consume('{');
    od::parser entryParser;
    QHash<QByteArray, QByteArray> pageTitles;
    QByteArray creator;
    std::vector<EntryKey> keys;
    Interner intern;
    bool sawLog = false;
    bool sawEntries = false;
    qsizetype index = 0;
    // The members of the document, then of `log`: `pages` and `entries` read, the rest skipped.
    for (int level = 0; !scanner.consume('}');) {
        const std::optional<std::string_view> name = scanner.key();
        if (!name)
            break;
        if (level == 0 && *name == "log") {
            if (!scanner.consume('{'))
                return notHar(u"log"_s, u"not a HAR: \"log\" must be an object"_s);
            sawLog = true;
            level = 1;
            continue;
        }
        if (level == 1 && *name == "pages") {
            const char *begin = scanner.position();
            if (!scanner.skipValue())
                break;
            const std::size_t offset = std::size_t(begin - data);
            if (scanner.malformation().at)
                summary.errors.append({-1, u"log.pages"_s, malformationMessage(data, scanner.malformation())});
            else
                readPages(entryParser, std::string_view(begin, std::size_t(scanner.position() - begin)),
                          capacity - offset, &pageTitles, &summary);
        } else if (level == 1 && *name == "creator") {
            const char *begin = scanner.position();
            if (!scanner.skipValue())
                break;
            const std::size_t offset = std::size_t(begin - data);
            if (scanner.malformation().at)
                summary.errors.append({-1, u"log.creator"_s, malformationMessage(data, scanner.malformation())});
            else
                creator = readCreatorName(entryParser,
                                          std::string_view(begin, std::size_t(scanner.position() - begin)),
                                          capacity - offset);
        } else if (level == 1 && *name == "entries") {
            if (!scanner.consume('['))
                return notHar(u"log.entries"_s, u"not a HAR: \"log.entries\" must be a list"_s);
            sawEntries = true;
            summary.isHar = true;
            bool ended = scanner.consume(']');
            while (!ended) {
                if (!progress.report(0, scanner.offset(data), size))
                    break;
                if (scanner.atEnd()) {
                    summary.errors.append({index, entryPath(index), u"the file ends here: it is truncated"_s});
                    break;
                }
                const char *begin = scanner.position();
                if (!scanner.skipValue()) {
                    summary.errors.append({index, entryPath(index), u"the file ends inside this entry: it is truncated"_s});
                    ++index;
                    break;
                }
                const std::size_t offset = std::size_t(begin - data);
                const std::string_view raw(begin, std::size_t(scanner.position() - begin));
                EntryRecord record;
                if (scanner.malformation().at)
                    summary.errors.append({index, entryPath(index), malformationMessage(data, scanner.malformation())});
                else if (std::optional<HarError> error = parseEntry(entryParser, raw, capacity - offset, index, &record))
                    summary.errors.append(*error);
                else
                    keys.push_back(keyOf(record, offset, raw.size(), intern));
                if (!raw.empty())   // `[a, ]` or `[a,,b]`: no entry where a value belongs
                    ++index;
                if (scanner.consume(']'))
                    ended = true;
                else if (!scanner.consume(','))
                    break;
            }
            if (!ended) {
                if (!scanner.atEnd() && !progress.cancelled())
                    summary.errors.append({index, entryPath(index), u"not JSON after the previous entry (byte "_s
                                                                         + QString::number(scanner.offset(data)) + u')'});
                break;
            }
        } else if (!scanner.skipValue()) {
            break;
        }
        if (!scanner.consume(',') && scanner.peek() != '}')
            break;
    }
    summary.entryCount = index;
    summary.cancelled = progress.cancelled();
    if (summary.cancelled)
        return summary;
    if (!sawEntries) {
        summary.errors.append({-1, sawLog ? u"log.entries"_s : u"log"_s,
                               sawLog ? u"not a HAR: no \"log.entries\" list"_s : u"not a HAR: no \"log\" object"_s});
        return summary;
    }
    // Firefox's HAR builder writes a response the CORS check refused as an ordinary answer (seen in
    // Firefox 153.8.0esr: status 200, its headers and body, no error).
    const bool corsBlocksRecorded = creator != "Firefox";
    HarBuilder(std::move(keys), std::move(pageTitles), data, capacity, corsBlocksRecorded, &summary).run(sink, progress);
    summary.cancelled = progress.cancelled();
    return summary;
}

} // namespace

QString HarError::toString() const
{
    if (path.isEmpty())
        return message;
    return path + u": "_s + message;
}

HarSummary readHar(QByteArrayView json, const HarRequestSink &sink, const HarProgress &progress)
{
    simdjson::padded_string padded(json.data(), std::size_t(json.size()));
    return readPadded(padded.data(), padded.size(), padded.size() + simdjson::SIMDJSON_PADDING, sink, progress);
}

HarSummary readHarFile(const QString &path, const HarRequestSink &sink, const HarProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        HarSummary summary;
        summary.errors.append({-1, {}, file.errorString()});
        return summary;
    }
    const qint64 size = file.size();
    if (size > qint64(0xFFFFFFFFu) - qint64(simdjson::SIMDJSON_PADDING)) {
        HarSummary summary;
        summary.errors.append({-1, {}, u"larger than 4 GiB"_s});
        return summary;
    }
    // One read into a padded buffer, which simdjson iterates in place.
    simdjson::padded_string padded{std::size_t(size)};
    const qint64 got = file.read(padded.data(), size);
    if (got != size) {
        HarSummary summary;
        summary.errors.append({-1, {}, file.errorString()});
        return summary;
    }
    file.close();
    return readPadded(padded.data(), padded.size(), padded.size() + simdjson::SIMDJSON_PADDING, sink, progress);
}

} // namespace corslab
