// core/safelist: the Fetch standard's method and header classifications, as Chromium applies them.
// Rows marked "Chromium" follow Chromium where it departs from the standard; "seen in Chromium 156"
// rows were checked against a real headless Chromium 156 (see core/safelist.h).
#include "core/safelist.h"

#include <QtTest>

using namespace corslab;

Q_DECLARE_METATYPE(corslab::HeaderList)
Q_DECLARE_METATYPE(std::optional<QList<QByteArray>>)

class TestSafelist : public QObject {
    Q_OBJECT

private slots:
    void corsSafelistedMethod_data();
    void corsSafelistedMethod();
    void forbiddenMethod_data();
    void forbiddenMethod();
    void normalizeMethod_data();
    void normalizeMethod();
    void corsSafelistedRequestHeader_data();
    void corsSafelistedRequestHeader();
    void noCorsSafelistedRequestHeader_data();
    void noCorsSafelistedRequestHeader();
    void privilegedNoCorsRequestHeaderName_data();
    void privilegedNoCorsRequestHeaderName();
    void forbiddenRequestHeader_data();
    void forbiddenRequestHeader();
    void corsNonWildcardRequestHeaderName_data();
    void corsNonWildcardRequestHeaderName();
    void corsUnsafeRequestHeaderNames_data();
    void corsUnsafeRequestHeaderNames();
    void forbiddenResponseHeaderName_data();
    void forbiddenResponseHeaderName();
    void corsSafelistedResponseHeaderName_data();
    void corsSafelistedResponseHeaderName();
    void parseAccessControlAllowList_data();
    void parseAccessControlAllowList();
    void extractAccessControlAllowList_data();
    void extractAccessControlAllowList();
    void extractAccessControlExposeHeaders_data();
    void extractAccessControlExposeHeaders();
};

void TestSafelist::corsSafelistedMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("expected");

    // https://fetch.spec.whatwg.org/#cors-safelisted-method
    QTest::newRow("GET") << QByteArray("GET") << true;
    QTest::newRow("HEAD") << QByteArray("HEAD") << true;
    QTest::newRow("POST") << QByteArray("POST") << true;
    QTest::newRow("lower-case get is not (byte match; normalization upper-cases it first)") << QByteArray("get")
                                                                                           << false;
    QTest::newRow("PUT") << QByteArray("PUT") << false;
    QTest::newRow("OPTIONS") << QByteArray("OPTIONS") << false;
    QTest::newRow("PATCH") << QByteArray("PATCH") << false;
    QTest::newRow("empty") << QByteArray("") << false;
}

void TestSafelist::corsSafelistedMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, expected);
    QCOMPARE(isCorsSafelistedMethod(method), expected);
}

void TestSafelist::forbiddenMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("expected");

    // https://fetch.spec.whatwg.org/#forbidden-method
    QTest::newRow("CONNECT") << QByteArray("CONNECT") << true;
    QTest::newRow("TRACE") << QByteArray("TRACE") << true;
    QTest::newRow("TRACK") << QByteArray("TRACK") << true;
    QTest::newRow("lower-case connect (seen in Chromium 156)") << QByteArray("connect") << true;
    QTest::newRow("mixed-case Track (seen in Chromium 156)") << QByteArray("Track") << true;
    QTest::newRow("GET") << QByteArray("GET") << false;
    QTest::newRow("TRACES") << QByteArray("TRACES") << false;
}

void TestSafelist::forbiddenMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, expected);
    QCOMPARE(isForbiddenMethod(method), expected);
}

void TestSafelist::normalizeMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("expected");

    // https://fetch.spec.whatwg.org/#concept-method-normalize
    QTest::newRow("delete upper-cased (seen in Chromium 156)") << QByteArray("delete") << QByteArray("DELETE");
    QTest::newRow("get upper-cased") << QByteArray("get") << QByteArray("GET");
    QTest::newRow("Head upper-cased") << QByteArray("Head") << QByteArray("HEAD");
    QTest::newRow("options upper-cased (seen in Chromium 156)") << QByteArray("options") << QByteArray("OPTIONS");
    QTest::newRow("pOsT upper-cased") << QByteArray("pOsT") << QByteArray("POST");
    QTest::newRow("put upper-cased") << QByteArray("put") << QByteArray("PUT");
    QTest::newRow("patch kept as is (seen in Chromium 156)") << QByteArray("patch") << QByteArray("patch");
    QTest::newRow("Patch kept as is") << QByteArray("Patch") << QByteArray("Patch");
    QTest::newRow("M-SEARCH kept as is") << QByteArray("M-SEARCH") << QByteArray("M-SEARCH");
    QTest::newRow("getx is not get") << QByteArray("getx") << QByteArray("getx");
}

void TestSafelist::normalizeMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, expected);
    QCOMPARE(corslab::normalizeMethod(method), expected);
}

void TestSafelist::corsSafelistedRequestHeader_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("expected");

    // https://fetch.spec.whatwg.org/#cors-safelisted-request-header, step 1: 128 bytes at most
    QTest::newRow("accept of 128 bytes is safelisted") << QByteArray("Accept") << QByteArray(128, 'a') << true;
    QTest::newRow("accept of 129 bytes is not") << QByteArray("Accept") << QByteArray(129, 'a') << false;
    QTest::newRow("content-language of 129 bytes is not") << QByteArray("Content-Language") << QByteArray(129, 'a')
                                                          << false;
    QTest::newRow("intervention of 129 bytes is not (Chromium)") << QByteArray("Intervention")
                                                                 << QByteArray(129, 'a') << false;

    // Step 2, `accept`: no CORS-unsafe request-header byte
    QTest::newRow("accept with a usual browser value") << QByteArray("accept")
                                                       << QByteArray("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                                                       << true;
    QTest::newRow("accept may be empty") << QByteArray("Accept") << QByteArray("") << true;
    QTest::newRow("accept with a tab") << QByteArray("Accept") << QByteArray("a\tb") << true;
    QTest::newRow("accept with a quote is not (seen in Chromium 156)") << QByteArray("Accept")
                                                                       << QByteArray("text/\"x\"") << false;
    QTest::newRow("accept with a brace is not (seen in Chromium 156)") << QByteArray("Accept") << QByteArray("a{")
                                                                       << false;
    QTest::newRow("accept with a colon is not") << QByteArray("Accept") << QByteArray("a:b") << false;
    QTest::newRow("accept with DEL is not") << QByteArray("Accept") << QByteArray("a\x7f") << false;
    QTest::newRow("accept with a control byte is not") << QByteArray("Accept") << QByteArray("a\x01") << false;
    QTest::newRow("accept with a non-ASCII byte") << QByteArray("Accept") << QByteArray("caf\xe9") << true;
    QTest::newRow("ACCEPT name in upper case") << QByteArray("ACCEPT") << QByteArray("*/*") << true;

    // Step 2, `accept-language` and `content-language`: 0-9 A-Z a-z space * , - . ; =
    QTest::newRow("accept-language with q-values") << QByteArray("Accept-Language") << QByteArray("en-US,en;q=0.9")
                                                   << true;
    QTest::newRow("content-language list with a space") << QByteArray("Content-Language")
                                                        << QByteArray("de-DE, en-CA") << true;
    QTest::newRow("content-language may be empty") << QByteArray("Content-Language") << QByteArray("") << true;
    QTest::newRow("accept-language with a brace is not (seen in Chromium 156)")
        << QByteArray("Accept-Language") << QByteArray("en{") << false;
    QTest::newRow("accept-language with a tab is not (seen in Chromium 156)")
        << QByteArray("Accept-Language") << QByteArray("en\tde") << false;
    QTest::newRow("content-language with quotes is not") << QByteArray("Content-Language") << QByteArray("\"de\"")
                                                         << false;
    QTest::newRow("content-language with an underscore is not") << QByteArray("Content-Language")
                                                                << QByteArray("de_DE") << false;

    // Step 2, `content-type`: https://mimesniff.spec.whatwg.org/#parse-a-mime-type essence
    QTest::newRow("text/plain") << QByteArray("Content-Type") << QByteArray("text/plain") << true;
    QTest::newRow("content-type with charset is safelisted") << QByteArray("Content-Type")
                                                             << QByteArray("text/plain;charset=utf-8") << true;
    QTest::newRow("TEXT/PLAIN in upper case") << QByteArray("Content-Type") << QByteArray("TEXT/PLAIN") << true;
    QTest::newRow("multipart/form-data with boundary") << QByteArray("content-type")
                                                       << QByteArray("multipart/form-data; boundary=something")
                                                       << true;
    QTest::newRow("application/x-www-form-urlencoded with charset")
        << QByteArray("Content-Type") << QByteArray("application/x-www-form-urlencoded;charset=UTF-8") << true;
    QTest::newRow("space before the semicolon") << QByteArray("Content-Type") << QByteArray("text/plain ;a=b")
                                                << true;
    QTest::newRow("tab before the semicolon") << QByteArray("Content-Type") << QByteArray("text/plain\t;x=y")
                                              << true;
    QTest::newRow("empty parameter list") << QByteArray("Content-Type") << QByteArray("text/plain;") << true;
    QTest::newRow("parameter without name ignored") << QByteArray("Content-Type") << QByteArray("text/plain;=b")
                                                    << true;
    QTest::newRow("parameter value with a space ignored") << QByteArray("Content-Type")
                                                          << QByteArray("text/plain;charset=a b") << true;
    QTest::newRow("comma inside the parameters ignored") << QByteArray("Content-Type")
                                                         << QByteArray("text/plain;a=b, text/html") << true;
    QTest::newRow("quoted charset is not: a quote is CORS-unsafe")
        << QByteArray("Content-Type") << QByteArray("text/plain;charset=\"utf-8\"") << false;
    QTest::newRow("application/json is not") << QByteArray("Content-Type") << QByteArray("application/json")
                                             << false;
    QTest::newRow("text/html is not") << QByteArray("Content-Type") << QByteArray("text/html") << false;
    QTest::newRow("two MIME types is not") << QByteArray("Content-Type")
                                           << QByteArray("text/plain, application/json") << false;
    QTest::newRow("trailing comma in the subtype is not") << QByteArray("Content-Type") << QByteArray("text/plain,")
                                                          << false;
    QTest::newRow("space before the slash is not") << QByteArray("Content-Type") << QByteArray("text /plain")
                                                   << false;
    QTest::newRow("space after the slash is not") << QByteArray("Content-Type") << QByteArray("text/ plain")
                                                  << false;
    QTest::newRow("space inside the subtype is not") << QByteArray("Content-Type") << QByteArray("text/pl ain")
                                                     << false;
    QTest::newRow("second slash is not") << QByteArray("Content-Type") << QByteArray("text/plain/x") << false;
    QTest::newRow("no subtype is not") << QByteArray("Content-Type") << QByteArray("text/") << false;
    QTest::newRow("no type is not") << QByteArray("Content-Type") << QByteArray("/plain") << false;
    QTest::newRow("no slash is not") << QByteArray("Content-Type") << QByteArray("text") << false;
    QTest::newRow("empty is not") << QByteArray("Content-Type") << QByteArray("") << false;
    QTest::newRow("wildcard is not") << QByteArray("Content-Type") << QByteArray("*/*") << false;
    QTest::newRow("vertical tab is CORS-unsafe") << QByteArray("Content-Type") << QByteArray("text/plain\x0b")
                                                 << false;
    QTest::newRow("non-ASCII byte in the subtype is not") << QByteArray("Content-Type")
                                                          << QByteArray("text/pl\xe9in") << false;
    QTest::newRow("non-breaking space after the subtype is not") << QByteArray("Content-Type")
                                                                 << QByteArray("text/plain\xa0") << false;

    // Step 2, `range`: https://fetch.spec.whatwg.org/#simple-range-header-value
    QTest::newRow("bytes=0- is simple") << QByteArray("Range") << QByteArray("bytes=0-") << true;
    QTest::newRow("bytes=0-5 is simple") << QByteArray("Range") << QByteArray("bytes=0-5") << true;
    QTest::newRow("bytes=5-5 is simple") << QByteArray("Range") << QByteArray("bytes=5-5") << true;
    QTest::newRow("leading zeros are fine") << QByteArray("Range") << QByteArray("bytes=01-02") << true;
    QTest::newRow("bytes=-5 suffix is not simple") << QByteArray("Range") << QByteArray("bytes=-5") << false;
    QTest::newRow("bytes=1-2,3-4 is not simple") << QByteArray("Range") << QByteArray("bytes=1-2,3-4") << false;
    QTest::newRow("trailing comma is not simple") << QByteArray("Range") << QByteArray("bytes=0-5,") << false;
    QTest::newRow("start after end is not simple") << QByteArray("Range") << QByteArray("bytes=5-1") << false;
    QTest::newRow("Bytes is case-sensitive") << QByteArray("Range") << QByteArray("Bytes=0-") << false;
    QTest::newRow("space before = is not simple") << QByteArray("Range") << QByteArray("bytes =0-") << false;
    QTest::newRow("space after = is not simple") << QByteArray("Range") << QByteArray("bytes= 0-") << false;
    QTest::newRow("plus sign is not simple") << QByteArray("Range") << QByteArray("bytes=+1-") << false;
    QTest::newRow("no dash is not simple") << QByteArray("Range") << QByteArray("bytes=5") << false;
    QTest::newRow("other unit is not simple") << QByteArray("Range") << QByteArray("items=0-5") << false;
    QTest::newRow("empty range is not simple") << QByteArray("Range") << QByteArray("") << false;
    QTest::newRow("bytes=- is not simple") << QByteArray("Range") << QByteArray("bytes=-") << false;
    QTest::newRow("start 2^63-2 is simple") << QByteArray("Range") << QByteArray("bytes=9223372036854775806-")
                                           << true;
    QTest::newRow("start 2^63-1 is not simple (Chromium, saturated)")
        << QByteArray("Range") << QByteArray("bytes=9223372036854775807-") << false;
    QTest::newRow("end 2^63-2 is simple") << QByteArray("Range") << QByteArray("bytes=0-9223372036854775806")
                                         << true;
    QTest::newRow("end 2^63-1 is not simple (Chromium, saturated)")
        << QByteArray("Range") << QByteArray("bytes=0-9223372036854775807") << false;
    QTest::newRow("end of 20 digits is not simple (Chromium, saturated)")
        << QByteArray("Range") << QByteArray("bytes=0-99999999999999999999") << false;

    // Chromium's additions (cors.cc IsCorsSafelistedHeader, blocks 2 and 3)
    QTest::newRow("Intervention with any value (Chromium)") << QByteArray("Intervention") << QByteArray("<x>")
                                                            << true;
    QTest::newRow("DPR 2 (Chromium)") << QByteArray("DPR") << QByteArray("2") << true;
    QTest::newRow("DPR 1.5 (Chromium)") << QByteArray("dpr") << QByteArray("1.5") << true;
    QTest::newRow("DPR abc is not (Chromium)") << QByteArray("DPR") << QByteArray("abc") << false;
    QTest::newRow("DPR 1. is not (Chromium)") << QByteArray("DPR") << QByteArray("1.") << false;
    QTest::newRow("DPR .5 is not (Chromium)") << QByteArray("DPR") << QByteArray(".5") << false;
    QTest::newRow("DPR 1.5.2 is not (Chromium)") << QByteArray("DPR") << QByteArray("1.5.2") << false;
    QTest::newRow("DPR empty is not (Chromium)") << QByteArray("DPR") << QByteArray("") << false;
    QTest::newRow("Device-Memory 0.5 (Chromium)") << QByteArray("Device-Memory") << QByteArray("0.5") << true;
    QTest::newRow("Downlink 1.5 (Chromium)") << QByteArray("Downlink") << QByteArray("1.5") << true;
    QTest::newRow("Width 0100 (Chromium)") << QByteArray("Width") << QByteArray("0100") << true;
    QTest::newRow("Width 1.5 is not (Chromium)") << QByteArray("Width") << QByteArray("1.5") << false;
    QTest::newRow("Viewport-Width 100 (Chromium)") << QByteArray("Viewport-Width") << QByteArray("100") << true;
    QTest::newRow("RTT 50 (Chromium)") << QByteArray("RTT") << QByteArray("50") << true;
    QTest::newRow("RTT -1 is not (Chromium)") << QByteArray("RTT") << QByteArray("-1") << false;
    QTest::newRow("ECT 4g (Chromium)") << QByteArray("ECT") << QByteArray("4g") << true;
    QTest::newRow("ECT slow-2g (Chromium)") << QByteArray("ECT") << QByteArray("slow-2g") << true;
    QTest::newRow("ECT 4G is not, case-sensitive (Chromium)") << QByteArray("ECT") << QByteArray("4G") << false;
    QTest::newRow("ECT 5g is not (Chromium)") << QByteArray("ECT") << QByteArray("5g") << false;
    QTest::newRow("ECT offline is not (Chromium)") << QByteArray("ECT") << QByteArray("offline") << false;
    QTest::newRow("Save-Data on (Chromium)") << QByteArray("Save-Data") << QByteArray("on") << true;
    QTest::newRow("Save-Data ON, case-insensitive (Chromium)") << QByteArray("Save-Data") << QByteArray("ON")
                                                               << true;
    QTest::newRow("Save-Data off is not (Chromium)") << QByteArray("Save-Data") << QByteArray("off") << false;
    QTest::newRow("Lang is not any more (Chromium 96 removed it)") << QByteArray("Lang") << QByteArray("en")
                                                                   << false;

    // Other names
    QTest::newRow("X-Custom is not") << QByteArray("X-Custom") << QByteArray("1") << false;
    QTest::newRow("Authorization is not") << QByteArray("Authorization") << QByteArray("x") << false;
    QTest::newRow("Cache-Control is not") << QByteArray("Cache-Control") << QByteArray("no-cache") << false;
}

void TestSafelist::corsSafelistedRequestHeader()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(bool, expected);
    QCOMPARE(isCorsSafelistedRequestHeader(name, value), expected);
}

void TestSafelist::noCorsSafelistedRequestHeader_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("nameExpected");
    QTest::addColumn<bool>("expected");

    // https://fetch.spec.whatwg.org/#no-cors-safelisted-request-header-name,
    // https://fetch.spec.whatwg.org/#no-cors-safelisted-request-header
    QTest::newRow("accept") << QByteArray("Accept") << QByteArray("*/*") << true << true;
    QTest::newRow("accept-language") << QByteArray("accept-language") << QByteArray("en") << true << true;
    QTest::newRow("content-language") << QByteArray("Content-Language") << QByteArray("de") << true << true;
    QTest::newRow("content-type text/plain") << QByteArray("Content-Type") << QByteArray("text/plain") << true
                                             << true;
    QTest::newRow("content-type application/json: name yes, header no")
        << QByteArray("Content-Type") << QByteArray("application/json") << true << false;
    QTest::newRow("accept of 129 bytes: name yes, header no") << QByteArray("Accept") << QByteArray(129, 'a')
                                                              << true << false;
    QTest::newRow("range is privileged, not no-CORS-safelisted") << QByteArray("Range") << QByteArray("bytes=0-")
                                                                 << false << false;
    QTest::newRow("DPR is CORS-safelisted in Chromium but not no-CORS-safelisted") << QByteArray("DPR")
                                                                                   << QByteArray("2") << false
                                                                                   << false;
}

void TestSafelist::noCorsSafelistedRequestHeader()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(bool, nameExpected);
    QFETCH(bool, expected);
    QCOMPARE(isNoCorsSafelistedRequestHeaderName(name), nameExpected);
    QCOMPARE(isNoCorsSafelistedRequestHeader(name, value), expected);
}

void TestSafelist::privilegedNoCorsRequestHeaderName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("expected");

    // https://fetch.spec.whatwg.org/#privileged-no-cors-request-header-name
    QTest::newRow("Range") << QByteArray("Range") << true;
    QTest::newRow("RANGE") << QByteArray("RANGE") << true;
    QTest::newRow("Accept") << QByteArray("Accept") << false;
}

void TestSafelist::privilegedNoCorsRequestHeaderName()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, expected);
    QCOMPARE(isPrivilegedNoCorsRequestHeaderName(name), expected);
}

void TestSafelist::forbiddenRequestHeader_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("expected");

    // https://fetch.spec.whatwg.org/#forbidden-request-header, step 1 (each seen in Chromium 156: dropped)
    const char *const forbiddenNames[] = {
        "Accept-Charset", "Accept-Encoding", "Access-Control-Request-Headers", "Access-Control-Request-Method",
        "Connection", "Content-Length", "Cookie", "Cookie2", "Date", "DNT", "Expect", "Host", "Keep-Alive",
        "Origin", "Referer", "Set-Cookie", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Via",
    };
    for (const char *name : forbiddenNames)
        QTest::addRow("%s is forbidden", name) << QByteArray(name) << QByteArray("probe") << true;
    QTest::newRow("lower-case cookie is forbidden") << QByteArray("cookie") << QByteArray("a=b") << true;
    QTest::newRow("User-Agent is forbidden (Chromium, seen in 156)") << QByteArray("User-Agent") << QByteArray("x")
                                                                     << true;
    QTest::newRow("Set-Cookie2 is not (seen in Chromium 156)") << QByteArray("Set-Cookie2") << QByteArray("x")
                                                               << false;
    QTest::newRow("Access-Control-Request-Private-Network is not (seen in Chromium 156)")
        << QByteArray("Access-Control-Request-Private-Network") << QByteArray("true") << false;
    QTest::newRow("Priority is not (seen in Chromium 156)") << QByteArray("Priority") << QByteArray("u=1") << false;
    QTest::newRow("Authorization is not") << QByteArray("Authorization") << QByteArray("x") << false;

    // Step 2: `proxy-` and `sec-` prefixes
    QTest::newRow("Proxy-Authorization") << QByteArray("Proxy-Authorization") << QByteArray("x") << true;
    QTest::newRow("bare Proxy- (seen in Chromium 156)") << QByteArray("Proxy-") << QByteArray("x") << true;
    QTest::newRow("Sec-Fetch-Mode") << QByteArray("Sec-Fetch-Mode") << QByteArray("cors") << true;
    QTest::newRow("SEC-CH-UA upper case") << QByteArray("SEC-CH-UA") << QByteArray("x") << true;
    QTest::newRow("X-Proxy-A is not (seen in Chromium 156)") << QByteArray("X-Proxy-A") << QByteArray("x") << false;
    QTest::newRow("Proxy without dash is not") << QByteArray("Proxy") << QByteArray("x") << false;
    QTest::newRow("Secret is not") << QByteArray("Secret") << QByteArray("x") << false;

    // Step 3: method overrides naming a forbidden method
    QTest::newRow("X-HTTP-Method-Override TRACE (seen in Chromium 156)") << QByteArray("X-HTTP-Method-Override")
                                                                         << QByteArray("TRACE") << true;
    QTest::newRow("X-HTTP-Method connect") << QByteArray("X-HTTP-Method") << QByteArray("connect") << true;
    QTest::newRow("X-Method-Override list with track (seen in Chromium 156)")
        << QByteArray("X-Method-Override") << QByteArray("GET, track") << true;
    QTest::newRow("override with trailing comma (seen in Chromium 156)") << QByteArray("X-HTTP-Method-Override")
                                                                         << QByteArray("TRACE,") << true;
    QTest::newRow("override with spaces around (seen in Chromium 156)") << QByteArray("x-http-method-override")
                                                                        << QByteArray(" get ,  trace ") << true;
    QTest::newRow("quoted TRACE is not (seen in Chromium 156)") << QByteArray("X-HTTP-Method-Override")
                                                                << QByteArray("\"TRACE\"") << false;
    QTest::newRow("override PATCH is not (seen in Chromium 156)") << QByteArray("X-HTTP-Method-Override")
                                                                  << QByteArray("PATCH") << false;
    QTest::newRow("other header naming TRACE is not") << QByteArray("X-Other") << QByteArray("TRACE") << false;
}

void TestSafelist::forbiddenRequestHeader()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(bool, expected);
    QCOMPARE(isForbiddenRequestHeader(name, value), expected);
}

void TestSafelist::corsNonWildcardRequestHeaderName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("expected");

    // https://fetch.spec.whatwg.org/#cors-non-wildcard-request-header-name
    QTest::newRow("Authorization") << QByteArray("Authorization") << true;
    QTest::newRow("authorization") << QByteArray("authorization") << true;
    QTest::newRow("Proxy-Authorization is not") << QByteArray("Proxy-Authorization") << false;
}

void TestSafelist::corsNonWildcardRequestHeaderName()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, expected);
    QCOMPARE(isCorsNonWildcardRequestHeaderName(name), expected);
}

void TestSafelist::corsUnsafeRequestHeaderNames_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::addColumn<QByteArray>("accessControlRequestHeaders");

    // https://fetch.spec.whatwg.org/#cors-unsafe-request-header-names
    QTest::newRow("no headers") << HeaderList() << QList<QByteArray>() << QByteArray();
    QTest::newRow("only safelisted headers") << HeaderList{{"Accept", "*/*"}, {"Content-Type", "text/plain"}}
                                             << QList<QByteArray>() << QByteArray();
    QTest::newRow("sorted, lower-cased, joined without space (seen in Chromium 156)")
        << HeaderList{{"X-B", "1"}, {"x-a", "1"}, {"X-C", "1"}, {"Content-Type", "application/json"}}
        << QList<QByteArray>{"content-type", "x-a", "x-b", "x-c"} << QByteArray("content-type,x-a,x-b,x-c");
    QTest::newRow("duplicate names listed once") << HeaderList{{"X-A", "1"}, {"x-a", "2"}}
                                                 << QList<QByteArray>{"x-a"} << QByteArray("x-a");
    QTest::newRow("accept of 129 bytes (seen in Chromium 156)") << HeaderList{{"Accept", QByteArray(129, 'a')}}
                                                                << QList<QByteArray>{"accept"}
                                                                << QByteArray("accept");
    QTest::newRow("suffix range (seen in Chromium 156)") << HeaderList{{"Range", "bytes=-5"}}
                                                         << QList<QByteArray>{"range"} << QByteArray("range");
    QTest::newRow("Authorization is unsafe (seen in Chromium 156)") << HeaderList{{"Authorization", "x"}}
                                                                    << QList<QByteArray>{"authorization"}
                                                                    << QByteArray("authorization");

    // Chromium: headers of one name judged on their combined value
    QTest::newRow("two accept values of 60 bytes combine to 122 (seen in Chromium 156)")
        << HeaderList{{"Accept", QByteArray(60, 'a')}, {"Accept", QByteArray(60, 'a')}} << QList<QByteArray>()
        << QByteArray();
    QTest::newRow("two accept values of 100 bytes combine to 202 (Chromium, seen in 156)")
        << HeaderList{{"Accept", QByteArray(100, 'a')}, {"accept", QByteArray(100, 'a')}}
        << QList<QByteArray>{"accept"} << QByteArray("accept");
    QTest::newRow("two text/plain content types (Chromium, seen in 156)")
        << HeaderList{{"Content-Type", "text/plain"}, {"Content-Type", "text/plain"}}
        << QList<QByteArray>{"content-type"} << QByteArray("content-type");

    // Chromium: forbidden request-headers are never listed
    QTest::newRow("User-Agent left out (Chromium, seen in 156)") << HeaderList{{"User-Agent", "x"}}
                                                                 << QList<QByteArray>() << QByteArray();
    QTest::newRow("Sec- and Cookie left out") << HeaderList{{"Sec-Foo", "a"}, {"Cookie", "a=b"}, {"X-Z", "1"}}
                                              << QList<QByteArray>{"x-z"} << QByteArray("x-z");
    QTest::newRow("override naming TRACE left out, naming PATCH listed")
        << HeaderList{{"X-HTTP-Method-Override", "TRACE"}, {"X-Method-Override", "PATCH"}}
        << QList<QByteArray>{"x-method-override"} << QByteArray("x-method-override");

    // Step 4: more than 1024 bytes of safelisted values make them all unsafe (seen in Chromium 156)
    const HeaderList exactly1024{
        {"Accept", QByteArray(128, 'a')},
        {"Accept-Language", QByteArray(128, 'a')},
        {"Content-Language", QByteArray(128, 'a')},
        {"Content-Type", "text/plain;a=" + QByteArray(115, 'a')},
        {"Intervention", QByteArray(128, 'a')},
        {"DPR", QByteArray(128, '1')},
        {"Width", QByteArray(128, '1')},
        {"Viewport-Width", QByteArray(128, '1')},
    };
    QTest::newRow("safelisted values of exactly 1024 bytes") << exactly1024 << QList<QByteArray>() << QByteArray();
    HeaderList over1024 = exactly1024;
    over1024.append("RTT", "1");
    const QList<QByteArray> allNine{"accept", "accept-language", "content-language", "content-type", "dpr",
                                    "intervention", "rtt", "viewport-width", "width"};
    QTest::newRow("safelisted values of 1025 bytes") << over1024 << allNine << allNine.join(',');
    HeaderList over1024WithUnsafe = over1024;
    over1024WithUnsafe.append("X-Z", "1");
    QTest::newRow("1025 bytes plus an unsafe header, still sorted")
        << over1024WithUnsafe << (QList<QByteArray>(allNine) << "x-z")
        << QByteArray("accept,accept-language,content-language,content-type,dpr,intervention,rtt,viewport-width,"
                      "width,x-z");
    QTest::newRow("unsafe values do not count toward 1024")
        << HeaderList{{"Accept", QByteArray(128, 'a')}, {"X-Big", QByteArray(2000, 'a')}}
        << QList<QByteArray>{"x-big"} << QByteArray("x-big");
}

void TestSafelist::corsUnsafeRequestHeaderNames()
{
    QFETCH(HeaderList, headers);
    QFETCH(QList<QByteArray>, expected);
    QFETCH(QByteArray, accessControlRequestHeaders);
    QCOMPARE(corslab::corsUnsafeRequestHeaderNames(headers), expected);
    QCOMPARE(accessControlRequestHeadersValue(headers), accessControlRequestHeaders);
}

void TestSafelist::forbiddenResponseHeaderName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("expected");

    // https://fetch.spec.whatwg.org/#forbidden-response-header-name
    QTest::newRow("Set-Cookie") << QByteArray("Set-Cookie") << true;
    QTest::newRow("set-cookie2") << QByteArray("set-cookie2") << true;
    QTest::newRow("Cookie is not") << QByteArray("Cookie") << false;
}

void TestSafelist::forbiddenResponseHeaderName()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, expected);
    QCOMPARE(isForbiddenResponseHeaderName(name), expected);
}

void TestSafelist::corsSafelistedResponseHeaderName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QList<QByteArray>>("exposed");
    QTest::addColumn<bool>("expected");

    // https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name
    const char *const alwaysSafelisted[] = {"Cache-Control", "Content-Language", "Content-Length", "Content-Type",
                                            "Expires", "Last-Modified", "Pragma"};
    for (const char *name : alwaysSafelisted)
        QTest::addRow("%s always", name) << QByteArray(name) << QList<QByteArray>() << true;
    QTest::newRow("upper-case CONTENT-LENGTH") << QByteArray("CONTENT-LENGTH") << QList<QByteArray>() << true;
    QTest::newRow("Date is not") << QByteArray("Date") << QList<QByteArray>() << false;
    QTest::newRow("exposed name") << QByteArray("X-A") << QList<QByteArray>{"x-a", "x-c"} << true;
    QTest::newRow("exposed name, other case") << QByteArray("x-c") << QList<QByteArray>{"X-A", "X-C"} << true;
    QTest::newRow("not exposed") << QByteArray("X-B") << QList<QByteArray>{"x-a"} << false;
    QTest::newRow("exposed set-cookie stays hidden (seen in Chromium 156)")
        << QByteArray("Set-Cookie") << QList<QByteArray>{"set-cookie", "x-a"} << false;
    QTest::newRow("exposed set-cookie2 stays hidden") << QByteArray("set-cookie2") << QList<QByteArray>{"Set-Cookie2"}
                                                      << false;
}

void TestSafelist::corsSafelistedResponseHeaderName()
{
    QFETCH(QByteArray, name);
    QFETCH(QList<QByteArray>, exposed);
    QFETCH(bool, expected);
    QCOMPARE(isCorsSafelistedResponseHeaderName(name, exposed), expected);
}

void TestSafelist::parseAccessControlAllowList_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<std::optional<QList<QByteArray>>>("expected");
    using Items = QList<QByteArray>;

    // https://fetch.spec.whatwg.org/#http-new-header-syntax as Chromium's ParseAccessControlAllowList reads it
    QTest::newRow("comma space list") << QByteArray("x-a, x-b") << std::optional<Items>(Items{"x-a", "x-b"});
    QTest::newRow("no space") << QByteArray("x-a,x-b") << std::optional<Items>(Items{"x-a", "x-b"});
    QTest::newRow("empty elements skipped (seen in Chromium 156)") << QByteArray(",x-a,, x-b ,")
                                                                   << std::optional<Items>(Items{"x-a", "x-b"});
    QTest::newRow("tabs trimmed (seen in Chromium 156)") << QByteArray("x-a\t,\tx-b")
                                                         << std::optional<Items>(Items{"x-a", "x-b"});
    QTest::newRow("case kept") << QByteArray("PUT, patch") << std::optional<Items>(Items{"PUT", "patch"});
    QTest::newRow("wildcard is a token") << QByteArray("*") << std::optional<Items>(Items{"*"});
    QTest::newRow("empty value is an empty list") << QByteArray("") << std::optional<Items>(Items{});
    QTest::newRow("only commas and spaces is an empty list") << QByteArray(" , ,") << std::optional<Items>(Items{});
    QTest::newRow("duplicates kept") << QByteArray("x-a, x-a") << std::optional<Items>(Items{"x-a", "x-a"});
    QTest::newRow("space-separated is invalid (seen in Chromium 156)") << QByteArray("x-a x-b")
                                                                       << std::optional<Items>();
    QTest::newRow("quoted element is invalid (seen in Chromium 156)") << QByteArray("\"x-a\", x-b")
                                                                      << std::optional<Items>();
    QTest::newRow("one invalid element invalidates the whole value (seen in Chromium 156)")
        << QByteArray("x-a, x-b, x(c)") << std::optional<Items>();
    QTest::newRow("slash is invalid (seen in Chromium 156)") << QByteArray("x-a, x-b, a/b") << std::optional<Items>();
    QTest::newRow("method list with a space inside is invalid (seen in Chromium 156)")
        << QByteArray("PUT, GET POST") << std::optional<Items>();
    QTest::newRow("non-ASCII byte is invalid") << QByteArray("x-\xe9") << std::optional<Items>();
}

void TestSafelist::parseAccessControlAllowList()
{
    QFETCH(QByteArray, value);
    QFETCH(std::optional<QList<QByteArray>>, expected);
    QCOMPARE(corslab::parseAccessControlAllowList(value), expected);
}

void TestSafelist::extractAccessControlAllowList_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<std::optional<QList<QByteArray>>>("expected");
    using Items = QList<QByteArray>;

    // https://fetch.spec.whatwg.org/#extract-header-list-values for Access-Control-Allow-Headers
    QTest::newRow("absent is an empty list (Chromium)") << HeaderList{{"Other", "x"}}
                                                        << std::optional<Items>(Items{});
    QTest::newRow("two lines combined (seen in Chromium 156)")
        << HeaderList{{"Access-Control-Allow-Headers", "x-a"}, {"access-control-allow-headers", "x-b"}}
        << std::optional<Items>(Items{"x-a", "x-b"});
    QTest::newRow("an empty line among others") << HeaderList{{"Access-Control-Allow-Headers", ""},
                                                              {"Access-Control-Allow-Headers", "x-b"}}
                                                << std::optional<Items>(Items{"x-b"});
    QTest::newRow("an invalid line invalidates all") << HeaderList{{"Access-Control-Allow-Headers", "x-a"},
                                                                   {"Access-Control-Allow-Headers", "x b"}}
                                                     << std::optional<Items>();
}

void TestSafelist::extractAccessControlAllowList()
{
    QFETCH(HeaderList, headers);
    QFETCH(std::optional<QList<QByteArray>>, expected);
    QCOMPARE(corslab::extractAccessControlAllowList(headers, "Access-Control-Allow-Headers"), expected);
}

void TestSafelist::extractAccessControlExposeHeaders_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QList<QByteArray>>("expected");

    // Access-Control-Expose-Headers as Blink's HTTPHeaderNameListParser reads it
    QTest::newRow("absent exposes nothing") << HeaderList() << QList<QByteArray>();
    QTest::newRow("list (seen in Chromium 156)") << HeaderList{{"Access-Control-Expose-Headers", "x-a, x-c"}}
                                                 << QList<QByteArray>{"x-a", "x-c"};
    QTest::newRow("empty elements skipped (seen in Chromium 156)")
        << HeaderList{{"Access-Control-Expose-Headers", ", x-a,,x-c,"}} << QList<QByteArray>{"x-a", "x-c"};
    QTest::newRow("two lines combined (seen in Chromium 156)")
        << HeaderList{{"Access-Control-Expose-Headers", "x-a"}, {"Access-Control-Expose-Headers", "x-c"}}
        << QList<QByteArray>{"x-a", "x-c"};
    QTest::newRow("one invalid element exposes nothing (seen in Chromium 156)")
        << HeaderList{{"Access-Control-Expose-Headers", "x-a, x(b), x-c"}} << QList<QByteArray>();
    QTest::newRow("space-separated exposes nothing (seen in Chromium 156)")
        << HeaderList{{"Access-Control-Expose-Headers", "x-a x-c"}} << QList<QByteArray>();
    QTest::newRow("wildcard kept for the caller") << HeaderList{{"Access-Control-Expose-Headers", "*"}}
                                                  << QList<QByteArray>{"*"};
}

void TestSafelist::extractAccessControlExposeHeaders()
{
    QFETCH(HeaderList, headers);
    QFETCH(QList<QByteArray>, expected);
    QCOMPARE(corslab::extractAccessControlExposeHeaders(headers), expected);
}

QTEST_GUILESS_MAIN(TestSafelist)
#include "tst_safelist.moc"
