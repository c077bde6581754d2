// Parsing Set-Cookie lines (RFC 6265bis section 5.6) and cookie dates (section 5.1.1). Rows follow the
// draft's algorithm and Chromium's net/cookies/parsed_cookie_unittest.cc.
#include "core/set_cookie.h"
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

Q_DECLARE_METATYPE(corslab::CookieSameSite)

class TestSetCookie : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nameAndValue_data();
    void nameAndValue();
    void attributes_data();
    void attributes();
    void ignoredLines_data();
    void ignoredLines();
    void cookieDate_data();
    void cookieDate();
};

void TestSetCookie::nameAndValue_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("plain pair") << "sid=abc"_ba << "sid"_ba << "abc"_ba;
    QTest::newRow("spaces and tabs trimmed") << " \tsid \t= abc \t; Path=/"_ba << "sid"_ba << "abc"_ba;
    QTest::newRow("no equals sign: empty name, the whole pair is the value") << "token"_ba << ""_ba << "token"_ba;
    QTest::newRow("empty value") << "sid="_ba << "sid"_ba << ""_ba;
    QTest::newRow("value keeps later equals signs") << "a=b=c"_ba << "a"_ba << "b=c"_ba;
    QTest::newRow("quotes are part of the value") << "q=\"x y\""_ba << "q"_ba << "\"x y\""_ba;
    QTest::newRow("tab inside the value is allowed") << "t=a\tb"_ba << "t"_ba << "a\tb"_ba;
}

void TestSetCookie::nameAndValue()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    const std::optional<SetCookie> cookie = parseSetCookie(line);
    QVERIFY(cookie);
    QCOMPARE(cookie->name, name);
    QCOMPARE(cookie->value, value);
}

void TestSetCookie::attributes_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("domain");   // null: none
    QTest::addColumn<QByteArray>("path");     // null: none (the default path)
    QTest::addColumn<qint64>("maxAge");       // -999: none
    QTest::addColumn<bool>("secure");
    QTest::addColumn<bool>("httpOnly");
    QTest::addColumn<bool>("partitioned");
    QTest::addColumn<CookieSameSite>("sameSite");

    const QByteArray none;
    QTest::newRow("no attributes") << "a=1"_ba << none << none << qint64(-999) << false << false << false << CookieSameSite::Unspecified;
    QTest::newRow("all of them") << "a=1; Domain=.example.com; Path=/app; Max-Age=60; Secure; HttpOnly; Partitioned; SameSite=None"_ba
                                 << ".example.com"_ba << "/app"_ba << qint64(60) << true << true << true << CookieSameSite::None;
    QTest::newRow("names in any case") << "a=1; sEcUrE; HTTPONLY; samesite=STRICT"_ba << none << none << qint64(-999) << true << true << false
                                       << CookieSameSite::Strict;
    QTest::newRow("unknown SameSite value is unspecified") << "a=1; SameSite=Bogus"_ba << none << none << qint64(-999) << false << false
                                                          << false << CookieSameSite::Unspecified;
    QTest::newRow("last SameSite wins") << "a=1; SameSite=Strict; SameSite=Lax"_ba << none << none << qint64(-999) << false << false << false
                                        << CookieSameSite::Lax;
    QTest::newRow("path without a leading slash means the default") << "a=1; Path=app"_ba << none << none << qint64(-999) << false << false
                                                                   << false << CookieSameSite::Unspecified;
    QTest::newRow("empty domain is ignored") << "a=1; Domain="_ba << none << none << qint64(-999) << false << false << false
                                             << CookieSameSite::Unspecified;
    QTest::newRow("negative max-age") << "a=1; Max-Age=-5"_ba << none << none << qint64(-5) << false << false << false
                                      << CookieSameSite::Unspecified;
    QTest::newRow("max-age that is not a number is ignored") << "a=1; Max-Age=1h"_ba << none << none << qint64(-999) << false << false
                                                            << false << CookieSameSite::Unspecified;
    QTest::newRow("unknown attributes ignored") << "a=1; Priority=High; Foo"_ba << none << none << qint64(-999) << false << false << false
                                                << CookieSameSite::Unspecified;
    QTest::newRow("attribute value over 1024 bytes ignored") << "a=1; Path=/" + QByteArray(1100, 'x') << none << none << qint64(-999)
                                                            << false << false << false << CookieSameSite::Unspecified;
}

void TestSetCookie::attributes()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, domain);
    QFETCH(QByteArray, path);
    QFETCH(qint64, maxAge);
    QFETCH(bool, secure);
    QFETCH(bool, httpOnly);
    QFETCH(bool, partitioned);
    QFETCH(CookieSameSite, sameSite);
    const std::optional<SetCookie> cookie = parseSetCookie(line);
    QVERIFY(cookie);
    QCOMPARE(cookie->domain.value_or(QByteArray()), domain);
    QCOMPARE(cookie->domain.has_value(), !domain.isNull());
    QCOMPARE(cookie->path.value_or(QByteArray()), path);
    QCOMPARE(cookie->path.has_value(), !path.isNull());
    QCOMPARE(cookie->maxAge.value_or(-999), maxAge);
    QCOMPARE(cookie->secure, secure);
    QCOMPARE(cookie->httpOnly, httpOnly);
    QCOMPARE(cookie->partitioned, partitioned);
    QCOMPARE(cookie->sameSite, sameSite);
}

void TestSetCookie::ignoredLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only an equals sign") << "="_ba;
    QTest::newRow("only attributes") << "; Secure"_ba;
    QTest::newRow("control character") << "a=b\x01"_ba;
    QTest::newRow("DEL") << "a=b\x7f"_ba;
    QTest::newRow("name and value over 4096 bytes") << "a=" + QByteArray(4096, 'v');
}

void TestSetCookie::ignoredLines()
{
    QFETCH(QByteArray, line);
    QVERIFY(!parseSetCookie(line));
}

void TestSetCookie::cookieDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("utc");   // ISO 8601; empty: not a date

    QTest::newRow("IMF-fixdate") << "Wed, 21 Oct 2015 07:28:00 GMT"_ba << u"2015-10-21T07:28:00Z"_s;
    QTest::newRow("RFC 850 two-digit year") << "Sunday, 06-Nov-94 08:49:37 GMT"_ba << u"1994-11-06T08:49:37Z"_s;
    QTest::newRow("two-digit year below 70") << "06 Nov 30 08:49:37"_ba << u"2030-11-06T08:49:37Z"_s;
    QTest::newRow("asctime order") << "Sun Nov  6 08:49:37 1994"_ba << u"1994-11-06T08:49:37Z"_s;
    QTest::newRow("month by its first three letters") << "1 January 2030 00:00:00"_ba << u"2030-01-01T00:00:00Z"_s;
    QTest::newRow("no time") << "Wed, 21 Oct 2015"_ba << QString();
    QTest::newRow("hour out of range") << "21 Oct 2015 24:00:00"_ba << QString();
    QTest::newRow("year before 1601") << "21 Oct 1600 07:28:00"_ba << QString();
    QTest::newRow("day that does not exist") << "31 Feb 2015 07:28:00"_ba << QString();
    QTest::newRow("garbage") << "tomorrow"_ba << QString();
}

void TestSetCookie::cookieDate()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, utc);
    const std::optional<QDateTime> date = parseCookieDate(text);
    QCOMPARE(date ? date->toString(Qt::ISODate) : QString(), utc);
}

QTEST_APPLESS_MAIN(TestSetCookie)
#include "tst_set_cookie.moc"
