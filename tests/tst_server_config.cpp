// core/server_config: the policy a scenario's fix needs, and the snippet for each kind of server, checked
// against the golden scenarios; nginx, node and python parse the snippets where they are installed.
#include "core/evaluation.h"
#include "core/server_config.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace corslab;

Q_DECLARE_METATYPE(corslab::ServerKind)
Q_DECLARE_METATYPE(corslab::CorsPolicy)

namespace {

QString goldenPath(const QString &stem) { return QStringLiteral(CORSLAB_TEST_DATA) + u"/golden/"_s + stem + u".cors.json"_s; }

Scenario load(const QString &path)
{
    const ScenarioLoad load = loadScenarioFile(path);
    return load.scenario.value_or(Scenario());
}

QList<CorsPolicy> policiesOf(const QString &path, QString *reason = nullptr)
{
    const Scenario scenario = load(path);
    const std::optional<Verdict> verdict = evaluate(scenario);
    return verdict ? corsPoliciesForFix(scenario, verdict->fixes, EngineProfile::Current, reason) : QList<CorsPolicy>();
}

// Where each kind says the things every snippet must say.
struct KindMarkers {
    ServerKind kind;
    const char *vary;                // Vary: Origin, sent by the snippet or said to come from the library
    const char *preflightStatus;     // how the preflight is answered
    const char *credentials;         // present exactly when credentials are allowed
    const char *methodsKey;          // the line listing the methods
    const char *headersKey;          // the line listing the request headers
    const char *maxAgeKey;           // the line with the preflight's cache lifetime
};
constexpr KindMarkers kMarkers[] = {
    {ServerKind::Nginx, "add_header Vary Origin always;", "return 204;", "Access-Control-Allow-Credentials",
     "Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Max-Age"},
    {ServerKind::Apache, "Header always merge Vary \"Origin\"", "[R=204,L]", "Access-Control-Allow-Credentials",
     "Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Max-Age"},
    {ServerKind::Caddy, "+Vary Origin", "_preflight 204", "Access-Control-Allow-Credentials", "Access-Control-Allow-Methods",
     "Access-Control-Allow-Headers", "Access-Control-Max-Age"},
    {ServerKind::Express, "adds Vary: Origin to every answer itself", "optionsSuccessStatus: 204", "credentials: true",
     "methods:", "allowedHeaders:", "maxAge:"},
    {ServerKind::Django, "adds Vary: Origin to every answer of CORS_URLS_REGEX itself", "with 200, which is an ok status",
     "CORS_ALLOW_CREDENTIALS = True", "CORS_ALLOW_METHODS", "CORS_ALLOW_HEADERS", "CORS_PREFLIGHT_MAX_AGE"},
    {ServerKind::Flask, "response.vary.add(\"Origin\")", "response.status_code = 204", "\"supports_credentials\": True",
     "\"methods\":", "\"allow_headers\":", "\"max_age\":"},
    {ServerKind::Spring, "adds Vary: Origin to every answer of a registered path itself", "with 200, which is an ok status",
     "setAllowCredentials(true)", "setAllowedMethods", "setAllowedHeaders", "setMaxAge"},
    {ServerKind::AspNet, "Append(\"Vary\", \"Origin\")", "answers the preflight with 204", ".AllowCredentials()", ".WithMethods(",
     ".WithHeaders(", ".SetPreflightMaxAge("},
};

const KindMarkers &markersFor(ServerKind kind)
{
    return *std::find_if(std::begin(kMarkers), std::end(kMarkers), [&](const KindMarkers &m) { return m.kind == kind; });
}

// The snippet's lines that contain `key`, outside comments.
QStringList linesWith(const QString &snippet, QLatin1StringView key)
{
    QStringList lines;
    for (const QString &line : snippet.split(u'\n')) {
        const QString code = line.trimmed();
        if (code.contains(key) && !code.startsWith(u'#') && !code.startsWith(u"//"_s))
            lines.append(code);
    }
    return lines;
}

// `item` as a whole element of a list ("PUT", 'PUT', "GET, PUT", List.of("PUT")).
bool listsItem(const QStringList &lines, const QString &item)
{
    const QRegularExpression element(u"(^|[\\s\"',(\\[])"_s + QRegularExpression::escape(item) + u"($|[\\s\"',)\\]])"_s);
    return std::any_of(lines.begin(), lines.end(), [&](const QString &line) { return element.match(line).hasMatch(); });
}

// A golden scenario that is blocked and has a fix with CORS configuration in it.
bool blockedWithServerFix(const QString &path)
{
    const Scenario scenario = load(path);
    const std::optional<Verdict> verdict = evaluate(scenario);
    return verdict && !passes(*verdict) && !corsPoliciesForFix(scenario, verdict->fixes).isEmpty();
}

struct ToolRun {
    bool ran = false;
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    const QString path = program.startsWith(u'/') ? (QFile::exists(program) ? program : QString())
                                                  : QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return {};
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {true, -1, u"timed out"_s};
    }
    return {true, process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAll())};
}

// What a real parser of the kind says of the snippet: nginx -t on a whole configuration assembled from the
// two parts, node --check, Python's ast.parse. `ran` is false where the tool is not installed (or for
// Apache, Caddy, Spring and ASP.NET, whose checkers are not on this machine).
ToolRun parseWithRealTool(ServerKind kind, const QList<CorsPolicy> &policies, const QString &snippet, const QTemporaryDir &dir)
{
    const auto write = [&](const QString &name, const QString &text) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
        return file.fileName();
    };
    switch (kind) {
    case ServerKind::Nginx: {
        QString locations = nginxLocations(policies);
        locations.replace(u"# your content here"_s, u"return 200 \"ok\";"_s);
        const QString config = write(u"nginx.conf"_s, u"events {}\nhttp {\n"_s + nginxHttpContext(policies)
                                                          + u"server {\nlisten 127.0.0.1:18080;\n"_s + locations + u"}\n}\n"_s);
        QDir(dir.path()).mkpath(u"logs"_s);
        return runTool(u"/usr/sbin/nginx"_s, {u"-p"_s, dir.path(), u"-c"_s, config, u"-t"_s, u"-g"_s,
                                             u"pid "_s + dir.filePath(u"nginx.pid"_s) + u"; error_log stderr;"_s});
    }
    case ServerKind::Express:
        return runTool(u"node"_s, {u"--check"_s, write(u"cors.js"_s, snippet)});
    case ServerKind::Django:
    case ServerKind::Flask:
        return runTool(u"python3"_s, {u"-c"_s, u"import ast, sys; ast.parse(open(sys.argv[1]).read())"_s, write(u"cors.py"_s, snippet)});
    case ServerKind::Apache:
    case ServerKind::Caddy:
    case ServerKind::Spring:
    case ServerKind::AspNet:
        break;
    }
    return {};
}

} // namespace

class TestServerConfig : public QObject {
    Q_OBJECT
private slots:
    void kindNames();
    void policyFromFix_data();
    void policyFromFix();
    void noPolicy_data();
    void noPolicy();
    void explicitPolicy_data();
    void explicitPolicy();
    void fixesBeyondCorsPolicy_data();
    void fixesBeyondCorsPolicy();
    void snippet_data();
    void snippet();
    void nginxPartsMakeTheSnippet();
};

void TestServerConfig::kindNames()
{
    QStringList names;
    for (const ServerKind kind : kAllServerKinds) {
        names << serverKindName(kind);
        QVERIFY(serverKindFromName(QString(serverKindName(kind))) == kind);
    }
    QCOMPARE(names.join(u' '), u"nginx apache caddy express django flask spring aspnet"_s);
    QVERIFY(!serverKindFromName(u"iis"));
    QVERIFY(!serverKindFromName(u"NGINX"));
}

void TestServerConfig::policyFromFix_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<CorsPolicy>>("expected");
    const auto policy = [](QString server, QString path, QStringList origins, bool credentials, QList<QByteArray> methods,
                           QList<QByteArray> headers, bool preflight, int maxAge = kDefaultPolicyMaxAge, QList<QByteArray> exposed = {}) {
        return CorsPolicy{server, path, origins, credentials, methods, headers, exposed, preflight, maxAge};
    };
    const QString api = u"https://api.example.com"_s;
    const QStringList app{u"https://app.example.com"_s};
    QTest::newRow("custom header not allowed: the preflight's GET and x-custom")
        << goldenPath(u"header-not-allowed"_s) << QList{policy(api, u"/items"_s, app, false, {"GET"}, {"x-custom"}, true)};
    QTest::newRow("credentialed preflighted PUT against a wildcard")
        << goldenPath(u"preflight-wildcard-with-credentials"_s) << QList{policy(api, u"/items"_s, app, true, {"PUT"}, {}, true)};
    QTest::newRow("credentialed POST with two headers, already passing")
        << QStringLiteral(CORSLAB_TEST_DATA "/scenarios/credentialed-post.cors.json")
        << QList{policy(api, u"/v1/items"_s, app, true, {"POST"}, {"content-type", "x-trace"}, true)};
    QTest::newRow("two headers reported one at a time, both allowed")
        << goldenPath(u"header-first-missing-reported"_s) << QList{policy(api, u"/items"_s, app, false, {"GET"}, {"x-alpha", "x-zeta"}, true)};
    QTest::newRow("lower-case method kept as sent")
        << goldenPath(u"method-patch-vs-PATCH"_s) << QList{policy(api, u"/items"_s, app, false, {"patch"}, {}, true)};
    QTest::newRow("preflight answered 404: a new OPTIONS route and a PUT route")
        << goldenPath(u"preflight-404-no-acao"_s) << QList{policy(api, u"/items"_s, app, false, {"PUT"}, {}, true)};
    QTest::newRow("Access-Control-Max-Age kept, capped at Chromium's 7200")
        << goldenPath(u"preflight-max-age-86400"_s) << QList{policy(api, u"/items"_s, app, false, {"PUT"}, {}, true, 7200)};
    QTest::newRow("exposed header kept")
        << goldenPath(u"expose-listed"_s) << QList{policy(api, u"/items"_s, app, false, {"GET"}, {}, false, kDefaultPolicyMaxAge, {"X-Total"})};
    QTest::newRow("redirect to another host: that hop allows the tainted null")
        << goldenPath(u"redirect-target-lacks-acao"_s)
        << QList{policy(api, u"/items"_s, app, false, {"GET"}, {}, false),
                 policy(u"https://api2.example.net"_s, u"/target"_s, {u"null"_s}, false, {"GET"}, {}, false)};
    QTest::newRow("sandboxed page: null")
        << goldenPath(u"sandbox-no-acao"_s) << QList{policy(api, u"/items"_s, {u"null"_s}, false, {"GET"}, {}, false)};
    QTest::newRow("no-cors PUT switched to cors by the fix")
        << goldenPath(u"mode-no-cors-put"_s) << QList{policy(api, u"/items"_s, app, false, {"PUT"}, {}, true)};
    QTest::newRow("credentialed image against a wildcard")
        << goldenPath(u"img-use-credentials-wildcard"_s) << QList{policy(api, u"/i.png"_s, app, true, {"GET"}, {}, false)};
}

void TestServerConfig::policyFromFix()
{
    QFETCH(QString, file);
    QFETCH(QList<CorsPolicy>, expected);
    QString reason;
    const QList<CorsPolicy> policies = policiesOf(file, &reason);
    QVERIFY2(!policies.isEmpty(), qPrintable(reason));
    QCOMPARE(policies.size(), expected.size());
    for (qsizetype i = 0; i < policies.size(); ++i) {
        QCOMPARE(policies[i].serverOrigin, expected[i].serverOrigin);
        QCOMPARE(policies[i].path, expected[i].path);
        QCOMPARE(policies[i].allowedOrigins, expected[i].allowedOrigins);
        QCOMPARE(policies[i].credentials, expected[i].credentials);
        QCOMPARE(policies[i].methods, expected[i].methods);
        QCOMPARE(policies[i].headers, expected[i].headers);
        QCOMPARE(policies[i].exposedHeaders, expected[i].exposedHeaders);
        QCOMPARE(policies[i].preflight, expected[i].preflight);
        QCOMPARE(policies[i].maxAgeSeconds, expected[i].maxAgeSeconds);
    }
}

void TestServerConfig::noPolicy_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("same-origin GET") << goldenPath(u"sop-same-origin-get"_s) << u"same-origin"_s;
    // ORB blocks a no-cors script whose body is JSON whatever its type (seen in Chromium 156): the page must
    // ask with crossorigin, so the server's part alone does not pass.
    QTest::newRow("no-cors script of JSON: the server's part alone") << goldenPath(u"script-json-orb"_s) << u"does not pass"_s;
    QTest::newRow("image without crossorigin") << goldenPath(u"img-cross-origin"_s) << u"no-cors"_s;
    QTest::newRow("sandboxed form: only the page can change") << goldenPath(u"sandbox-form"_s) << u"does not pass"_s;
    QTest::newRow("ftp: no fix at all") << goldenPath(u"scheme-fetch-ftp"_s) << u"does not pass"_s;
}

void TestServerConfig::noPolicy()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    const Scenario scenario = load(file);
    const std::optional<Verdict> verdict = evaluate(scenario);
    QVERIFY(verdict);
    // A page-only fix is no server policy: derive it from the server fixes alone, as the CLI does.
    QList<Fix> serverFixes;
    for (const Fix &fix : verdict->fixes) {
        if (fix.target == Fix::Target::ServerRoute)
            serverFixes.append(fix);
    }
    QString why;
    QVERIFY(corsPoliciesForFix(scenario, serverFixes, EngineProfile::Current, &why).isEmpty());
    QVERIFY2(why.contains(reason), qPrintable(why));
    QCOMPARE(serverConfig(ServerKind::Nginx, {}), QString());
}

void TestServerConfig::explicitPolicy_data()
{
    QTest::addColumn<QStringList>("origins");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QList<QByteArray>>("methods");
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("preflight");
    const QList<QByteArray> get{"GET"};
    QTest::newRow("two trusted origins, simple GET") << QStringList{u"https://app.example.com"_s, u"https://admin.example.com:8443"_s}
                                                     << u"/api/items"_s << get << QList<QByteArray>() << true << false;
    QTest::newRow("PUT needs a preflight") << QStringList{u"https://app.example.com"_s} << u"/items"_s << QList<QByteArray>{"PUT"}
                                           << QList<QByteArray>() << true << true;
    QTest::newRow("a header needs a preflight") << QStringList{u"https://app.example.com"_s} << u"/items"_s << get
                                                << QList<QByteArray>{"X-Trace"} << true << true;
    QTest::newRow("null, from a sandboxed page") << QStringList{u"null"_s} << u"/items"_s << get << QList<QByteArray>() << true << false;
    QTest::newRow("IPv6 origin") << QStringList{u"http://[::1]:8080"_s} << u"/items"_s << get << QList<QByteArray>() << true << false;
    QTest::newRow("wildcard is not an origin") << QStringList{u"*"_s} << u"/items"_s << get << QList<QByteArray>() << false << false;
    QTest::newRow("origin with a path") << QStringList{u"https://app.example.com/"_s} << u"/items"_s << get << QList<QByteArray>() << false << false;
    QTest::newRow("upper-case origin") << QStringList{u"https://APP.example.com"_s} << u"/items"_s << get << QList<QByteArray>() << false << false;
    QTest::newRow("origin with a quote") << QStringList{u"https://a\"b.example"_s} << u"/items"_s << get << QList<QByteArray>() << false << false;
    QTest::newRow("host with $") << QStringList{u"https://a$b.example"_s} << u"/items"_s << get << QList<QByteArray>() << false << false;
    QTest::newRow("no origin") << QStringList() << u"/items"_s << get << QList<QByteArray>() << false << false;
    QTest::newRow("relative path") << QStringList{u"https://app.example.com"_s} << u"items"_s << get << QList<QByteArray>() << false << false;
    QTest::newRow("path with a brace") << QStringList{u"https://app.example.com"_s} << u"/{id}"_s << get << QList<QByteArray>() << false << false;
    QTest::newRow("method with a space") << QStringList{u"https://app.example.com"_s} << u"/items"_s << QList<QByteArray>{"GE T"}
                                         << QList<QByteArray>() << false << false;
    QTest::newRow("no method") << QStringList{u"https://app.example.com"_s} << u"/items"_s << QList<QByteArray>() << QList<QByteArray>() << false << false;
}

void TestServerConfig::explicitPolicy()
{
    QFETCH(QStringList, origins);
    QFETCH(QString, path);
    QFETCH(QList<QByteArray>, methods);
    QFETCH(QList<QByteArray>, headers);
    QFETCH(bool, valid);
    QFETCH(bool, preflight);
    QString error;
    const std::optional<CorsPolicy> policy = corsPolicyAllowing(origins, path, true, methods, headers, &error);
    QCOMPARE(policy.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(policy->allowedOrigins, origins);
    QCOMPARE(policy->path, path);
    QVERIFY(policy->credentials);
    QCOMPARE(policy->preflight, preflight);
    for (const QByteArray &header : headers)
        QVERIFY(policy->headers.contains(header.toLower()));
    for (const ServerKind kind : kAllServerKinds) {
        const QString snippet = serverConfig(kind, {*policy});
        for (const QString &origin : origins)
            QVERIFY2(snippet.contains(u'"' + origin + u'"') || snippet.contains(QString(origin).replace(u'.', u"\\."_s)), qPrintable(snippet));
    }
}

void TestServerConfig::fixesBeyondCorsPolicy_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("beyond");
    QTest::newRow("header not allowed: all CORS") << goldenPath(u"header-not-allowed"_s) << 0;
    QTest::newRow("preflight 404: a new OPTIONS route (CORS) and the PUT content")
        << goldenPath(u"preflight-404-no-acao"_s) << 1;
    QTest::newRow("script served as JSON: a Content-Type") << goldenPath(u"script-json-orb"_s) << 1;
    QTest::newRow("no-cors fetch: the page's mode") << goldenPath(u"mode-no-cors-opaque"_s) << 1;
}

void TestServerConfig::fixesBeyondCorsPolicy()
{
    QFETCH(QString, file);
    QFETCH(int, beyond);
    const std::optional<Verdict> verdict = evaluate(load(file));
    QVERIFY(verdict && !verdict->fixes.isEmpty());
    QCOMPARE(corslab::fixesBeyondCorsPolicy(verdict->fixes).size(), beyond);
}

// Every kind for every golden scenario that is blocked with a server fix; the descriptive rows first, and
// those also go through the real parsers.
void TestServerConfig::snippet_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ServerKind>("kind");
    QTest::addColumn<bool>("parse");
    const QList<std::pair<const char *, QString>> described{
        {"credentialed preflighted PUT", u"preflight-wildcard-with-credentials"_s},
        {"custom header not allowed", u"header-not-allowed"_s},
        {"JSON content type needs a preflight", u"header-content-type-json"_s},
        {"preflight answered 404", u"preflight-404-no-acao"_s},
        {"preflight redirected", u"preflight-redirect"_s},
        {"lower-case method", u"method-patch-vs-PATCH"_s},
        {"credentialed fetch against a wildcard", u"cred-include-wildcard"_s},
        {"credentialed XHR against a wildcard", u"xhr-with-credentials-wildcard"_s},
        {"credentialed image against a wildcard", u"img-use-credentials-wildcard"_s},
        {"redirect to another host", u"redirect-target-lacks-acao"_s},
        {"sandboxed page", u"sandbox-no-acao"_s},
        {"font without ACAO", u"font-no-acao"_s},
        {"no-cors PUT switched to cors", u"mode-no-cors-put"_s},
    };
    QStringList seen;
    for (const auto &[name, stem] : described) {
        QVERIFY2(blockedWithServerFix(goldenPath(stem)), qPrintable(stem));
        seen << stem;
        for (const ServerKind kind : kAllServerKinds)
            QTest::addRow("%s, %s", name, serverKindName(kind).data()) << goldenPath(stem) << kind << true;
    }
    const QDir golden(QStringLiteral(CORSLAB_TEST_DATA) + u"/golden"_s);
    int rows = 0;
    for (const QString &name : golden.entryList({u"*.cors.json"_s}, QDir::Files, QDir::Name)) {
        const QString stem = name.chopped(int(qstrlen(".cors.json")));
        if (seen.contains(stem) || !blockedWithServerFix(golden.filePath(name)))
            continue;
        ++rows;
        for (const ServerKind kind : kAllServerKinds)
            QTest::addRow("%s, %s", qPrintable(stem), serverKindName(kind).data()) << golden.filePath(name) << kind << false;
    }
    QVERIFY(rows > 40);
}

void TestServerConfig::snippet()
{
    QFETCH(QString, file);
    QFETCH(ServerKind, kind);
    QFETCH(bool, parse);
    const QList<CorsPolicy> policies = policiesOf(file);
    QVERIFY(!policies.isEmpty());
    const QString snippet = serverConfig(kind, policies);
    const KindMarkers &markers = markersFor(kind);
    const auto context = [&] { return qPrintable(snippet); };

    // An exact allowlist: each origin quoted (or, in a regex, anchored with its dots escaped); no wildcard,
    // no reflection of whatever Origin comes.
    for (const CorsPolicy &policy : policies) {
        for (const QString &origin : policy.allowedOrigins) {
            QString escaped = origin;
            escaped.replace(u'.', u"\\."_s);
            QVERIFY2(snippet.contains(u'"' + origin + u'"') || snippet.contains(u'^' + escaped + u'$'), context());
        }
    }
    for (const char *forbidden : {"\"*\"", "origin: true", "CORS_ALLOW_ALL_ORIGINS", "AllowAnyOrigin", "send_wildcard",
                                  "setAllowedOriginPatterns", "SetIsOriginAllowed"})
        QVERIFY2(!snippet.contains(QLatin1StringView(forbidden)), forbidden);
    if (kind == ServerKind::Nginx) {
        for (const QString &line : snippet.split(u'\n')) {
            if (line.contains(u"$http_origin"_s))
                QVERIFY2(line.startsWith(u"map $http_origin "_s), qPrintable(line));
            if (line.trimmed().startsWith(u"add_header"_s))
                QVERIFY2(line.endsWith(u" always;"_s), qPrintable(line));
        }
    }

    // Vary: Origin on every answer whose Access-Control-Allow-Origin depends on Origin.
    QVERIFY2(snippet.contains(QLatin1StringView(markers.vary)), context());

    // Credentials exactly when the request includes them.
    const bool credentials = std::any_of(policies.begin(), policies.end(), [](const CorsPolicy &p) { return p.credentials; });
    QVERIFY2(snippet.contains(QLatin1StringView(markers.credentials)) == credentials, context());

    // The preflight: answered, and listing what it asks for.
    for (const CorsPolicy &policy : policies) {
        if (!policy.preflight)
            continue;
        QVERIFY2(snippet.contains(QLatin1StringView(markers.preflightStatus)), context());
        for (const QByteArray &method : policy.methods)
            QVERIFY2(listsItem(linesWith(snippet, QLatin1StringView(markers.methodsKey)), QString::fromLatin1(method)), context());
        for (const QByteArray &header : policy.headers)
            QVERIFY2(listsItem(linesWith(snippet, QLatin1StringView(markers.headersKey)), QString::fromLatin1(header)), context());
        QVERIFY2(linesWith(snippet, QLatin1StringView(markers.maxAgeKey)).join(u' ').contains(QString::number(policy.maxAgeSeconds)), context());
    }

    if (!parse)
        return;
    QTemporaryDir dir;
    const ToolRun run = parseWithRealTool(kind, policies, snippet, dir);
    if (!run.ran)
        return;
    QVERIFY2(run.exitCode == 0, qPrintable(run.output + u"\n"_s + snippet));
}

void TestServerConfig::nginxPartsMakeTheSnippet()
{
    const QList<CorsPolicy> policies = policiesOf(goldenPath(u"redirect-target-lacks-acao"_s));
    QCOMPARE(policies.size(), 2);
    const QString snippet = serverConfig(ServerKind::Nginx, policies);
    const QString http = nginxHttpContext(policies);
    const QString locations = nginxLocations(policies);
    QVERIFY(snippet.contains(http));
    QVERIFY(snippet.endsWith(locations));
    QVERIFY(http.startsWith(u"map $http_origin "_s));
    QVERIFY(!http.contains(u"location"_s));
    QVERIFY(!locations.contains(u"map "_s));
    QCOMPARE(locations.count(u"location = "_s), 2);
    QCOMPARE(locations.count(u"# your content here"_s), 2);
    QVERIFY(snippet.indexOf(u"in the http {} context"_s) < snippet.indexOf(u"map "_s));
    QVERIFY(snippet.contains(u"in the server {} block of https://api2.example.net"_s));
}

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_server_config.moc"
