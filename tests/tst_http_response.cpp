// core/http_response: a real server's response head read as Chromium's HttpResponseHeaders reads it.
#include "core/http_response.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

class TestHttpResponse : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void headEnd_data();
    void headEnd();
    void normalizeReceived_data();
    void normalizeReceived();
};

void TestHttpResponse::parse_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("headers");
    QTest::newRow("plain") << QByteArray("HTTP/1.1 204 No Content\r\nVary: Origin\r\nA: 1")
                           << 204 << QStringList{u"Vary=Origin"_s, u"A=1"_s};
    QTest::newRow("duplicates kept in order") << QByteArray("HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: *\r\nX: 1\r\nAccess-Control-Allow-Origin: https://a.test")
                                              << 200 << QStringList{u"Access-Control-Allow-Origin=*"_s, u"X=1"_s,
                                                                    u"Access-Control-Allow-Origin=https://a.test"_s};
    QTest::newRow("values trimmed of spaces and tabs") << QByteArray("HTTP/1.1 200 OK\r\nAccess-Control-Allow-Credentials: \t true \t")
                                                       << 200 << QStringList{u"Access-Control-Allow-Credentials=true"_s};
    QTest::newRow("obsolete folding joins the line") << QByteArray("HTTP/1.1 200 OK\r\nX-A: one\r\n  two\r\nX-B: 3")
                                                     << 200 << QStringList{u"X-A=one two"_s, u"X-B=3"_s};
    QTest::newRow("a line without a colon is skipped") << QByteArray("HTTP/1.1 200 OK\r\ngarbage\r\nX: 1")
                                                       << 200 << QStringList{u"X=1"_s};
    QTest::newRow("LF line ends") << QByteArray("HTTP/1.0 301 Moved\nLocation: /b") << 301 << QStringList{u"Location=/b"_s};
    QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 404") << 404 << QStringList();
    QTest::newRow("a status outside 100-599") << QByteArray("HTTP/1.1 999 Odd\r\nX: 1") << 999 << QStringList{u"X=1"_s};
    // Any three digits (https://www.rfc-editor.org/rfc/rfc9110#name-status-codes); Chromium 156 hands each to script.
    QTest::newRow("status 000") << QByteArray("HTTP/1.1 000 Status\r\nX: 1") << 0 << QStringList{u"X=1"_s};
    QTest::newRow("status 099") << QByteArray("HTTP/1.1 099 Status") << 99 << QStringList();
    QTest::newRow("status 600") << QByteArray("HTTP/1.1 600 Status") << 600 << QStringList();
    QTest::newRow("status 407") << QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"p\"")
                                << 407 << QStringList{u"Proxy-Authenticate=Basic realm=\"p\""_s};
    QTest::newRow("Location and Content-Type trimmed") << QByteArray("HTTP/1.1 302 Found\r\nLocation:  /next\t\r\nContent-Type:\ttext/html ")
                                                       << 302 << QStringList{u"Location=/next"_s, u"Content-Type=text/html"_s};
    QTest::newRow("empty value") << QByteArray("HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin:") << 200
                                 << QStringList{u"Access-Control-Allow-Origin="_s};
}

void TestHttpResponse::parse()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    QFETCH(QStringList, headers);
    const auto parsed = parseResponseHead(head);
    QVERIFY(std::holds_alternative<ResponseHead>(parsed));
    const ResponseHead &response = std::get<ResponseHead>(parsed);
    QCOMPARE(response.status, status);
    QStringList actual;
    for (const Header &header : response.headers.entries())
        actual.append(QString::fromLatin1(header.name + '=' + header.value));
    QCOMPARE(actual, headers);
}

void TestHttpResponse::errors_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2") << 1 << u"does not start with HTTP/"_s;
    QTest::newRow("no status code") << QByteArray("HTTP/1.1") << 1 << u"no status code"_s;
    QTest::newRow("two-digit status") << QByteArray("HTTP/1.1 20 OK") << 1 << u"not three digits"_s;
    QTest::newRow("NUL in a header") << QByteArray("HTTP/1.1 200 OK\r\nX: a\0b", 22) << 2 << u"NUL byte"_s;
    QTest::newRow("over 256 KiB") << QByteArray("HTTP/1.1 200 OK\r\nX: " + QByteArray(kMaxResponseHeadBytes, 'a')) << 0
                                  << u"over 256 KiB"_s;
}

void TestHttpResponse::errors()
{
    QFETCH(QByteArray, head);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto parsed = parseResponseHead(head);
    QVERIFY(std::holds_alternative<ResponseHeadError>(parsed));
    QCOMPARE(std::get<ResponseHeadError>(parsed).line, line);
    QVERIFY2(std::get<ResponseHeadError>(parsed).message.contains(message), qPrintable(std::get<ResponseHeadError>(parsed).message));
}

void TestHttpResponse::headEnd_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("end");
    QTest::newRow("CRLF CRLF") << QByteArray("HTTP/1.1 200 OK\r\nA: 1\r\n\r\nbody") << 25;
    QTest::newRow("LF LF") << QByteArray("HTTP/1.1 200 OK\nA: 1\n\nbody") << 22;
    QTest::newRow("not yet") << QByteArray("HTTP/1.1 200 OK\r\nA: 1\r\n") << -1;
}

void TestHttpResponse::headEnd()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, end);
    QCOMPARE(responseHeadEnd(bytes), end);
}

// A scenario route's headers, written as they go on the wire, read as the parser above reads them.
void TestHttpResponse::normalizeReceived_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QByteArray>("parsed");
    QTest::newRow("ACAO") << "Access-Control-Allow-Origin"_ba << "  https://app.test \t"_ba << "https://app.test"_ba;
    QTest::newRow("ACAC") << "Access-Control-Allow-Credentials"_ba << "  true"_ba << "true"_ba;
    QTest::newRow("ACAM") << "Access-Control-Allow-Methods"_ba << "\tPUT, DELETE "_ba << "PUT, DELETE"_ba;
    QTest::newRow("ACAH") << "Access-Control-Allow-Headers"_ba << " x-a,\tx-b\t"_ba << "x-a,\tx-b"_ba;
    QTest::newRow("ACEH") << "Access-Control-Expose-Headers"_ba << "  X-Foo\t"_ba << "X-Foo"_ba;
    QTest::newRow("Max-Age") << "Access-Control-Max-Age"_ba << " 600 "_ba << "600"_ba;
    QTest::newRow("Location") << "Location"_ba << "  https://api.test/next \t"_ba << "https://api.test/next"_ba;
    QTest::newRow("Content-Type for ORB") << "Content-Type"_ba << "  application/json  "_ba << "application/json"_ba;
    QTest::newRow("spaces only: empty") << "Location"_ba << "   "_ba << ""_ba;
    QTest::newRow("inner spaces stay") << "Access-Control-Allow-Origin"_ba << " a  b "_ba << "a  b"_ba;
    QTest::newRow("unpadded: as written") << "Access-Control-Allow-Origin"_ba << "*"_ba << "*"_ba;
}

void TestHttpResponse::normalizeReceived()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, written);
    QFETCH(QByteArray, parsed);
    HeaderList headers{{"X-Before", " 1"}, {name, written}, {"X-After", "2\t"}};
    normalizeReceivedHeaders(headers);
    QCOMPARE(headers.size(), 3);
    QCOMPARE(headers.entries().at(1).name, name);
    QCOMPARE(headers.entries().at(1).value, parsed);
    QCOMPARE(headers.get("x-before"), std::optional("1"_ba));
    QCOMPARE(headers.get("x-after"), std::optional("2"_ba));
    // The parser the probe uses agrees on the same line.
    const auto head = parseResponseHead("HTTP/1.1 200 OK\r\n" + name + ':' + written);
    QCOMPARE(std::get<ResponseHead>(head).headers.entries().at(0).value, parsed);
}

QTEST_GUILESS_MAIN(TestHttpResponse)
#include "tst_http_response.moc"
