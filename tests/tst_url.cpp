// The URL parser and host parser against web-platform-tests' urltestdata.json and toascii.json
// (https://github.com/web-platform-tests/wpt/tree/master/url), plus our own cases in url-extra.json.
#include "core/origin.h"
#include "core/url.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

QJsonDocument loadJson(const QString &fileName)
{
    QFile file(QStringLiteral(CORSLAB_TEST_DATA "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(error.errorString()));
    return document;
}

// The test objects of a web-platform-tests data file (strings in the array are comments).
QList<QJsonObject> loadCases(const QString &fileName)
{
    QList<QJsonObject> cases;
    const QJsonArray array = loadJson(fileName).array();
    for (const QJsonValue &value : array) {
        if (value.isObject())
            cases.append(value.toObject());
    }
    return cases;
}

// A readable, printable row name: control and other invisible characters as \uXXXX.
QString escaped(const QString &text)
{
    QString result;
    for (const char32_t codePoint : text.toUcs4()) {
        if ((codePoint >= 0x20 && codePoint < 0x7F) || (codePoint >= 0xA0 && QChar::isPrint(codePoint)))
            result.append(QString::fromUcs4(&codePoint, 1));
        else if (codePoint > 0xFFFF)
            result.append(u"\\U"_s + QString::number(codePoint, 16).toUpper().rightJustified(8, u'0'));
        else
            result.append(u"\\u"_s + QString::number(codePoint, 16).toUpper().rightJustified(4, u'0'));
    }
    return result;
}

QByteArray rowName(const QString &file, qsizetype index, const QJsonObject &testCase)
{
    QString name = file + u" #"_s + QString::number(index) + u": "_s + escaped(testCase[u"input"].toString());
    if (testCase[u"base"].isString())
        name += u" against "_s + escaped(testCase[u"base"].toString());
    return name.toUtf8();
}

// Parses the case's base (when it has one) and then its input against it, as `new URL(input, base)` does.
std::variant<Url, UrlError> parseCase(const QString &input, const QJsonValue &base)
{
    if (!base.isString())
        return parseUrl(input);
    auto parsedBase = parseUrl(base.toString());
    if (auto *error = std::get_if<UrlError>(&parsedBase))
        return UrlError{u"base: "_s + error->reason};
    return parseUrl(input, &std::get<Url>(parsedBase));
}

// https://url.spec.whatwg.org/#api: the URL object's getters, as the WPT data lists them.
QJsonObject urlParts(const Url &url)
{
    const QString hostname = url.host ? url.host->serialize() : QString();
    const QString port = url.port ? QString::number(*url.port) : QString();
    const QString query = url.query.value_or(QString());
    const QString fragment = url.fragment.value_or(QString());
    return QJsonObject{
        {u"href"_s, url.serialize()},
        {u"protocol"_s, url.scheme + u':'},
        {u"username"_s, url.username},
        {u"password"_s, url.password},
        {u"host"_s, port.isEmpty() ? hostname : hostname + u':' + port},
        {u"hostname"_s, hostname},
        {u"port"_s, port},
        {u"pathname"_s, url.serializePath()},
        {u"search"_s, query.isEmpty() ? QString() : u'?' + query},
        {u"hash"_s, fragment.isEmpty() ? QString() : u'#' + fragment},
    };
}

const QStringList partNames{u"href"_s,     u"protocol"_s, u"username"_s, u"password"_s, u"host"_s,
                            u"hostname"_s, u"port"_s,     u"pathname"_s, u"search"_s,   u"hash"_s};

} // namespace

Q_DECLARE_METATYPE(corslab::Host::Kind)

class TestUrl : public QObject
{
    Q_OBJECT

private slots:
    void wptFailuresAreRejected_data();
    void wptFailuresAreRejected();
    void wptOrigins_data();
    void wptOrigins();
    void wptParts_data();
    void wptParts();
    void wptToAscii_data();
    void wptToAscii();
    void knownFailuresNameRealCases();
    void extraCases_data();
    void extraCases();
    void hostParsing_data();
    void hostParsing();
    void relativeResolution_data();
    void relativeResolution();

private:
    void addWptRows(bool (*select)(const QJsonObject &));
};

void TestUrl::addWptRows(bool (*select)(const QJsonObject &))
{
    QTest::addColumn<QJsonObject>("testCase");
    const QList<QJsonObject> cases = loadCases(u"urltestdata.json"_s);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (select(cases[i]))
            QTest::newRow(rowName(u"urltestdata"_s, i, cases[i]).constData()) << cases[i];
    }
}

void TestUrl::wptFailuresAreRejected_data()
{
    addWptRows([](const QJsonObject &testCase) { return testCase[u"failure"].toBool(); });
}

void TestUrl::wptFailuresAreRejected()
{
    QFETCH(QJsonObject, testCase);
    const auto result = parseCase(testCase[u"input"].toString(), testCase[u"base"]);
    if (const Url *url = std::get_if<Url>(&result))
        QFAIL(qPrintable(u"accepted as "_s + url->serialize()));
}

void TestUrl::wptOrigins_data()
{
    addWptRows([](const QJsonObject &testCase) { return testCase.contains(u"origin"); });
}

void TestUrl::wptOrigins()
{
    QFETCH(QJsonObject, testCase);
    const auto result = parseCase(testCase[u"input"].toString(), testCase[u"base"]);
    if (const UrlError *error = std::get_if<UrlError>(&result))
        QFAIL(qPrintable(u"rejected: "_s + error->reason));
    QCOMPARE(Origin::fromUrl(std::get<Url>(result)).serialize(), testCase[u"origin"].toString());
}

void TestUrl::wptParts_data()
{
    addWptRows([](const QJsonObject &testCase) { return !testCase[u"failure"].toBool(); });
}

void TestUrl::wptParts()
{
    QFETCH(QJsonObject, testCase);
    const auto result = parseCase(testCase[u"input"].toString(), testCase[u"base"]);
    if (const UrlError *error = std::get_if<UrlError>(&result))
        QFAIL(qPrintable(u"rejected: "_s + error->reason));
    const QJsonObject parts = urlParts(std::get<Url>(result));
    for (const QString &part : partNames) {
        if (testCase.contains(part))
            QCOMPARE(part + u": "_s + parts[part].toString(), part + u": "_s + testCase[part].toString());
    }
}

void TestUrl::wptToAscii_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QJsonValue>("output");
    QTest::addColumn<QString>("knownFailure");

    QHash<QString, QString> knownFailures;
    const QJsonArray known = loadJson(u"url-known-failures.json"_s).object()[u"toascii"].toArray();
    for (const QJsonValue &entry : known)
        knownFailures.insert(entry[u"input"].toString(), entry[u"reason"].toString());

    const QList<QJsonObject> cases = loadCases(u"toascii.json"_s);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString input = cases[i][u"input"].toString();
        QTest::newRow(rowName(u"toascii"_s, i, cases[i]).constData())
            << input << cases[i][u"output"] << knownFailures.value(input);
    }
}

// As web-platform-tests' url/toascii.window.js: the input as the host of https://…/x,
// and on its own through the host parser.
void TestUrl::wptToAscii()
{
    QFETCH(QString, input);
    QFETCH(QJsonValue, output);
    QFETCH(QString, knownFailure);

    const QString failure = u"<failure>"_s;
    const auto url = parseUrlOrNull(u"https://"_s + input + u"/x"_s);
    const QString viaUrl = url ? url->serialize() : failure;
    const auto host = parseHost(input, false);
    const QString viaHost = std::holds_alternative<Host>(host) ? std::get<Host>(host).serialize() : failure;
    const QString expected = output.isString() ? output.toString() : failure;

    if (!knownFailure.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownFailure), Abort);
    QCOMPARE(viaHost, expected);
    QCOMPARE(viaUrl, output.isString() ? u"https://"_s + expected + u"/x"_s : failure);
}

// Every known failure names a case that exists, so the list cannot go stale silently.
void TestUrl::knownFailuresNameRealCases()
{
    QStringList inputs;
    for (const QJsonObject &testCase : loadCases(u"toascii.json"_s))
        inputs.append(testCase[u"input"].toString());
    const QJsonObject known = loadJson(u"url-known-failures.json"_s).object();
    for (const QJsonValue &entry : known[u"toascii"].toArray()) {
        QVERIFY2(inputs.contains(entry[u"input"].toString()), qPrintable(entry[u"input"].toString()));
        QVERIFY(!entry[u"reason"].toString().isEmpty());
    }
    for (const QString &key : known.keys())
        QVERIFY2(key == u"comment" || key == u"toascii", qPrintable(u"unexpected section "_s + key));
}

void TestUrl::extraCases_data()
{
    QTest::addColumn<QJsonObject>("testCase");
    const QList<QJsonObject> cases = loadCases(u"url-extra.json"_s);
    for (qsizetype i = 0; i < cases.size(); ++i)
        QTest::newRow(rowName(u"url-extra"_s, i, cases[i]).constData()) << cases[i];
}

// Our own cases, same schema as urltestdata.json plus "reason": the UrlError phrase of a failure.
void TestUrl::extraCases()
{
    QFETCH(QJsonObject, testCase);
    const auto result = parseCase(testCase[u"input"].toString(), testCase[u"base"]);
    if (testCase[u"failure"].toBool()) {
        if (const Url *url = std::get_if<Url>(&result))
            QFAIL(qPrintable(u"accepted as "_s + url->serialize()));
        const UrlError *error = std::get_if<UrlError>(&result);
        if (testCase.contains(u"reason"))
            QCOMPARE(error->reason, testCase[u"reason"].toString());
        return;
    }
    if (const UrlError *error = std::get_if<UrlError>(&result))
        QFAIL(qPrintable(u"rejected: "_s + error->reason));
    const Url &url = std::get<Url>(result);
    const QJsonObject parts = urlParts(url);
    for (const QString &part : partNames) {
        if (testCase.contains(part))
            QCOMPARE(part + u": "_s + parts[part].toString(), part + u": "_s + testCase[part].toString());
    }
    if (testCase.contains(u"origin"))
        QCOMPARE(Origin::fromUrl(url).serialize(), testCase[u"origin"].toString());
}

void TestUrl::hostParsing_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("isOpaque");
    QTest::addColumn<Host::Kind>("kind");
    QTest::addColumn<QString>("serialized");  // or the HostError reason when kind is Empty

    using Kind = Host::Kind;
    QTest::newRow("domain lower-cased") << u"EXAMPLE.com"_s << false << Kind::Domain << u"example.com"_s;
    QTest::newRow("percent-encoded domain decoded") << u"ex%41mple.com"_s << false << Kind::Domain
                                                    << u"example.com"_s;
    QTest::newRow("IDN to punycode") << u"Bücher.de"_s << false << Kind::Domain << u"xn--bcher-kva.de"_s;
    QTest::newRow("IPv4 dotted") << u"192.168.0.1"_s << false << Kind::IPv4 << u"192.168.0.1"_s;
    QTest::newRow("IPv4 one number") << u"3232235521"_s << false << Kind::IPv4 << u"192.168.0.1"_s;
    QTest::newRow("IPv4 hex and octal parts") << u"0xc0.0250.1"_s << false << Kind::IPv4 << u"192.168.0.1"_s;
    QTest::newRow("IPv4 trailing dot") << u"127.1."_s << false << Kind::IPv4 << u"127.0.0.1"_s;
    QTest::newRow("IPv4 part over 255") << u"1.256.0.1"_s << false << Kind::Empty << u"invalid IPv4 address"_s;
    QTest::newRow("IPv4 too many parts") << u"1.2.3.4.5"_s << false << Kind::Empty << u"invalid IPv4 address"_s;
    QTest::newRow("IPv4 last part overflow") << u"1.2.65536"_s << false << Kind::Empty
                                             << u"invalid IPv4 address"_s;
    QTest::newRow("IPv4 huge number") << u"99999999999999999999"_s << false << Kind::Empty
                                      << u"invalid IPv4 address"_s;
    QTest::newRow("not ending in a number is a domain") << u"1.2.3.a"_s << false << Kind::Domain << u"1.2.3.a"_s;
    QTest::newRow("IPv6 loopback") << u"[0:0:0:0:0:0:0:1]"_s << false << Kind::IPv6 << u"[::1]"_s;
    QTest::newRow("IPv6 compresses the first longest run")
        << u"[1:0:0:2:0:0:3:4]"_s << false << Kind::IPv6 << u"[1::2:0:0:3:4]"_s;
    QTest::newRow("IPv6 compresses the longer run") << u"[1:0:0:2:0:0:0:3]"_s << false << Kind::IPv6
                                                    << u"[1:0:0:2::3]"_s;
    QTest::newRow("IPv6 single zero not compressed") << u"[1:0:2:3:4:5:6:7]"_s << false << Kind::IPv6
                                                     << u"[1:0:2:3:4:5:6:7]"_s;
    QTest::newRow("IPv6 all zeros") << u"[::]"_s << false << Kind::IPv6 << u"[::]"_s;
    QTest::newRow("IPv6 embedded IPv4") << u"[::ffff:192.168.0.1]"_s << false << Kind::IPv6
                                        << u"[::ffff:c0a8:1]"_s;
    QTest::newRow("IPv6 leading zeros dropped") << u"[00AB::0001]"_s << false << Kind::IPv6 << u"[ab::1]"_s;
    QTest::newRow("IPv6 unclosed") << u"[::1"_s << false << Kind::Empty << u"invalid IPv6 address"_s;
    QTest::newRow("IPv6 two compressions") << u"[1::2::3]"_s << false << Kind::Empty << u"invalid IPv6 address"_s;
    QTest::newRow("IPv6 too few pieces") << u"[1:2:3]"_s << false << Kind::Empty << u"invalid IPv6 address"_s;
    QTest::newRow("forbidden domain code point") << u"a%25b"_s << false << Kind::Empty
                                                 << u"forbidden domain code point"_s;
    QTest::newRow("invalid IDN (bidi)") << u"\u064Aa"_s << false << Kind::Empty
                                        << u"invalid international domain name"_s;
    QTest::newRow("opaque host keeps case and percent-encodes")
        << u"Exä"_s << true << Kind::Opaque << u"Ex%C3%A4"_s;
    QTest::newRow("opaque host with forbidden code point") << u"a<b"_s << true << Kind::Empty
                                                           << u"forbidden host code point"_s;
    QTest::newRow("opaque host may be empty") << QString() << true << Kind::Opaque << QString();
}

void TestUrl::hostParsing()
{
    QFETCH(QString, input);
    QFETCH(bool, isOpaque);
    QFETCH(Host::Kind, kind);
    QFETCH(QString, serialized);

    const auto result = parseHost(input, isOpaque);
    if (kind == Host::Kind::Empty) {
        QVERIFY(std::holds_alternative<HostError>(result));
        QCOMPARE(std::get<HostError>(result).reason, serialized);
        return;
    }
    if (const HostError *error = std::get_if<HostError>(&result))
        QFAIL(qPrintable(u"rejected: "_s + error->reason));
    QCOMPARE(int(std::get<Host>(result).kind), int(kind));
    QCOMPARE(std::get<Host>(result).serialize(), serialized);
}

void TestUrl::relativeResolution_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("href");

    const QString base = u"https://app.example.com/a/b/c?q#f"_s;
    QTest::newRow("sibling") << base << u"d"_s << u"https://app.example.com/a/b/d"_s;
    QTest::newRow("dot segments") << base << u"../../x/./y"_s << u"https://app.example.com/x/y"_s;
    QTest::newRow("above the root") << base << u"../../../../x"_s << u"https://app.example.com/x"_s;
    QTest::newRow("query only keeps path") << base << u"?z"_s << u"https://app.example.com/a/b/c?z"_s;
    QTest::newRow("fragment only keeps query") << base << u"#g"_s << u"https://app.example.com/a/b/c?q#g"_s;
    QTest::newRow("scheme-relative") << base << u"//api.example.com/v1"_s << u"https://api.example.com/v1"_s;
    QTest::newRow("absolute path") << base << u"/root"_s << u"https://app.example.com/root"_s;
    QTest::newRow("backslash as slash") << base << u"\\x\\y"_s << u"https://app.example.com/x/y"_s;
    QTest::newRow("same scheme without slashes") << base << u"https:d"_s << u"https://app.example.com/a/b/d"_s;
    QTest::newRow("other scheme is absolute") << base << u"http:d"_s << u"http://d/"_s;
    QTest::newRow("empty input is the base without fragment") << base << QString()
                                                              << u"https://app.example.com/a/b/c?q"_s;
    QTest::newRow("file drive letter kept") << u"file:///C:/a/b"_s << u"../../.."_s << u"file:///C:/"_s;
}

void TestUrl::relativeResolution()
{
    QFETCH(QString, base);
    QFETCH(QString, input);
    QFETCH(QString, href);
    const std::optional<Url> baseUrl = parseUrlOrNull(base);
    QVERIFY(baseUrl);
    const std::optional<Url> url = parseUrlOrNull(input, &*baseUrl);
    QVERIFY(url);
    QCOMPARE(url->serialize(), href);
}

QTEST_GUILESS_MAIN(TestUrl)
#include "tst_url.moc"
