// corslab-cli end to end: exit codes and messages, the WPT URL data through `corslab-cli origin`.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QByteArray &standardInput = {})
{
    QProcess process;
    process.start(QStringLiteral(CORSLAB_CLI), arguments);
    process.write(standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString dataPath(const QString &name) { return QStringLiteral(CORSLAB_TEST_DATA) + u'/' + name; }

// One run of a data-driven CLI row (columns arguments, exitCode, out, err) after `command`: its exit
// code, every part of `out` on standard output, `err` on standard error, and nothing on standard output
// for invalid input.
void checkRow(const QStringList &command)
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, out);
    QFETCH(QString, err);
    const Run run = runCli(command + arguments);
    QCOMPARE(run.exitCode, exitCode);
    for (const QString &part : out)
        QVERIFY2(run.out.contains(part), qPrintable(run.out));
    QVERIFY2(run.err.contains(err), qPrintable(run.err));
    if (exitCode == 2)
        QVERIFY(run.out.isEmpty());
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void helpAndVersion();
    void wptOrigins_data();
    void wptOrigins();
    void validate_data();
    void validate();
    void validateReportsEachFile();
    void engines_data();
    void engines();
    void fixFor_data();
    void fixFor();
    void applyFix_data();
    void applyFix();
    void block_data();
    void block();
    void blockJson();
    void sopVsCors_data();
    void sopVsCors();
    void sopVsCorsJson();
    void allVias_data();
    void allVias();
    void allViasJson();
    void importRequest_data();
    void importRequest();
    void importWithResponse();
    void exportAs_data();
    void exportAs();
    void exportHandout_data();
    void exportHandout();
};

void TestCli::helpAndVersion()
{
    const Run help = runCli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"origin [--base URL] URL"_s));
    QVERIFY(help.out.contains(u"validate FILE"_s));
    const Run version = runCli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(u"corslab-cli "_s));
    const Run unknown = runCli({u"frobnicate"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(u"unknown command"_s));
}

// Every WPT case with an origin and every failure case, through the command line.
void TestCli::wptOrigins_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("failure");
    QTest::addColumn<QString>("origin");
    QFile file(dataPath(u"urltestdata.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
    int index = 0;
    for (const QJsonValue &value : cases) {
        const QJsonObject test = value.toObject();
        ++index;
        const bool failure = test.value(u"failure"_s).toBool();
        if (!value.isObject() || (!failure && !test.contains(u"origin"_s)))
            continue;
        const QString input = test.value(u"input"_s).toString();
        QTest::addRow("%d: <%s> against <%s>", index, qPrintable(input), qPrintable(test.value(u"base"_s).toString()))
            << input << test.value(u"base"_s).toString() << failure << test.value(u"origin"_s).toString();
    }
}

void TestCli::wptOrigins()
{
    QFETCH(QString, input);
    QFETCH(QString, base);
    QFETCH(bool, failure);
    QFETCH(QString, origin);
    QStringList arguments{u"origin"_s};
    if (!base.isEmpty())
        arguments << u"--base"_s << base;
    // A command line cannot carry U+0000: such input goes through standard input ("-").
    const bool viaStdin = input.contains(QChar(0));
    arguments << (viaStdin ? u"-"_s : input);
    const Run run = runCli(arguments, viaStdin ? input.toUtf8() : QByteArray());
    if (failure) {
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"invalid URL: "_s) || run.err.startsWith(u"invalid base URL: "_s), qPrintable(run.err));
    } else {
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, origin + u'\n');
    }
}

void TestCli::validate_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QByteArray valid = R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"url":"https://b.example/"}})";
    QTest::newRow("valid") << valid << 0 << u": ok"_s;
    QTest::newRow("broken JSON") << QByteArray("{") << 2 << u"not valid JSON"_s;
    QTest::newRow("wrong type") << QByteArray(R"({"format":"corslab-scenario/1","page":[],"request":{"url":"https://b.example/"}})")
                                << 2 << u": page: must be a string, not an array"_s;
    QTest::newRow("header name with spaces")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"url":"https://b.example/","headers":[["X Y","1"]]}})")
        << 2 << u": request.headers[0][0]: \"X Y\" is not a valid header name"_s;
    QTest::newRow("unknown via")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"via":"beacon","url":"https://b.example/"}})")
        << 2 << u": request.via: \"beacon\" is not a valid via"_s;
    QTest::newRow("relative URL")
        << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"url":"/api"}})")
        << 2 << u": request.url: \"/api\" is not an absolute URL"_s;
    QTest::newRow("10 MB value") << QByteArray(R"({"format":"corslab-scenario/1","page":"https://a.example/","request":{"url":"https://b.example/","headers":[["X-A",")")
                                            + QByteArray(10 * 1024 * 1024, 'v') + QByteArray(R"("]]}})")
                                 << 2 << u": request.headers[0][1]: is 10485760 characters long"_s;
    QTest::newRow("deep nesting") << QByteArray(200000, '{') << 2 << u"not valid JSON"_s;
}

void TestCli::validate()
{
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"case.cors.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Run run = runCli({u"validate"_s, path});
    QCOMPARE(run.exitCode, exitCode);
    const QString &text = exitCode == 0 ? run.out : run.err;
    QVERIFY2(text.startsWith(path), qPrintable(text));
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestCli::validateReportsEachFile()
{
    const Run run = runCli({u"validate"_s, dataPath(u"scenarios/credentialed-post.cors.json"_s), dataPath(u"no-such-file.cors.json"_s)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.contains(u"credentialed-post.cors.json: ok"_s));
    QVERIFY(run.err.contains(u"no-such-file.cors.json: cannot be read"_s));
}

// `check --fix-for KIND FILE`: the snippet on stdout, exit 0; no server fix: a reason on stderr, exit 1.
void TestCli::fixFor_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    const auto golden = [](const char *stem) { return dataPath(u"golden/"_s + QLatin1StringView(stem) + u".cors.json"_s); };
    QTest::newRow("custom header not allowed, nginx")
        << QStringList{u"--fix-for"_s, u"nginx"_s, golden("header-not-allowed")} << 0
        << u"add_header Access-Control-Allow-Headers \"x-custom\" always;"_s << QString();
    QTest::newRow("credentialed PUT against a wildcard, express")
        << QStringList{u"--fix-for"_s, u"express"_s, golden("preflight-wildcard-with-credentials")} << 0
        << u"origin: [\"https://app.example.com\"],\n  credentials: true,"_s << QString();
    QTest::newRow("preflight answered 404, django: the PUT content is outside CORS")
        << QStringList{u"--fix-for"_s, u"django"_s, golden("preflight-404-no-acao")} << 0 << u"CORS_ALLOW_METHODS = [\"PUT\"]"_s
        << u"also needed, outside the CORS configuration:\n  Server, add a response to PUT"_s;
    QTest::newRow("already passing: its own policy, aspnet")
        << QStringList{u"--fix-for"_s, u"aspnet"_s, dataPath(u"scenarios/credentialed-post.cors.json"_s)} << 0
        << u".WithHeaders(\"content-type\", \"x-trace\")"_s << QString();
    QTest::newRow("engine option kept, spring")
        << QStringList{u"--engine"_s, u"chromium-102"_s, u"--fix-for"_s, u"spring"_s, golden("header-not-allowed")} << 0
        << u"setAllowedHeaders(List.of(\"x-custom\"))"_s << QString();
    QTest::newRow("only the page can change") << QStringList{u"--fix-for"_s, u"nginx"_s, golden("sandbox-form")} << 1 << QString()
                                              << u"no CORS configuration to print: no server change makes the request pass"_s;
    QTest::newRow("the page's part is listed beside the configuration")
        << QStringList{u"--fix-for"_s, u"caddy"_s, golden("script-json-orb")} << 0 << u"https://app.example.com"_s
        << u"set request.crossorigin to anonymous"_s;
    QTest::newRow("same origin needs none") << QStringList{u"--fix-for"_s, u"flask"_s, golden("sop-same-origin-get")} << 1 << QString()
                                            << u"no response needs CORS headers"_s;
    QTest::newRow("unknown kind") << QStringList{u"--fix-for"_s, u"iis"_s, golden("header-not-allowed")} << 2 << QString()
                                  << u"--fix-for takes one of nginx, apache, caddy, express, django, flask, spring, aspnet"_s;
    QTest::newRow("kind missing") << QStringList{u"--fix-for"_s} << 2 << QString() << u"--fix-for takes one of"_s;
    QTest::newRow("two files") << QStringList{u"--fix-for"_s, u"nginx"_s, golden("header-not-allowed"), golden("xhr-no-acao")} << 2
                               << QString() << u"take one FILE"_s;
    QTest::newRow("with --json") << QStringList{u"--json"_s, u"--fix-for"_s, u"nginx"_s, golden("header-not-allowed")} << 2 << QString()
                                 << u"without --json"_s;
    QTest::newRow("invalid scenario") << QStringList{u"--fix-for"_s, u"nginx"_s, dataPath(u"no-such-file.cors.json"_s)} << 2 << QString()
                                      << u"cannot be read"_s;
}

void TestCli::fixFor()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const Run run = runCli(QStringList{u"check"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.contains(out), qPrintable(run.out));
    QVERIFY2(run.err.contains(err), qPrintable(run.err));
    if (exitCode != 0)
        QVERIFY(run.out.isEmpty());
}

// `check --apply-fix OUT FILE` writes what the app's Apply fix makes; the written scenario passes.
void TestCli::applyFix_data()
{
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QString>("change");
    QTest::newRow("custom header not allowed") << u"header-not-allowed"_s << u"Access-Control-Allow-Headers: x-custom"_s;
    QTest::newRow("preflight answered 404: two new routes") << u"preflight-404-no-acao"_s << u"add a response to PUT"_s;
    QTest::newRow("no-cors PUT: the page's mode and the server") << u"mode-no-cors-put"_s << u"set request.mode to cors"_s;
    QTest::newRow("redirect to another host") << u"redirect-target-lacks-acao"_s << u"Access-Control-Allow-Origin: null"_s;
    QTest::newRow("no-cors script of JSON: ask with CORS") << u"script-json-orb"_s << u"set request.crossorigin to anonymous"_s;
    QTest::newRow("already passing") << u"cred-include-ok"_s << u"already passes; written unchanged"_s;
}

void TestCli::applyFix()
{
    QFETCH(QString, stem);
    QFETCH(QString, change);
    QTemporaryDir dir;
    const QString written = dir.filePath(u"fixed.cors.json"_s);
    const Run run = runCli({u"check"_s, u"--apply-fix"_s, written, dataPath(u"golden/"_s + stem + u".cors.json"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(written + u": "_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(change), qPrintable(run.out));
    const Run check = runCli({u"check"_s, u"--json"_s, written});
    QCOMPARE(check.exitCode, 0);
    const QJsonObject verdict = QJsonDocument::fromJson(check.out.toUtf8()).object();
    QCOMPARE(verdict.value(u"blocked"_s), QJsonValue(false));

    // No fix at all: nothing written, exit 1.
    const QString none = dir.filePath(u"none.cors.json"_s);
    const Run noFix = runCli({u"check"_s, u"--apply-fix"_s, none, dataPath(u"golden/scheme-fetch-ftp.cors.json"_s)});
    QCOMPARE(noFix.exitCode, 1);
    QVERIFY2(noFix.err.contains(u"no fix makes the request pass"_s), qPrintable(noFix.err));
    QVERIFY(!QFile::exists(none));
}

// `check --block FILE`: the blocks per kind of access, exit 0; none found: exit 1 (0 when already refused);
// bad input as `check` reports it, exit 2.
void TestCli::block_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("out");
    QTest::addColumn<QString>("err");
    const auto golden = [](const char *stem) { return dataPath(u"golden/"_s + QLatin1StringView(stem) + u".cors.json"_s); };
    QTest::newRow("passing CORS read: narrow or remove Allow-Origin")
        << QStringList{golden("header-allowed")} << 0
        << QStringList{u"  Now: Allowed (read)\n  Block this:\n"_s, u"[read] Server, response to any method https://api.example.com/items: remove Access-Control-Allow-Origin"_s,
                       u"After: Blocked (read) — MissingAllowOriginHeader"_s, u"Access-Control-Allow-Origin: https://api.example.com"_s}
        << QString();
    QTest::newRow("credentialed read: Allow-Credentials dropped")
        << QStringList{golden("cookie-xhr-with-credentials-cross-site")} << 0
        << QStringList{u"remove Access-Control-Allow-Credentials"_s, u"After: Blocked (read) — InvalidAllowCredentials"_s} << QString();
    QTest::newRow("cross-site image: CORP same-site") << QStringList{golden("corp-cross-origin-img-cross-site")} << 0
                                                      << QStringList{u"[embed]"_s, u"Cross-Origin-Resource-Policy: same-site"_s,
                                                                     u"After: Blocked (embed) — CorpNotSameSite"_s}
                                                      << QString();
    QTest::newRow("frame: frame-ancestors 'self'") << QStringList{golden("frame-fa-explicit-origin")} << 0
                                                   << QStringList{u"frame-ancestors 'self'"_s, u"After: Blocked (embed) — FrameAncestors"_s}
                                                   << QString();
    QTest::newRow("cross-site form POST: 403 rule and a Lax cookie")
        << QStringList{golden("cookie-form-post-cross-site-none")} << 0
        << QStringList{u"[write] Server, response to any method https://other.example/submit: status 403"_s,
                       u"answer 403 when Sec-Fetch-Site: cross-site"_s, u"Set-Cookie: sid=1; Secure; SameSite=Lax"_s, u"After: sid withheld"_s}
        << QString();
    QTest::newRow("already blocked: none needed, exit 0") << QStringList{golden("frame-fa-none")} << 0
                                                          << QStringList{u"No block needed: the browser already refuses this request."_s}
                                                          << QString();
    QTest::newRow("same origin: none, exit 1") << QStringList{golden("sop-same-origin-get")} << 1
                                               << QStringList{u"No block: a same-origin request."_s} << QString();
    QTest::newRow("engine option kept") << QStringList{u"--engine"_s, u"chromium-102"_s, golden("header-allowed")} << 0
                                        << QStringList{u"[read]"_s} << QString();
    QTest::newRow("invalid scenario") << QStringList{dataPath(u"no-such-file.cors.json"_s)} << 2 << QStringList() << u"cannot be read"_s;
    QTest::newRow("two files") << QStringList{golden("header-allowed"), golden("frame-fa-none")} << 2 << QStringList()
                               << u"--block takes one FILE"_s;
    QTest::newRow("with --apply-fix") << QStringList{u"--apply-fix"_s, u"out.cors.json"_s, golden("header-allowed")} << 2 << QStringList()
                                      << u"--block takes one FILE, without --fix-for, --apply-fix or --as"_s;
}

void TestCli::block()
{
    checkRow({u"check"_s, u"--block"_s});
}

// `check --engine firefox|both`: Firefox's verdict in its own words, and both side by side.
void TestCli::engines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("out");
    QTest::addColumn<QString>("err");
    const auto golden = [](const char *stem) { return dataPath(u"golden/"_s + QLatin1StringView(stem) + u".cors.json"_s); };
    QTest::newRow("firefox: its console text and reason key")
        << QStringList{u"--engine"_s, u"firefox"_s, u"--json"_s, golden("cors-missing-on-error-status")} << 0
        << QStringList{u"\"firefoxReason\":\"CORSMissingAllowOrigin2\""_s,
                       u"\"message\":\"Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource"_s}
        << QString();
    QTest::newRow("both, JSON: each verdict and the fields that differ")
        << QStringList{u"--engine"_s, u"both"_s, u"--json"_s, golden("cors-missing-on-error-status")} << 0
        << QStringList{u"\"chromium\":{"_s, u"\"firefox\":{"_s, u"\"differ\":["_s, u"No 'Access-Control-Allow-Origin' header"_s}
        << QString();
    QTest::newRow("both, text: one report each, then the comparison")
        << QStringList{u"--engine"_s, u"both"_s, golden("header-allowed")} << 0
        << QStringList{u"Chromium:\n"_s, u"\nFirefox:\n"_s, u"\nBoth browsers agree.\n"_s} << QString();
    QTest::newRow("an unknown engine") << QStringList{u"--engine"_s, u"safari"_s, golden("header-allowed")} << 2 << QStringList()
                                       << u"--engine takes chromium, chromium-102, firefox or both"_s;
    QTest::newRow("both with --block") << QStringList{u"--engine"_s, u"both"_s, u"--block"_s, golden("header-allowed")} << 2
                                       << QStringList() << u"--engine both prints verdicts only"_s;
}

void TestCli::engines()
{
    checkRow({u"check"_s});
}

// `check --block --json FILE`: one object, each block with its kind, the change and the verdict after it.
void TestCli::blockJson()
{
    const QString file = dataPath(u"golden/cookie-form-post-cross-site-none.cors.json"_s);
    const Run run = runCli({u"check"_s, u"--block"_s, u"--json"_s, file});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object.value(u"file"_s).toString(), file);
    QCOMPARE(object.value(u"none"_s), QJsonValue());
    const QJsonArray blocks = object.value(u"blocks"_s).toArray();
    QCOMPARE(blocks.size(), 2);
    const QJsonObject refuse = blocks.at(0).toObject();
    QCOMPARE(refuse.value(u"kind"_s).toString(), u"write"_s);
    QCOMPARE(refuse.value(u"reason"_s).toString(), u"RefuseCrossSite"_s);
    QCOMPARE(refuse.value(u"change"_s).toString(), u"Server, response to any method https://other.example/submit: status 403"_s);
    QCOMPARE(refuse.value(u"after"_s).toObject().value(u"status"_s).toInt(), 403);
    const QJsonObject lax = blocks.at(1).toObject();
    QCOMPARE(lax.value(u"reason"_s).toString(), u"CookieSameSiteLax"_s);
    QCOMPARE(lax.value(u"after"_s).toObject().value(u"cookiesNotSent"_s).toArray().at(0).toObject().value(u"reason"_s).toString(),
             u"SameSiteLax"_s);

    const Run none = runCli({u"check"_s, u"--block"_s, u"--json"_s, dataPath(u"golden/sop-same-origin-get.cors.json"_s)});
    QCOMPARE(none.exitCode, 1);
    const QJsonObject empty = QJsonDocument::fromJson(none.out.toUtf8()).object();
    QCOMPARE(empty.value(u"blocks"_s).toArray().size(), 0);
    QCOMPARE(empty.value(u"none"_s).toString(), u"SameOrigin"_s);
}

// `check --sop-vs-cors FILE`: each side's banner, wire and what the page can use, the headers removed and
// the difference; exit 0, bad input exit 2.
void TestCli::sopVsCors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("out");
    QTest::addColumn<QString>("err");
    const auto golden = [](const char *stem) { return dataPath(u"golden/"_s + QLatin1StringView(stem) + u".cors.json"_s); };
    const auto lesson = [](const char *name) { return dataPath(u"../../resources/lessons/"_s + QLatin1StringView(name)); };
    QTest::newRow("lesson 11: SOP refuses, CORS allows")
        << QStringList{lesson("11-read-fetch-allowed.cors.json")} << 0
        << QStringList{u"  Same-origin policy alone (the server sends no cross-origin headers):\n    Blocked (read) — MissingAllowOriginHeader\n"_s,
                       u"  With the server's headers (CORS and the rest):\n    Allowed (read)\n"_s,
                       u"[main] GET https://api.example.com/v1/items  (Origin: https://app.example.com) ← 200\n          Access-Control-Allow-Origin: https://app.example.com\n"_s,
                       u"The page can use: Nothing: the request is sent, but script gets a network error instead of the response."_s,
                       u"The page can use: Script reads the status, the body and these response headers: content-type."_s,
                       u"  Removed for the same-origin side:\n    any method https://api.example.com/v1/items: Access-Control-Allow-Origin: https://app.example.com\n"_s,
                       u"  Difference: Read: refused by the same-origin policy, allowed by CORS."_s}
        << QString();
    QTest::newRow("form POST: sent either way") << QStringList{lesson("05-write-form-post.cors.json")} << 0
                                                << QStringList{u"Difference: Write: sent either way."_s,
                                                               u"nothing: the server sends no cross-origin headers"_s}
                                                << QString();
    QTest::newRow("CORP img: the headers take embedding away")
        << QStringList{golden("corp-same-origin-img-cross-site")} << 0
        << QStringList{u"Blocked (embed) — CorpNotSameOrigin"_s, u"Difference: Embed: the bare same-origin policy lets the page embed it; the server's Cross-Origin-Resource-Policy: same-origin refuses it"_s}
        << QString();
    QTest::newRow("X-Frame-Options frame") << QStringList{golden("frame-xfo-sameorigin-cross-origin")} << 0
                                           << QStringList{u"X-Frame-Options: SAMEORIGIN"_s, u"The page can use: Nothing: the frame shows an error page"_s}
                                           << QString();
    QTest::newRow("same origin: no difference") << QStringList{golden("sop-same-origin-get")} << 0
                                                << QStringList{u"Difference: No difference: the page reads its own origin's responses"_s} << QString();
    QTest::newRow("engine option kept") << QStringList{u"--engine"_s, u"chromium-102"_s, lesson("11-read-fetch-allowed.cors.json")} << 0
                                        << QStringList{u"Allowed (read)"_s} << QString();
    QTest::newRow("invalid scenario") << QStringList{dataPath(u"no-such-file.cors.json"_s)} << 2 << QStringList() << u"cannot be read"_s;
    QTest::newRow("two files") << QStringList{golden("header-allowed"), golden("frame-fa-none")} << 2 << QStringList()
                               << u"--sop-vs-cors takes one FILE"_s;
    QTest::newRow("with --block") << QStringList{u"--block"_s, golden("header-allowed")} << 2 << QStringList()
                                  << u"--sop-vs-cors takes one FILE, without --block, --fix-for, --apply-fix or --as"_s;
}

void TestCli::sopVsCors()
{
    checkRow({u"check"_s, u"--sop-vs-cors"_s});
}

// `check --sop-vs-cors --json FILE`: {file, sop, cors, removedHeaders, difference, why}, each side a verdict
// as `check --json` prints it.
void TestCli::sopVsCorsJson()
{
    const QString file = dataPath(u"../../resources/lessons/11-read-fetch-allowed.cors.json"_s);
    const Run run = runCli({u"check"_s, u"--sop-vs-cors"_s, u"--json"_s, file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count(u'\n'), 1);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object.value(u"file"_s).toString(), file);
    QCOMPARE(object.value(u"difference"_s).toString(), u"ReadRefusedBySopAllowedByCors"_s);
    QVERIFY(object.value(u"why"_s).toString().startsWith(u"Read: refused by the same-origin policy, allowed by CORS."_s));
    const QJsonObject sop = object.value(u"sop"_s).toObject();
    const QJsonObject cors = object.value(u"cors"_s).toObject();
    QCOMPARE(sop.value(u"blocked"_s), QJsonValue(true));
    QCOMPARE(sop.value(u"error"_s).toString(), u"MissingAllowOriginHeader"_s);
    QCOMPARE(sop.value(u"sent"_s), QJsonValue(true));
    QCOMPARE(cors.value(u"blocked"_s), QJsonValue(false));
    QCOMPARE(cors.value(u"readable"_s), QJsonValue(true));
    const QJsonArray removed = object.value(u"removedHeaders"_s).toArray();
    QCOMPARE(removed.size(), 1);
    const QJsonObject route = removed.at(0).toObject();
    QCOMPARE(route.value(u"route"_s).toInt(), 0);
    QCOMPARE(route.value(u"url"_s).toString(), u"https://api.example.com/v1/items"_s);
    QCOMPARE(route.value(u"headers"_s).toArray(), (QJsonArray{QJsonArray{u"Access-Control-Allow-Origin"_s, u"https://app.example.com"_s}}));
}

// `check --all-vias FILE`: a line per via grouped by kind of access, sent/loaded/readable/error, the
// scenario's own request marked; bad input exit 2.
void TestCli::allVias_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("out");
    QTest::addColumn<QString>("err");
    const auto golden = [](const char *stem) { return dataPath(u"golden/"_s + QLatin1StringView(stem) + u".cors.json"_s); };
    const QString lesson11 = dataPath(u"../../resources/lessons/11-read-fetch-allowed.cors.json"_s);
    QTest::newRow("lesson 11: the groups and the marked fetch")
        << QStringList{lesson11} << 0
        << QStringList{u"  Write: navigations and form submissions\n    <form>  "_s, u"  Embed: elements without crossorigin, frames\n"_s,
                       u"  Read: fetch(), XHR, crossorigin elements, fonts\n"_s,
                       u"  * fetch()                                                yes      yes      yes      —\n"_s,
                       u"    <script crossorigin=\"use-credentials\">                 yes      no       no       InvalidAllowCredentials\n"_s,
                       u"  * the scenario's own request\n"_s}
        << QString();
    QTest::newRow("CORP img: the bare img refused, the CORS one not")
        << QStringList{golden("corp-same-origin-img-cross-site")} << 0
        << QStringList{u"CorpNotSameOrigin\n"_s, u"  * <img>  "_s} << QString();
    QTest::newRow("invalid scenario") << QStringList{dataPath(u"no-such-file.cors.json"_s)} << 2 << QStringList() << u"cannot be read"_s;
    QTest::newRow("with --sop-vs-cors") << QStringList{u"--sop-vs-cors"_s, lesson11} << 2 << QStringList()
                                        << u"--all-vias takes one FILE, without --sop-vs-cors"_s;
}

void TestCli::allVias()
{
    checkRow({u"check"_s, u"--all-vias"_s});
}

// `check --all-vias --json FILE`: one verdict per line, as `check --json` prints it, with file, via,
// crossorigin and current.
void TestCli::allViasJson()
{
    const QString file = dataPath(u"../../resources/lessons/11-read-fetch-allowed.cors.json"_s);
    const Run run = runCli({u"check"_s, u"--all-vias"_s, u"--json"_s, file});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 18);
    const QJsonObject form = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QCOMPARE(form.value(u"file"_s).toString(), file);
    QCOMPARE(form.value(u"via"_s).toString(), u"form"_s);
    QCOMPARE(form.value(u"category"_s).toString(), u"write"_s);
    QCOMPARE(form.value(u"crossorigin"_s), QJsonValue());
    QCOMPARE(form.value(u"current"_s), QJsonValue(false));
    const QJsonObject credentialed = QJsonDocument::fromJson(lines.at(10).toUtf8()).object();
    QCOMPARE(credentialed.value(u"via"_s).toString(), u"script"_s);
    QCOMPARE(credentialed.value(u"crossorigin"_s).toString(), u"use-credentials"_s);
    QCOMPARE(credentialed.value(u"error"_s).toString(), u"InvalidAllowCredentials"_s);
    QCOMPARE(credentialed.value(u"sent"_s), QJsonValue(true));
    const QJsonObject fetch = QJsonDocument::fromJson(lines.at(16).toUtf8()).object();
    QCOMPARE(fetch.value(u"via"_s).toString(), u"fetch"_s);
    QCOMPARE(fetch.value(u"current"_s), QJsonValue(true));
    QCOMPARE(fetch.value(u"readable"_s), QJsonValue(true));
}

// `import`: a pasted DevTools copy to a scenario (stdin or a file), errors as FILE:LINE: message with exit 2.
void TestCli::importRequest_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("format");     // with --json; empty for an error
    QTest::addColumn<QString>("expected");   // in the scenario's compact JSON, or in stderr

    QTest::newRow("curl (bash)") << QByteArray("curl 'https://api.example.com/v1/items' \\\n  -H 'accept: application/json' \\\n"
                                               "  -b 'sid=1' \\\n  -H 'origin: https://app.example.com' \\\n  -H 'sec-fetch-mode: cors' \\\n"
                                               "  -H 'x-token: abc' \\\n  -X DELETE")
                                 << 0 << u"curl-bash"_s
                                 << uR"("page":"https://app.example.com/","request":{"credentials":"include","headers":[["accept","application/json"],["x-token","abc"]],"method":"DELETE","url":"https://api.example.com/v1/items","via":"fetch"})"_s;
    QTest::newRow("fetch") << QByteArray("fetch(\"https://api.example.com/a\", {\n  \"headers\": {\"x-a\": \"1\"},\n  \"referrer\": \"https://app.example.com/p\",\n"
                                         "  \"body\": null,\n  \"method\": \"GET\",\n  \"mode\": \"cors\",\n  \"credentials\": \"omit\"\n});")
                           << 0 << u"fetch"_s
                           << uR"("page":"https://app.example.com/","request":{"credentials":"omit","headers":[["x-a","1"]],"method":"GET","mode":"cors","url":"https://api.example.com/a","via":"fetch"})"_s;
    QTest::newRow("unbalanced quote") << QByteArray("curl 'https://api.example.com/' \\\n  -H 'x: y") << 2 << QString()
                                      << u"-:2: unbalanced quotes"_s;
    QTest::newRow("fetch not JSON") << QByteArray("fetch(\"https://api.example.com/\", {\n  mode: \"cors\"\n});") << 2 << QString()
                                    << u"-:2: the fetch() arguments are not JSON"_s;
    QTest::newRow("unrecognised") << QByteArray("GET it now") << 2 << QString()
                                  << u"-:1: not a fetch() call, a curl command, PowerShell or an HTTP request"_s;
}

void TestCli::importRequest()
{
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    const Run run = runCli({u"import"_s, u"--json"_s, u"-"_s}, input);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY2(run.err.startsWith(expected), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object.value("format"_L1).toString(), format);
    QVERIFY(object.value("droppedHeaders"_L1).isArray());
    const QString scenario = QString::fromUtf8(QJsonDocument(object.value("scenario"_L1).toObject()).toJson(QJsonDocument::Compact));
    QVERIFY2(scenario.contains(expected), qPrintable(scenario));

    // Without --json: a scenario file that validates and checks.
    QTemporaryDir dir;
    const Run plain = runCli({u"import"_s, u"-"_s}, input);
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains("\"format\": \"corslab-scenario/1\""_L1));
    const QString file = dir.filePath(u"imported.cors.json"_s);
    QFile written(file);
    QVERIFY(written.open(QIODevice::WriteOnly));
    written.write(plain.out.toUtf8());
    written.close();
    QCOMPARE(runCli({u"validate"_s, file}).exitCode, 0);
    QCOMPARE(runCli({u"check"_s, file}).exitCode, 0);
}

// `import FILE --response RAW`: the `curl -i` head becomes the route, and the check passes on it.
void TestCli::importWithResponse()
{
    QTemporaryDir dir;
    const QString request = dir.filePath(u"request.txt"_s);
    const QString response = dir.filePath(u"response.txt"_s);
    QFile requestFile(request);
    QVERIFY(requestFile.open(QIODevice::WriteOnly));
    requestFile.write("curl 'https://api.example.com/v1/items' -H 'origin: https://app.example.com' -H 'accept: */*'\n");
    requestFile.close();
    QFile responseFile(response);
    QVERIFY(responseFile.open(QIODevice::WriteOnly));
    responseFile.write("HTTP/2 200 \r\ncontent-type: application/json\r\naccess-control-allow-origin: https://app.example.com\r\n\r\n[]");
    responseFile.close();
    const Run run = runCli({u"import"_s, request, u"--response"_s, response});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject scenario = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject route = scenario.value("server"_L1).toArray().at(0).toObject();
    QCOMPARE(route.value("status"_L1).toInt(), 200);
    QCOMPARE(route.value("url"_L1).toString(), u"https://api.example.com/v1/items"_s);
    QCOMPARE(route.value("body"_L1).toString(), u"[]"_s);
    const QString file = dir.filePath(u"imported.cors.json"_s);
    QFile written(file);
    QVERIFY(written.open(QIODevice::WriteOnly));
    written.write(run.out.toUtf8());
    written.close();
    const Run check = runCli({u"check"_s, u"--json"_s, file});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(check.out.toUtf8()).object().value("blocked"_L1).toBool(), false);

    QVERIFY(responseFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    responseFile.write("\nHTTP/2 2x0\r\n");
    responseFile.close();
    const Run bad = runCli({u"import"_s, request, u"--response"_s, response});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.startsWith(response + u":2: "_s), qPrintable(bad.err));
}

// `check --as curl|fetch|httpie`: the preflight first, Origin on each exchange.
void TestCli::exportAs_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("curl") << u"curl"_s
                          << QStringList{u"# 1. preflight OPTIONS https://api.example.com/items"_s, u"curl -i --globoff 'https://api.example.com/items'"_s,
                                         u"-X 'OPTIONS'"_s, u"-H 'Origin: https://app.example.com'"_s, u"# 2. request PUT"_s, u"-X 'PUT'"_s};
    QTest::newRow("httpie") << u"httpie"_s
                            << QStringList{u"# 1. preflight OPTIONS"_s, u"http --print=HhBb 'OPTIONS' 'https://api.example.com/items'"_s,
                                           u"'Origin:https://app.example.com'"_s, u"'PUT' 'https://api.example.com/items'"_s};
    QTest::newRow("fetch") << u"fetch"_s
                           << QStringList{u"// 1. preflight OPTIONS"_s, u"method: \"OPTIONS\""_s, u"[\"Origin\", \"https://app.example.com\"]"_s,
                                          u"method: \"PUT\""_s};
}

void TestCli::exportAs()
{
    QFETCH(QString, style);
    QFETCH(QStringList, expected);
    const Run run = runCli({u"check"_s, u"--as"_s, style, dataPath(u"golden/preflight-299.cors.json"_s)});
    QCOMPARE(run.exitCode, 0);
    qsizetype at = 0;
    for (const QString &piece : expected) {
        const qsizetype found = run.out.indexOf(piece, at);
        QVERIFY2(found >= 0, qPrintable(piece + u"\n"_s + run.out));
        at = found;
    }
    const Run wrong = runCli({u"check"_s, u"--as"_s, u"wget"_s, dataPath(u"golden/preflight-299.cors.json"_s)});
    QCOMPARE(wrong.exitCode, 2);
}

// `export --html OUT`: the handout written (its parts there), or clear errors and nothing written.
void TestCli::exportHandout_data()
{
    QTest::addColumn<QStringList>("arguments");   // after `export --html OUT`
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("out");
    QTest::addColumn<QString>("err");
    QTest::addColumn<QStringList>("html");        // parts of the page; empty: nothing is written

    const QString golden = dataPath(u"golden/"_s);
    QTest::newRow("one scenario")
        << QStringList{golden + u"coep-credentialless-fetch-include.cors.json"_s} << 0 << QStringList{u": 1 scenario"_s} << QString()
        << QStringList{u"<!DOCTYPE html>"_s, u"<div class=\"banner "_s, u"<table class=\"triple\">"_s, u"<svg "_s, u"class=\"request-arrow\""_s,
                       u"<a class=\"spec\" href=\"https://"_s};
    QTest::newRow("a folder: its scenarios on one page with contents")
        << QStringList{dataPath(u"scenarios"_s)} << 0 << QStringList{u": 2 scenarios"_s} << QString()
        << QStringList{u"<nav>"_s, u"id=\"scenario-1\""_s, u"id=\"scenario-2\""_s};
    QTest::newRow("a topic of the built-in lessons")
        << QStringList{u"--topic"_s, u"preflight"_s} << 0 << QStringList{u" scenarios"_s} << QString()
        << QStringList{u"<nav>"_s, u"Preflight"_s, u"lessons/21-preflight-put.cors.json"_s};
    QTest::newRow("in Russian")
        << QStringList{u"--lang"_s, u"ru"_s, u"--topic"_s, u"sop"_s} << 0 << QStringList{u" scenarios"_s} << QString()
        << QStringList{u"<html lang=\"ru\">"_s, u"Политика одного источника"_s, u"Заблокировано"_s};
    QTest::newRow("a file that is not there")
        << QStringList{dataPath(u"no-such-file.cors.json"_s)} << 2 << QStringList{} << u"no-such-file.cors.json: cannot be read"_s << QStringList{};
    // A scenario with a bad field beside a good one: the field named, nothing written.
    const QString invalid = QDir::temp().filePath(u"corslab-tst-cli-invalid.cors.json"_s);
    QFile bad(invalid);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format":"corslab-scenario/1","page":"https://a.example","request":{"via":"fetch","url":"https://b.example","method":7},"server":[]})");
    bad.close();
    QTest::newRow("an invalid scenario names its field")
        << QStringList{golden + u"coep-credentialless-fetch-include.cors.json"_s, invalid} << 2 << QStringList{}
        << u"corslab-tst-cli-invalid.cors.json: request.method: must be a string"_s << QStringList{};
    QTest::newRow("not a scenario at all") << QStringList{dataPath(u"urltestdata.json"_s)} << 2 << QStringList{}
                                           << u"urltestdata.json: must be a JSON object"_s << QStringList{};
    QTest::newRow("an unknown topic lists the tags")
        << QStringList{u"--topic"_s, u"nope"_s} << 2 << QStringList{} << u"the tags are: sop"_s << QStringList{};
    QTest::newRow("a language it does not speak") << QStringList{u"--lang"_s, u"de"_s, golden} << 2 << QStringList{} << u"--lang takes en or ru"_s
                                                  << QStringList{};
    QTest::newRow("nothing to export") << QStringList{} << 2 << QStringList{} << u"export needs a FILE"_s << QStringList{};
}

void TestCli::exportHandout()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, html);
    QTemporaryDir folder;
    const QString written = folder.filePath(u"handout.html"_s);
    checkRow({u"export"_s, u"--html"_s, written});
    QFile page(written);
    QCOMPARE(page.exists(), !html.isEmpty());
    if (html.isEmpty())
        return;
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(page.readAll());
    for (const QString &part : html)
        QVERIFY2(text.contains(part), qPrintable(part));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
