// core/server_probe without a network: the probe loop (next unanswered request, its answer recorded
// as a route, judged again) answered from each golden scenario's own routes must end at the golden's
// own verdict; and the probe's options, checked before anything is sent.
#include "core/evaluation.h"
#include "core/server_probe.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

QStringList goldenFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(CORSLAB_TEST_DATA "/golden"));
    for (const QString &name : dir.entryList({u"*.cors.json"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

// What the golden's server answers `request`: its first route for the method (or *) and URL, else 404.
WireResponse answerFrom(const Scenario &server, const WireRequest &request)
{
    WireResponse response;
    response.head.version = "HTTP/1.1";
    response.head.status = 404;
    const std::optional<Url> wanted = parseUrlOrNull(request.url);
    for (const ServerRoute &route : server.server) {
        const std::optional<Url> url = parseUrlOrNull(route.url);
        if ((route.method == "*" || route.method == request.method) && url && wanted && serverUrl(*url) == serverUrl(*wanted)) {
            response.head.status = route.status;
            response.head.headers = route.headers;
            response.body = route.body;
            break;
        }
    }
    return response;
}

} // namespace

class TestServerProbe : public QObject {
    Q_OBJECT

private slots:
    void loopEndsAtTheGoldenVerdict_data();
    void loopEndsAtTheGoldenVerdict();
    void options_data();
    void options();
    void cookiesGoWithCredentials();
};

void TestServerProbe::loopEndsAtTheGoldenVerdict_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : goldenFiles())
        QTest::newRow(qPrintable(QFileInfo(file).completeBaseName())) << file;
}

void TestServerProbe::loopEndsAtTheGoldenVerdict()
{
    QFETCH(QString, file);
    const ScenarioLoad load = loadScenarioFile(file);
    QVERIFY(load.scenario);
    const std::optional<Verdict> expected = evaluate(*load.scenario);
    QVERIFY(expected);

    Scenario probed = *load.scenario;
    probed.server.clear();
    int sent = 0;
    for (;;) {
        const std::optional<Verdict> verdict = evaluate(probed);
        QVERIFY(verdict);
        const std::optional<WireRequest> next = nextUnansweredRequest(probed, *verdict, {});
        if (!next)
            break;
        QVERIFY2(++sent <= 48, "the loop must end");
        // The engine's own headers go on the wire as it decided them.
        for (const Header &header : verdict->exchanges.at(next->exchangeIndex).requestHeaders.entries())
            QCOMPARE(next->headers.get(header.name), header.value);
        recordResponse(probed, *next, answerFrom(*load.scenario, *next));
    }
    const std::optional<Verdict> verdict = evaluate(probed);
    QCOMPARE(verdict->preflight, expected->preflight);
    QCOMPARE(verdict->sent, expected->sent);
    QCOMPARE(verdict->blocked, expected->blocked);
    QCOMPARE(verdict->readable, expected->readable);
    QCOMPARE(verdict->error, expected->error);
    QCOMPARE(verdict->exchanges.size(), expected->exchanges.size());
    for (qsizetype i = 0; i < verdict->exchanges.size(); ++i) {
        QCOMPARE(verdict->exchanges.at(i).url, expected->exchanges.at(i).url);
        QCOMPARE(verdict->exchanges.at(i).status, expected->exchanges.at(i).status);
        QCOMPARE(verdict->exchanges.at(i).requestHeaders, expected->exchanges.at(i).requestHeaders);
    }
    QCOMPARE(static_cast<qsizetype>(sent), verdict->exchanges.size());
}

void TestServerProbe::options_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("via");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("option");   // empty: accepted
    QTest::addColumn<QString>("message");
    QTest::newRow("a plain probe") << u"https://api.test/x"_s << u"https://app.test"_s << u"fetch"_s << u"GET"_s << QString() << QString();
    QTest::newRow("null: a sandboxed page") << u"https://api.test/x"_s << u"null"_s << u"fetch"_s << u"GET"_s << QString() << QString();
    QTest::newRow("origin with a path: that page") << u"https://api.test/x"_s << u"https://app.test/dash"_s << u"fetch"_s << u"GET"_s
                                                   << QString() << QString();
    QTest::newRow("relative URL") << u"/x"_s << u"https://app.test"_s << u"fetch"_s << u"GET"_s << u"URL"_s << u"is not a URL"_s;
    QTest::newRow("ftp URL") << u"ftp://api.test/x"_s << u"https://app.test"_s << u"fetch"_s << u"GET"_s << u"URL"_s
                             << u"not an http or https URL"_s;
    QTest::newRow("origin without a scheme") << u"https://api.test/x"_s << u"app.test"_s << u"fetch"_s << u"GET"_s << u"--origin"_s
                                             << u"is not a URL"_s;
    QTest::newRow("file: origin") << u"https://api.test/x"_s << u"file:///tmp/a.html"_s << u"fetch"_s << u"GET"_s << u"--origin"_s
                                  << u"not an http or https origin"_s;
    QTest::newRow("forbidden method") << u"https://api.test/x"_s << u"https://app.test"_s << u"fetch"_s << u"TRACE"_s << u"--method"_s
                                      << u"forbidden method"_s;
    QTest::newRow("method with a space") << u"https://api.test/x"_s << u"https://app.test"_s << u"fetch"_s << u"GE T"_s
                                         << u"--method"_s << u"not a method name"_s;
}

void TestServerProbe::options()
{
    QFETCH(QString, url);
    QFETCH(QString, origin);
    QFETCH(QString, via);
    QFETCH(QString, method);
    QFETCH(QString, option);
    QFETCH(QString, message);
    ProbeOptions options;
    options.url = url;
    options.origin = origin;
    options.via = *viaFromName(via);
    options.method = method.toLatin1();
    const auto result = probeScenario(options);
    if (option.isEmpty()) {
        QVERIFY(std::holds_alternative<Scenario>(result));
        const Scenario &scenario = std::get<Scenario>(result);
        QVERIFY(validateScenario(scenario).isEmpty());
        QCOMPARE(scenario.pageSandboxed, origin == "null"_L1);
        QVERIFY(scenario.server.isEmpty());
        return;
    }
    QVERIFY(std::holds_alternative<ProbeOptionError>(result));
    QCOMPARE(std::get<ProbeOptionError>(result).option, option);
    QVERIFY2(std::get<ProbeOptionError>(result).message.contains(message), qPrintable(std::get<ProbeOptionError>(result).message));
}

// --cookie goes in Cookie where the browser sends cookies (credentials), never on a preflight.
void TestServerProbe::cookiesGoWithCredentials()
{
    for (const CredentialsMode mode : {CredentialsMode::Omit, CredentialsMode::Include}) {
        ProbeOptions options;
        options.url = u"https://api.test/x"_s;
        options.origin = u"https://app.test"_s;
        options.method = QByteArrayLiteral("PUT");
        options.credentials = mode;
        Scenario scenario = std::get<Scenario>(probeScenario(options));
        std::optional<Verdict> verdict = evaluate(scenario);
        std::optional<WireRequest> preflight = nextUnansweredRequest(scenario, *verdict, {"sid=1"});
        QVERIFY(preflight && preflight->kind == Exchange::Kind::Preflight);
        QVERIFY(!preflight->headers.contains("cookie"));
        WireResponse allowed;
        allowed.head.status = 204;
        allowed.head.headers = {{"Access-Control-Allow-Origin", "https://app.test"}, {"Access-Control-Allow-Credentials", "true"},
                                {"Access-Control-Allow-Methods", "PUT"}};
        recordResponse(scenario, *preflight, allowed);
        verdict = evaluate(scenario);
        const std::optional<WireRequest> request = nextUnansweredRequest(scenario, *verdict, {"sid=1", "theme=dark"});
        QVERIFY(request && request->kind == Exchange::Kind::Main);
        QCOMPARE(request->headers.get("cookie"),
                 mode == CredentialsMode::Include ? std::optional<QByteArray>("sid=1; theme=dark") : std::nullopt);
        QCOMPARE(request->body, QByteArray());   // a PUT goes with a body (empty: none given)
    }
}

QTEST_GUILESS_MAIN(TestServerProbe)
#include "tst_server_probe.moc"
