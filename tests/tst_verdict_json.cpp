// verdictToJson -> verdictFromJson: what live mode reads back from `corslab-live --serve` is the
// verdict that was written, for every golden scenario (under both engine profiles) and for a verdict
// with every field the views show set; malformed objects are rejected with the field named.
#include "core/evaluation.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include "core/verdict_json.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace corslab;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(corslab::Verdict)
Q_DECLARE_METATYPE(corslab::Scenario)

namespace {

// The fields verdictFromJson promises to read back (steps and fixes are text in the JSON).
Verdict viewFields(Verdict verdict, bool withResponseHeaders)
{
    verdict.steps.clear();
    verdict.fixes.clear();
    for (Exchange &exchange : verdict.exchanges) {
        exchange.routeIndex = -1;
        if (!withResponseHeaders)
            exchange.responseHeaders = {};
    }
    return verdict;
}

void compareVerdicts(const Verdict &actual, const Verdict &expected)
{
    QCOMPARE(actual.origin, expected.origin);
    QCOMPARE(actual.sameOrigin, expected.sameOrigin);
    QCOMPARE(actual.sameSite, expected.sameSite);
    QCOMPARE(actual.category, expected.category);
    QCOMPARE(actual.exchanges.size(), expected.exchanges.size());
    for (qsizetype i = 0; i < actual.exchanges.size(); ++i) {
        const Exchange &a = actual.exchanges[i];
        const Exchange &e = expected.exchanges[i];
        QCOMPARE(a.kind, e.kind);
        QCOMPARE(a.method, e.method);
        QCOMPARE(a.url, e.url);
        QCOMPARE(a.requestHeaders.entries(), e.requestHeaders.entries());
        QCOMPARE(a.responseHeaders.entries(), e.responseHeaders.entries());
        QCOMPARE(a.credentials, e.credentials);
        QCOMPARE(a.status, e.status);
        QCOMPARE(a.routeIndex, -1);
    }
    QCOMPARE(actual.preflight, expected.preflight);
    QCOMPARE(actual.sent, expected.sent);
    QCOMPARE(actual.blocked, expected.blocked);
    QCOMPARE(actual.readable, expected.readable);
    QCOMPARE(actual.exposedHeaders, expected.exposedHeaders);
    QCOMPARE(actual.error.has_value(), expected.error.has_value());
    if (expected.error) {
        QCOMPARE(corsErrorName(actual.error->error), corsErrorName(expected.error->error));
        QCOMPARE(actual.error->failedParameter, expected.error->failedParameter);
    }
    QCOMPARE(actual.message, expected.message);
    QCOMPARE(actual.preflightCacheSeconds, expected.preflightCacheSeconds);
    QCOMPARE(actual.firefox.has_value(), expected.firefox.has_value());
    if (expected.firefox)
        QCOMPARE(*actual.firefox, *expected.firefox);
    QCOMPARE(actual.engine, expected.engine);
    QVERIFY(actual.steps.isEmpty());
    QVERIFY(actual.fixes.isEmpty());
}

} // namespace

class TestVerdictJson : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<bool>("withResponseHeaders");

        // Every golden scenario, as the model answers for current Chromium and for Chromium 102.
        const QDir golden(QStringLiteral(CORSLAB_TEST_DATA) + u"/golden"_s);
        const QStringList files = golden.entryList({u"*.cors.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() > 200);
        for (const QString &file : files) {
            const ScenarioLoad load = loadScenarioFile(golden.filePath(file));
            QVERIFY2(load.scenario, qPrintable(file));
            for (const EngineProfile profile : {EngineProfile::Current, EngineProfile::Chromium102}) {
                const std::optional<Verdict> verdict = evaluate(*load.scenario, profile);
                QVERIFY2(verdict, qPrintable(file));
                QTest::addRow("%s%s", qPrintable(file), profile == EngineProfile::Current ? "" : " (102)")
                    << *load.scenario << *verdict << false;
            }
        }

        // Every field the views show set, as a live run reports it (engine, response headers).
        Verdict full;
        full.origin = u"https://app.example.com"_s;
        full.sameOrigin = false;
        full.sameSite = true;
        full.category = AccessCategory::Embed;
        Exchange preflight;
        preflight.kind = Exchange::Kind::Preflight;
        preflight.method = "OPTIONS";
        preflight.url = u"https://api.example.com/items?q=\u00e9"_s;
        preflight.requestHeaders.append("Access-Control-Request-Method", "PUT");
        preflight.requestHeaders.append("Origin", "https://app.example.com");
        preflight.status = 204;
        preflight.responseHeaders.append("Access-Control-Allow-Origin", "*");
        preflight.responseHeaders.append("X-Dup", "a");
        preflight.responseHeaders.append("X-Dup", "b");
        Exchange redirect;
        redirect.kind = Exchange::Kind::Redirect;
        redirect.method = "PUT";
        redirect.url = u"https://api2.example.net/target"_s;
        redirect.credentials = true;
        redirect.status = 0;
        Exchange main;
        main.method = "GET";
        main.url = u"https://api2.example.net/final"_s;
        main.requestHeaders.append("X-Latin1", "caf\xe9");
        main.status = 302;
        full.exchanges = {preflight, redirect, main};
        full.preflight = true;
        full.sent = true;
        full.blocked = true;
        full.readable = false;
        full.exposedHeaders = {"content-type", "x-custom"};
        full.error = CorsErrorStatus{CorsError::PreflightInvalidAllowCredentials, "TRUE"};
        full.message = u"Access to fetch at 'x' has been blocked by CORS policy: \"quoted\"\nline two"_s;
        full.preflightCacheSeconds = 7200;
        full.firefox = FirefoxReport{u"CORSInvalidAllowCredentials"_s, u"Reason: expected ‘true’"_s};
        full.engine = u"102.0.5005.177"_s;
        QTest::newRow("every field") << Scenario{} << full << true;

        Verdict empty;
        QTest::newRow("defaults") << Scenario{} << empty << false;
    }

    void roundTrip()
    {
        QFETCH(Scenario, scenario);
        QFETCH(Verdict, verdict);
        QFETCH(bool, withResponseHeaders);

        QJsonObject object = verdictToJson(verdict, scenario);
        if (withResponseHeaders) {
            // As `corslab-live --serve` adds them.
            QJsonArray exchanges = object.value("exchanges"_L1).toArray();
            for (qsizetype i = 0; i < exchanges.size(); ++i) {
                QJsonObject exchange = exchanges.at(i).toObject();
                exchange.insert("responseHeaders"_L1, headersToJsonArray(verdict.exchanges[i].responseHeaders));
                exchanges.replace(i, exchange);
            }
            object.insert("exchanges"_L1, exchanges);
        }
        // Through the wire format: one compact line.
        const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
        QVERIFY(!line.contains('\n'));
        const QJsonObject parsed = QJsonDocument::fromJson(line).object();
        QString error;
        const std::optional<Verdict> back = verdictFromJson(parsed, &error);
        QVERIFY2(back, qPrintable(error));
        compareVerdicts(*back, viewFields(verdict, withResponseHeaders));
        // And once more: the JSON of what was read back is the JSON that was written, steps and fixes aside.
        QJsonObject again = verdictToJson(*back, scenario);
        QJsonObject expected = object;
        for (QJsonObject *o : {&again, &expected}) {
            o->remove("steps"_L1);
            o->remove("fix"_L1);
            QJsonArray exchanges = o->value("exchanges"_L1).toArray();
            for (qsizetype i = 0; i < exchanges.size(); ++i) {
                QJsonObject exchange = exchanges.at(i).toObject();
                exchange.remove("responseHeaders"_L1);
                exchanges.replace(i, exchange);
            }
            o->insert("exchanges"_L1, exchanges);
        }
        QCOMPARE(again, expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("category") << QByteArray(R"({"category":"steal"})") << u"category"_s;
        QTest::newRow("kind") << QByteArray(R"({"exchanges":[{"kind":"teleport"}]})") << u"exchanges[0].kind"_s;
        QTest::newRow("exchanges type") << QByteArray(R"({"exchanges":{}})") << u"exchanges"_s;
        QTest::newRow("exchange type") << QByteArray(R"({"exchanges":[1]})") << u"exchanges[0]"_s;
        QTest::newRow("status type") << QByteArray(R"({"exchanges":[{"kind":"main","status":"200"}]})") << u"exchanges[0].status"_s;
        QTest::newRow("header pair") << QByteArray(R"({"exchanges":[{"kind":"main","requestHeaders":[["a"]]}]})")
                                     << u"exchanges[0].requestHeaders[0]"_s;
        QTest::newRow("blocked type") << QByteArray(R"({"blocked":"yes"})") << u"blocked"_s;
        QTest::newRow("error name") << QByteArray(R"({"error":"NoSuchError"})") << u"error"_s;
        QTest::newRow("exposed type") << QByteArray(R"({"exposedHeaders":[1]})") << u"exposedHeaders"_s;
        QTest::newRow("engine type") << QByteArray(R"({"engine":102})") << u"engine"_s;
    }

    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QString error;
        QVERIFY(!verdictFromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.startsWith(field + u": "_s), qPrintable(error));
    }

    // originComparison: the page against the URL asked for, part by part, and against each redirect target.
    void originComparison()
    {
        Scenario scenario;
        scenario.page = u"https://app.example.com/"_s;
        scenario.request.url = u"https://api.example.com/a"_s;
        ServerRoute redirect;
        redirect.url = scenario.request.url;
        redirect.status = 302;
        redirect.headers.append("Location", "https://cdn.example.net:8443/b");
        redirect.headers.append("Access-Control-Allow-Origin", "https://app.example.com");
        ServerRoute target;
        target.url = u"https://cdn.example.net:8443/b"_s;
        scenario.server = {redirect, target};
        const std::optional<Verdict> verdict = evaluate(scenario);
        QVERIFY(verdict);
        const QJsonObject comparison = verdictToJson(*verdict, scenario).value("originComparison"_L1).toObject();
        QCOMPARE(comparison.value("target"_L1).toString(), scenario.request.url);
        QCOMPARE(comparison.value("scheme"_L1).toObject().value("same"_L1).toBool(), true);
        QCOMPARE(comparison.value("host"_L1).toObject().value("target"_L1).toString(), u"api.example.com"_s);
        QCOMPARE(comparison.value("host"_L1).toObject().value("same"_L1).toBool(), false);
        QCOMPARE(comparison.value("port"_L1).toObject().value("page"_L1).toInt(), 443);
        QCOMPARE(comparison.value("site"_L1).toObject().value("same"_L1).toBool(), true);
        const QJsonArray hops = comparison.value("hops"_L1).toArray();
        QCOMPARE(hops.size(), 1);
        const QJsonObject hop = hops.first().toObject();
        QCOMPARE(hop.value("target"_L1).toString(), target.url);
        QCOMPARE(hop.value("host"_L1).toObject().value("same"_L1).toBool(), false);
        QCOMPARE(hop.value("port"_L1).toObject().value("target"_L1).toInt(), 8443);
        QCOMPARE(hop.value("site"_L1).toObject().value("target"_L1).toString(), u"https://example.net"_s);

        scenario.pageSandboxed = true;
        const QJsonObject sandboxed = verdictToJson(*evaluate(scenario), scenario).value("originComparison"_L1).toObject();
        QCOMPARE(sandboxed.value("opaque"_L1).toBool(), true);
        QVERIFY(!sandboxed.contains("host"_L1));
    }
};

QTEST_GUILESS_MAIN(TestVerdictJson)
#include "tst_verdict_json.moc"
