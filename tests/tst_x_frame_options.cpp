// X-Frame-Options (https://html.spec.whatwg.org/multipage/document-lifecycle.html#the-x-frame-options-header):
// Chromium's parsing of the header lines, then the decision for a frame whose one ancestor is the page.
// Rows marked "seen in Chromium 156" were observed in Chromium 156.0.8078.114 (an iframe of the URL;
// blocked, or loaded with the console's "Invalid 'X-Frame-Options' header" warning).
#include "core/x_frame_options.h"
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

HeaderList xfo(std::initializer_list<QByteArray> lines)
{
    HeaderList headers{{"Content-Type", "text/html"}};
    for (const QByteArray &line : lines)
        headers.append("X-Frame-Options", line);
    return headers;
}

} // namespace

class TestXFrameOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void allow_data();
    void allow();
};

void TestXFrameOptions::parse_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<XFrameOptions>("options");

    using X = XFrameOptions;
    QTest::newRow("no header") << HeaderList{{"Content-Type", "text/html"}} << X::None;
    QTest::newRow("DENY (seen in Chromium 156)") << xfo({"DENY"}) << X::Deny;
    QTest::newRow("deny in lower case (seen in Chromium 156)") << xfo({"deny"}) << X::Deny;
    QTest::newRow("spaces around (seen in Chromium 156)") << xfo({"  deny  "}) << X::Deny;
    QTest::newRow("trailing tab (seen in Chromium 156)") << xfo({"deny\t"}) << X::Deny;
    QTest::newRow("SAMEORIGIN (seen in Chromium 156)") << xfo({"SAMEORIGIN"}) << X::SameOrigin;
    QTest::newRow("ALLOWALL (seen in Chromium 156)") << xfo({"ALLOWALL"}) << X::AllowAll;
    QTest::newRow("header name in any case") << HeaderList{{"x-frame-OPTIONS", "deny"}} << X::Deny;

    // -- values Chromium does not know are ignored, with a console warning
    QTest::newRow("ALLOW-FROM is obsolete (seen in Chromium 156)") << xfo({"ALLOW-FROM https://app.example.com"}) << X::Invalid;
    QTest::newRow("unknown word (seen in Chromium 156)") << xfo({"foo"}) << X::Invalid;
    QTest::newRow("empty value (seen in Chromium 156)") << xfo({""}) << X::Invalid;
    QTest::newRow("semicolon after the value (seen in Chromium 156)") << xfo({"SAMEORIGIN;"}) << X::Invalid;
    // The standard's get-decode-and-split unquotes "DENY"; Chromium keeps the quotes.
    QTest::newRow("quoted DENY (seen in Chromium 156)") << xfo({"\"DENY\""}) << X::Invalid;
    QTest::newRow("two unknown words (seen in Chromium 156)") << xfo({"foo, bar"}) << X::Invalid;

    // -- values that disagree: a conflict, which blocks
    QTest::newRow("DENY, SAMEORIGIN on one line (seen in Chromium 156)") << xfo({"DENY, SAMEORIGIN"}) << X::Conflict;
    QTest::newRow("SAMEORIGIN and DENY on two lines (seen in Chromium 156)") << xfo({"SAMEORIGIN", "DENY"}) << X::Conflict;
    QTest::newRow("DENY with an unknown word (seen in Chromium 156)") << xfo({"DENY, foo"}) << X::Conflict;
    QTest::newRow("SAMEORIGIN, ALLOWALL (seen in Chromium 156)") << xfo({"SAMEORIGIN, ALLOWALL"}) << X::Conflict;
    QTest::newRow("DENY, then an empty value") << xfo({"DENY, "}) << X::Conflict;

    // -- the same value twice is that value
    QTest::newRow("SAMEORIGIN twice in two cases (seen in Chromium 156)") << xfo({"SAMEORIGIN", "sameorigin"}) << X::SameOrigin;
    QTest::newRow("deny, DENY") << xfo({"deny, DENY"}) << X::Deny;
}

void TestXFrameOptions::parse()
{
    QFETCH(HeaderList, headers);
    QFETCH(XFrameOptions, options);
    QCOMPARE(parseXFrameOptions(headers), options);
}

void TestXFrameOptions::allow_data()
{
    QTest::addColumn<XFrameOptions>("options");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("frame");
    QTest::addColumn<bool>("allowed");

    using X = XFrameOptions;
    const QString app = u"https://app.example.com/"_s;
    const QString own = u"https://app.example.com/f"_s;
    const QString other = u"https://cdn.other.net/f"_s;
    // https://html.spec.whatwg.org/multipage/document-lifecycle.html#check-a-navigation-response's-adherence-to-x-frame-options
    QTest::newRow("no header") << X::None << app << other << true;
    QTest::newRow("DENY from another origin (seen in Chromium 156)") << X::Deny << app << other << false;
    QTest::newRow("DENY from the page's own origin (seen in Chromium 156)") << X::Deny << app << own << false;
    QTest::newRow("SAMEORIGIN from another origin (seen in Chromium 156)") << X::SameOrigin << app << other << false;
    QTest::newRow("SAMEORIGIN from the page's own origin (seen in Chromium 156)") << X::SameOrigin << app << own << true;
    QTest::newRow("SAMEORIGIN from a sibling subdomain (seen in Chromium 156)") << X::SameOrigin << app << u"https://w.example.com/f"_s << false;
    QTest::newRow("SAMEORIGIN from another scheme") << X::SameOrigin << u"http://app.example.com/"_s << own << false;
    QTest::newRow("ALLOWALL (seen in Chromium 156)") << X::AllowAll << app << other << true;
    QTest::newRow("invalid: ignored (seen in Chromium 156)") << X::Invalid << app << other << true;
    QTest::newRow("conflict: deny, even from the own origin (seen in Chromium 156)") << X::Conflict << app << own << false;
}

void TestXFrameOptions::allow()
{
    QFETCH(XFrameOptions, options);
    QFETCH(QString, page);
    QFETCH(QString, frame);
    QFETCH(bool, allowed);
    QCOMPARE(xFrameOptionsAllow(options, originOf(page), originOf(frame)), allowed);
}

QTEST_GUILESS_MAIN(TestXFrameOptions)
#include "tst_x_frame_options.moc"
