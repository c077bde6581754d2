// The live runner against the real engine (Qt WebEngine 6.4 = Chromium 102, offscreen): small
// scenarios whose outcome in Chromium is well known, checked through the Verdict the runner builds.
#include "core/cors_error.h"
#include "core/scenario.h"
#include "ui/live/engine_runner.h"
#include <QElapsedTimer>
#include <QTest>
#include <algorithm>

using namespace corslab;

class TestLive : public QObject {
    Q_OBJECT
public:
    static void initMain() { live::EngineRunner::prepareEnvironment(); }

private Q_SLOTS:
    void initTestCase();
    void run_data();
    void run();
    void unreachableHost();
    void warmRunTime();
    void cleanupTestCase();

private:
    live::EngineRunner *m_runner = nullptr;
};

namespace {

Scenario scenarioFrom(const char *json)
{
    const ScenarioLoad load = parseScenario(QByteArray(json), QStringLiteral("inline"));
    for (const ScenarioError &e : load.errors)
        qWarning() << e.toString();
    return load.scenario.value_or(Scenario{});
}

QByteArray mainRequestHeader(const Verdict &v, QByteArrayView name)
{
    for (const Exchange &e : v.exchanges) {
        if (e.kind == Exchange::Kind::Main)
            return e.requestHeaders.get(name).value_or(QByteArray("<absent>"));
    }
    return "<no main exchange>";
}

QString describe(const live::LiveResult &r)
{
    QString text = QStringLiteral("timedOut=%1 failure=%2\n").arg(r.timedOut).arg(r.failure);
    for (const live::ConsoleLine &l : r.console)
        text += QStringLiteral("console: %1\n").arg(l.text);
    for (const Exchange &e : r.verdict.exchanges)
        text += QStringLiteral("exchange: %1 %2 -> %3\n").arg(QString::fromLatin1(e.method), e.url).arg(e.status);
    return text;
}

const char kSameOrigin[] = R"({"format": "corslab-scenario/1", "page": "http://app.example.com/",
  "request": {"via": "fetch", "url": "http://app.example.com/data"},
  "server": [{"method": "GET", "url": "http://app.example.com/data", "status": 200,
              "headers": [["Content-Type", "text/plain"], ["X-Custom", "1"]], "body": "hello"}]})";

} // namespace

void TestLive::initTestCase()
{
    m_runner = new live::EngineRunner(this);
    QString why;
    QVERIFY2(m_runner->start(&why), qPrintable(why));
}

void TestLive::cleanupTestCase()
{
    delete m_runner;
    m_runner = nullptr;
}

void TestLive::run_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("preflight");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("error");          // empty: none; "*": some error, unchecked
    QTest::addColumn<QByteArray>("originHeader"); // Origin on the main request; empty: not checked
    QTest::addColumn<int>("exchanges");

    QTest::newRow("same-origin fetch is readable")
        << QByteArray(kSameOrigin) << false << true << false << true << QString() << QByteArray() << 1;
    QTest::newRow("cross-origin fetch without ACAO is sent, then blocked")
        << QByteArray(R"({"format": "corslab-scenario/1", "page": "http://app.example.com/",
             "request": {"via": "fetch", "url": "http://api.example.com/data"},
             "server": [{"method": "*", "url": "http://api.example.com/data", "status": 200, "body": "secret"}]})")
        << false << true << true << false << QStringLiteral("MissingAllowOriginHeader")
        << QByteArray("http://app.example.com") << 1;
    QTest::newRow("preflighted PUT whose preflight fails")
        << QByteArray(R"({"format": "corslab-scenario/1", "page": "http://app.example.com/",
             "request": {"via": "fetch", "url": "http://api.example.com/items", "method": "PUT"},
             "server": [{"method": "OPTIONS", "url": "http://api.example.com/items", "status": 204,
                         "headers": [["Access-Control-Allow-Origin", "http://app.example.com"]]},
                        {"method": "PUT", "url": "http://api.example.com/items", "status": 200,
                         "headers": [["Access-Control-Allow-Origin", "http://app.example.com"]]}]})")
        << true << false << true << false << QStringLiteral("MethodDisallowedByPreflightResponse") << QByteArray() << 1;
    QTest::newRow("credentialed fetch with ACAO *")
        << QByteArray(R"({"format": "corslab-scenario/1", "page": "http://app.example.com/",
             "request": {"via": "fetch", "url": "http://api.example.com/me", "credentials": "include"},
             "server": [{"method": "GET", "url": "http://api.example.com/me", "status": 200,
                         "headers": [["Access-Control-Allow-Origin", "*"]]}]})")
        << false << true << true << false << QStringLiteral("WildcardOriginNotAllowed") << QByteArray() << 1;
    QTest::newRow("img without crossorigin loads, canvas tainted")
        << QByteArray(R"({"format": "corslab-scenario/1", "page": "http://app.example.com/",
             "request": {"via": "img", "url": "http://cdn.example.net/a.png"},
             "server": [{"method": "GET", "url": "http://cdn.example.net/a.png", "status": 200,
                         "headers": [["Content-Type", "image/png"]]}]})")
        << false << true << false << false << QString() << QByteArray("<absent>") << 1;
    QTest::newRow("sandboxed page sends Origin: null")
        << QByteArray(R"({"format": "corslab-scenario/1", "page": "http://app.example.com/box", "pageSandboxed": true,
             "request": {"via": "fetch", "url": "http://api.example.com/open"},
             "server": [{"method": "GET", "url": "http://api.example.com/open", "status": 200,
                         "headers": [["Access-Control-Allow-Origin", "*"]]}]})")
        << false << true << false << true << QString() << QByteArray("null") << 1;
    QTest::newRow("302 redirect hop is followed")
        << QByteArray(R"({"format": "corslab-scenario/1", "page": "http://app.example.com/",
             "request": {"via": "fetch", "url": "http://api.example.com/old"},
             "server": [{"method": "GET", "url": "http://api.example.com/old", "status": 302,
                         "headers": [["Location", "http://api.example.com/new"], ["Access-Control-Allow-Origin", "*"]]},
                        {"method": "GET", "url": "http://api.example.com/new", "status": 200,
                         "headers": [["Access-Control-Allow-Origin", "*"]], "body": "moved"}]})")
        << false << true << false << true << QString() << QByteArray("http://app.example.com") << 2;
    QTest::newRow("https credentialed POST with a passing preflight")
        << QByteArray(R"({"format": "corslab-scenario/1", "page": "https://app.example.com/dashboard",
             "request": {"via": "fetch", "url": "https://api.example.com/v1/items", "method": "POST",
                         "credentials": "include", "headers": [["Content-Type", "application/json"], ["X-Trace", "42"]],
                         "body": "{\"name\":\"pen\"}"},
             "server": [{"method": "OPTIONS", "url": "https://api.example.com/v1/items", "status": 204,
                         "headers": [["Access-Control-Allow-Origin", "https://app.example.com"],
                                     ["Access-Control-Allow-Credentials", "true"],
                                     ["Access-Control-Allow-Methods", "POST"],
                                     ["Access-Control-Allow-Headers", "content-type, x-trace"]]},
                        {"method": "*", "url": "https://api.example.com/v1/items", "status": 201,
                         "headers": [["Access-Control-Allow-Origin", "https://app.example.com"],
                                     ["Access-Control-Allow-Credentials", "true"],
                                     ["Content-Type", "application/json"]], "body": "{\"id\":7}"}]})")
        << true << true << false << true << QString() << QByteArray("https://app.example.com") << 2;
    QTest::newRow("an explicit default port is the same origin")
        << QByteArray(R"({"format": "corslab-scenario/1", "page": "https://app.example.com/",
             "request": {"via": "fetch", "url": "https://app.example.com:443/data"},
             "server": [{"method": "*", "url": "https://app.example.com/data", "status": 200}]})")
        << false << true << false << true << QString() << QByteArray() << 1;
    QTest::newRow("XHR keeps user:pass@ in the URL")
        << QByteArray(R"({"format": "corslab-scenario/1", "page": "https://app.example.com/",
             "request": {"via": "xhr", "url": "https://user:pass@api.example.com/items"},
             "server": [{"method": "*", "url": "https://api.example.com/items", "status": 200,
                         "headers": [["Access-Control-Allow-Origin", "*"]]}]})")
        << false << true << false << true << QString() << QByteArray("https://app.example.com") << 1;
    QTest::newRow("img with user:pass@ fails silently")
        << QByteArray(R"({"format": "corslab-scenario/1", "page": "https://app.example.com/",
             "request": {"via": "img", "url": "https://user:pass@api.example.com/i.png"},
             "server": [{"method": "*", "url": "https://api.example.com/i.png", "status": 200,
                         "headers": [["Content-Type", "image/png"]]}]})")
        << false << false << true << false << QStringLiteral("CredentialedSubresourceBlocked") << QByteArray() << 0;
    QTest::newRow("mixed-content img is upgraded on the same port")
        << QByteArray(R"({"format": "corslab-scenario/1", "page": "https://app.example.com/",
             "request": {"via": "img", "url": "http://api.example.com/i.png"},
             "server": [{"method": "*", "url": "https://api.example.com/i.png", "status": 200,
                         "headers": [["Content-Type", "image/png"]]}]})")
        << false << true << false << false << QString() << QByteArray() << 1;
    QTest::newRow("mixed-content iframe is blocked though load fires")
        << QByteArray(R"({"format": "corslab-scenario/1", "page": "https://app.example.com/",
             "request": {"via": "iframe", "url": "http://api.example.com/frame"},
             "server": [{"method": "*", "url": "http://api.example.com/frame", "status": 200,
                         "headers": [["Content-Type", "text/html"]]}]})")
        << false << false << true << false << QStringLiteral("MixedContent") << QByteArray() << 0;
    QTest::newRow("a 404 image/png without a body is still an image")
        << QByteArray(R"({"format": "corslab-scenario/1", "page": "https://app.example.com/",
             "request": {"via": "img", "url": "https://app.example.com/i.png"},
             "server": [{"method": "*", "url": "https://app.example.com/i.png", "status": 404,
                         "headers": [["Content-Type", "image/png"]]}]})")
        << false << true << false << true << QString() << QByteArray() << 1;
    QTest::newRow("a font route without a body serves a real font")
        << QByteArray(R"({"format": "corslab-scenario/1", "page": "https://app.example.com/",
             "request": {"via": "font", "url": "https://app.example.com/f.ttf"},
             "server": [{"method": "*", "url": "https://app.example.com/f.ttf", "status": 200,
                         "headers": [["Content-Type", "font/ttf"]]}]})")
        << false << true << false << true << QString() << QByteArray() << 1;
}

void TestLive::unreachableHost()
{
    const live::LiveResult result = m_runner->run(scenarioFrom(R"({"format": "corslab-scenario/1",
        "page": "https://app.example.com/", "request": {"via": "img", "url": "http://192.0.2.10/i.png"},
        "server": [{"method": "*", "url": "http://192.0.2.10/i.png", "status": 200}]})"));
    QCOMPARE(result.failure, QStringLiteral("host 192.0.2.10 is not reachable from loopback"));
}

void TestLive::run()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, preflight);
    QFETCH(bool, sent);
    QFETCH(bool, blocked);
    QFETCH(bool, readable);
    QFETCH(QString, error);
    QFETCH(QByteArray, originHeader);
    QFETCH(int, exchanges);

    const Scenario scenario = scenarioFrom(json.constData());
    QVERIFY(!scenario.page.isEmpty());
    const live::LiveResult result = m_runner->run(scenario);
    const Verdict &v = result.verdict;
    const QByteArray context = describe(result).toUtf8();
    QVERIFY2(result.failure.isEmpty(), context.constData());
    QVERIFY2(!result.timedOut, context.constData());
    QCOMPARE(v.preflight, preflight);
    QCOMPARE(v.sent, sent);
    QCOMPARE(v.blocked, blocked);
    QCOMPARE(v.readable, readable);
    QCOMPARE(v.exchanges.size(), exchanges);
    if (error.isEmpty())
        QVERIFY2(!v.error, context.constData());
    else if (error != u"*") {
        QVERIFY2(v.error, context.constData());
        QCOMPARE(QString(corsErrorName(v.error->error)), error);
    }
    if (!originHeader.isEmpty())
        QCOMPARE(mainRequestHeader(v, "Origin"), originHeader);
    QVERIFY(v.engine.startsWith(u"10"));
    // Everything reported is in the scenario's terms: no loopback port leaks out.
    for (const Exchange &e : v.exchanges)
        QVERIFY2(QUrl(e.url).port() == -1, qPrintable(e.url));
    QVERIFY2(!v.message.contains(QRegularExpression(QStringLiteral(":[0-9]{4,5}/"))), qPrintable(v.message));
}

void TestLive::warmRunTime()
{
    const Scenario scenario = scenarioFrom(kSameOrigin);
    QList<qint64> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        const live::LiveResult result = m_runner->run(scenario);
        QVERIFY(!result.timedOut);
        times.append(t.elapsed());
    }
    std::sort(times.begin(), times.end());
    qInfo("warm run times (ms, sorted): %s", qPrintable([&] {
        QStringList s;
        for (qint64 t : times)
            s.append(QString::number(t));
        return s.join(u' ');
    }()));
    QVERIFY2(times.at(times.size() / 2) < 1500, "a warm run should take well under a second");
}

QTEST_MAIN(TestLive)
#include "tst_live.moc"
