// core/request_export: the exchanges of a verdict as curl / fetch / HTTPie, golden outputs, and curl re-imported by
// core/request_import gives back each exchange's method, URL and headers.
#include "core/evaluation.h"
#include "core/request_export.h"
#include "core/request_import.h"
#include "core/safelist.h"
#include "core/wire_headers.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

// A credentialed PUT with an author header whose value holds a quote: preflighted, and the server allows it.
Scenario preflightedPut()
{
    Scenario scenario;
    scenario.page = u"https://app.example.com/"_s;
    scenario.request.url = u"https://api.example.com/items/1"_s;
    scenario.request.method = "PUT";
    scenario.request.credentials = CredentialsMode::Include;
    scenario.request.headers.append("Content-Type", "application/json");
    scenario.request.headers.append("X-Note", "it's");
    scenario.request.body = QByteArray("{\"a\":1}");
    ServerRoute preflight;
    preflight.method = "OPTIONS";
    preflight.url = scenario.request.url;
    preflight.status = 204;
    preflight.headers = {{"Access-Control-Allow-Origin", "https://app.example.com"}, {"Access-Control-Allow-Credentials", "true"},
                         {"Access-Control-Allow-Methods", "PUT"}, {"Access-Control-Allow-Headers", "content-type, x-note"}};
    ServerRoute put;
    put.method = "PUT";
    put.url = scenario.request.url;
    put.headers = {{"Access-Control-Allow-Origin", "https://app.example.com"}, {"Access-Control-Allow-Credentials", "true"}};
    scenario.server = {preflight, put};
    return scenario;
}

Scenario simpleGet()
{
    Scenario scenario;
    scenario.page = u"https://app.example.com/"_s;
    scenario.request.url = u"https://api.example.com/items"_s;
    ServerRoute route;
    route.url = scenario.request.url;
    route.headers = {{"Access-Control-Allow-Origin", "*"}};
    scenario.server = {route};
    return scenario;
}

} // namespace

class TestRequestExport : public QObject {
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void shellQuoteSurvivesTheShell_data();
    void shellQuoteSurvivesTheShell();
    void curlRoundTripsThroughTheImporter();
};

void TestRequestExport::golden_data()
{
    QTest::addColumn<int>("scenario");   // 0 preflightedPut, 1 simpleGet
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("expected");

    QTest::newRow("simple GET as curl") << 1 << u"curl"_s << uR"(# 1. request GET https://api.example.com/items
curl -i --globoff 'https://api.example.com/items' \
  -H 'sec-ch-ua: "Not:A-Brand";v="8", "Chromium";v="156"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-ch-ua-platform: "Linux"' \
  -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36' \
  -H 'Accept: */*' \
  -H 'Origin: https://app.example.com' \
  -H 'Sec-Fetch-Site: same-site' \
  -H 'Sec-Fetch-Mode: cors' \
  -H 'Sec-Fetch-Dest: empty' \
  -H 'Referer: https://app.example.com/' \
  -H 'Accept-Encoding: gzip, deflate, br, zstd' \
  -H 'Accept-Language: en-US,en;q=0.9'
)"_s;
    QTest::newRow("preflighted credentialed PUT as curl") << 0 << u"curl"_s << uR"(# 1. preflight OPTIONS https://api.example.com/items/1
curl -i --globoff 'https://api.example.com/items/1' \
  -X 'OPTIONS' \
  -H 'Accept: */*' \
  -H 'Access-Control-Request-Method: PUT' \
  -H 'Access-Control-Request-Headers: content-type,x-note' \
  -H 'Origin: https://app.example.com' \
  -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36' \
  -H 'Sec-Fetch-Mode: cors' \
  -H 'Sec-Fetch-Site: same-site' \
  -H 'Sec-Fetch-Dest: empty' \
  -H 'Referer: https://app.example.com/' \
  -H 'Accept-Encoding: gzip, deflate, br, zstd' \
  -H 'Accept-Language: en-US,en;q=0.9'
# 2. request PUT https://api.example.com/items/1 (with credentials: add your cookies as a Cookie header)
curl -i --globoff 'https://api.example.com/items/1' \
  -X 'PUT' \
  -H 'sec-ch-ua: "Not:A-Brand";v="8", "Chromium";v="156"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-ch-ua-platform: "Linux"' \
  -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36' \
  -H 'Content-Type: application/json' \
  -H 'X-Note: it'\''s' \
  -H 'Accept: */*' \
  -H 'Origin: https://app.example.com' \
  -H 'Sec-Fetch-Site: same-site' \
  -H 'Sec-Fetch-Mode: cors' \
  -H 'Sec-Fetch-Dest: empty' \
  -H 'Referer: https://app.example.com/' \
  -H 'Accept-Encoding: gzip, deflate, br, zstd' \
  -H 'Accept-Language: en-US,en;q=0.9' \
  --data-raw '{"a":1}'
)"_s;
    QTest::newRow("simple GET as HTTPie") << 1 << u"httpie"_s << uR"(# 1. request GET https://api.example.com/items
http --print=HhBb 'GET' 'https://api.example.com/items' \
  'sec-ch-ua:"Not:A-Brand";v="8", "Chromium";v="156"' \
  'sec-ch-ua-mobile:?0' \
  'sec-ch-ua-platform:"Linux"' \
  'User-Agent:Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36' \
  'Accept:*/*' \
  'Origin:https://app.example.com' \
  'Sec-Fetch-Site:same-site' \
  'Sec-Fetch-Mode:cors' \
  'Sec-Fetch-Dest:empty' \
  'Referer:https://app.example.com/' \
  'Accept-Encoding:gzip, deflate, br, zstd' \
  'Accept-Language:en-US,en;q=0.9'
)"_s;
    QTest::newRow("simple GET as fetch") << 1 << u"fetch"_s << uR"(// Node.js 18+ (as an ES module, or pasted into node): a page cannot set Origin, Node can.
let response;
// 1. request GET https://api.example.com/items
response = await fetch("https://api.example.com/items", {
  method: "GET",
  headers: [
    ["sec-ch-ua", "\"Not:A-Brand\";v=\"8\", \"Chromium\";v=\"156\""],
    ["sec-ch-ua-mobile", "?0"],
    ["sec-ch-ua-platform", "\"Linux\""],
    ["User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"],
    ["Accept", "*/*"],
    ["Origin", "https://app.example.com"],
    ["Sec-Fetch-Site", "same-site"],
    ["Sec-Fetch-Mode", "cors"],
    ["Sec-Fetch-Dest", "empty"],
    ["Referer", "https://app.example.com/"],
    ["Accept-Encoding", "gzip, deflate, br, zstd"],
    ["Accept-Language", "en-US,en;q=0.9"]
  ],
  redirect: "manual"
});
console.log(response.status, Object.fromEntries(response.headers));
)"_s;
}

void TestRequestExport::golden()
{
    QFETCH(int, scenario);
    QFETCH(QString, style);
    QFETCH(QString, expected);
    const Scenario input = scenario == 0 ? preflightedPut() : simpleGet();
    const std::optional<Verdict> verdict = evaluate(input);
    QVERIFY(verdict);
    const QString actual = QString::fromUtf8(exportRequests(input, *verdict, *requestExportStyleFromName(style)));
    QCOMPARE(actual, expected);
}

void TestRequestExport::shellQuoteSurvivesTheShell_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("plain") << QByteArray("https://api.example.com/items");
    QTest::newRow("single quotes") << QByteArray("it's 'quoted' ''");
    QTest::newRow("shell specials") << QByteArray("$HOME `id` \"x\" \\ ! * ; & | > <");
    QTest::newRow("newline and UTF-8") << QByteArray("a\nb \xc3\xa9");
    QTest::newRow("empty") << QByteArray();
}

void TestRequestExport::shellQuoteSurvivesTheShell()
{
    QFETCH(QByteArray, value);
    if (QStandardPaths::findExecutable(u"sh"_s).isEmpty())
        QSKIP("no sh");
    QProcess shell;
    shell.start(u"sh"_s, {u"-c"_s, u"printf '%s' "_s + QString::fromUtf8(shellQuote(value))});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.readAllStandardOutput(), value);
}

// Every exchange of every golden scenario (and the preflighted PUT), exported as curl and imported again: the same
// method, URL and the headers script could have set (the rest are the browser's, which the importer lists as dropped).
void TestRequestExport::curlRoundTripsThroughTheImporter()
{
    QList<Scenario> scenarios{preflightedPut(), simpleGet()};
    const QDir golden(QStringLiteral(CORSLAB_TEST_DATA) + u"/golden"_s);
    for (const QString &name : golden.entryList({u"*.cors.json"_s}, QDir::Files, QDir::Name)) {
        const ScenarioLoad load = loadScenarioFile(golden.filePath(name));
        if (load.scenario)
            scenarios.append(*load.scenario);
    }
    QVERIFY(scenarios.size() > 100);
    int exchanges = 0;
    int preflights = 0;
    for (const Scenario &scenario : scenarios) {
        const std::optional<Verdict> verdict = evaluate(scenario);
        if (!verdict)
            continue;
        for (qsizetype i = 0; i < verdict->exchanges.size(); ++i) {
            const Exchange &exchange = verdict->exchanges.at(i);
            const HeaderList wire = wireRequestHeaders(scenario, *verdict, i);
            const std::optional<QByteArray> origin = wire.get("origin");
            if ((!origin || *origin == "null") && !wire.contains("referer"))
                continue;   // nothing in the request names the page (a no-referrer navigation, an opaque origin)
            if (!exchange.url.startsWith("http"_L1))
                continue;
            const QByteArray curl = exportExchange(scenario, *verdict, i, RequestExportStyle::Curl);
            const auto imported = importRequest(curl);
            if (const auto *error = std::get_if<ImportError>(&imported))
                QFAIL(qPrintable(error->toString() + u"\n"_s + QString::fromUtf8(curl)));
            const ScenarioRequest &request = std::get<ImportedRequest>(imported).scenario.request;
            QCOMPARE(request.method, exchange.method);
            QCOMPARE(request.url, exchange.url);
            HeaderList scriptSettable;
            for (const Header &header : wire.entries()) {
                if (!isForbiddenRequestHeader(header.name, header.value) && header.name.compare("priority", Qt::CaseInsensitive) != 0)
                    scriptSettable.append(header.name, header.value);
            }
            QCOMPARE(request.headers, scriptSettable);
            ++exchanges;
            preflights += exchange.kind == Exchange::Kind::Preflight;
        }
    }
    qInfo("%d exchanges (%d preflights) round-tripped", exchanges, preflights);
    QVERIFY(exchanges > 200);
    QVERIFY(preflights > 20);
}

QTEST_GUILESS_MAIN(TestRequestExport)
#include "tst_request_export.moc"
