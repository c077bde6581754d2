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

QTEST_GUILESS_MAIN(TestHttpResponse)
#include "tst_http_response.moc"
