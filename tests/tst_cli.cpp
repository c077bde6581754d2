// corslab-cli end to end: exit codes and messages, the WPT URL data through `corslab-cli origin`.
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
    void fixFor_data();
    void fixFor();
    void applyFix_data();
    void applyFix();
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
