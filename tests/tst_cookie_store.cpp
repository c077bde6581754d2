// The cookie store: which Set-Cookie lines the browser stores (RFC 6265bis section 5.7) and which cookies
// a request carries, in which order, and why the others stay home (section 5.8.3, Chromium's
// CookieInclusionStatus). Rows follow the draft and Chromium's canonical_cookie_unittest.cc; the golden
// scenarios tests/data/golden/cookie-*.cors.json hold what Chromium 156 did.
#include "core/cookie_store.h"
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

Url url(const char *text) { return parseUrlOrNull(QString::fromLatin1(text)).value(); }

QString exclusionName(const std::optional<CookieExclusion> &exclusion)
{
    return exclusion ? QString(cookieExclusionKey(*exclusion)) : QString();
}

} // namespace

class TestCookieStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void store_data();
    void store();
    void retrieve_data();
    void retrieve();
    void order();
    void replacement();
};

void TestCookieStore::store_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("setBy");
    QTest::addColumn<QString>("embeddedIn");   // empty: a top-level navigation
    QTest::addColumn<bool>("blockThirdParty");
    QTest::addColumn<QString>("refusal");      // empty: stored

    QTest::newRow("host cookie") << "a=1"_ba << u"https://api.example.com/"_s << QString() << false << QString();
    QTest::newRow("parent domain") << "a=1; Domain=example.com"_ba << u"https://api.example.com/"_s << QString() << false << QString();
    QTest::newRow("leading dot") << "a=1; Domain=.example.com"_ba << u"https://api.example.com/"_s << QString() << false << QString();
    QTest::newRow("sibling domain") << "a=1; Domain=other.example.com"_ba << u"https://api.example.com/"_s << QString() << false
                                    << u"InvalidDomain"_s;
    QTest::newRow("unrelated domain") << "a=1; Domain=example.org"_ba << u"https://api.example.com/"_s << QString() << false
                                      << u"InvalidDomain"_s;
    QTest::newRow("public suffix") << "a=1; Domain=com"_ba << u"https://api.example.com/"_s << QString() << false << u"InvalidDomain"_s;
    QTest::newRow("private public suffix") << "a=1; Domain=github.io"_ba << u"https://me.github.io/"_s << QString() << false
                                           << u"InvalidDomain"_s;
    QTest::newRow("IP address names itself") << "a=1; Domain=127.0.0.1"_ba << u"http://127.0.0.1/"_s << QString() << false << QString();
    QTest::newRow("IP address cannot name a parent") << "a=1; Domain=0.0.1"_ba << u"http://127.0.0.1/"_s << QString() << false
                                                     << u"InvalidDomain"_s;
    QTest::newRow("Secure from http") << "a=1; Secure"_ba << u"http://api.example.com/"_s << QString() << false << u"SecureOnly"_s;
    QTest::newRow("Secure from localhost") << "a=1; Secure"_ba << u"http://localhost:8080/"_s << QString() << false << QString();
    QTest::newRow("SameSite=None without Secure") << "a=1; SameSite=None"_ba << u"https://api.example.com/"_s << QString() << false
                                                  << u"SameSiteNoneInsecure"_s;
    QTest::newRow("__Secure- with Secure") << "__Secure-a=1; Secure"_ba << u"https://api.example.com/"_s << QString() << false << QString();
    QTest::newRow("__Secure- without Secure") << "__Secure-a=1"_ba << u"https://api.example.com/"_s << QString() << false
                                              << u"InvalidPrefix"_s;
    QTest::newRow("__Host- with Domain") << "__Host-a=1; Secure; Path=/; Domain=example.com"_ba << u"https://api.example.com/"_s
                                         << QString() << false << u"InvalidPrefix"_s;
    QTest::newRow("__Host- without Path=/") << "__Host-a=1; Secure"_ba << u"https://api.example.com/x/y"_s << QString() << false
                                            << u"InvalidPrefix"_s;
    QTest::newRow("__Host- right") << "__Host-a=1; Secure; Path=/"_ba << u"https://api.example.com/"_s << QString() << false << QString();
    QTest::newRow("prefix in another case") << "__SECURE-a=1"_ba << u"https://api.example.com/"_s << QString() << false
                                            << u"InvalidPrefix"_s;
    QTest::newRow("Max-Age=0") << "a=1; Max-Age=0"_ba << u"https://api.example.com/"_s << QString() << false << u"NotStored"_s;
    QTest::newRow("Expires in the past") << "a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT"_ba << u"https://api.example.com/"_s << QString()
                                         << false << u"NotStored"_s;
    QTest::newRow("Max-Age wins over a past Expires") << "a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60"_ba
                                                      << u"https://api.example.com/"_s << QString() << false << QString();
    QTest::newRow("Partitioned without Secure") << "a=1; Partitioned"_ba << u"https://api.example.com/"_s << QString() << false
                                                << u"InvalidPartitioned"_s;
    QTest::newRow("cross-site frame, Lax") << "a=1; SameSite=Lax"_ba << u"https://api.example.com/"_s << u"https://other.example/"_s << false
                                           << u"SameSiteLax"_s;
    QTest::newRow("cross-site frame, no SameSite") << "a=1"_ba << u"https://api.example.com/"_s << u"https://other.example/"_s << false
                                                   << u"SameSiteLaxByDefault"_s;
    QTest::newRow("cross-site frame, None") << "a=1; SameSite=None; Secure"_ba << u"https://api.example.com/"_s << u"https://other.example/"_s
                                            << false << QString();
    QTest::newRow("cross-site frame, third-party blocked") << "a=1; SameSite=None; Secure"_ba << u"https://api.example.com/"_s
                                                           << u"https://other.example/"_s << true << u"ThirdPartyBlocked"_s;
    QTest::newRow("cross-site frame, Partitioned despite blocking") << "a=1; SameSite=None; Secure; Partitioned"_ba
                                                                    << u"https://api.example.com/"_s << u"https://other.example/"_s << true
                                                                    << QString();
    QTest::newRow("same-site frame, Strict") << "a=1; SameSite=Strict"_ba << u"https://api.example.com/"_s << u"https://www.example.com/"_s
                                             << true << QString();
    QTest::newRow("not a cookie line") << "; Secure"_ba << u"https://api.example.com/"_s << QString() << false << u"NotStored"_s;
}

void TestCookieStore::store()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, setBy);
    QFETCH(QString, embeddedIn);
    QFETCH(bool, blockThirdParty);
    QFETCH(QString, refusal);
    CookieStore store;
    const std::optional<Url> frame = embeddedIn.isEmpty() ? std::nullopt : parseUrlOrNull(embeddedIn);
    const auto result = store.set(line, url(setBy.toLatin1().constData()), frame,
                                  blockThirdParty ? ThirdPartyCookies::Block : ThirdPartyCookies::Allow);
    QCOMPARE(exclusionName(result), refusal);
    QCOMPARE(store.cookies().size(), refusal.isEmpty() ? 1 : 0);
}

void TestCookieStore::retrieve_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("setBy");
    QTest::addColumn<QString>("page");        // the initiator and top-level document
    QTest::addColumn<QString>("request");
    QTest::addColumn<bool>("topLevel");       // a navigation of the top-level document
    QTest::addColumn<bool>("safeMethod");
    QTest::addColumn<bool>("blockThirdParty");
    QTest::addColumn<QString>("exclusion");   // empty: sent

    const QString api = u"https://api.example.com/v1/items"_s;
    const QString sameSitePage = u"https://app.example.com/"_s;
    const QString crossSitePage = u"https://evil.example/"_s;
    QTest::newRow("host cookie, same host") << "a=1"_ba << api << sameSitePage << api << false << true << false << QString();
    QTest::newRow("host cookie, other host") << "a=1"_ba << api << sameSitePage << u"https://www.example.com/"_s << false << true << false
                                             << u"DomainMismatch"_s;
    QTest::newRow("domain cookie, sibling host") << "a=1; Domain=example.com; Path=/"_ba << api << sameSitePage << u"https://www.example.com/"_s
                                                 << false << true << false << QString();
    QTest::newRow("path below") << "a=1; Path=/v1"_ba << api << sameSitePage << api << false << true << false << QString();
    QTest::newRow("path prefix that is no segment") << "a=1; Path=/v"_ba << api << sameSitePage << api << false << true << false
                                                    << u"PathMismatch"_s;
    QTest::newRow("default path is the directory") << "a=1"_ba << u"https://api.example.com/v1/login"_s << sameSitePage
                                                   << u"https://api.example.com/v2/x"_s << false << true << false << u"PathMismatch"_s;
    QTest::newRow("Secure to http") << "a=1; Secure"_ba << api << sameSitePage << u"http://api.example.com/v1/items"_s << false << true
                                    << false << u"SecureOnly"_s;
    QTest::newRow("Strict, same-site fetch") << "a=1; SameSite=Strict"_ba << api << sameSitePage << api << false << true << false
                                             << QString();
    QTest::newRow("Strict, cross-site fetch") << "a=1; SameSite=Strict"_ba << api << crossSitePage << api << false << true << false
                                              << u"SameSiteStrict"_s;
    QTest::newRow("Lax, cross-site fetch") << "a=1; SameSite=Lax"_ba << api << crossSitePage << api << false << true << false
                                           << u"SameSiteLax"_s;
    QTest::newRow("no SameSite, cross-site fetch") << "a=1"_ba << api << crossSitePage << api << false << true << false
                                                   << u"SameSiteLaxByDefault"_s;
    QTest::newRow("None, cross-site fetch") << "a=1; SameSite=None; Secure"_ba << api << crossSitePage << api << false << true << false
                                            << QString();
    QTest::newRow("Lax, cross-site top-level GET") << "a=1; SameSite=Lax"_ba << api << crossSitePage << api << true << true << false
                                                   << QString();
    QTest::newRow("Strict, cross-site top-level GET") << "a=1; SameSite=Strict"_ba << api << crossSitePage << api << true << true << false
                                                      << u"SameSiteStrict"_s;
    QTest::newRow("Lax, cross-site top-level POST") << "a=1; SameSite=Lax"_ba << api << crossSitePage << api << true << false << false
                                                    << u"SameSiteLax"_s;
    QTest::newRow("no SameSite, cross-site top-level POST: Lax allowing unsafe")
        << "a=1"_ba << api << crossSitePage << api << true << false << false << QString();
    QTest::newRow("schemeful: http page, https API of the same domain")
        << "a=1; SameSite=Lax"_ba << api << u"http://app.example.com/"_s << api << false << true << false << u"SameSiteLax"_s;
    QTest::newRow("third-party blocked") << "a=1; SameSite=None; Secure"_ba << api << crossSitePage << api << false << true << true
                                         << u"ThirdPartyBlocked"_s;
    QTest::newRow("first-party despite blocking") << "a=1; SameSite=None; Secure"_ba << api << sameSitePage << api << false << true << true
                                                  << QString();
    QTest::newRow("partitioned for its own site, asked from another")
        << "a=1; SameSite=None; Secure; Partitioned"_ba << api << crossSitePage << api << false << true << false << u"PartitionMismatch"_s;
    QTest::newRow("partitioned, same top-level site") << "a=1; SameSite=None; Secure; Partitioned"_ba << api << sameSitePage << api << false
                                                      << true << true << QString();
}

void TestCookieStore::retrieve()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, setBy);
    QFETCH(QString, page);
    QFETCH(QString, request);
    QFETCH(bool, topLevel);
    QFETCH(bool, safeMethod);
    QFETCH(bool, blockThirdParty);
    QFETCH(QString, exclusion);
    CookieStore store;
    QVERIFY(!store.set(line, url(setBy.toLatin1().constData()), std::nullopt, ThirdPartyCookies::Allow));
    const Url target = url(request.toLatin1().constData());
    const Url pageUrl = url(page.toLatin1().constData());
    const QString topLevelSite = topLevel ? schemefulSite(target) : schemefulSite(pageUrl);
    const CookieRequestContext context{target, Origin::fromUrl(pageUrl), topLevelSite, topLevelSite, topLevel, safeMethod, blockThirdParty ? ThirdPartyCookies::Block : ThirdPartyCookies::Allow};
    const CookieRetrieval retrieval = store.retrieve(context);
    if (exclusion.isEmpty()) {
        QCOMPARE(retrieval.included.size(), 1);
        QCOMPARE(retrieval.cookieHeader(), "a=1"_ba);
    } else {
        QCOMPARE(retrieval.excluded.size(), 1);
        QCOMPARE(QString(cookieExclusionKey(retrieval.excluded.first().reason)), exclusion);
    }
}

// Section 5.8.3, step 2: longer paths first, then earlier creation; a nameless cookie is its value alone.
void TestCookieStore::order()
{
    CookieStore store;
    const Url setter = url("https://api.example.com/v1/items/7");
    for (const char *line : {"first=1; Path=/", "deep=2; Path=/v1/items", "second=3; Path=/", "nameless", "mid=4; Path=/v1"})
        QVERIFY(!store.set(line, setter, std::nullopt, ThirdPartyCookies::Allow));
    const CookieRequestContext context{setter, Origin::fromUrl(setter), schemefulSite(setter), schemefulSite(setter), false, true,
                                       ThirdPartyCookies::Allow};
    QCOMPARE(store.retrieve(context).cookieHeader(), "deep=2; nameless; mid=4; first=1; second=3"_ba);
}

// Section 5.7, step 22: a cookie replaces its namesake (same name, domain, path) and keeps its creation time.
void TestCookieStore::replacement()
{
    CookieStore store;
    const Url setter = url("https://api.example.com/");
    for (const char *line : {"a=old", "b=2", "a=new", "b=gone; Max-Age=0"})
        store.set(line, setter, std::nullopt, ThirdPartyCookies::Allow);
    const CookieRequestContext context{setter, Origin::fromUrl(setter), schemefulSite(setter), schemefulSite(setter), false, true,
                                       ThirdPartyCookies::Allow};
    QCOMPARE(store.retrieve(context).cookieHeader(), "a=new"_ba);
}

QTEST_APPLESS_MAIN(TestCookieStore)
#include "tst_cookie_store.moc"
