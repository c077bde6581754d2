// Cross-Origin-Resource-Policy (https://fetch.spec.whatwg.org/#cross-origin-resource-policy-check):
// the header's parsing, the policy the embedder policy makes of a missing one, and the check for
// no-cors responses and frame navigations. Rows marked "seen in Chromium 156" were observed in
// Chromium 156.0.8078.114 (each a page loading the URL, DevTools naming the blocked reason); the
// others follow the standard and Chromium's cross_origin_resource_policy_unittest.cc.
#include "core/cross_origin_resource_policy.h"
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

Origin originOf(const QString &url)
{
    const std::optional<Url> parsed = parseUrlOrNull(url);
    return parsed ? Origin::fromUrl(*parsed) : Origin::createOpaque();
}

} // namespace

class TestCrossOriginResourcePolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void effective_data();
    void effective();
    void check_data();
    void check();
};

void TestCrossOriginResourcePolicy::parse_data()
{
    QTest::addColumn<QByteArray>("value");   // null: no header
    QTest::addColumn<CrossOriginResourcePolicy>("policy");

    QTest::newRow("same-origin") << "same-origin"_ba << CrossOriginResourcePolicy::SameOrigin;
    QTest::newRow("same-site") << "same-site"_ba << CrossOriginResourcePolicy::SameSite;
    QTest::newRow("cross-origin") << "cross-origin"_ba << CrossOriginResourcePolicy::CrossOrigin;
    QTest::newRow("absent") << QByteArray() << CrossOriginResourcePolicy::Absent;
    // %s"same-origin": case-sensitive (seen in Chromium 156: Same-Origin lets the img load)
    QTest::newRow("other case (seen in Chromium 156)") << "Same-Origin"_ba << CrossOriginResourcePolicy::Invalid;
    QTest::newRow("empty (seen in Chromium 156)") << ""_ba << CrossOriginResourcePolicy::Invalid;
    QTest::newRow("two values on one line (seen in Chromium 156)") << "same-origin, same-origin"_ba << CrossOriginResourcePolicy::Invalid;
    QTest::newRow("unknown word (seen in Chromium 156)") << "bogus"_ba << CrossOriginResourcePolicy::Invalid;
    QTest::newRow("an origin is not a value") << "https://app.example.com"_ba << CrossOriginResourcePolicy::Invalid;
}

void TestCrossOriginResourcePolicy::parse()
{
    QFETCH(QByteArray, value);
    QFETCH(CrossOriginResourcePolicy, policy);
    QCOMPARE(parseCrossOriginResourcePolicy(value.isNull() ? std::nullopt : std::optional(value)), policy);
    // Header lines are combined first: two lines are one invalid value (seen in Chromium 156).
    const HeaderList twice{{"Cross-Origin-Resource-Policy", "same-origin"}, {"cross-origin-resource-policy", "same-origin"}};
    QCOMPARE(parseCrossOriginResourcePolicy(twice), CrossOriginResourcePolicy::Invalid);
}

void TestCrossOriginResourcePolicy::effective_data()
{
    QTest::addColumn<CrossOriginResourcePolicy>("header");
    QTest::addColumn<EmbedderPolicyValue>("embedder");
    QTest::addColumn<bool>("forNavigation");
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<CrossOriginResourcePolicy>("policy");
    QTest::addColumn<bool>("defaulted");

    using P = CrossOriginResourcePolicy;
    using E = EmbedderPolicyValue;
    // https://fetch.spec.whatwg.org/#cross-origin-resource-policy-internal-check, step 4
    QTest::newRow("no COEP, no header: none") << P::Absent << E::UnsafeNone << false << true << P::Absent << false;
    QTest::newRow("require-corp, no header: same-origin") << P::Absent << E::RequireCorp << false << false << P::SameOrigin << true;
    QTest::newRow("require-corp, invalid header: same-origin") << P::Invalid << E::RequireCorp << false << false << P::SameOrigin << true;
    QTest::newRow("require-corp keeps a valid header") << P::SameSite << E::RequireCorp << false << false << P::SameSite << false;
    QTest::newRow("credentialless, no credentials: none") << P::Absent << E::Credentialless << false << false << P::Absent << false;
    QTest::newRow("credentialless, credentials: same-origin") << P::Absent << E::Credentialless << false << true << P::SameOrigin << true;
    QTest::newRow("credentialless, navigation: same-origin") << P::Absent << E::Credentialless << true << false << P::SameOrigin << true;
    QTest::newRow("credentialless keeps cross-origin") << P::CrossOrigin << E::Credentialless << true << true << P::CrossOrigin << false;
}

void TestCrossOriginResourcePolicy::effective()
{
    QFETCH(CrossOriginResourcePolicy, header);
    QFETCH(EmbedderPolicyValue, embedder);
    QFETCH(bool, forNavigation);
    QFETCH(bool, credentials);
    QFETCH(CrossOriginResourcePolicy, policy);
    QFETCH(bool, defaulted);
    const EffectiveResourcePolicy effective = effectiveResourcePolicy(header, embedder, forNavigation, credentials);
    QCOMPARE(effective.policy, policy);
    QCOMPARE(effective.defaultedByEmbedderPolicy, defaulted);
}

void TestCrossOriginResourcePolicy::check_data()
{
    QTest::addColumn<CorpRequestKind>("kind");
    QTest::addColumn<QString>("page");
    QTest::addColumn<EmbedderPolicyValue>("embedder");
    QTest::addColumn<bool>("credentials");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("corp");     // null: no header
    QTest::addColumn<QString>("error");       // empty: allowed

    using K = CorpRequestKind;
    using E = EmbedderPolicyValue;
    const QString app = u"https://app.example.com/"_s;
    const QString other = u"https://cdn.other.net/i.png"_s;
    const QString sibling = u"https://cdn.example.com/i.png"_s;
    const QString own = u"https://app.example.com/i.png"_s;
    const QByteArray absent;
    const QString allowed;
    const QString notSameOrigin = u"CorpNotSameOrigin"_s;
    const QString notSameSite = u"CorpNotSameSite"_s;
    const QString defaulted = u"CorpNotSameOriginAfterDefaultedToSameOriginByCoep"_s;

    // -- no-cors responses without an embedder policy: the header alone
    QTest::newRow("same-origin from another site (seen in Chromium 156)") << K::NoCors << app << E::UnsafeNone << false << other << "same-origin"_ba << notSameOrigin;
    QTest::newRow("same-origin from a sibling subdomain (seen in Chromium 156)") << K::NoCors << app << E::UnsafeNone << true << sibling << "same-origin"_ba << notSameOrigin;
    QTest::newRow("same-origin from the page's own origin") << K::NoCors << app << E::UnsafeNone << true << own << "same-origin"_ba << allowed;
    QTest::newRow("same-origin from another port (seen in Chromium 156)") << K::NoCors << app << E::UnsafeNone << true << u"https://app.example.com:8443/i.png"_s << "same-origin"_ba << notSameOrigin;
    QTest::newRow("same-site from another site (seen in Chromium 156)") << K::NoCors << app << E::UnsafeNone << false << other << "same-site"_ba << notSameSite;
    QTest::newRow("same-site from a sibling subdomain (seen in Chromium 156)") << K::NoCors << app << E::UnsafeNone << true << sibling << "same-site"_ba << allowed;
    QTest::newRow("same-site: an http page never gets an https response (seen in Chromium 156)") << K::NoCors << u"http://app.example.com/"_s << E::UnsafeNone << true << u"https://app.example.com/i.png"_s << "same-site"_ba << notSameSite;
    QTest::newRow("same-site: http page, http sibling (seen in Chromium 156)") << K::NoCors << u"http://app.example.com/"_s << E::UnsafeNone << true << u"http://cdn.example.com/i.png"_s << "same-site"_ba << allowed;
    QTest::newRow("same-site: https page, http sibling") << K::NoCors << app << E::UnsafeNone << true << u"http://cdn.example.com/i.png"_s << "same-site"_ba << allowed;
    QTest::newRow("same-site: private registry github.io (seen in Chromium 156)") << K::NoCors << u"https://a.github.io/"_s << E::UnsafeNone << false << u"https://b.github.io/i.png"_s << "same-site"_ba << notSameSite;
    QTest::newRow("same-site: localhost on two ports (seen in Chromium 156)") << K::NoCors << u"http://localhost:8821/"_s << E::UnsafeNone << true << u"http://localhost:8822/i.png"_s << "same-site"_ba << allowed;
    // The standard takes 127.0.0.1 as same site with itself; Chromium refuses IP hosts.
    QTest::newRow("same-site: one IP address on two ports (seen in Chromium 156)") << K::NoCors << u"http://127.0.0.1:8823/"_s << E::UnsafeNone << true << u"http://127.0.0.1:8824/i.png"_s << "same-site"_ba << notSameSite;
    QTest::newRow("cross-origin (seen in Chromium 156)") << K::NoCors << app << E::UnsafeNone << false << other << "cross-origin"_ba << allowed;
    QTest::newRow("no header") << K::NoCors << app << E::UnsafeNone << false << other << absent << allowed;
    QTest::newRow("invalid header ignored (seen in Chromium 156)") << K::NoCors << app << E::UnsafeNone << false << other << "Same-Origin"_ba << allowed;

    // -- which requests are subject
    QTest::newRow("CORS mode is not subject (seen in Chromium 156)") << K::Cors << app << E::RequireCorp << false << other << "same-origin"_ba << allowed;
    QTest::newRow("a top-level navigation is not subject (seen in Chromium 156)") << K::TopLevelNavigation << app << E::RequireCorp << true << other << "same-origin"_ba << allowed;
    QTest::newRow("a frame without COEP is not subject (seen in Chromium 156)") << K::FrameNavigation << app << E::UnsafeNone << false << other << "same-origin"_ba << allowed;

    // -- the page's require-corp: no header means same-origin
    QTest::newRow("require-corp, no header, another site (seen in Chromium 156)") << K::NoCors << app << E::RequireCorp << false << other << absent << defaulted;
    QTest::newRow("require-corp, no header, sibling subdomain (seen in Chromium 156)") << K::NoCors << app << E::RequireCorp << true << sibling << absent << defaulted;
    QTest::newRow("require-corp, invalid header (seen in Chromium 156)") << K::NoCors << app << E::RequireCorp << false << other << "bogus"_ba << defaulted;
    QTest::newRow("require-corp, no header, own origin (seen in Chromium 156)") << K::NoCors << app << E::RequireCorp << true << own << absent << allowed;
    QTest::newRow("require-corp, cross-origin (seen in Chromium 156)") << K::NoCors << app << E::RequireCorp << false << other << "cross-origin"_ba << allowed;
    QTest::newRow("require-corp, same-site sibling (seen in Chromium 156)") << K::NoCors << app << E::RequireCorp << true << sibling << "same-site"_ba << allowed;
    QTest::newRow("require-corp, explicit same-origin is not the defaulted error (seen in Chromium 156)") << K::NoCors << app << E::RequireCorp << false << other << "same-origin"_ba << notSameOrigin;

    // -- the page's credentialless: cross-origin no-cors goes without cookies, so no CORP is needed
    QTest::newRow("credentialless, no header (seen in Chromium 156)") << K::NoCors << app << E::Credentialless << false << other << absent << allowed;
    QTest::newRow("credentialless, explicit same-origin (seen in Chromium 156)") << K::NoCors << app << E::Credentialless << false << other << "same-origin"_ba << notSameOrigin;
    QTest::newRow("credentialless, a request with cookies") << K::NoCors << app << E::Credentialless << true << other << absent << defaulted;

    // -- frames under the page's COEP (forNavigation)
    QTest::newRow("require-corp frame, no header (seen in Chromium 156)") << K::FrameNavigation << app << E::RequireCorp << false << u"https://cdn.other.net/f"_s << absent << defaulted;
    QTest::newRow("credentialless frame, no header (seen in Chromium 156)") << K::FrameNavigation << app << E::Credentialless << false << u"https://cdn.other.net/f"_s << absent << defaulted;
    QTest::newRow("require-corp frame, cross-origin (seen in Chromium 156)") << K::FrameNavigation << app << E::RequireCorp << false << u"https://cdn.other.net/f"_s << "cross-origin"_ba << allowed;
    QTest::newRow("require-corp frame, same-site from another site (seen in Chromium 156)") << K::FrameNavigation << app << E::RequireCorp << false << u"https://cdn.other.net/f"_s << "same-site"_ba << notSameSite;
    QTest::newRow("require-corp frame, same-site sibling (seen in Chromium 156)") << K::FrameNavigation << app << E::RequireCorp << true << u"https://w.example.com/f"_s << "same-site"_ba << allowed;
    QTest::newRow("require-corp frame, own origin") << K::FrameNavigation << app << E::RequireCorp << true << u"https://app.example.com/f"_s << absent << allowed;
}

void TestCrossOriginResourcePolicy::check()
{
    QFETCH(CorpRequestKind, kind);
    QFETCH(QString, page);
    QFETCH(EmbedderPolicyValue, embedder);
    QFETCH(bool, credentials);
    QFETCH(QString, url);
    QFETCH(QByteArray, corp);
    QFETCH(QString, error);

    const std::optional<Url> target = parseUrlOrNull(url);
    QVERIFY(target);
    HeaderList headers{{"Content-Type", "image/png"}};
    if (!corp.isNull())
        headers.append("Cross-Origin-Resource-Policy", corp);
    const std::optional<CorsError> result = crossOriginResourcePolicyCheck(kind, originOf(page), embedder, credentials, *target, headers);
    QCOMPARE(result ? QString(corsErrorName(*result)) : QString(), error);
}

QTEST_GUILESS_MAIN(TestCrossOriginResourcePolicy)
#include "tst_cross_origin_resource_policy.moc"
