// Origins (https://html.spec.whatwg.org/multipage/browsers.html#origin): serialisation, same origin,
// schemeful same site and registrable domains from the public suffix list.
#include "core/origin.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

// "opaque" is a fresh sandboxed origin (createOpaque); anything else is a URL whose origin is taken.
Origin makeOrigin(const QString &spec)
{
    if (spec == u"opaque")
        return Origin::createOpaque();
    const std::optional<Url> url = parseUrlOrNull(spec);
    if (!url)
        qFatal("test URL does not parse: %s", qPrintable(spec));
    return Origin::fromUrl(*url);
}

Host makeHost(const QString &input)
{
    const auto host = parseHost(input, false);
    if (!std::holds_alternative<Host>(host))
        qFatal("test host does not parse: %s", qPrintable(input));
    return std::get<Host>(host);
}

} // namespace

class TestOrigin : public QObject
{
    Q_OBJECT

private slots:
    void serialize_data();
    void serialize();
    void tupleParts();
    void sameOriginAndSite_data();
    void sameOriginAndSite();
    void opaqueOriginKeepsIdentityWhenCopied();
    void registrableDomainOfHost_data();
    void registrableDomainOfHost();
    void siteHost_data();
    void siteHost();
    void compareOrigins_data();
    void compareOrigins();
};

void TestOrigin::serialize_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("serialized");

    QTest::newRow("https with path") << u"https://example.com/a?b#c"_s << u"https://example.com"_s;
    QTest::newRow("default port omitted") << u"https://example.com:443/"_s << u"https://example.com"_s;
    QTest::newRow("other port kept") << u"http://example.com:8080/"_s << u"http://example.com:8080"_s;
    QTest::newRow("credentials dropped") << u"https://user:pass@example.com/"_s << u"https://example.com"_s;
    QTest::newRow("host lower-cased") << u"HTTPS://EXAMPLE.COM/"_s << u"https://example.com"_s;
    QTest::newRow("IDN host in punycode") << u"https://bücher.example/"_s << u"https://xn--bcher-kva.example"_s;
    QTest::newRow("IPv4 host") << u"http://127.0.0.1:3000/"_s << u"http://127.0.0.1:3000"_s;
    QTest::newRow("IPv6 host") << u"http://[::1]:3000/"_s << u"http://[::1]:3000"_s;
    QTest::newRow("ws") << u"ws://example.com:80/chat"_s << u"ws://example.com"_s;
    QTest::newRow("wss") << u"wss://example.com:444/chat"_s << u"wss://example.com:444"_s;
    QTest::newRow("ftp") << u"ftp://example.com/file"_s << u"ftp://example.com"_s;
    QTest::newRow("blob of https") << u"blob:https://example.com/uuid"_s << u"https://example.com"_s;
    QTest::newRow("blob of http with port") << u"blob:http://example.org:88/uuid"_s << u"http://example.org:88"_s;
    QTest::newRow("blob of ws is opaque") << u"blob:ws://example.org/"_s << u"null"_s;
    QTest::newRow("blob of nothing is opaque") << u"blob:uuid"_s << u"null"_s;
    QTest::newRow("file is opaque") << u"file:///index.html"_s << u"null"_s;
    QTest::newRow("data is opaque") << u"data:text/html,hi"_s << u"null"_s;
    QTest::newRow("about:blank is opaque") << u"about:blank"_s << u"null"_s;
    QTest::newRow("non-special scheme is opaque") << u"app://example.com/"_s << u"null"_s;
    QTest::newRow("sandboxed") << u"opaque"_s << u"null"_s;
}

void TestOrigin::serialize()
{
    QFETCH(QString, url);
    QFETCH(QString, serialized);
    const Origin origin = makeOrigin(url);
    QCOMPARE(origin.serialize(), serialized);
    QCOMPARE(origin.isOpaque(), serialized == u"null");
}

void TestOrigin::tupleParts()
{
    const Origin origin = makeOrigin(u"https://api.example.com:8443/v1"_s);
    QVERIFY(!origin.isOpaque());
    QCOMPARE(origin.scheme(), u"https"_s);
    QCOMPARE(origin.host().serialize(), u"api.example.com"_s);
    QCOMPARE(origin.port(), std::optional<int>(8443));
    const Origin defaultPort = makeOrigin(u"https://api.example.com/v1"_s);
    QCOMPARE(defaultPort.port(), std::nullopt);
    QVERIFY(Origin::tuple(u"https"_s, makeHost(u"api.example.com"_s), std::nullopt).isSameOrigin(defaultPort));
}

void TestOrigin::sameOriginAndSite_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("sameOrigin");
    QTest::addColumn<bool>("sameSite");

    // Tuples
    QTest::newRow("identical") << u"https://example.com/"_s << u"https://example.com/"_s << true << true;
    QTest::newRow("paths differ") << u"https://example.com/a"_s << u"https://example.com/b?c"_s << true << true;
    QTest::newRow("explicit default port") << u"https://example.com:443/"_s << u"https://example.com/"_s << true
                                           << true;
    QTest::newRow("scheme differs (schemeful same site)")
        << u"http://example.com/"_s << u"https://example.com/"_s << false << false;
    QTest::newRow("ws vs http") << u"ws://example.com/"_s << u"http://example.com/"_s << false << false;
    QTest::newRow("port differs") << u"https://example.com/"_s << u"https://example.com:8443/"_s << false << true;
    QTest::newRow("subdomains of one site") << u"https://app.example.com/"_s << u"https://api.example.com/"_s
                                            << false << true;
    QTest::newRow("subdomain vs registrable domain") << u"https://www.example.com/"_s << u"https://example.com/"_s
                                                     << false << true;
    QTest::newRow("different registrable domains") << u"https://example.com/"_s << u"https://example.org/"_s
                                                   << false << false;
    QTest::newRow("github.io is a public suffix") << u"https://a.github.io/"_s << u"https://b.github.io/"_s
                                                  << false << false;
    QTest::newRow("under co.uk, same site") << u"https://a.shop.co.uk/"_s << u"https://b.shop.co.uk/"_s << false
                                            << true;
    QTest::newRow("under co.uk, different sites") << u"https://a.co.uk/"_s << u"https://b.co.uk/"_s << false
                                                  << false;
    QTest::newRow("public suffix host is its own site") << u"https://github.io/"_s << u"https://github.io:444/"_s
                                                        << false << true;
    QTest::newRow("trailing dot is another host") << u"https://example.com./"_s << u"https://example.com/"_s
                                                  << false << false;
    // IP addresses and localhost: the host itself is the site
    QTest::newRow("127.0.0.1 ports differ") << u"http://127.0.0.1/"_s << u"http://127.0.0.1:8080/"_s << false
                                            << true;
    QTest::newRow("127.0.0.1 vs 127.1.0.1 (not libpsl's \"0.1\")")
        << u"http://127.0.0.1/"_s << u"http://127.1.0.1/"_s << false << false;
    QTest::newRow("127.0.0.1 spelled 127.1") << u"http://127.1/"_s << u"http://127.0.0.1/"_s << true << true;
    QTest::newRow("[::1] ports differ") << u"http://[::1]/"_s << u"http://[::1]:8080/"_s << false << true;
    QTest::newRow("[::1] vs [::2]") << u"http://[::1]/"_s << u"http://[::2]/"_s << false << false;
    QTest::newRow("[::1] vs 127.0.0.1") << u"http://[::1]/"_s << u"http://127.0.0.1/"_s << false << false;
    QTest::newRow("localhost ports differ") << u"http://localhost/"_s << u"http://localhost:3000/"_s << false
                                            << true;
    QTest::newRow("localhost vs app.localhost") << u"http://localhost/"_s << u"http://app.localhost/"_s << false
                                                << false;
    QTest::newRow("localhost vs 127.0.0.1") << u"http://localhost/"_s << u"http://127.0.0.1/"_s << false << false;
    // blob:, file:, data: and sandboxed documents
    QTest::newRow("blob takes its creator's origin") << u"blob:https://example.com/uuid"_s
                                                     << u"https://example.com/"_s << true << true;
    QTest::newRow("two file URLs are distinct opaque origins") << u"file:///a.html"_s << u"file:///a.html"_s
                                                               << false << false;
    QTest::newRow("two data URLs are distinct opaque origins") << u"data:,a"_s << u"data:,a"_s << false << false;
    QTest::newRow("data vs https") << u"data:,a"_s << u"https://example.com/"_s << false << false;
    QTest::newRow("two sandboxed documents") << u"opaque"_s << u"opaque"_s << false << false;
    QTest::newRow("sandboxed vs its URL's origin") << u"opaque"_s << u"https://example.com/"_s << false << false;
}

void TestOrigin::sameOriginAndSite()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, sameOrigin);
    QFETCH(bool, sameSite);
    const Origin a = makeOrigin(first);
    const Origin b = makeOrigin(second);
    QCOMPARE(a.isSameOrigin(b), sameOrigin);
    QCOMPARE(b.isSameOrigin(a), sameOrigin);
    QCOMPARE(a.isSameSite(b), sameSite);
    QCOMPARE(b.isSameSite(a), sameSite);
    QVERIFY(a.isSameOrigin(a));
    QVERIFY(a.isSameSite(a));
}

void TestOrigin::opaqueOriginKeepsIdentityWhenCopied()
{
    const Origin sandboxed = Origin::createOpaque();
    const Origin copy = sandboxed;
    QVERIFY(copy.isSameOrigin(sandboxed));
    QVERIFY(copy.isSameSite(sandboxed));
    QVERIFY(!Origin::createOpaque().isSameOrigin(sandboxed));

    const std::optional<Url> data = parseUrlOrNull(u"data:text/plain,x"_s);
    QVERIFY(data);
    const Origin fromData = Origin::fromUrl(*data);
    Origin assigned = Origin::createOpaque();
    assigned = fromData;
    QVERIFY(assigned.isSameOrigin(fromData));
    QVERIFY(!Origin::fromUrl(*data).isSameOrigin(fromData));
}

void TestOrigin::registrableDomainOfHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("registrableDomain");  // empty when there is none

    QTest::newRow("subdomain") << u"app.example.com"_s << u"example.com"_s;
    QTest::newRow("registrable domain itself") << u"example.com"_s << u"example.com"_s;
    QTest::newRow("deep subdomain") << u"a.b.c.example.org"_s << u"example.org"_s;
    QTest::newRow("private suffix github.io") << u"foo.github.io"_s << u"foo.github.io"_s;
    QTest::newRow("public suffix github.io") << u"github.io"_s << QString();
    QTest::newRow("two-label suffix co.uk") << u"a.b.co.uk"_s << u"b.co.uk"_s;
    QTest::newRow("public suffix co.uk") << u"co.uk"_s << QString();
    QTest::newRow("unlisted TLD (default rule)") << u"app.test"_s << u"app.test"_s;
    QTest::newRow("punycode") << u"www.xn--mnchen-3ya.de"_s << u"xn--mnchen-3ya.de"_s;
    QTest::newRow("trailing dot kept") << u"app.example.com."_s << u"example.com."_s;
    QTest::newRow("localhost") << u"localhost"_s << QString();
    QTest::newRow("IPv4 address") << u"127.0.0.1"_s << QString();
    QTest::newRow("IPv6 address") << u"[::1]"_s << QString();
}

void TestOrigin::registrableDomainOfHost()
{
    QFETCH(QString, host);
    QFETCH(QString, registrableDomain);
    const std::optional<QString> actual = corslab::registrableDomain(makeHost(host));
    QCOMPARE(actual.value_or(QString()), registrableDomain);
    QCOMPARE(actual.has_value(), !registrableDomain.isEmpty());
}

void TestOrigin::siteHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("siteHost");

    QTest::newRow("subdomain") << u"https://app.example.com/"_s << u"example.com"_s;
    QTest::newRow("github.io page") << u"https://a.github.io/"_s << u"a.github.io"_s;
    QTest::newRow("IPv4 is its own site") << u"http://127.0.0.1:8080/"_s << u"127.0.0.1"_s;
    QTest::newRow("IPv6 is its own site") << u"http://[::1]/"_s << u"[::1]"_s;
    QTest::newRow("localhost is its own site") << u"http://localhost:3000/"_s << u"localhost"_s;
    QTest::newRow("public suffix is its own site") << u"https://github.io/"_s << u"github.io"_s;
    QTest::newRow("opaque has none") << u"data:,x"_s << QString();
}

void TestOrigin::siteHost()
{
    QFETCH(QString, url);
    QFETCH(QString, siteHost);
    QCOMPARE(makeOrigin(url).siteHost(), siteHost);
}

void TestOrigin::compareOrigins_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("same");         // the parts that match, of "scheme host port site"
    QTest::addColumn<QString>("ports");        // page port, target port (the default filled in)
    QTest::addColumn<QString>("sites");        // page site, target site
    QTest::addColumn<bool>("opaque");

    QTest::newRow("same origin") << u"https://app.example.com/"_s << u"https://app.example.com/x"_s
        << u"scheme host port site"_s << u"443 443"_s << u"https://example.com https://example.com"_s << false;
    QTest::newRow("explicit default port is the default") << u"https://app.example.com:443/"_s << u"https://app.example.com/"_s
        << u"scheme host port site"_s << u"443 443"_s << u"https://example.com https://example.com"_s << false;
    QTest::newRow("sibling subdomain: host differs, site same") << u"https://app.example.com/"_s << u"https://api.example.com/"_s
        << u"scheme port site"_s << u"443 443"_s << u"https://example.com https://example.com"_s << false;
    QTest::newRow("port differs") << u"http://localhost:3000/"_s << u"http://localhost:8080/"_s
        << u"scheme host site"_s << u"3000 8080"_s << u"http://localhost http://localhost"_s << false;
    QTest::newRow("scheme differs: schemeful site differs") << u"http://example.com/"_s << u"https://example.com/"_s
        << u"host"_s << u"80 443"_s << u"http://example.com https://example.com"_s << false;
    QTest::newRow("another site") << u"https://app.example.com/"_s << u"https://cdn.example.net/"_s
        << u"scheme port"_s << u"443 443"_s << u"https://example.com https://example.net"_s << false;
    QTest::newRow("github.io pages are sites of their own") << u"https://a.github.io/"_s << u"https://b.github.io/"_s
        << u"scheme port"_s << u"443 443"_s << u"https://a.github.io https://b.github.io"_s << false;
    QTest::newRow("IP address is its own site") << u"http://127.0.0.1:8000/"_s << u"http://127.0.0.1:9000/"_s
        << u"scheme host site"_s << u"8000 9000"_s << u"http://127.0.0.1 http://127.0.0.1"_s << false;
    QTest::newRow("sandboxed page") << u"opaque"_s << u"https://example.com/"_s << QString() << QString() << QString() << true;
    QTest::newRow("data: target") << u"https://example.com/"_s << u"data:,x"_s << QString() << QString() << QString() << true;
}

void TestOrigin::compareOrigins()
{
    QFETCH(QString, page);
    QFETCH(QString, target);
    QFETCH(QString, same);
    QFETCH(QString, ports);
    QFETCH(QString, sites);
    QFETCH(bool, opaque);
    const Origin a = makeOrigin(page);
    const Origin b = makeOrigin(target);
    const OriginComparison comparison = corslab::compareOrigins(a, b);
    QCOMPARE(comparison.opaque, opaque);
    if (opaque) {
        QCOMPARE(originRelation(comparison), OriginRelation::Opaque);
        return;
    }
    const QStringList parts = same.split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(comparison.scheme.same, parts.contains(u"scheme"_s));
    QCOMPARE(comparison.host.same, parts.contains(u"host"_s));
    QCOMPARE(comparison.port.same, parts.contains(u"port"_s));
    QCOMPARE(comparison.site.same, parts.contains(u"site"_s));
    QCOMPARE(comparison.port.page + u' ' + comparison.port.target, ports);
    QCOMPARE(comparison.site.page + u' ' + comparison.site.target, sites);
    // The parts agree with the policy's own answers.
    QCOMPARE(comparison.scheme.same && comparison.host.same && comparison.port.same, a.isSameOrigin(b));
    QCOMPARE(comparison.site.same, a.isSameSite(b));
    const OriginRelation expected = a.isSameOrigin(b) ? OriginRelation::SameOrigin
                                    : a.isSameSite(b)  ? OriginRelation::SameSite
                                                       : OriginRelation::CrossSite;
    QCOMPARE(originRelation(comparison), expected);
}

QTEST_GUILESS_MAIN(TestOrigin)
#include "tst_origin.moc"
