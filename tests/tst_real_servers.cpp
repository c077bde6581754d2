// Probes and audits against real nginx servers (Debian's nginx-light, started here with its own prefix
// and free loopback ports): the verdicts for what each CORS configuration really answers, the audit's
// findings for each, and the broken networks `corslab-cli probe` must name and leave within its timeout.
#include "nginx_server.h"

#include "core/evaluation.h"
#include "core/server_config.h"
#include "ui/models/audit_findings_model.h"
#include "ui/probe/server_auditor.h"
#include "ui/probe/server_prober.h"
#include "ui/widgets/audit_dialog.h"
#include "ui/widgets/probe_dialog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace corslab;
using namespace corslab::probe;
using corslab::test::NginxServer;

namespace {

constexpr auto kTrusted = "https://app.example.com"_L1;

// One nginx server block per CORS configuration; `cors` goes inside `location /`, before the content.
struct NginxConfiguration {
    const char *name;
    const char *httpContext;   // maps, in http {}
    const char *cors;          // %PORT(redirect)% is replaced by the allowlist server's port
};

// The allowlist's headers for an OPTIONS answer and for every other one, with `variable` as ACAO.
#define CORS_ANSWERS(variable)                                                                        \
    "if ($request_method = OPTIONS) {\n"                                                             \
    "    add_header Access-Control-Allow-Origin " variable " always;\n"                               \
    "    add_header Access-Control-Allow-Credentials true always;\n"                                  \
    "    add_header Access-Control-Allow-Methods \"GET, POST, PUT\" always;\n"                        \
    "    add_header Access-Control-Allow-Headers \"content-type, x-trace\" always;\n"                 \
    "    add_header Access-Control-Max-Age 600 always;\n"                                             \
    "    add_header Vary Origin always;\n"                                                            \
    "    return 204;\n"                                                                               \
    "}\n"                                                                                             \
    "add_header Access-Control-Allow-Origin " variable " always;\n"                                   \
    "add_header Access-Control-Allow-Credentials true always;\n"                                      \
    "add_header Vary Origin always;\n"

const NginxConfiguration kConfigurations[] = {
    {"allowlist", "map $http_origin $allow_list { default \"\"; \"https://app.example.com\" $http_origin; }",
     CORS_ANSWERS("$allow_list")},
    {"reflect-any", "",
     "if ($request_method = OPTIONS) {\n"
     "    add_header Access-Control-Allow-Origin $http_origin always;\n"
     "    add_header Access-Control-Allow-Methods \"GET, POST, PUT\" always;\n"
     "    add_header Access-Control-Allow-Headers content-type always;\n"
     "    return 204;\n"
     "}\n"
     "add_header Access-Control-Allow-Origin $http_origin always;\n"},
    {"reflect-any-credentials", "",
     "if ($request_method = OPTIONS) {\n"
     "    add_header Access-Control-Allow-Origin $http_origin always;\n"
     "    add_header Access-Control-Allow-Credentials true always;\n"
     "    add_header Access-Control-Allow-Methods \"GET, POST, PUT\" always;\n"
     "    add_header Access-Control-Allow-Headers content-type always;\n"
     "    add_header Vary Origin always;\n"
     "    return 204;\n"
     "}\n"
     "add_header Access-Control-Allow-Origin $http_origin always;\n"
     "add_header Access-Control-Allow-Credentials true always;\n"
     "add_header Vary Origin always;\n"},
    {"wildcard-credentials", "", CORS_ANSWERS("\"*\"")},
    {"null-trusted", "map $http_origin $with_null { default \"\"; \"https://app.example.com\" $http_origin; \"null\" $http_origin; }",
     CORS_ANSWERS("$with_null")},
    {"regex-suffix", "map $http_origin $suffix { default \"\"; \"~example\\.com$\" $http_origin; }", CORS_ANSWERS("$suffix")},
    {"regex-prefix", "map $http_origin $prefix { default \"\"; \"~^https://app\\.example\\.com\" $http_origin; }",
     CORS_ANSWERS("$prefix")},
    {"regex-dot", "map $http_origin $dot { default \"\"; \"~^https://app.example\\.com$\" $http_origin; }", CORS_ANSWERS("$dot")},
    {"insecure-http", "map $http_origin $insecure { default \"\"; \"https://app.example.com\" $http_origin; \"http://app.example.com\" $http_origin; }",
     CORS_ANSWERS("$insecure")},
    {"preflight-unhandled", "",
     "if ($request_method = OPTIONS) { return 405; }\n"
     "add_header Access-Control-Allow-Origin $allow_list always;\n"
     "add_header Access-Control-Allow-Credentials true always;\n"
     "add_header Vary Origin always;\n"},
    {"redirect", "",
     "add_header Access-Control-Allow-Origin $allow_list always;\n"
     "add_header Access-Control-Allow-Credentials true always;\n"
     "add_header Vary Origin always;\n"
     "return 302 http://127.0.0.1:%ALLOWLIST_PORT%/moved;\n"},
    {"no-cors", "", ""},
    // HTTPS with a self-signed certificate (made in initTestCase): %TLS% becomes the ssl directives.
    {"tls", "map $http_origin $tls_list { default \"\"; \"https://app.example.com\" $http_origin; }", "%TLS%"
     "add_header Access-Control-Allow-Origin $tls_list always;\nadd_header Vary Origin always;\n"},
    // A real PNG file served as text/plain: Chromium decodes an image by its bytes.
    {"png-as-text", "", "types { }\ndefault_type text/plain;\nroot %PREFIX%/files;\ntry_files $uri =404;\n"},
};

} // namespace

class TestRealServers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void probe_data();
    void probe();
    void probeRecordsTheRealAnswers();
    void audit_data();
    void audit();
    void brokenNetwork_data();
    void brokenNetwork();
    void stalledServers_data();
    void stalledServers();
    void selfSignedCertificate();
    void auditCommand_data();
    void auditCommand();
    void generatedNginxConfigurationMakesItPass();
    void generatedExpressConfigurationMakesItPass();
    void probeDialog();
    void probeDialogKeepsTheFormOnFailure();
    void auditDialog();

private:
    QString urlOf(const QString &name, const QString &path = u"/data"_s) const
    {
        const QString scheme = name == "tls"_L1 ? u"https"_s : u"http"_s;
        return u"%1://127.0.0.1:%2%3"_s.arg(scheme).arg(m_ports.value(name)).arg(path);
    }
    ProbeRun runProbe(const ProbeOptions &options);

    NginxServer m_nginx;
    QHash<QString, quint16> m_ports;
};

void TestRealServers::initTestCase()
{
    QString servers;
    QString httpContext;
    QList<quint16> ports;
    for (const NginxConfiguration &configuration : kConfigurations) {
        const quint16 port = NginxServer::freePort();
        m_ports.insert(QString::fromLatin1(configuration.name), port);
        ports.append(port);
    }
    for (const NginxConfiguration &configuration : kConfigurations) {
        httpContext += QString::fromLatin1(configuration.httpContext) + u'\n';
        QString cors = QString::fromLatin1(configuration.cors);
        cors.replace(u"%ALLOWLIST_PORT%"_s, QString::number(m_ports.value(u"allowlist"_s)));
        cors.replace(u"%PREFIX%"_s, m_nginx.prefix());
        const bool tls = cors.contains(u"%TLS%"_s);
        cors.remove(u"%TLS%"_s);
        // Content: a small JSON answer, unless the configuration serves files itself.
        const QString content = cors.contains(u"try_files"_s) ? QString() : u"        return 200 '{\"ok\":true}';\n"_s;
        const QString listen = tls ? u"127.0.0.1:%1 ssl;\n    ssl_certificate %2/cert.pem;\n    ssl_certificate_key %2/key.pem"_s
                                         .arg(m_ports.value(QString::fromLatin1(configuration.name)))
                                         .arg(m_nginx.prefix())
                                   : u"127.0.0.1:%1"_s.arg(m_ports.value(QString::fromLatin1(configuration.name)));
        servers += u"server {\n    listen %1;\n    location / {\n%2%3    }\n}\n"_s.arg(listen, cors, content);
    }
    // A self-signed certificate for the https server, made here with openssl.
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                                 u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s, m_nginx.prefix() + u"/key.pem"_s,
                                 u"-out"_s, m_nginx.prefix() + u"/cert.pem"_s});
    QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
    QDir().mkpath(m_nginx.prefix() + u"/files"_s);
    QFile png(m_nginx.prefix() + u"/files/pixel.png"_s);
    QVERIFY(png.open(QIODevice::WriteOnly));
    png.write(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="));
    png.close();
    QString error;
    QVERIFY2(m_nginx.start(httpContext, servers, ports, &error), qPrintable(error));
}

void TestRealServers::cleanupTestCase() { m_nginx.stop(); }

ProbeRun TestRealServers::runProbe(const ProbeOptions &options)
{
    const auto scenario = probeScenario(options);
    if (!std::holds_alternative<Scenario>(scenario))
        return {};
    ServerProber prober;
    QSignalSpy finished(&prober, &ServerProber::finished);
    ProbeSettings settings;
    settings.exchange.timeoutMs = 5000;
    prober.start(std::get<Scenario>(scenario), settings);
    if (!finished.wait(20000))
        return {};
    return prober.run();
}

void TestRealServers::probe_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("via");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("credentials");
    QTest::addColumn<bool>("preflight");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("status");   // what script sees; -1: null
    QTest::addColumn<int>("exchanges");

    const QString app = kTrusted;
    const QString attacker = u"https://attacker.example"_s;
    const QStringList json{u"Content-Type: application/json"_s};
    QTest::newRow("allowlist: trusted credentialed GET") << u"allowlist"_s << app << u"fetch"_s << u"GET"_s << QStringList()
                                                        << u"include"_s << false << true << false << QString() << 200 << 1;
    QTest::newRow("allowlist: third party refused") << u"allowlist"_s << attacker << u"fetch"_s << u"GET"_s << QStringList()
                                                    << u"include"_s << false << true << true << u"MissingAllowOriginHeader"_s << -1 << 1;
    QTest::newRow("allowlist: preflighted PUT") << u"allowlist"_s << app << u"fetch"_s << u"PUT"_s << json << u"include"_s
                                                << true << true << false << QString() << 200 << 2;
    QTest::newRow("allowlist: header not in Allow-Headers")
        << u"allowlist"_s << app << u"fetch"_s << u"GET"_s << QStringList{u"X-Other: 1"_s} << u"omit"_s << true << false << true
        << u"HeaderDisallowedByPreflightResponse"_s << -1 << 1;
    QTest::newRow("allowlist: DELETE not in Allow-Methods")
        << u"allowlist"_s << app << u"fetch"_s << u"DELETE"_s << QStringList() << u"omit"_s << true << false << true
        << u"MethodDisallowedByPreflightResponse"_s << -1 << 1;
    QTest::newRow("reflect-any: credentials without Allow-Credentials")
        << u"reflect-any"_s << attacker << u"fetch"_s << u"GET"_s << QStringList() << u"include"_s << false << true << true
        << u"InvalidAllowCredentials"_s << -1 << 1;
    QTest::newRow("reflect-any: anyone reads without credentials")
        << u"reflect-any"_s << attacker << u"xhr"_s << u"GET"_s << QStringList() << u"same-origin"_s << false << true << false
        << QString() << 200 << 1;
    QTest::newRow("wildcard with credentials refused") << u"wildcard-credentials"_s << app << u"fetch"_s << u"GET"_s << QStringList()
                                                       << u"include"_s << false << true << true << u"WildcardOriginNotAllowed"_s << -1 << 1;
    QTest::newRow("wildcard without credentials") << u"wildcard-credentials"_s << app << u"fetch"_s << u"GET"_s << QStringList()
                                                  << u"omit"_s << false << true << false << QString() << 200 << 1;
    QTest::newRow("null trusted: sandboxed page reads") << u"null-trusted"_s << u"null"_s << u"fetch"_s << u"GET"_s << QStringList()
                                                        << u"include"_s << false << true << false << QString() << 200 << 1;
    QTest::newRow("preflight unhandled: 405") << u"preflight-unhandled"_s << app << u"fetch"_s << u"POST"_s << json << u"include"_s
                                              << true << false << true << u"PreflightInvalidStatus"_s << -1 << 1;
    QTest::newRow("redirect to another origin: Origin null") << u"redirect"_s << app << u"fetch"_s << u"GET"_s << QStringList()
                                                             << u"include"_s << false << true << true << u"MissingAllowOriginHeader"_s
                                                             << -1 << 2;
    QTest::newRow("no CORS: preflight answered 200 without headers")
        << u"no-cors"_s << app << u"fetch"_s << u"POST"_s << json << u"omit"_s << true << false << true
        << u"PreflightMissingAllowOriginHeader"_s << -1 << 1;
    QTest::newRow("no CORS: img of JSON stopped by ORB") << u"no-cors"_s << app << u"img"_s << u"GET"_s << QStringList() << QString()
                                                         << false << true << true << u"OpaqueResponseBlocked"_s << -1 << 1;
    QTest::newRow("a PNG served as text/plain loads in an img")
        << u"png-as-text"_s << app << u"img"_s << u"GET"_s << QStringList() << QString() << false << true << false << QString()
        << -1 << 1;
    QTest::newRow("no CORS: form POST is sent") << u"no-cors"_s << app << u"form"_s << u"POST"_s << QStringList() << QString()
                                                << false << true << false << QString() << -1 << 1;
}

void TestRealServers::probe()
{
    QFETCH(QString, server);
    QFETCH(QString, origin);
    QFETCH(QString, via);
    QFETCH(QString, method);
    QFETCH(QStringList, headers);
    QFETCH(QString, credentials);
    ProbeOptions options;
    options.url = server == "png-as-text"_L1 ? urlOf(server, u"/pixel.png"_s) : urlOf(server);
    options.origin = origin;
    options.via = *viaFromName(via);
    options.method = method.toLatin1();
    for (const QString &header : headers)
        options.headers.append(header.section(u':', 0, 0).toLatin1(), header.section(u':', 1).trimmed().toLatin1());
    if (credentials == "omit"_L1)
        options.credentials = CredentialsMode::Omit;
    else if (credentials == "same-origin"_L1)
        options.credentials = CredentialsMode::SameOrigin;
    else if (credentials == "include"_L1)
        options.credentials = CredentialsMode::Include;
    if (method != "GET"_L1)
        options.body = QByteArrayLiteral("{}");

    const ProbeRun run = runProbe(options);
    QVERIFY2(!run.failure, run.failure ? qPrintable(run.failure->toString()) : "");
    QVERIFY(!run.records.isEmpty());
    const Verdict &verdict = run.verdict;
    QTEST(verdict.preflight, "preflight");
    QTEST(verdict.sent, "sent");
    QTEST(verdict.blocked, "blocked");
    QTEST(verdict.error ? QString(corsErrorName(verdict.error->error)) : QString(), "error");
    QTEST(scriptVisibleStatus(run.scenario, verdict).value_or(-1), "status");
    QTEST(static_cast<int>(run.records.size()), "exchanges");
    // Every exchange the verdict shows was answered by the real server.
    for (const Exchange &exchange : verdict.exchanges)
        QVERIFY2(exchange.routeIndex >= 0, qPrintable(exchange.url));
}

// The saved scenario's routes are the server's lines as sent, and the wire request is what the
// engine decided plus the browser's own headers.
void TestRealServers::probeRecordsTheRealAnswers()
{
    ProbeOptions options;
    options.url = urlOf(u"allowlist"_s);
    options.origin = kTrusted;
    options.method = QByteArrayLiteral("PUT");
    options.headers.append("Content-Type", "application/json");
    options.headers.append("X-Trace", "7");
    options.body = QByteArrayLiteral("{\"a\":1}");
    const ProbeRun run = runProbe(options);
    QVERIFY(!run.failure);
    QCOMPARE(run.records.size(), 2);
    const QByteArray preflight = run.records.at(0).requestBytes;
    QVERIFY2(preflight.startsWith("OPTIONS /data HTTP/1.1\r\nHost: 127.0.0.1:"), preflight.constData());
    QVERIFY(preflight.contains("\r\nOrigin: https://app.example.com\r\n"));
    QVERIFY(preflight.contains("\r\nAccess-Control-Request-Method: PUT\r\n"));
    QVERIFY(preflight.contains("\r\nAccess-Control-Request-Headers: content-type,x-trace\r\n"));
    QVERIFY(preflight.contains("\r\nAccept: */*\r\n"));
    QVERIFY(!preflight.contains("X-Trace: 7"));
    const QByteArray request = run.records.at(1).requestBytes;
    QVERIFY(request.startsWith("PUT /data HTTP/1.1\r\n"));
    QVERIFY(request.contains("\r\nX-Trace: 7\r\n"));
    QVERIFY(request.contains("\r\nContent-Length: 7\r\n"));
    QCOMPARE(run.scenario.server.size(), 2);
    const ServerRoute &options204 = run.scenario.server.at(0);
    QCOMPARE(options204.method, QByteArray("OPTIONS"));
    QCOMPARE(options204.status, 204);
    QCOMPARE(options204.headers.get("access-control-allow-methods"), QByteArray("GET, POST, PUT"));
    QCOMPARE(options204.headers.get("server").value_or(QByteArray()).left(5), QByteArray("nginx"));
    QCOMPARE(run.scenario.server.at(1).body, QByteArray("{\"ok\":true}"));
    // The recorded scenario is valid and judged the same way offline.
    QVERIFY(validateScenario(run.scenario).isEmpty());
    const std::optional<Verdict> offline = evaluate(run.scenario);
    QVERIFY(offline && !offline->blocked && offline->readable);
}

void TestRealServers::audit_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("findings");
    QTest::newRow("correct allowlist") << u"allowlist"_s << QStringList();
    QTest::newRow("reflect any origin, no Vary") << u"reflect-any"_s << QStringList{u"missing_vary_origin"_s};
    QTest::newRow("reflect any origin with credentials") << u"reflect-any-credentials"_s
                                                         << QStringList{u"reflected_origin_with_credentials"_s};
    QTest::newRow("wildcard with credentials") << u"wildcard-credentials"_s << QStringList{u"wildcard_with_credentials"_s};
    QTest::newRow("null trusted") << u"null-trusted"_s << QStringList{u"null_origin_trusted"_s};
    // The regex checks neither the start nor the scheme: http://app.example.com gets through too.
    QTest::newRow("regex matches the end") << u"regex-suffix"_s
                                           << QStringList{u"regex_suffix_flaw"_s, u"insecure_http_origin_trusted"_s};
    QTest::newRow("regex without $") << u"regex-prefix"_s << QStringList{u"regex_prefix_flaw"_s};
    QTest::newRow("regex with an unescaped dot") << u"regex-dot"_s << QStringList{u"regex_unescaped_dot"_s};
    QTest::newRow("http origin trusted") << u"insecure-http"_s << QStringList{u"insecure_http_origin_trusted"_s};
    QTest::newRow("preflight not handled") << u"preflight-unhandled"_s << QStringList{u"preflight_not_handled"_s};
    // The preflight is redirected too, which browsers refuse (PreflightDisallowedRedirect).
    QTest::newRow("redirect to another origin") << u"redirect"_s
                                                << QStringList{u"cross_origin_redirect"_s, u"preflight_not_handled"_s};
}

void TestRealServers::audit()
{
    QFETCH(QString, server);
    QFETCH(QStringList, findings);
    ServerAuditor auditor;
    QSignalSpy finished(&auditor, &ServerAuditor::finished);
    ProbeSettings settings;
    settings.exchange.timeoutMs = 5000;
    ProbeOptionError error;
    QVERIFY(auditor.start(urlOf(server), {kTrusted}, settings, &error));
    QVERIFY(finished.wait(60000));
    const AuditRun &run = auditor.run();
    QVERIFY2(!run.failure, run.failure ? qPrintable(run.failure->toString()) : "");
    QStringList classes;
    for (const AuditFinding &finding : run.findings)
        classes.append(auditFindingClassName(finding.findingClass));
    classes.sort();
    findings.sort();
    QCOMPARE(classes.join(u", "_s), findings.join(u", "_s));
}

void TestRealServers::brokenNetwork_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString refused = u"http://127.0.0.1:%1/x"_s.arg(NginxServer::freePort());
    QTest::newRow("connection refused") << QStringList{refused} << refused + u": connection refused"_s;
    QTest::newRow("DNS failure") << QStringList{u"https://corslab-no-such-host.invalid/x"_s}
                                 << u"https://corslab-no-such-host.invalid/x: the host name does not resolve"_s;
    QTest::newRow("invalid URL") << QStringList{u"http://exa mple.com/"_s} << u"is not a URL: forbidden domain code point"_s;
    QTest::newRow("not http") << QStringList{u"ftp://example.com/"_s} << u"is not an http or https URL"_s;
    QTest::newRow("bad origin") << QStringList{u"http://127.0.0.1:1/"_s, u"--origin"_s, u"app.example.com"_s}
                                << u"--origin: 'app.example.com' is not a URL"_s;
}

void TestRealServers::brokenNetwork()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QStringList args{u"probe"_s};
    args += arguments;
    if (!arguments.contains(u"--origin"_s))
        args += {u"--origin"_s, QString(kTrusted), u"--timeout"_s, u"3"_s};
    QProcess cli;
    QElapsedTimer clock;
    clock.start();
    cli.start(QStringLiteral(CORSLAB_CLI), args);
    QVERIFY(cli.waitForFinished(15000));
    QCOMPARE(cli.exitCode(), 2);
    const QString stderrText = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(stderrText.contains(message), qPrintable(stderrText));
    QVERIFY2(clock.elapsed() < 3000 + 5000, qPrintable(QString::number(clock.elapsed())));
}

// Servers that accept and then misbehave, run here: the CLI must give up within --timeout (plus a few
// seconds) and name the URL.
void TestRealServers::stalledServers_data()
{
    QTest::addColumn<QByteArray>("answer");      // what the server sends, then it stays silent
    QTest::addColumn<bool>("trickle");           // sends `answer` one byte every 100 ms, forever
    QTest::addColumn<QString>("message");
    QTest::newRow("no answer") << QByteArray() << false << u"no answer within 2 s"_s;
    QTest::newRow("trickles the head") << QByteArray("HTTP/1.1 200 OK\r\nX-Slow: ") << true << u"no answer within 2 s"_s;
    QTest::newRow("body never completes") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc") << false
                                          << u"the response body did not arrive within 2 s"_s;
    QTest::newRow("300 KiB of headers") << QByteArray("HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(300 * 1024, 'a') + "\r\n\r\n")
                                        << false << u"more than 256 KiB of response headers"_s;
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << false << u"malformed response, line 1"_s;
}

void TestRealServers::stalledServers()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, trickle);
    QFETCH(QString, message);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> clients;
    QTimer dribble;
    qsizetype sent = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *client = server.nextPendingConnection();
        clients.append(client);
        if (!trickle)
            client->write(answer);
    });
    connect(&dribble, &QTimer::timeout, this, [&] {
        for (QTcpSocket *client : clients)
            client->write(answer.mid(sent % answer.size(), 1));
        ++sent;
    });
    if (trickle)
        dribble.start(100);
    const QString url = u"http://127.0.0.1:%1/slow"_s.arg(server.serverPort());
    QProcess cli;
    QElapsedTimer clock;
    clock.start();
    cli.start(QStringLiteral(CORSLAB_CLI), {u"probe"_s, url, u"--origin"_s, QString(kTrusted), u"--timeout"_s, u"2"_s});
    QVERIFY(cli.waitForStarted());
    while (cli.state() != QProcess::NotRunning && clock.elapsed() < 15000)
        QTest::qWait(50);
    QCOMPARE(cli.state(), QProcess::NotRunning);
    QCOMPARE(cli.exitCode(), 2);
    const QString stderrText = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(stderrText.contains(url + u": "_s), qPrintable(stderrText));
    QVERIFY2(stderrText.contains(message), qPrintable(stderrText));
    QVERIFY2(clock.elapsed() < 2000 + 4000, qPrintable(QString::number(clock.elapsed())));
}

// A certificate that does not verify fails the probe (exit 2, the URL named), unless --insecure accepts
// it, and then the output says so.
void TestRealServers::selfSignedCertificate()
{
    const QString url = urlOf(u"tls"_s);
    QProcess strict;
    strict.start(QStringLiteral(CORSLAB_CLI), {u"probe"_s, url, u"--origin"_s, QString(kTrusted), u"--timeout"_s, u"5"_s});
    QVERIFY(strict.waitForFinished(15000));
    QCOMPARE(strict.exitCode(), 2);
    const QString refused = QString::fromUtf8(strict.readAllStandardError());
    QVERIFY2(refused.contains(url + u": TLS failed: "_s) && refused.contains(u"--insecure"_s), qPrintable(refused));

    QProcess insecure;
    insecure.start(QStringLiteral(CORSLAB_CLI), {u"probe"_s, url, u"--origin"_s, QString(kTrusted), u"--insecure"_s, u"--json"_s});
    QVERIFY(insecure.waitForFinished(15000));
    QCOMPARE(insecure.exitCode(), 0);
    const QJsonObject verdict = QJsonDocument::fromJson(insecure.readAllStandardOutput()).object();
    QCOMPARE(verdict.value(u"blocked"_s).toBool(true), false);
    QCOMPARE(verdict.value(u"status"_s).toInt(), 200);
    const QJsonObject tls = verdict.value(u"probe"_s)[u"exchanges"_s][0][u"tls"_s].toObject();
    QCOMPARE(tls.value(u"insecureAccepted"_s).toBool(), true);
    QCOMPARE(tls.value(u"verified"_s).toBool(true), false);
    QVERIFY(!tls.value(u"protocol"_s).toString().isEmpty());
}

// `corslab-cli audit --json --strict`: the object the issue names, exit 1 on a medium finding or worse.
void TestRealServers::auditCommand_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("firstClass");
    QTest::newRow("correct allowlist passes") << u"allowlist"_s << 0 << QString();
    QTest::newRow("reflection fails the gate") << u"reflect-any-credentials"_s << 1 << u"reflected_origin_with_credentials"_s;
}

void TestRealServers::auditCommand()
{
    QFETCH(QString, server);
    QFETCH(int, exitCode);
    QFETCH(QString, firstClass);
    QProcess cli;
    cli.start(QStringLiteral(CORSLAB_CLI), {u"audit"_s, urlOf(server), u"--origin"_s, QString(kTrusted), u"--json"_s, u"--strict"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), exitCode);
    const QJsonObject report = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(report.value(u"target"_s).toString(), urlOf(server));
    QVERIFY(report.value(u"probes"_s).toInt() > 10);
    const QJsonArray findings = report.value(u"findings"_s).toArray();
    QCOMPARE(findings.isEmpty(), firstClass.isEmpty());
    if (findings.isEmpty())
        return;
    const QJsonObject first = findings.first().toObject();
    QCOMPARE(first.value(u"class"_s).toString(), firstClass);
    QCOMPARE(first.value(u"severity"_s).toString(), u"high"_s);
    QCOMPARE(first.value(u"origin"_s).toString(), u"https://attacker.example"_s);
    QVERIFY(!first.value(u"why"_s).toString().isEmpty() && !first.value(u"fix"_s).toString().isEmpty());
    QVERIFY(first.value(u"evidence"_s)[u"responseHeaders"_s].toArray().contains(u"Access-Control-Allow-Origin: https://attacker.example"_s));
}

// The loop closed: the nginx configuration generated for a blocked probe, loaded into a real nginx,
// makes the same request pass.
void TestRealServers::generatedNginxConfigurationMakesItPass()
{
    ProbeOptions options;
    options.url = urlOf(u"no-cors"_s, u"/v1/items"_s);
    options.origin = kTrusted;
    options.method = QByteArrayLiteral("PUT");
    options.headers.append("Content-Type", "application/json");
    options.headers.append("X-Trace", "1");
    options.credentials = CredentialsMode::Include;
    options.body = QByteArrayLiteral("{}");
    const ProbeRun blocked = runProbe(options);
    QVERIFY(!blocked.failure);
    QVERIFY(blocked.verdict.blocked);
    QVERIFY(!blocked.verdict.fixes.isEmpty());

    QString reason;
    const QList<CorsPolicy> policies = corsPoliciesForFix(blocked.scenario, blocked.verdict.fixes, EngineProfile::Current, &reason);
    QVERIFY2(!policies.isEmpty(), qPrintable(reason));
    const quint16 port = NginxServer::freePort();
    QString locations = nginxLocations(policies);
    QVERIFY(locations.contains(u"# your content here"_s));
    locations.replace(u"# your content here"_s, u"return 200 '{\"ok\":true}';"_s);
    NginxServer fixed;
    QString error;
    QVERIFY2(fixed.start(nginxHttpContext(policies), u"server {\n    listen 127.0.0.1:%1;\n%2\n}\n"_s.arg(port).arg(locations),
                         {port}, &error),
             qPrintable(error));

    options.url = u"http://127.0.0.1:%1/v1/items"_s.arg(port);
    const ProbeRun passing = runProbe(options);
    QVERIFY(!passing.failure);
    QVERIFY2(passes(passing.verdict), passing.verdict.error ? corsErrorName(passing.verdict.error->error).data() : "unreadable");
    QVERIFY(passing.verdict.preflight);
    QCOMPARE(scriptVisibleStatus(passing.scenario, passing.verdict), 200);
    // And an origin the policy does not name is still refused.
    options.origin = u"https://attacker.example"_s;
    const ProbeRun refused = runProbe(options);
    QVERIFY(!refused.failure);
    QVERIFY(refused.verdict.blocked);
}

// The same loop in Express with the npm cors package (tests/servers, installed by ./test.sh).
void TestRealServers::generatedExpressConfigurationMakesItPass()
{
    const QString modules = QStringLiteral(CORSLAB_TEST_SERVERS "/node_modules");
    QVERIFY2(QFile::exists(modules + u"/express"_s) && QFile::exists(modules + u"/cors"_s),
             "tests/servers/node_modules is missing: run (cd tests/servers && npm ci), as ./test.sh does");
    ProbeOptions options;
    options.url = urlOf(u"no-cors"_s, u"/v1/items"_s);
    options.origin = kTrusted;
    options.method = QByteArrayLiteral("DELETE");
    options.headers.append("X-Trace", "1");
    options.credentials = CredentialsMode::Include;
    const ProbeRun blocked = runProbe(options);
    QVERIFY(!blocked.failure && blocked.verdict.blocked);
    const QList<CorsPolicy> policies = corsPoliciesForFix(blocked.scenario, blocked.verdict.fixes);
    QVERIFY(!policies.isEmpty());

    const quint16 port = NginxServer::freePort();
    QTemporaryDir dir;
    QFile script(dir.filePath(u"server.js"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QByteArrayLiteral("const express = require('express');\nconst app = express();\n"));
    script.write(serverConfig(ServerKind::Express, policies).toUtf8());
    script.write(u"\napp.all('/v1/items', (req, res) => res.status(200).json({ok: true}));\n"
                 "app.listen(%1, '127.0.0.1', () => console.log('listening'));\n"_s.arg(port).toUtf8());
    script.close();
    QProcess node;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"NODE_PATH"_s, modules);
    node.setProcessEnvironment(environment);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(u"node"_s, {script.fileName()});
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += node.readAll()).contains("listening") || node.state() == QProcess::NotRunning, 15000);
    QVERIFY2(node.state() == QProcess::Running, said.constData());

    options.url = u"http://127.0.0.1:%1/v1/items"_s.arg(port);
    const ProbeRun passing = runProbe(options);
    node.kill();
    node.waitForFinished(3000);
    QVERIFY(!passing.failure);
    QVERIFY2(passes(passing.verdict), passing.verdict.error ? corsErrorName(passing.verdict.error->error).data() : "unreadable");
    QVERIFY(passing.verdict.preflight);
    QCOMPARE(passing.scenario.server.at(0).status, 204);   // optionsSuccessStatus
}

// Tools › Probe Server: the form's request is probed and the dialog hands back the real answers.
void TestRealServers::probeDialog()
{
    Scenario current;
    current.page = u"https://app.example.com/dashboard"_s;
    current.request.url = urlOf(u"allowlist"_s);
    current.request.method = QByteArrayLiteral("PUT");
    current.request.headers.append("Content-Type", "application/json");
    current.request.credentials = CredentialsMode::Include;
    ProbeDialog dialog(current, EngineProfile::Current);
    QCOMPARE(dialog.originEdit()->text(), QString(kTrusted));
    QCOMPARE(dialog.headersEdit()->toPlainText(), u"Content-Type: application/json"_s);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QTest::mouseClick(dialog.probeButton(), Qt::LeftButton);
    QVERIFY(accepted.wait(20000));
    const Scenario &result = dialog.result();
    QCOMPARE(result.server.size(), 2);
    QCOMPARE(result.server.at(0).method, QByteArray("OPTIONS"));
    QVERIFY(result.unknownFields.contains(u"probed"_s));
    QVERIFY(result.notes.startsWith(u"Probed at "_s));
    const std::optional<Verdict> verdict = evaluate(result);
    QVERIFY(verdict && passes(*verdict));
}

void TestRealServers::probeDialogKeepsTheFormOnFailure()
{
    Scenario current;
    current.page = u"https://app.example.com/"_s;
    current.request.url = u"http://127.0.0.1:%1/x"_s.arg(NginxServer::freePort());
    ProbeDialog dialog(current, EngineProfile::Current);
    dialog.show();
    QTest::mouseClick(dialog.probeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusLabel()->text().contains(u"connection refused"_s), 15000);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.urlEdit()->text(), current.request.url);
    QVERIFY(dialog.probeButton()->isEnabled());
    // A field that is not usable is named, and nothing is sent.
    dialog.headersEdit()->setPlainText(u"no colon here"_s);
    QTest::mouseClick(dialog.probeButton(), Qt::LeftButton);
    QVERIFY(dialog.statusLabel()->text().contains(u"Headers, line 1"_s));
}

// Tools › Audit Server: the findings table (under QAbstractItemModelTester) and the Markdown export.
void TestRealServers::auditDialog()
{
    AuditDialog dialog(urlOf(u"reflect-any-credentials"_s), {kTrusted});
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->rowCount() > 0, 60000);
    QCOMPARE(dialog.model()->index(0, AuditFindingsModel::FindingColumn).data(Qt::UserRole).toString(),
             u"reflected_origin_with_credentials"_s);
    QCOMPARE(dialog.model()->index(0, AuditFindingsModel::SeverityColumn).data().toString(), u"High"_s);
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(u"audit.md"_s);
    QVERIFY2(dialog.exportMarkdown(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    QVERIFY(markdown.startsWith(u"# CORS audit of "_s));
    QVERIFY(markdown.contains(u"`reflected_origin_with_credentials`"_s));
    QVERIFY(markdown.contains(u"Access-Control-Allow-Credentials: true"_s));
}

QTEST_MAIN(TestRealServers)
#include "tst_real_servers.moc"
