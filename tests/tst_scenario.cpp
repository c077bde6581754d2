// Scenario files, format corslab-scenario/1: load, validate, save.
#include "core/scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(CORSLAB_TEST_DATA) + u"/scenarios/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A valid minimal scenario with one field replaced, so each row names only what it breaks.
QByteArray withRequestField(const char *key, const QJsonValue &value)
{
    QJsonObject request{{u"via"_s, u"fetch"_s}, {u"url"_s, u"https://api.example.com/"_s}};
    request.insert(QString::fromLatin1(key), value);
    const QJsonObject root{{u"format"_s, u"corslab-scenario/1"_s},
                           {u"page"_s, u"https://app.example.com/"_s},
                           {u"request"_s, request}};
    return QJsonDocument(root).toJson();
}

QJsonArray pair(const QString &name, const QString &value) { return QJsonArray{name, value}; }

} // namespace

class TestScenario : public QObject {
    Q_OBJECT
private slots:
    void loadsTheFormatDocumentExample();
    void roundTripKeepsHeaderOrderDuplicatesAndUnknownFields();
    void binaryBodyRoundTrips();
    void pageHeadersRoundTrip();
    void malformed_data();
    void malformed();
    void reportsEveryProblem();
    void acceptsUnusualWireInput_data();
    void acceptsUnusualWireInput();
    void validatesInMemoryEdits();
    void endlessFileIsReadToTheLimit();
};

void TestScenario::loadsTheFormatDocumentExample()
{
    const ScenarioLoad load = parseScenario(readData(u"credentialed-post.cors.json"_s), u"example.cors.json"_s);
    QVERIFY2(load.errors.isEmpty(), qPrintable(load.errors.value(0).toString()));
    const Scenario &scenario = *load.scenario;
    QCOMPARE(scenario.page, u"https://app.example.com/dashboard"_s);
    QCOMPARE(scenario.request.via, Via::Fetch);
    QCOMPARE(scenario.request.method, QByteArray("POST"));
    QCOMPARE(scenario.request.mode, RequestMode::Cors);
    QCOMPARE(scenario.request.credentials, CredentialsMode::Include);
    QCOMPARE(scenario.request.headers.size(), 2);
    QCOMPARE(scenario.request.body, QByteArray(R"({"name":"pen"})"));
    QCOMPARE(scenario.server.size(), 2);
    QCOMPARE(scenario.server.at(0).status, 204);
    QCOMPARE(scenario.server.at(0).headers.get("access-control-allow-headers"), QByteArray("content-type, x-trace"));
    QCOMPARE(scenario.server.at(1).method, QByteArray("*"));
}

void TestScenario::roundTripKeepsHeaderOrderDuplicatesAndUnknownFields()
{
    const ScenarioLoad first = parseScenario(readData(u"unknown-fields-and-duplicates.cors.json"_s), u"a"_s);
    QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.value(0).toString()));
    const QByteArray saved = serializeScenario(*first.scenario);
    const ScenarioLoad second = parseScenario(saved, u"b"_s);
    QVERIFY2(second.errors.isEmpty(), qPrintable(second.errors.value(0).toString()));
    QCOMPARE(*second.scenario, *first.scenario);

    const QList<Header> expected{{"X-B", "2"}, {"x-a", "1"}, {"X-B", "3"}};
    QCOMPARE(second.scenario->request.headers.entries(), expected);
    QCOMPARE(second.scenario->server.at(0).headers.size(), 3);
    const QJsonObject root = QJsonDocument::fromJson(saved).object();
    QCOMPARE(root.value(u"x-teacher"_s).toObject().value(u"lesson"_s).toInt(), 4);
    QCOMPARE(root.value(u"request"_s).toObject().value(u"x-comment"_s).toString(), u"kept on save"_s);
    QCOMPARE(root.value(u"server"_s).toArray().at(0).toObject().value(u"x-latency-ms"_s).toInt(), 30);
}

// The page's own response headers, [[name, value]] like a route's, order and duplicates kept.
void TestScenario::pageHeadersRoundTrip()
{
    const QByteArray json = R"({"format":"corslab-scenario/1","page":"https://a.example/",
        "pageHeaders":[["Cross-Origin-Embedder-Policy","require-corp"],["X-A","1"],["x-a","2"]],
        "request":{"via":"img","url":"https://b.example/i.png"}})";
    const ScenarioLoad first = parseScenario(json, u"a"_s);
    QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.value(0).toString()));
    const QList<Header> expected{{"Cross-Origin-Embedder-Policy", "require-corp"}, {"X-A", "1"}, {"X-A", "2"}};
    QCOMPARE(first.scenario->pageHeaders.entries(), expected);
    const ScenarioLoad second = parseScenario(serializeScenario(*first.scenario), u"b"_s);
    QVERIFY2(second.errors.isEmpty(), qPrintable(second.errors.value(0).toString()));
    QCOMPARE(*second.scenario, *first.scenario);
    QVERIFY(second.scenario->unknownFields.isEmpty());
}

// A real server's image (bytes that are not UTF-8) is saved as bodyBase64 and read back byte for byte.
void TestScenario::binaryBodyRoundTrips()
{
    Scenario scenario;
    scenario.page = u"https://a.example/"_s;
    scenario.request.url = u"https://b.example/i.png"_s;
    ServerRoute route;
    route.url = scenario.request.url;
    route.body = QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16);
    scenario.server.append(route);
    const QByteArray saved = serializeScenario(scenario);
    const QJsonObject savedRoute = QJsonDocument::fromJson(saved).object().value(u"server"_s).toArray().at(0).toObject();
    QVERIFY(savedRoute.contains(u"bodyBase64"_s));
    QVERIFY(!savedRoute.contains(u"body"_s));
    const ScenarioLoad load = parseScenario(saved, u"png"_s);
    QVERIFY2(load.errors.isEmpty(), qPrintable(load.errors.value(0).toString()));
    QCOMPARE(load.scenario->server.at(0).body, route.body);
}

void TestScenario::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("broken JSON names line and column") << QByteArray("{\n  \"format\": \"corslab-scenario/1\",\n  \"page\" \"x\"\n}")
                                                    << QString() << u"not valid JSON at line 3, column"_s;
    QTest::newRow("top level is an array") << QByteArray("[]") << QString() << u"must be a JSON object"_s;
    QTest::newRow("deep nesting is refused, not recursed")
        << QByteArray(100000, '[') << QString() << u"not valid JSON"_s;
    QTest::newRow("missing format") << QByteArray(R"({"page":"https://a.example/","request":{"url":"https://b.example/"}})")
                                    << u"format"_s << u"is required"_s;
    QTest::newRow("wrong format version")
        << QByteArray(R"({"format":"corslab-scenario/2","page":"https://a.example/","request":{"url":"https://b.example/"}})")
        << u"format"_s << u"is not supported"_s;
    QTest::newRow("missing request") << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/"})")
                                     << u"request"_s << u"is required"_s;
    QTest::newRow("page is a number") << QByteArray(R"({"format":"corslab-scenario/1","page":5,"request":{"url":"https://b.example/"}})")
                                      << u"page"_s << u"must be a string, not a number"_s;
    QTest::newRow("page is relative") << QByteArray(R"({"format":"corslab-scenario/1","page":"/index.html","request":{"url":"https://b.example/"}})")
                                      << u"page"_s << u"is not an absolute URL"_s;
    QTest::newRow("pageSandboxed is a string")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","pageSandboxed":"yes","request":{"url":"https://b.example/"}})")
        << u"pageSandboxed"_s << u"must be true or false"_s;
    QTest::newRow("relative request URL") << withRequestField("url", u"api/items"_s) << u"request.url"_s
                                          << u"\"api/items\" is not an absolute URL"_s;
    QTest::newRow("invalid host in request URL") << withRequestField("url", u"https://exa mple.com/"_s) << u"request.url"_s
                                                 << u"is not an absolute URL"_s;
    QTest::newRow("unknown via") << withRequestField("via", u"ajax"_s) << u"request.via"_s
                                 << u"\"ajax\" is not a valid via; expected one of \"fetch\""_s;
    QTest::newRow("formTarget other than _top") << withRequestField("formTarget", u"_blank"_s) << u"request.formTarget"_s
                                                << u"\"_blank\" is not supported; the only target is \"_top\""_s;
    QTest::newRow("formTarget on a fetch") << withRequestField("formTarget", u"_top"_s) << u"request.formTarget"_s
                                           << u"does not apply to via \"fetch\""_s;
    QTest::newRow("userActivation is a string") << withRequestField("userActivation", u"yes"_s) << u"request.userActivation"_s
                                                << u"must be true or false, not a string"_s;
    QTest::newRow("unknown mode") << withRequestField("mode", u"navigate"_s) << u"request.mode"_s
                                  << u"\"navigate\" is not a valid request mode"_s;
    QTest::newRow("method with a space") << withRequestField("method", u"PO ST"_s) << u"request.method"_s
                                         << u"is not a valid method"_s;
    QTest::newRow("forbidden method") << withRequestField("method", u"TRACE"_s) << u"request.method"_s
                                      << u"is a forbidden method"_s;
    QTest::newRow("headers is an object") << withRequestField("headers", QJsonObject{{u"a"_s, u"b"_s}})
                                          << u"request.headers"_s << u"must be a list of [name, value] pairs"_s;
    QTest::newRow("header pair of three") << withRequestField("headers", QJsonArray{QJsonArray{u"a"_s, u"b"_s, u"c"_s}})
                                          << u"request.headers[0]"_s << u"must be a [name, value] pair"_s;
    QTest::newRow("header value is a number") << withRequestField("headers", QJsonArray{QJsonArray{u"X-A"_s, 1}})
                                              << u"request.headers[0][1]"_s << u"must be a string, not a number"_s;
    QTest::newRow("header name with a space")
        << withRequestField("headers", QJsonArray{pair(u"Accept"_s, u"*/*"_s), pair(u"X-A"_s, u"1"_s), pair(u"X Y"_s, u"1"_s)})
        << u"request.headers[2][0]"_s << u"\"X Y\" is not a valid header name"_s;
    QTest::newRow("header value with CR") << withRequestField("headers", QJsonArray{pair(u"X-A"_s, u"a\rb"_s)})
                                          << u"request.headers[0][1]"_s << u"contains a CR byte"_s;
    QTest::newRow("header value with LF") << withRequestField("headers", QJsonArray{pair(u"X-A"_s, u"a\nSet-Cookie: x"_s)})
                                          << u"request.headers[0][1]"_s << u"contains a LF byte"_s;
    QTest::newRow("header value with NUL") << withRequestField("headers", QJsonArray{pair(u"X-A"_s, QString(QChar(0)))})
                                           << u"request.headers[0][1]"_s << u"contains a NUL byte"_s;
    QTest::newRow("header value beyond Latin-1") << withRequestField("headers", QJsonArray{pair(u"X-A"_s, u"€"_s)})
                                                 << u"request.headers[0][1]"_s << u"which is not a byte"_s;
    QTest::newRow("10 MB header value") << withRequestField("headers", QJsonArray{pair(u"X-A"_s, QString(10'000'000, u'a'))})
                                        << u"request.headers[0][1]"_s << u"is 10000000 characters long; at most 65536"_s;
    QTest::newRow("crossorigin on fetch") << withRequestField("crossorigin", u"anonymous"_s) << u"request.crossorigin"_s
                                          << u"does not apply to via \"fetch\""_s;
    QTest::newRow("server is an object")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"url":"https://b.example/"},"server":{}})")
        << u"server"_s << u"must be a list of routes"_s;
    QTest::newRow("route status is text")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"url":"https://b.example/"},"server":[{"url":"https://b.example/","status":"200"}]})")
        << u"server[0].status"_s << u"must be a whole number, not a string"_s;
    // Any three digits a server can send are a status (https://www.rfc-editor.org/rfc/rfc9110#name-status-codes).
    QTest::newRow("route status of four digits")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"url":"https://b.example/"},"server":[{"url":"https://b.example/","status":1000}]})")
        << u"server[0].status"_s << u"1000 is not a three-digit HTTP status code (000–999)"_s;
    QTest::newRow("route status negative")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"url":"https://b.example/"},"server":[{"url":"https://b.example/","status":-1}]})")
        << u"server[0].status"_s << u"-1 is not a three-digit HTTP status code"_s;
    // Beyond int's range (found by tests/fuzz/fuzz_scenario: the cast was undefined behaviour).
    QTest::newRow("route status beyond int")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"url":"https://b.example/"},"server":[{"url":"https://b.example/","status":1e40}]})")
        << u"server[0].status"_s << u"1e+40 is not a three-digit HTTP status code (000–999)"_s;
    QTest::newRow("route without url")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"url":"https://b.example/"},"server":[{"status":200}]})")
        << u"server[0].url"_s << u"is required"_s;
    QTest::newRow("route header name with colon")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"url":"https://b.example/"},"server":[{"url":"https://b.example/","headers":[["Access-Control-Allow-Origin:","*"]]}]})")
        << u"server[0].headers[0][0]"_s << u"is not a valid header name"_s;
    QTest::newRow("route bodyBase64 that is not base64")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"url":"https://b.example/"},"server":[{"url":"https://b.example/","bodyBase64":"@@@"}]})")
        << u"server[0].bodyBase64"_s << u"is not base64"_s;
    QTest::newRow("pageHeaders is an object")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","pageHeaders":{},"request":{"url":"https://b.example/"}})")
        << u"pageHeaders"_s << u"must be a list"_s;
    QTest::newRow("page header name with a space")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","pageHeaders":[["Cross Origin","x"]],"request":{"url":"https://b.example/"}})")
        << u"pageHeaders[0][0]"_s << u"is not a valid header name"_s;
    QTest::newRow("route with body and bodyBase64")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"url":"https://b.example/"},"server":[{"url":"https://b.example/","body":"a","bodyBase64":"YQ=="}]})")
        << u"server[0].bodyBase64"_s << u"cannot stand beside body"_s;
}

void TestScenario::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const ScenarioLoad load = parseScenario(json, u"bad.cors.json"_s);
    QVERIFY(!load.scenario);
    QVERIFY(!load.errors.isEmpty());
    const ScenarioError &error = load.errors.first();
    QCOMPARE(error.file, u"bad.cors.json"_s);
    QCOMPARE(error.path, path);
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QVERIFY2(error.toString().startsWith(u"bad.cors.json: "_s), qPrintable(error.toString()));
    QVERIFY2(error.toString().size() < 400, "a message must stay readable, even for huge values");
}

void TestScenario::reportsEveryProblem()
{
    const QByteArray json = R"({"format":"corslab-scenario/1","page":"nope","request":{"via":"img","url":"https://b.example/","mode":"cors","headers":[["X Y","1"]]}})";
    const ScenarioLoad load = parseScenario(json, u"many.cors.json"_s);
    QStringList paths;
    for (const ScenarioError &error : load.errors)
        paths << error.path;
    QCOMPARE(paths, (QStringList{u"page"_s, u"request.mode"_s, u"request.headers"_s, u"request.headers[0][0]"_s}));
}

// What real servers send is a valid scenario, kept exactly as written: any three-digit status, header
// values with surrounding spaces or tabs (the engine trims them as HTTP parsing does, the route keeps them).
void TestScenario::acceptsUnusualWireInput_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("status 000") << 0 << QByteArray("*");
    QTest::newRow("status 099") << 99 << QByteArray("*");
    QTest::newRow("status 100 as the final answer") << 100 << QByteArray("*");
    QTest::newRow("status 407") << 407 << QByteArray("*");
    QTest::newRow("status 600") << 600 << QByteArray("*");
    QTest::newRow("status 999") << 999 << QByteArray("*");
    QTest::newRow("value with spaces") << 200 << QByteArray("  true ");
    QTest::newRow("value with tabs") << 200 << QByteArray("\\ttrue\\t");   // JSON escapes: real tabs
    QTest::newRow("value of spaces only") << 200 << QByteArray("   ");
}

void TestScenario::acceptsUnusualWireInput()
{
    QFETCH(int, status);
    QFETCH(QByteArray, value);
    const QByteArray json = R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"url":"https://b.example/"},)"
                            R"("server":[{"url":"https://b.example/","status":)" + QByteArray::number(status)
                            + R"(,"headers":[["Access-Control-Allow-Credentials",")" + value + R"("]]}]})";
    const ScenarioLoad load = parseScenario(json, u"wire.cors.json"_s);
    QVERIFY2(load.errors.isEmpty(), qPrintable(load.errors.value(0).toString()));
    QVERIFY(load.scenario);
    QCOMPARE(load.scenario->server.at(0).status, status);
    QByteArray expected = value;
    expected.replace("\\t", "\t");
    QCOMPARE(load.scenario->server.at(0).headers.get("access-control-allow-credentials"), std::optional(expected));
    QCOMPARE(scenarioToJson(*load.scenario).value("server"_L1).toArray().at(0).toObject().value("status"_L1).toInt(), status);
}

void TestScenario::validatesInMemoryEdits()
{
    Scenario scenario = *parseScenario(readData(u"credentialed-post.cors.json"_s), u"x"_s).scenario;
    QVERIFY(validateScenario(scenario).isEmpty());
    scenario.request.via = Via::Xhr;
    scenario.request.mode.reset();
    scenario.request.credentials = CredentialsMode::Omit;
    const QList<ScenarioError> errors = validateScenario(scenario);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, u"request.credentials"_s);
}

// A device without a size (/dev/zero never ends) is read one byte past the limit, then refused.
void TestScenario::endlessFileIsReadToTheLimit()
{
    const ScenarioLoad load = loadScenarioFile(u"/dev/zero"_s);
    QVERIFY(!load.scenario);
    QCOMPARE(load.errors.size(), qsizetype(1));
    QCOMPARE(load.errors.first().toString(),
             u"/dev/zero: is %1 bytes; a scenario file is at most %2"_s.arg(kMaxScenarioFileBytes + 1).arg(kMaxScenarioFileBytes));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
