// The preflight (https://fetch.spec.whatwg.org/#cors-preflight-fetch) and the result it leaves in the
// cache, as Chromium's PreflightResult: when one is needed, the OPTIONS request's headers,
// Access-Control-Max-Age, parsing the allow lists, and whether they allow the method and the headers.
// The method and header rows follow Chromium's preflight_result_unittest.cc (method_cases,
// header_cases); where Chromium 102 and current Chromium differ, both are rows.
#include "core/engine_profile.h"
#include "core/header_list.h"
#include "core/http_response.h"
#include "core/preflight.h"
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

Q_DECLARE_METATYPE(corslab::HeaderList)

namespace {

// "Name: value" of each header, one a line, to compare lists in one go.
QByteArray lines(const HeaderList &headers)
{
    QByteArrayList text;
    for (const Header &header : headers.entries())
        text << header.name + ": " + header.value;
    return text.join('\n');
}

// The allow lists a preflight answered with; an empty value is left out.
HeaderList allowLists(const QByteArray &methods, const QByteArray &headerNames)
{
    HeaderList headers;
    if (!methods.isEmpty())
        headers.append("Access-Control-Allow-Methods", methods);
    if (!headerNames.isEmpty())
        headers.append("Access-Control-Allow-Headers", headerNames);
    return headers;
}

PreflightResult answered(const QByteArray &methods, const QByteArray &headerNames, bool credentials)
{
    const auto result = createPreflightResult(allowLists(methods, headerNames), credentials);
    return std::get<PreflightResult>(result);
}

} // namespace

class TestPreflight : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void need_data();
    void need();
    void requestHeaders_data();
    void requestHeaders();
    void cacheSeconds_data();
    void cacheSeconds();
    void parseAllowLists_data();
    void parseAllowLists();
    void allowedMethod_data();
    void allowedMethod();
    void allowedHeaders_data();
    void allowedHeaders();
    void wireValues_data();
    void wireValues();
};

void TestPreflight::need_data()
{
    QTest::addColumn<QByteArray>("method");                // normalised
    QTest::addColumn<HeaderList>("headers");               // the author's, as they go on the wire
    QTest::addColumn<bool>("methodNotSafelisted");
    QTest::addColumn<QByteArray>("requestHeaders");        // Access-Control-Request-Headers; empty: none unsafe

    QTest::newRow("GET, no headers") << "GET"_ba << HeaderList{} << false << QByteArray();
    QTest::newRow("HEAD") << "HEAD"_ba << HeaderList{} << false << QByteArray();
    QTest::newRow("POST with text/plain") << "POST"_ba << HeaderList{{"Content-Type", "text/plain"}} << false << QByteArray();
    QTest::newRow("PUT") << "PUT"_ba << HeaderList{} << true << QByteArray();
    QTest::newRow("DELETE") << "DELETE"_ba << HeaderList{} << true << QByteArray();
    QTest::newRow("a method kept as written (patch)") << "patch"_ba << HeaderList{} << true << QByteArray();
    QTest::newRow("custom header") << "GET"_ba << HeaderList{{"X-Trace", "1"}} << false << "x-trace"_ba;
    QTest::newRow("JSON content type") << "POST"_ba << HeaderList{{"Content-Type", "application/json"}} << false << "content-type"_ba;
    QTest::newRow("safelisted Accept") << "GET"_ba << HeaderList{{"Accept", "application/json"}} << false << QByteArray();
    QTest::newRow("names lower-case and sorted")
        << "GET"_ba << HeaderList{{"X-B", "1"}, {"X-A", "2"}} << false << "x-a,x-b"_ba;
    QTest::newRow("a name twice, once") << "GET"_ba << HeaderList{{"X-A", "1"}, {"x-a", "2"}} << false << "x-a"_ba;
    QTest::newRow("method and header") << "PUT"_ba << HeaderList{{"Authorization", "Bearer t"}} << true << "authorization"_ba;
}

void TestPreflight::need()
{
    QFETCH(QByteArray, method);
    QFETCH(HeaderList, headers);
    QFETCH(bool, methodNotSafelisted);
    QFETCH(QByteArray, requestHeaders);

    const PreflightNeed need = preflightNeed(method, headers);
    QCOMPARE(need.methodNotSafelisted, methodNotSafelisted);
    QCOMPARE(need.requestHeadersValue, requestHeaders);
    QCOMPARE(need.needed(), methodNotSafelisted || !requestHeaders.isEmpty());
}

void TestPreflight::requestHeaders_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("expected");

    // https://fetch.spec.whatwg.org/#cors-preflight-fetch, steps 1-5, in the order Chromium sends them.
    QTest::newRow("method only") << "PUT"_ba << HeaderList{}
                                 << "Accept: */*\nAccess-Control-Request-Method: PUT\nOrigin: https://app.test"_ba;
    QTest::newRow("unsafe headers") << "GET"_ba << HeaderList{{"X-B", "1"}, {"Content-Type", "application/json"}}
                                    << "Accept: */*\nAccess-Control-Request-Method: GET\n"
                                       "Access-Control-Request-Headers: content-type,x-b\nOrigin: https://app.test"_ba;
}

void TestPreflight::requestHeaders()
{
    QFETCH(QByteArray, method);
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, expected);

    QCOMPARE(lines(preflightRequestHeaders(method, preflightNeed(method, headers), "https://app.test")), expected);
}

void TestPreflight::cacheSeconds_data()
{
    QTest::addColumn<QByteArray>("maxAge");   // null: no Access-Control-Max-Age
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("seconds");

    const int chromium = kChromiumPreflightMaxAge;
    // Chromium's ParseAccessControlMaxAge: base::StringToInt64, default 5 s, at most 2 h.
    QTest::newRow("absent: the default") << QByteArray() << chromium << 5;
    QTest::newRow("573") << "573"_ba << chromium << 573;
    QTest::newRow("zero: not cached") << "0"_ba << chromium << 0;
    QTest::newRow("negative: not cached") << "-765"_ba << chromium << 0;
    QTest::newRow("a day, capped at two hours") << "86400"_ba << chromium << 7200;
    QTest::newRow("a day, Firefox caps at 24 h") << "86400"_ba << kFirefoxPreflightMaxAge << 86400;
    QTest::newRow("more than a day in Firefox") << "90000"_ba << kFirefoxPreflightMaxAge << 86400;
    QTest::newRow("not a number: the default") << "abc"_ba << chromium << 5;
    QTest::newRow("leading space: the default") << " 60"_ba << chromium << 5;
    QTest::newRow("trailing space: the default") << "60 "_ba << chromium << 5;
    QTest::newRow("exponent: the default") << "1e3"_ba << chromium << 5;
    QTest::newRow("beyond 64 bits: the default") << "99999999999999999999"_ba << chromium << 5;
}

void TestPreflight::cacheSeconds()
{
    QFETCH(QByteArray, maxAge);
    QFETCH(int, cap);
    QFETCH(int, seconds);

    HeaderList headers;
    if (!maxAge.isNull())
        headers.append("Access-Control-Max-Age", maxAge);
    QCOMPARE(preflightCacheSeconds(headers, cap), seconds);
}

void TestPreflight::parseAllowLists_data()
{
    QTest::addColumn<HeaderList>("response");
    QTest::addColumn<QString>("error");                 // empty: parsed
    QTest::addColumn<QByteArray>("failedParameter");
    QTest::addColumn<QByteArray>("methods");            // parsed, joined with "|"
    QTest::addColumn<QByteArray>("headerNames");

    // https://fetch.spec.whatwg.org/#cors-preflight-fetch, steps 7.1-7.4
    QTest::newRow("neither list") << HeaderList{} << QString() << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("both lists") << HeaderList{{"Access-Control-Allow-Methods", "GET, PUT"}, {"Access-Control-Allow-Headers", "X-A,x-b"}}
                                << QString() << QByteArray() << "GET|PUT"_ba << "X-A|x-b"_ba;
    QTest::newRow("two lines of one list") << HeaderList{{"Access-Control-Allow-Methods", "PUT"}, {"Access-Control-Allow-Methods", "DELETE"}}
                                           << QString() << QByteArray() << "PUT|DELETE"_ba << QByteArray();
    QTest::newRow("methods not tokens") << HeaderList{{"Access-Control-Allow-Methods", "PUT PATCH"}}
                                        << u"InvalidAllowMethodsPreflightResponse"_s << "PUT PATCH"_ba << QByteArray() << QByteArray();
    QTest::newRow("header names not tokens") << HeaderList{{"Access-Control-Allow-Headers", "x(a)"}}
                                             << u"InvalidAllowHeadersPreflightResponse"_s << "x(a)"_ba << QByteArray() << QByteArray();
    QTest::newRow("methods are parsed first") << HeaderList{{"Access-Control-Allow-Headers", "x(a)"}, {"Access-Control-Allow-Methods", "a b"}}
                                              << u"InvalidAllowMethodsPreflightResponse"_s << "a b"_ba << QByteArray() << QByteArray();
}

void TestPreflight::parseAllowLists()
{
    QFETCH(HeaderList, response);
    QFETCH(QString, error);
    QFETCH(QByteArray, failedParameter);
    QFETCH(QByteArray, methods);
    QFETCH(QByteArray, headerNames);

    const auto result = createPreflightResult(response, false);
    if (const auto *failure = std::get_if<CorsErrorStatus>(&result)) {
        QCOMPARE(QString(corsErrorName(failure->error)), error);
        QCOMPARE(failure->failedParameter, failedParameter);
        return;
    }
    QVERIFY2(error.isEmpty(), "parsed, but the row expects an error");
    QCOMPARE(std::get<PreflightResult>(result).methods.join('|'), methods);
    QCOMPARE(std::get<PreflightResult>(result).headerNames.join('|'), headerNames);
}

void TestPreflight::allowedMethod_data()
{
    QTest::addColumn<QByteArray>("allowMethods");   // Access-Control-Allow-Methods
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<QByteArray>("method");         // normalised
    QTest::addColumn<EngineProfile>("profile");
    QTest::addColumn<bool>("allowed");              // else MethodDisallowedByPreflightResponse, the method as failed parameter

    const EngineProfile now = EngineProfile::Current;
    // -- found in the preflight response
    for (const char *method : {"OPTIONS", "GET", "HEAD", "POST", "PUT", "DELETE"})
        QTest::addRow("%s listed", method) << QByteArray(method) << false << QByteArray(method) << now << true;
    // -- found in the safelist
    for (const char *method : {"GET", "HEAD", "POST"})
        QTest::addRow("%s safelisted, nothing listed", method) << QByteArray() << false << QByteArray(method) << now << true;
    // -- by "*"
    QTest::newRow("* without credentials") << "*"_ba << false << "OPTIONS"_ba << now << true;
    QTest::newRow("* with credentials is a method name") << "*"_ba << true << "PUT"_ba << now << false;
    QTest::newRow("* and PUT with credentials") << "*, PUT"_ba << true << "PUT"_ba << now << true;
    // -- a list of several
    for (const char *method : {"GET", "PUT", "DELETE"})
        QTest::addRow("%s in GET, PUT, DELETE", method) << "GET, PUT, DELETE"_ba << false << QByteArray(method) << now << true;
    // -- not found in the response nor the safelist
    QTest::newRow("OPTIONS, nothing listed") << QByteArray() << false << "OPTIONS"_ba << now << false;
    QTest::newRow("PUT, nothing listed") << QByteArray() << false << "PUT"_ba << now << false;
    QTest::newRow("DELETE, nothing listed") << QByteArray() << false << "DELETE"_ba << now << false;
    QTest::newRow("PUT, GET listed") << "GET"_ba << false << "PUT"_ba << now << false;
    QTest::newRow("PUT, GET, POST, DELETE listed") << "GET, POST, DELETE"_ba << false << "PUT"_ba << now << false;
    // -- case: byte for byte (Chromium 156); Chromium 102 upper-cased the method first
    QTest::newRow("put listed, PUT asked") << "put"_ba << false << "PUT"_ba << now << false;
    QTest::newRow("get listed, GET still safelisted") << "get"_ba << false << "GET"_ba << now << true;
    QTest::newRow("PATCH listed, patch asked") << "PATCH"_ba << false << "patch"_ba << now << false;
    QTest::newRow("PATCH listed, patch asked, Chromium 102") << "PATCH"_ba << false << "patch"_ba << EngineProfile::Chromium102 << true;
    QTest::newRow("patch listed, patch asked") << "patch"_ba << false << "patch"_ba << now << true;
    QTest::newRow("patch listed, patch asked, Chromium 102") << "patch"_ba << false << "patch"_ba << EngineProfile::Chromium102 << false;
}

void TestPreflight::allowedMethod()
{
    QFETCH(QByteArray, allowMethods);
    QFETCH(bool, credentials);
    QFETCH(QByteArray, method);
    QFETCH(EngineProfile, profile);
    QFETCH(bool, allowed);

    const std::optional<CorsErrorStatus> error = ensureAllowedMethod(answered(allowMethods, {}, credentials), method, engineBehaviour(profile));
    QCOMPARE(!error, allowed);
    if (error) {
        QCOMPARE(error->error, CorsError::MethodDisallowedByPreflightResponse);
        QCOMPARE(error->failedParameter, method);
    }
}

void TestPreflight::allowedHeaders_data()
{
    QTest::addColumn<QByteArray>("allowHeaders");   // Access-Control-Allow-Headers
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<HeaderList>("headers");        // the request's
    QTest::addColumn<QByteArray>("disallowed");     // empty: every unsafe header is allowed

    // -- found in the preflight response, compared case-insensitively
    QTest::newRow("listed") << "X-MY-HEADER"_ba << false << HeaderList{{"X-MY-HEADER", "t"}} << QByteArray();
    QTest::newRow("both listed") << "X-MY-HEADER, Y-MY-HEADER"_ba << false << HeaderList{{"X-MY-HEADER", "t"}, {"Y-MY-HEADER", "t"}}
                                 << QByteArray();
    QTest::newRow("listed in other cases") << "x-my-header, Y-MY-HEADER"_ba << false
                                           << HeaderList{{"X-MY-HEADER", "t"}, {"y-my-header", "t"}} << QByteArray();
    // -- found in the safelist
    QTest::newRow("safelisted Accept, nothing listed") << QByteArray() << false << HeaderList{{"Accept", "*/*"}} << QByteArray();
    // -- by "*"
    QTest::newRow("* without credentials") << "*"_ba << false << HeaderList{{"xyzzy", "t"}} << QByteArray();
    QTest::newRow("* with credentials is a header name") << "*"_ba << true << HeaderList{{"xyzzy", "t"}} << "xyzzy"_ba;
    // Chromium deviates from step 7.8: "*" covers Authorization too, with a deprecation issue (Chromium 156).
    QTest::newRow("* covers Authorization in Chromium") << "*"_ba << false << HeaderList{{"Authorization", "Bearer t"}} << QByteArray();
    QTest::newRow("* with credentials, Authorization") << "*"_ba << true << HeaderList{{"Authorization", "Bearer t"}} << "authorization"_ba;
    // -- not found: the first unsafe name, lower-case, in sorted order
    QTest::newRow("nothing listed") << QByteArray() << false << HeaderList{{"X-MY-HEADER", "t"}} << "x-my-header"_ba;
    QTest::newRow("another listed") << "X-SOME-OTHER-HEADER"_ba << false << HeaderList{{"X-MY-HEADER", "t"}} << "x-my-header"_ba;
    QTest::newRow("one of two listed") << "X-MY-HEADER"_ba << false << HeaderList{{"X-MY-HEADER", "t"}, {"Y-MY-HEADER", "t"}}
                                       << "y-my-header"_ba;
    QTest::newRow("JSON content type, not listed") << "x-a"_ba << false << HeaderList{{"Content-Type", "application/json"}}
                                                   << "content-type"_ba;
}

void TestPreflight::allowedHeaders()
{
    QFETCH(QByteArray, allowHeaders);
    QFETCH(bool, credentials);
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, disallowed);

    const std::optional<CorsErrorStatus> error = ensureAllowedHeaders(answered({}, allowHeaders, credentials), preflightNeed("GET", headers));
    QCOMPARE(error ? error->failedParameter : QByteArray(), disallowed);
    if (error)
        QCOMPARE(error->error, CorsError::HeaderDisallowedByPreflightResponse);
}

// A preflight response as a server wrote it: HTTP parsing trims spaces and tabs around each value before
// the lists and Max-Age are read (https://fetch.spec.whatwg.org/#concept-header-value-normalize, Chromium's
// HttpResponseHeaders), so " 60" on the wire is 60 s, not the default the bare value " 60" gets above.
void TestPreflight::wireValues_data()
{
    QTest::addColumn<HeaderList>("response");           // as written on the wire
    QTest::addColumn<QString>("error");                 // empty: parsed
    QTest::addColumn<QByteArray>("methods");            // parsed, joined with "|"
    QTest::addColumn<QByteArray>("headerNames");
    QTest::addColumn<int>("seconds");

    QTest::newRow("ACAM with spaces and tabs") << HeaderList{{"Access-Control-Allow-Methods", "  PUT\t"}}
                                               << QString() << "PUT"_ba << QByteArray() << 5;
    QTest::newRow("ACAH with a tab and spaces") << HeaderList{{"Access-Control-Allow-Headers", "\t x-custom  "}}
                                                << QString() << QByteArray() << "x-custom"_ba << 5;
    QTest::newRow("two padded lines of one list") << HeaderList{{"Access-Control-Allow-Methods", " PUT "}, {"Access-Control-Allow-Methods", "\tDELETE"}}
                                                  << QString() << "PUT|DELETE"_ba << QByteArray() << 5;
    QTest::newRow("Max-Age with a leading space") << HeaderList{{"Access-Control-Max-Age", " 60"}} << QString() << QByteArray() << QByteArray() << 60;
    QTest::newRow("Max-Age with tabs") << HeaderList{{"Access-Control-Max-Age", "\t600\t"}} << QString() << QByteArray() << QByteArray() << 600;
    QTest::newRow("Max-Age with an inner space: the default") << HeaderList{{"Access-Control-Max-Age", " 6 0 "}}
                                                              << QString() << QByteArray() << QByteArray() << 5;
    QTest::newRow("an inner space still breaks ACAM") << HeaderList{{"Access-Control-Allow-Methods", " PUT PATCH "}}
                                                      << u"InvalidAllowMethodsPreflightResponse"_s << QByteArray() << QByteArray() << 5;
}

void TestPreflight::wireValues()
{
    QFETCH(HeaderList, response);
    QFETCH(QString, error);
    QFETCH(QByteArray, methods);
    QFETCH(QByteArray, headerNames);
    QFETCH(int, seconds);

    normalizeReceivedHeaders(response);
    QCOMPARE(preflightCacheSeconds(response), seconds);
    const auto result = createPreflightResult(response, false);
    if (const auto *failure = std::get_if<CorsErrorStatus>(&result)) {
        QCOMPARE(QString(corsErrorName(failure->error)), error);
        return;
    }
    QVERIFY2(error.isEmpty(), "parsed, but the row expects an error");
    QCOMPARE(std::get<PreflightResult>(result).methods.join('|'), methods);
    QCOMPARE(std::get<PreflightResult>(result).headerNames.join('|'), headerNames);
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
