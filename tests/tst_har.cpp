// HAR import (ui/har/har_reader.h, core/har_request.h): the requests each recorder's HAR holds
// (tests/data/har/, README there names the writer each file follows), and hostile input: every bad
// entry reported with its index and JSON path, the good ones still judged, nothing crashes.
#include "ui/har/har_reader.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

struct Judged {
    HarRequest request;
    HarJudgement judgement;
};

struct Read {
    HarSummary summary;
    QList<Judged> requests;
};

Read readAll(QByteArrayView json)
{
    Read read;
    read.summary = readHar(json, [&](HarRequest &&request) {
        Judged judged{std::move(request), {}};
        judged.judgement = judgeHarRequest(judged.request);
        read.requests.append(std::move(judged));
    });
    return read;
}

QByteArray dataFile(const QString &name)
{
    QFile file(QStringLiteral(CORSLAB_TEST_DATA "/har/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A DevTools-shaped entry: a readable cross-origin fetch of `url`.
QByteArray goodEntry(const QByteArray &url)
{
    return R"({"_resourceType":"fetch","_initiator":{"type":"script"},"pageref":"page_1","request":{"method":"GET","url":")" + url
           + R"(","headers":[{"name":"Origin","value":"https://app.example.com"},{"name":"Sec-Fetch-Mode","value":"cors"}],"cookies":[]},)"
           + R"("response":{"status":200,"headers":[{"name":"Access-Control-Allow-Origin","value":"https://app.example.com"}],"content":{"size":0,"mimeType":"x-unknown"},"redirectURL":"","_error":null}})";
}

QByteArray har(const QList<QByteArray> &entries)
{
    QByteArray text = R"({"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[{"id":"page_1","title":"https://app.example.com/"}],"entries":[)";
    for (qsizetype i = 0; i < entries.size(); ++i)
        text += (i ? ",\n" : "") + entries.at(i);
    return text + "]}}";
}

QString errorName(const HarJudgement &judgement)
{
    return judgement.verdict && judgement.verdict->error ? QString(corsErrorName(judgement.verdict->error->error)) : QString();
}

} // namespace

class TstHar : public QObject {
    Q_OBJECT
private slots:
    void requests_data();
    void requests();
    void json();
    void hostile_data();
    void hostile();
    void emptyElementIsNoEntry();
    void progress_data();
    void progress();
    void recorded_data();
    void recorded();
    void unusualStatus_data();
    void unusualStatus();
};

void TstHar::requests_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("entries");          // the request's entry indexes, comma-separated
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("page");
    QTest::addColumn<bool>("recordedBlocked");
    QTest::addColumn<bool>("modelBlocked");
    QTest::addColumn<QString>("error");            // the model's CorsError, empty for none
    QTest::addColumn<bool>("reasonRecorded");
    QTest::addColumn<bool>("assumedPreflight");

    const QString devtools = u"chrome-devtools.har"_s, firefox = u"firefox.har"_s, playwright = u"playwright.har"_s;
    // Chrome DevTools: entry 0 is the page's own document, not a request the page made.
    QTest::newRow("devtools: readable fetch") << devtools << u"1"_s << u"GET"_s << u"https://api.example.com/ok"_s
        << u"https://app.example.com/"_s << false << false << QString() << true << false;
    QTest::newRow("devtools: CORS error with the response headers") << devtools << u"2"_s << u"GET"_s
        << u"https://api.example.com/no-acao"_s << u"https://app.example.com/"_s << true << true
        << u"MissingAllowOriginHeader"_s << true << false;
    QTest::newRow("devtools: preflight entry joined to its PUT") << devtools << u"3,4"_s << u"PUT"_s
        << u"https://api.example.com/items/7"_s << u"https://app.example.com/"_s << false << false << QString() << true << false;
    QTest::newRow("devtools: redirect hop joined, tainted origin") << devtools << u"5,6"_s << u"GET"_s
        << u"https://api.example.com/old"_s << u"https://app.example.com/"_s << true << true << u"AllowOriginMismatch"_s << true << false;
    QTest::newRow("devtools: preflight without Allow-Headers") << devtools << u"7,8"_s << u"GET"_s
        << u"https://api.example.com/strict"_s << u"https://app.example.com/"_s << true << true
        << u"HeaderDisallowedByPreflightResponse"_s << true << false;
    QTest::newRow("devtools: no-cors image") << devtools << u"9"_s << u"GET"_s << u"https://cdn.example.net/logo.png"_s
        << u"https://app.example.com/"_s << false << false << QString() << true << false;
    QTest::newRow("devtools: cookie sent, wildcard answer") << devtools << u"10"_s << u"GET"_s
        << u"https://api.example.com/me"_s << u"https://app.example.com/"_s << true << true << u"WildcardOriginNotAllowed"_s << true << false;
    QTest::newRow("devtools: failed, nothing recorded") << devtools << u"11"_s << u"GET"_s << u"https://down.example.org/feed"_s
        << u"https://app.example.com/"_s << true << true << u"MissingAllowOriginHeader"_s << false << false;
    // Firefox: no _resourceType; the page from Referer/Origin; the preflight an ordinary OPTIONS entry.
    QTest::newRow("firefox: readable fetch") << firefox << u"0"_s << u"GET"_s << u"https://api.example.com/ok"_s
        << u"https://app.example.com/"_s << false << false << QString() << true << false;
    QTest::newRow("firefox: preflight alone, method not allowed") << firefox << u"1"_s << u"DELETE"_s
        << u"https://api.example.com/items/7"_s << u"https://app.example.com/"_s << true << true
        << u"MethodDisallowedByPreflightResponse"_s << true << false;
    QTest::newRow("firefox: status 0") << firefox << u"2"_s << u"GET"_s << u"https://api.example.com/no-acao"_s
        << u"https://app.example.com/"_s << true << true << u"MissingAllowOriginHeader"_s << false << false;
    // Playwright: no preflights, nothing of a failed response.
    QTest::newRow("playwright: readable fetch") << playwright << u"0"_s << u"GET"_s << u"https://api.example.com/ok"_s
        << u"https://app.example.com/"_s << false << false << QString() << true << false;
    QTest::newRow("playwright: PUT sent, so its preflight passed") << playwright << u"1"_s << u"PUT"_s
        << u"https://api.example.com/items/7"_s << u"https://app.example.com/"_s << false << false << QString() << true << true;
    QTest::newRow("playwright: failed PUT, reason not recorded") << playwright << u"2"_s << u"PUT"_s
        << u"https://api.example.com/locked"_s << u"https://app.example.com/"_s << true << true
        << u"PreflightMissingAllowOriginHeader"_s << false << false;
}

void TstHar::requests()
{
    QFETCH(QString, file);
    QFETCH(QString, entries);
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(QString, page);
    QFETCH(bool, recordedBlocked);
    QFETCH(bool, modelBlocked);
    QFETCH(QString, error);
    QFETCH(bool, reasonRecorded);
    QFETCH(bool, assumedPreflight);

    const Read read = readAll(dataFile(file));
    QVERIFY(read.summary.isHar);
    QCOMPARE(read.summary.errors.size(), 0);
    const Judged *found = nullptr;
    for (const Judged &judged : read.requests) {
        QStringList indexes;
        for (qsizetype index : judged.request.entries)
            indexes << QString::number(index);
        if (indexes.join(u',') == entries)
            found = &judged;
    }
    QVERIFY2(found, qPrintable(u"no request built from entries "_s + entries));
    QCOMPARE(QString::fromLatin1(found->request.method), method);
    QCOMPARE(found->request.url, url);
    QCOMPARE(found->request.page, page);
    QCOMPARE(found->request.recorded.blocked, recordedBlocked);
    QVERIFY(found->judgement.verdict);
    QCOMPARE(found->judgement.verdict->blocked, modelBlocked);
    QCOMPARE(errorName(found->judgement), error);
    QCOMPARE(found->request.recorded.reasonRecorded, reasonRecorded);
    QCOMPARE(found->judgement.assumedPreflight, assumedPreflight);
    // Only headers page script set: none of the browser's.
    for (const Header &header : found->request.scenario.request.headers.entries()) {
        const QByteArray name = header.name.toLower();
        QVERIFY2(!name.startsWith("sec-") && !name.startsWith(':') && name != "origin" && name != "referer"
                     && name != "user-agent" && name != "cookie" && name != "accept-encoding" && name != "host"
                     && name != "connection",
                 name.constData());
    }
    if (recordedBlocked && !reasonRecorded)
        QVERIFY(harNote(found->request, found->judgement).startsWith(u"blocked, reason not recorded; with these headers the model predicts "_s + error));
    else
        QVERIFY(harNote(found->request, found->judgement).isEmpty());
}

void TstHar::json()
{
    const Read read = readAll(dataFile(u"chrome-devtools.har"_s));
    QVERIFY(read.requests.size() >= 3);
    const Judged *put = nullptr;
    for (const Judged &judged : read.requests)
        put = judged.request.method == "PUT" ? &judged : put;
    QVERIFY(put);
    const QJsonObject object = harRequestToJson(put->request, put->judgement);
    QCOMPARE(object.value("url"_L1).toString(), u"https://api.example.com/items/7"_s);
    QCOMPARE(object.value("method"_L1).toString(), u"PUT"_s);
    QCOMPARE(object.value("page"_L1).toString(), u"https://app.example.com/"_s);
    QCOMPARE(object.value("entries"_L1).toArray(), (QJsonArray{3, 4}));
    QCOMPARE(object.value("preflight"_L1).toBool(), true);
    QCOMPARE(object.value("blocked"_L1).toBool(), false);
    QCOMPARE(object.value("recorded"_L1).toObject().value("blocked"_L1).toBool(), false);
    QCOMPARE(object.value("recorded"_L1).toObject().value("status"_L1).toInt(), 200);
    QVERIFY(object.contains("steps"_L1));
    // A preflighted PUT both browsers let through: no "differs in Firefox" marker.
    QVERIFY(put->judgement.firefoxDiffers.isEmpty());
    QVERIFY(!object.contains("differsInFirefox"_L1));
}

void TstHar::hostile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("isHar");
    QTest::addColumn<int>("requests");         // requests judged from the good entries
    QTest::addColumn<int>("badEntry");         // the entry index of the first error (-1: the file)
    QTest::addColumn<QString>("message");      // what the first error's text contains

    const QByteArray a = goodEntry("https://api.example.com/a"), b = goodEntry("https://api.example.com/b");
    QTest::newRow("not JSON") << QByteArray("hello") << false << 0 << -1 << u"not JSON"_s;
    QTest::newRow("empty file") << QByteArray() << false << 0 << -1 << u"not JSON"_s;
    QTest::newRow("a list, not a HAR") << QByteArray("[1,2]") << false << 0 << -1 << u"not a HAR"_s;
    QTest::newRow("no log.entries") << QByteArray(R"({"log":{"version":"1.2"}})") << false << 0 << -1 << u"log.entries"_s;
    QTest::newRow("entries not a list") << QByteArray(R"({"log":{"entries":{}}})") << false << 0 << -1 << u"log.entries"_s;
    QTest::newRow("url a number") << har({a, R"({"request":{"method":"GET","url":5},"response":{"status":200}})", b})
        << true << 2 << 1 << u"log.entries[1].request.url: must be a string, not a number"_s;
    QTest::newRow("status a string") << har({R"({"request":{"method":"GET","url":"https://x.example/"},"response":{"status":"200"}})", a})
        << true << 1 << 0 << u"log.entries[0].response.status: must be a number, not a string"_s;
    QTest::newRow("headers an object") << har({a, R"({"request":{"method":"GET","url":"https://x.example/","headers":{"a":1}},"response":{"status":200}})"})
        << true << 1 << 1 << u"log.entries[1].request.headers: must be a list"_s;
    QTest::newRow("header without value") << har({R"({"request":{"method":"GET","url":"https://x.example/","headers":[{"name":"X"}]},"response":{"status":200}})", b})
        << true << 1 << 0 << u"log.entries[0].request.headers[0].value: is required"_s;
    QTest::newRow("entry not an object") << har({"7", a}) << true << 1 << 0 << u"log.entries[0]: must be an object"_s;
    QTest::newRow("response missing") << har({a, R"({"request":{"method":"GET","url":"https://x.example/"}})"})
        << true << 1 << 1 << u"log.entries[1].response: is required"_s;
    QTest::newRow("request missing") << har({R"({"response":{"status":200}})", a}) << true << 1 << 0 << u"log.entries[0].request: is required"_s;
    QTest::newRow("status out of range") << har({R"({"request":{"method":"GET","url":"https://x.example/"},"response":{"status":1e9}})", a})
        << true << 1 << 0 << u"response.status"_s;
    QByteArray notUtf8 = goodEntry("https://api.example.com/\xff\xfe");
    QTest::newRow("not UTF-8") << har({a, notUtf8, b}) << true << 2 << 1 << u"log.entries[1]: not UTF-8"_s;
    QTest::newRow("overlong UTF-8") << har({goodEntry("https://api.example.com/\xc0\xaf"), b}) << true << 1 << 0 << u"not UTF-8"_s;
    const QByteArray huge(10 * 1024 * 1024, 'a');
    QTest::newRow("10 MB header value") << har({a, R"({"request":{"method":"GET","url":"https://x.example/","headers":[{"name":"X-Big","value":")" + huge + R"("}]},"response":{"status":200}})", b})
        << true << 2 << 1 << u"log.entries[1].request.headers[0].value: 10485760 bytes, more than 65536"_s;
    QByteArray many;
    for (int i = 0; i < 400000; ++i)
        many += R"({"name":"X","value":"1"},)";
    many += R"({"name":"X","value":"1"})";
    QTest::newRow("10 MB of small headers") << har({a, R"({"request":{"method":"GET","url":"https://x.example/","headers":[)" + many + R"(]},"response":{"status":200}})", b})
        << true << 2 << 1 << u"log.entries[1].request.headers: more than 1000 headers"_s;
    const QByteArray whole = har({a, b, goodEntry("https://api.example.com/c")});
    const qsizetype cut = whole.indexOf("api.example.com/c");
    QTest::newRow("truncated inside a string") << whole.left(cut + 5) << true << 2 << 2 << u"log.entries[2]: the file ends inside this entry"_s;
    QTest::newRow("truncated after an entry") << whole.left(whole.indexOf(goodEntry("https://api.example.com/c")) + 20)
        << true << 2 << 2 << u"truncated"_s;
    QTest::newRow("truncated between entries") << whole.left(whole.indexOf(goodEntry("https://api.example.com/c")) - 1)
        << true << 2 << 2 << u"log.entries[2]: the file ends here"_s;
    QTest::newRow("nested 100000 deep") << QByteArray(R"({"log":{"entries":[)") + QByteArray(100000, '[') << true << 0 << 0 << u"log.entries[0]: the file ends inside"_s;
    QTest::newRow("nested 100000 deep, closed") << har({QByteArray(100000, '[') + QByteArray(100000, ']'), a})
        << true << 1 << 0 << u"log.entries[0]"_s;
    QTest::newRow("a bracket closing the other kind") << har({R"({"_initiator":{"":]})", a})
        << true << 1 << 0 << u"log.entries[0]: not JSON: ']' at byte 167, where a value belongs"_s;
    QTest::newRow("an empty list element") << har({R"({"request":{"method":"","url":"","cookies":[,]}})", a})
        << true << 1 << 0 << u"where a value belongs"_s;
    QTest::newRow("a member without its colon") << har({R"({"request" {"method":"GET"}})", a})
        << true << 1 << 0 << u"where ':' belongs"_s;
    QTest::newRow("a trailing comma in an object") << har({R"({"request":{"method":"GET",}})", a})
        << true << 1 << 0 << u"where a member name in quotes belongs"_s;
    QTest::newRow("two values without a comma") << har({R"({"request":{"headers":[1 2]}})", a})
        << true << 1 << 0 << u"where ',' or ']' belongs"_s;
    QTest::newRow("a trailing comma after the last entry") << har({a}).replace("]}}", ", ]}}")
        << true << 1 << 1 << u"log.entries[1]: not JSON: ']'"_s;
    QTest::newRow("a malformed creator") << QByteArray(R"({"log":{"creator":{"name" "x"},"entries":[)" + a + "]}}")
        << true << 1 << -1 << u"log.creator: not JSON: '\"' at byte 26, where ':' belongs"_s;
    QTest::newRow("garbage between entries") << har({a}).replace("]}}", ", ]]}}") << true << 1 << 1 << u"log.entries[1]"_s;
    QTest::newRow("content not base64") << har({a, QByteArray(goodEntry("https://api.example.com/x")).replace(R"("mimeType":"x-unknown"})", R"("mimeType":"image/png","text":"%%not base64%%","encoding":"base64"})"), b})
        << true << 2 << 1 << u"log.entries[1].response.content.text: not base64"_s;
    QTest::newRow("no page anywhere") << har({R"({"request":{"method":"GET","url":"https://x.example/"},"response":{"status":200}})", a})
        << true << 1 << 0 << u"no page"_s;
}

void TstHar::hostile()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, isHar);
    QFETCH(int, requests);
    QFETCH(int, badEntry);
    QFETCH(QString, message);

    const Read read = readAll(json);
    QCOMPARE(read.summary.isHar, isHar);
    QCOMPARE(read.requests.size(), requests);
    QVERIFY(!read.summary.errors.isEmpty());
    const HarError &first = read.summary.errors.first();
    QVERIFY2(first.toString().contains(message), qPrintable(first.toString()));
    QCOMPARE(first.entry, qsizetype(badEntry));
    for (const Judged &judged : read.requests)
        QVERIFY(judged.judgement.verdict);
}

// `[a, ]`: the trailing comma is an error, and no second entry is counted for it.
void TstHar::emptyElementIsNoEntry()
{
    const Read read = readAll(har({goodEntry("https://api.example.com/a")}).replace("]}}", ", ]}}"));
    QCOMPARE(read.summary.entryCount, qsizetype(1));
    QCOMPARE(read.summary.errors.size(), qsizetype(1));
}

void TstHar::progress_data()
{
    QTest::addColumn<int>("stopAt");           // cancel at the first report at or beyond (per mille); 2000: never
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<int>("maxRequests");      // at most this many requests reach the sink

    QTest::newRow("runs to the end") << 2000 << false << 50;
    QTest::newRow("cancelled at once") << 0 << true << 0;
    QTest::newRow("cancelled while scanning") << 250 << true << 0;
    QTest::newRow("cancelled while building") << 750 << true << 49;
}

void TstHar::progress()
{
    QFETCH(int, stopAt);
    QFETCH(bool, cancelled);
    QFETCH(int, maxRequests);

    QList<QByteArray> entries;
    for (int i = 0; i < 50; ++i)
        entries << goodEntry("https://api.example.com/" + QByteArray::number(i));
    QList<int> reports;
    int requests = 0;
    const HarSummary summary = readHar(
        har(entries), [&](HarRequest &&) { ++requests; },
        [&](int perMille) {
            reports << perMille;
            return perMille < stopAt;
        });
    QCOMPARE(summary.cancelled, cancelled);
    QVERIFY2(requests <= maxRequests, qPrintable(QString::number(requests)));
    QVERIFY(std::is_sorted(reports.cbegin(), reports.cend()));
    QVERIFY(std::adjacent_find(reports.cbegin(), reports.cend()) == reports.cend());
    QVERIFY(!reports.isEmpty());
    if (cancelled) {
        QVERIFY(reports.last() >= stopAt);
        QVERIFY(summary.errors.isEmpty());
    } else {
        QCOMPARE(requests, 50);
        QCOMPARE(reports.last(), 1000);
    }
}

// HARs real browsers wrote (tests/data/har/recorded/, README there says how), beside what the page
// saw: every request of the truth file is found (method and URL, in order), blocked as the browser
// blocked it, and with Chromium's error, except where the HAR cannot hold what the error needs: the
// credentials mode of a request that sent no cookie, a failed request's headers (Playwright).
// A status outside 100-599 that a server really sent becomes the route's, and the model judges it as
// Chromium 156 does (tests/data/golden/status-600.cors.json, status-407.cors.json).
void TstHar::unusualStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QString>("error");
    QTest::newRow("600 reaches script") << 600 << false << QString();
    QTest::newRow("999 reaches script") << 999 << false << QString();
    QTest::newRow("407 from a server") << 407 << true << u"UnexpectedProxyAuth"_s;
}

void TstHar::unusualStatus()
{
    QFETCH(int, status);
    QFETCH(bool, blocked);
    QFETCH(QString, error);
    QByteArray entry = goodEntry("https://api.example.com/odd");
    entry.replace(R"("status":200)", R"("status":)" + QByteArray::number(status));
    const Read read = readAll(har({entry}));
    QCOMPARE(read.requests.size(), 1);
    const Judged &judged = read.requests.first();
    QCOMPARE(judged.request.scenario.server.size(), 1);
    QCOMPARE(judged.request.scenario.server.first().status, status);
    QVERIFY(judged.judgement.verdict);
    QCOMPARE(judged.judgement.verdict->blocked, blocked);
    QCOMPARE(errorName(judged.judgement), error);
}

void TstHar::recorded_data()
{
    QTest::addColumn<QString>("stem");
    QTest::addColumn<bool>("compareErrors");
    QTest::newRow("Chromium 156 DevTools Export HAR, http") << u"devtools-http"_s << true;
    QTest::newRow("Chromium 156 DevTools Export HAR, https") << u"devtools-https"_s << true;
    QTest::newRow("Chromium 156 DevTools Export HAR sanitized, http") << u"devtools-sanitized-http"_s << true;
    QTest::newRow("Chromium 156 DevTools Export HAR sanitized, https") << u"devtools-sanitized-https"_s << true;
    QTest::newRow("Chromium 156 Playwright recordHar, http") << u"playwright-http"_s << true;
    QTest::newRow("Chromium 156 Playwright recordHar, https") << u"playwright-https"_s << true;
    QTest::newRow("Firefox 153 DevTools HAR auto-export") << u"firefox-esr"_s << false;
    QTest::newRow("Firefox 153 Save All As HAR") << u"firefox-esr-save-all"_s << false;
}

void TstHar::recorded()
{
    QFETCH(QString, stem);
    QFETCH(bool, compareErrors);
    const QString truthStem = stem.startsWith(u"firefox"_s) ? u"firefox-esr"_s : stem;
    const QJsonArray truth = QJsonDocument::fromJson(dataFile(u"recorded/"_s + truthStem + u".truth.json"_s))
                                 .object().value("requests"_L1).toArray();
    QVERIFY(truth.size() >= 8);
    const Read read = readAll(dataFile(u"recorded/"_s + stem + u".har"_s));
    QVERIFY2(read.summary.errors.isEmpty(), qPrintable(read.summary.errors.value(0).toString()));
    QList<bool> used(read.requests.size(), false);
    for (const QJsonValue &value : truth) {
        const QJsonObject expected = value.toObject();
        const QString method = expected.value("method"_L1).toString().toUpper();
        const QString url = expected.value("url"_L1).toString();
        qsizetype found = -1;
        for (qsizetype i = 0; i < read.requests.size() && found < 0; ++i) {
            if (!used[i] && read.requests[i].request.url == url && QString::fromLatin1(read.requests[i].request.method).toUpper() == method)
                found = i;
        }
        QVERIFY2(found >= 0, qPrintable(u"not found: "_s + method + u' ' + url));
        used[found] = true;
        const Judged &judged = read.requests[found];
        QVERIFY(judged.judgement.verdict);
        const QString where = method + u' ' + url;
        QVERIFY2(judged.judgement.verdict->blocked == expected.value("blocked"_L1).toBool(), qPrintable(where));
        const QString script = expected.value("script"_L1).toString();
        const bool credentialsUnseen = (script.contains(u"credentials: \"include\""_s) || script.contains(u"withCredentials = true"_s))
                                       && !judged.request.recorded.credentialsRecorded;
        if (compareErrors && judged.request.recorded.reasonRecorded && !credentialsUnseen)
            QVERIFY2(errorName(judged.judgement) == expected.value("error"_L1).toString(),
                     qPrintable(where + u": "_s + errorName(judged.judgement) + u" against "_s + expected.value("error"_L1).toString()));
    }
}

QTEST_GUILESS_MAIN(TstHar)
#include "tst_har.moc"
