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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
