// Content Security Policy's frame-ancestors (https://w3c.github.io/webappsec-csp/#directive-frame-ancestors):
// the directives of a response's enforced policies, Chromium's serialization of a violated one (the
// text its console quotes), and source-list matching against the embedding page. Rows marked "seen in
// Chromium 156" were observed in Chromium 156.0.8078.114: an iframe of the URL, blocked with
// "Framing '…' violates the following Content Security Policy directive: "…"", or loaded.
#include "core/frame_ancestors.h"
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

Q_DECLARE_METATYPE(corslab::HeaderList)

namespace {

Origin originOf(const QString &url)
{
    const std::optional<Url> parsed = parseUrlOrNull(url);
    return parsed ? Origin::fromUrl(*parsed) : Origin::createOpaque();
}

HeaderList csp(std::initializer_list<QByteArray> lines)
{
    HeaderList headers{{"Content-Type", "text/html"}};
    for (const QByteArray &line : lines)
        headers.append("Content-Security-Policy", line);
    return headers;
}

} // namespace

class TestFrameAncestors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void directives_data();
    void directives();
    void decision_data();
    void decision();
};

void TestFrameAncestors::directives_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArrayList>("serialized");   // one per enforced frame-ancestors directive

    QTest::newRow("none") << csp({"frame-ancestors 'none'"}) << QByteArrayList{"frame-ancestors 'none'"};
    QTest::newRow("no CSP") << HeaderList{{"Content-Type", "text/html"}} << QByteArrayList{};
    QTest::newRow("a policy without frame-ancestors (seen in Chromium 156)") << csp({"default-src 'self'"}) << QByteArrayList{};
    QTest::newRow("report-only is not enforced (seen in Chromium 156)")
        << HeaderList{{"Content-Security-Policy-Report-Only", "frame-ancestors 'none'"}} << QByteArrayList{};
    // Chromium prints what it parsed: names and keywords lower-case, 'self' first, an empty list as 'none'.
    QTest::newRow("upper case (seen in Chromium 156)") << csp({"FRAME-ANCESTORS 'NONE'"}) << QByteArrayList{"frame-ancestors 'none'"};
    QTest::newRow("no sources is 'none' (seen in Chromium 156)") << csp({"frame-ancestors"}) << QByteArrayList{"frame-ancestors 'none'"};
    QTest::newRow("'SELF' (seen in Chromium 156)") << csp({"frame-ancestors 'SELF'"}) << QByteArrayList{"frame-ancestors 'self'"};
    QTest::newRow("'self' printed first (seen in Chromium 156)") << csp({"frame-ancestors https://evil.example.org 'self' data:"})
                                                                 << QByteArrayList{"frame-ancestors 'self' https://evil.example.org data:"};
    QTest::newRow("scheme and host lower-cased, port and path kept (seen in Chromium 156)")
        << csp({"frame-ancestors HTTPS://APP.Example.COM:443/Foo"}) << QByteArrayList{"frame-ancestors https://app.example.com:443/Foo"};
    QTest::newRow("path percent-decoded (seen in Chromium 156)") << csp({"frame-ancestors https://app.example.com/%66oo"})
                                                                 << QByteArrayList{"frame-ancestors https://app.example.com/foo"};
    QTest::newRow("extra whitespace (seen in Chromium 156)") << csp({"frame-ancestors  https://evil.example.org   https://b.example.org/x/"})
                                                             << QByteArrayList{"frame-ancestors https://evil.example.org https://b.example.org/x/"};
    QTest::newRow("wildcards (seen in Chromium 156)") << csp({"frame-ancestors https://*.example.org:*"})
                                                      << QByteArrayList{"frame-ancestors https://*.example.org:*"};
    QTest::newRow("a list with * prints as * (seen in Chromium 156)") << csp({"frame-ancestors * https://app.example.com"})
                                                                      << QByteArrayList{"frame-ancestors *"};
    QTest::newRow("host without scheme (seen in Chromium 156)") << csp({"frame-ancestors evil.example.org:8080"})
                                                                << QByteArrayList{"frame-ancestors evil.example.org:8080"};
    QTest::newRow("trailing dot kept (seen in Chromium 156)") << csp({"frame-ancestors https://app.example.com."})
                                                              << QByteArrayList{"frame-ancestors https://app.example.com."};
    // Sources frame-ancestors does not take are dropped.
    QTest::newRow("'unsafe-inline' dropped (seen in Chromium 156)") << csp({"frame-ancestors 'unsafe-inline' https://evil.example.org"})
                                                                    << QByteArrayList{"frame-ancestors https://evil.example.org"};
    QTest::newRow("invalid host dropped (seen in Chromium 156)") << csp({"frame-ancestors foo^bar"}) << QByteArrayList{"frame-ancestors 'none'"};
    QTest::newRow("wildcard scheme dropped (seen in Chromium 156)") << csp({"frame-ancestors *://app.example.com"})
                                                                    << QByteArrayList{"frame-ancestors 'none'"};
    QTest::newRow("'none' beside sources is ignored (seen in Chromium 156)")
        << csp({"frame-ancestors https://evil.example.org https://evil2.example.org 'none'"})
        << QByteArrayList{"frame-ancestors https://evil.example.org https://evil2.example.org"};
    // https://w3c.github.io/webappsec-csp/#parse-serialized-policy
    QTest::newRow("among other directives (seen in Chromium 156)") << csp({"default-src 'none'; frame-ancestors 'self'  "})
                                                                   << QByteArrayList{"frame-ancestors 'self'"};
    QTest::newRow("trailing semicolon (seen in Chromium 156)") << csp({"frame-ancestors https://evil.example.org;"})
                                                               << QByteArrayList{"frame-ancestors https://evil.example.org"};
    QTest::newRow("a duplicate directive is ignored (seen in Chromium 156)") << csp({"frame-ancestors 'none'; frame-ancestors *"})
                                                                             << QByteArrayList{"frame-ancestors 'none'"};
    QTest::newRow("two policies on one line (seen in Chromium 156)") << csp({"frame-ancestors *, frame-ancestors 'none'"})
                                                                     << QByteArrayList{"frame-ancestors *", "frame-ancestors 'none'"};
    QTest::newRow("two header lines (seen in Chromium 156)") << csp({"frame-ancestors *", "frame-ancestors 'none'"})
                                                             << QByteArrayList{"frame-ancestors *", "frame-ancestors 'none'"};
}

void TestFrameAncestors::directives()
{
    QFETCH(HeaderList, headers);
    QFETCH(QByteArrayList, serialized);
    QByteArrayList actual;
    for (const AncestorSourceList &sources : enforcedFrameAncestors(headers))
        actual << serializeFrameAncestors(sources);
    QCOMPARE(actual, serialized);
}

void TestFrameAncestors::decision_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QByteArray>("violated");   // empty: allowed

    const QString app = u"https://app.example.com/"_s;
    const QString other = u"https://cdn.other.net/f"_s;
    const QString own = u"https://app.example.com/f"_s;
    const QByteArray allowed;

    // https://w3c.github.io/webappsec-csp/#match-url-to-source-expression
    QTest::newRow("'none' (seen in Chromium 156)") << csp({"frame-ancestors 'none'"}) << app << other << "frame-ancestors 'none'"_ba;
    QTest::newRow("'none' for the own origin too (seen in Chromium 156)") << csp({"frame-ancestors 'none'"}) << app << own << "frame-ancestors 'none'"_ba;
    QTest::newRow("'self' from another origin (seen in Chromium 156)") << csp({"frame-ancestors 'self'"}) << app << other << "frame-ancestors 'self'"_ba;
    QTest::newRow("'self' from the own origin (seen in Chromium 156)") << csp({"frame-ancestors 'self'"}) << app << own << allowed;
    QTest::newRow("'self': an http page for an https frame (seen in Chromium 156)") << csp({"frame-ancestors 'self'"}) << u"http://app.example.com/"_s << own << "frame-ancestors 'self'"_ba;
    QTest::newRow("'none' ignored beside 'self' (seen in Chromium 156)") << csp({"frame-ancestors 'none' 'self'"}) << app << own << allowed;
    QTest::newRow("the page's origin (seen in Chromium 156)") << csp({"frame-ancestors https://app.example.com"}) << app << other << allowed;
    QTest::newRow("another origin (seen in Chromium 156)") << csp({"frame-ancestors https://evil.example.org"}) << app << other << "frame-ancestors https://evil.example.org"_ba;
    QTest::newRow("one of a list (seen in Chromium 156)") << csp({"frame-ancestors https://a.example.org https://app.example.com"}) << app << other << allowed;
    QTest::newRow("host in upper case (seen in Chromium 156)") << csp({"frame-ancestors HTTPS://APP.EXAMPLE.COM"}) << app << other << allowed;
    QTest::newRow("*. matches a subdomain (seen in Chromium 156)") << csp({"frame-ancestors https://*.example.com"}) << app << other << allowed;
    QTest::newRow("*. never the name itself (seen in Chromium 156)") << csp({"frame-ancestors https://*.app.example.com"}) << app << other << "frame-ancestors https://*.app.example.com"_ba;
    QTest::newRow("https://* (seen in Chromium 156)") << csp({"frame-ancestors https://*"}) << app << other << allowed;
    QTest::newRow("* (seen in Chromium 156)") << csp({"frame-ancestors *"}) << app << other << allowed;
    QTest::newRow("*:443 (seen in Chromium 156)") << csp({"frame-ancestors *:443"}) << app << other << allowed;
    QTest::newRow("trailing dot does not match (seen in Chromium 156)") << csp({"frame-ancestors https://app.example.com."}) << app << other << "frame-ancestors https://app.example.com."_ba;
    // Schemes: http matches https, not the other way round; a host without a scheme takes the frame's.
    QTest::newRow("scheme https: (seen in Chromium 156)") << csp({"frame-ancestors https:"}) << app << other << allowed;
    QTest::newRow("scheme http: covers https (seen in Chromium 156)") << csp({"frame-ancestors http:"}) << app << other << allowed;
    QTest::newRow("scheme https: refuses an http page (seen in Chromium 156)") << csp({"frame-ancestors https:"}) << u"http://app.example.com/"_s << u"http://cdn.other.net/f"_s << "frame-ancestors https:"_ba;
    QTest::newRow("http source, https page (seen in Chromium 156)") << csp({"frame-ancestors http://app.example.com"}) << app << other << allowed;
    QTest::newRow("https source, http page (seen in Chromium 156)") << csp({"frame-ancestors https://app.example.com"}) << u"http://app.example.com/"_s << u"http://cdn.other.net/f"_s << "frame-ancestors https://app.example.com"_ba;
    QTest::newRow("host only, https frame, https page (seen in Chromium 156)") << csp({"frame-ancestors app.example.com"}) << app << other << allowed;
    QTest::newRow("host only, https frame, http page (seen in Chromium 156)") << csp({"frame-ancestors app.example.com"}) << u"http://app.example.com/"_s << other << "frame-ancestors app.example.com"_ba;
    // The standard lets ws: match http: and https:; Chromium only wss:.
    QTest::newRow("ws source, https page (seen in Chromium 156)") << csp({"frame-ancestors ws://app.example.com"}) << app << other << "frame-ancestors ws://app.example.com"_ba;
    // Ports and paths
    QTest::newRow("default port written (seen in Chromium 156)") << csp({"frame-ancestors https://app.example.com:443"}) << app << other << allowed;
    QTest::newRow("other port (seen in Chromium 156)") << csp({"frame-ancestors https://app.example.com:8443"}) << app << other << "frame-ancestors https://app.example.com:8443"_ba;
    QTest::newRow("port * (seen in Chromium 156)") << csp({"frame-ancestors https://app.example.com:*"}) << app << other << allowed;
    QTest::newRow("page on another port, source without one") << csp({"frame-ancestors https://app.example.com"}) << u"https://app.example.com:8443/"_s << other << "frame-ancestors https://app.example.com"_ba;
    // Chromium lets http's 80 match https's 443; the standard does not.
    QTest::newRow("port 80 for an https page (seen in Chromium 156)") << csp({"frame-ancestors http://app.example.com:80"}) << app << other << allowed;
    QTest::newRow("path / (seen in Chromium 156)") << csp({"frame-ancestors https://app.example.com/"}) << app << other << allowed;
    QTest::newRow("path /foo never matches an origin (seen in Chromium 156)") << csp({"frame-ancestors https://app.example.com/foo"}) << app << other << "frame-ancestors https://app.example.com/foo"_ba;
    QTest::newRow("path :*/ (seen in Chromium 156)") << csp({"frame-ancestors https://app.example.com:*/"}) << app << other << allowed;
    // The standard matches domains only; Chromium matches an IP address literally.
    QTest::newRow("IP address (seen in Chromium 156)") << csp({"frame-ancestors http://127.0.0.1:8831"}) << u"http://127.0.0.1:8831/"_s << u"http://cdn.other.net:8832/f"_s << allowed;
    // A sandboxed page's origin is opaque: it matches no source, not even * (seen in Chromium 156).
    QTest::newRow("opaque page, *") << csp({"frame-ancestors *"}) << u"opaque"_s << other << "frame-ancestors *"_ba;
    QTest::newRow("opaque page, 'self' of its URL's origin") << csp({"frame-ancestors 'self'"}) << u"opaque"_s << own << "frame-ancestors 'self'"_ba;
    // Every enforced policy must allow.
    QTest::newRow("two lines, the second refuses (seen in Chromium 156)") << csp({"frame-ancestors *", "frame-ancestors 'none'"}) << app << other << "frame-ancestors 'none'"_ba;
    QTest::newRow("two policies on a line, the second refuses (seen in Chromium 156)") << csp({"frame-ancestors *, frame-ancestors 'none'"}) << app << other << "frame-ancestors 'none'"_ba;
    QTest::newRow("two lines, both allow") << csp({"frame-ancestors https://app.example.com", "frame-ancestors https:"}) << app << other << allowed;
    QTest::newRow("no frame-ancestors") << csp({"default-src 'self'"}) << app << other << allowed;
}

void TestFrameAncestors::decision()
{
    QFETCH(HeaderList, headers);
    QFETCH(QString, page);
    QFETCH(QString, frame);
    QFETCH(QByteArray, violated);
    const std::optional<AncestorSourceList> result = violatedFrameAncestors(enforcedFrameAncestors(headers), originOf(page), originOf(frame));
    QCOMPARE(result ? serializeFrameAncestors(*result) : QByteArray(), violated);
}

QTEST_GUILESS_MAIN(TestFrameAncestors)
#include "tst_frame_ancestors.moc"
