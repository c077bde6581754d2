// "SOP against CORS": a scenario decided bare (every route without its cross-origin headers) and with the
// server's real headers. bare_data pins which headers go and which stay; contrast_data runs the engine on
// lessons and goldens, one per kind of access and difference; difference_data the classification alone.
#include "core/fetch_engine.h"
#include "core/same_origin_policy_contrast.h"
#include "core/scenario.h"
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

Q_DECLARE_METATYPE(corslab::HeaderList)
Q_DECLARE_METATYPE(corslab::PolicyDifference)
Q_DECLARE_METATYPE(corslab::Verdict)

namespace {

const DecideFunction kEngine = [](const Scenario &side) { return decide(side); };

// The removed headers in this test's own words: "0: Name: value | 1: Name: value".
QString describe(const QList<RemovedHeaders> &removed)
{
    QStringList routes;
    for (const RemovedHeaders &route : removed) {
        QStringList lines;
        for (const Header &header : route.headers.entries())
            lines << QString::fromLatin1(header.name + ": " + header.value);
        routes << QString::number(route.routeIndex) + u": "_s + lines.join(u"; "_s);
    }
    return routes.join(u" | "_s);
}

Scenario load(const QString &path)
{
    const ScenarioLoad loaded = loadScenarioFile(path);
    return loaded.scenario.value_or(Scenario{});
}

Verdict outcome(bool sameOrigin, AccessCategory category, bool sent, bool blocked, bool readable, bool exchanges = true)
{
    Verdict verdict;
    verdict.sameOrigin = sameOrigin;
    verdict.category = category;
    verdict.sent = sent;
    verdict.blocked = blocked;
    verdict.readable = readable;
    if (exchanges)
        verdict.exchanges << Exchange{};
    return verdict;
}

} // namespace

class TestSameOriginPolicyContrast : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bare_data();
    void bare();
    void contrast_data();
    void contrast();
    void difference_data();
    void difference();
};

void TestSameOriginPolicyContrast::bare_data()
{
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<HeaderList>("kept");
    QTest::addColumn<QString>("removed");

    QTest::newRow("every Access-Control-* line")
        << HeaderList{{"Content-Type", "text/plain"}, {"Access-Control-Allow-Origin", "*"}, {"access-control-expose-headers", "X-A"}, {"Vary", "Origin"}}
        << HeaderList{{"Content-Type", "text/plain"}, {"Vary", "Origin"}}
        << u"0: Access-Control-Allow-Origin: *; access-control-expose-headers: X-A"_s;
    QTest::newRow("the embedding controls and their report-only twins")
        << HeaderList{{"Cross-Origin-Resource-Policy", "same-origin"}, {"Cross-Origin-Embedder-Policy", "require-corp"},
                      {"Cross-Origin-Opener-Policy-Report-Only", "same-origin"}, {"Timing-Allow-Origin", "*"}, {"X-Frame-Options", "DENY"}}
        << HeaderList{}
        << u"0: Cross-Origin-Resource-Policy: same-origin; Cross-Origin-Embedder-Policy: require-corp; "
           u"Cross-Origin-Opener-Policy-Report-Only: same-origin; Timing-Allow-Origin: *; X-Frame-Options: DENY"_s;
    QTest::newRow("frame-ancestors cut out, the other directives kept")
        << HeaderList{{"Content-Security-Policy", "default-src 'self'; Frame-Ancestors 'none' ;img-src *"}}
        << HeaderList{{"Content-Security-Policy", "default-src 'self'; img-src *"}}
        << u"0: Content-Security-Policy: Frame-Ancestors 'none'"_s;
    QTest::newRow("a policy of frame-ancestors alone: the line goes")
        << HeaderList{{"Content-Security-Policy", "frame-ancestors 'self' https://a.test"}, {"ETag", "\"1\""}}
        << HeaderList{{"ETag", "\"1\""}} << u"0: Content-Security-Policy: frame-ancestors 'self' https://a.test"_s;
    QTest::newRow("two policies in one line, one of them framing")
        << HeaderList{{"Content-Security-Policy", "script-src 'none', frame-ancestors 'none'"}}
        << HeaderList{{"Content-Security-Policy", "script-src 'none'"}} << u"0: Content-Security-Policy: frame-ancestors 'none'"_s;
    QTest::newRow("a CSP without frame-ancestors stays byte for byte")
        << HeaderList{{"Content-Security-Policy", "script-src  'self' ;"}} << HeaderList{{"Content-Security-Policy", "script-src  'self' ;"}}
        << QString();
    QTest::newRow("Report-Only CSP never blocks framing: kept")
        << HeaderList{{"Content-Security-Policy-Report-Only", "frame-ancestors 'none'"}}
        << HeaderList{{"Content-Security-Policy-Report-Only", "frame-ancestors 'none'"}} << QString();
    QTest::newRow("Origin-named headers that are no cross-origin control stay")
        << HeaderList{{"Vary", "Origin"}, {"Origin-Agent-Cluster", "?1"}, {"Set-Cookie", "a=1; SameSite=None; Secure"}}
        << HeaderList{{"Vary", "Origin"}, {"Origin-Agent-Cluster", "?1"}, {"Set-Cookie", "a=1; SameSite=None; Secure"}} << QString();
}

void TestSameOriginPolicyContrast::bare()
{
    QFETCH(HeaderList, headers);
    QFETCH(HeaderList, kept);
    QFETCH(QString, removed);
    Scenario scenario;
    scenario.server << ServerRoute{"*", u"https://api.test/"_s, 200, headers, {}, {}};
    scenario.server << ServerRoute{"*", u"https://api.test/other"_s, 200, {{"Content-Type", "text/plain"}}, {}, {}};
    const BareSameOriginPolicy bare = bareSameOriginPolicy(scenario);
    QCOMPARE(bare.scenario.server.at(0).headers, kept);
    QCOMPARE(bare.scenario.server.at(1), scenario.server.at(1));
    QCOMPARE(describe(bare.removed), removed);
    scenario.server[0].headers = kept;
    QCOMPARE(bare.scenario, scenario);   // nothing else changes
}

void TestSameOriginPolicyContrast::contrast_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<PolicyDifference>("difference");
    QTest::addColumn<bool>("sopPasses");    // the bare side: not blocked, and for a read readable
    QTest::addColumn<bool>("corsPasses");
    QTest::addColumn<bool>("sopSent");
    QTest::addColumn<QString>("removed");

    const QString lessons = QStringLiteral(CORSLAB_LESSONS) + u'/';
    const QString golden = QStringLiteral(CORSLAB_TEST_DATA) + u"/golden/"_s;
    // Read
    QTest::newRow("a passing CORS fetch: SOP refuses, CORS allows (lesson 11)")
        << lessons + u"11-read-fetch-allowed.cors.json"_s << PolicyDifference::ReadRefusedBySopAllowedByCors << false << true << true
        << u"0: Access-Control-Allow-Origin: https://app.example.com"_s;
    QTest::newRow("a preflighted PUT: bare, only the preflight goes (lesson 21)")
        << lessons + u"21-preflight-put.cors.json"_s << PolicyDifference::ReadRefusedBySopAllowedByCors << false << true << false
        << u"0: Access-Control-Allow-Origin: https://app.example.com; Access-Control-Allow-Methods: GET, POST, PUT, DELETE | "
           u"1: Access-Control-Allow-Origin: https://app.example.com"_s;
    QTest::newRow("a blocked CORS fetch: both refuse, the headers do not match (lesson 17)")
        << lessons + u"17-error-origin-mismatch-trailing-slash.cors.json"_s << PolicyDifference::CorsHeadersDoNotHelp << false << false
        << true << u"0: Access-Control-Allow-Origin: https://app.example.com/"_s;
    QTest::newRow("no CORS headers at all: both refuse (lesson 16)")
        << lessons + u"16-error-missing-acao-on-500.cors.json"_s << PolicyDifference::ReadRefusedEitherWay << false << false << true
        << QString();
    QTest::newRow("no-cors: opaque either way (lesson 35)")
        << lessons + u"35-no-cors-opaque-response.cors.json"_s << PolicyDifference::ReadRefusedEitherWay << false << false << true
        << QString();
    QTest::newRow("mixed content: refused before any header (lesson 38)")
        << lessons + u"38-mixed-content.cors.json"_s << PolicyDifference::RefusedWhateverTheHeaders << false << false << false
        << u"0: Access-Control-Allow-Origin: https://app.example.com"_s;
    // Write
    QTest::newRow("a form POST: sent either way (lesson 05)")
        << lessons + u"05-write-form-post.cors.json"_s << PolicyDifference::WriteSentEitherWay << true << true << true << QString();
    // Embed
    QTest::newRow("an img: loaded either way (lesson 07)")
        << lessons + u"07-embed-img.cors.json"_s << PolicyDifference::EmbedLoadedEitherWay << true << true << true << QString();
    QTest::newRow("a CORP same-origin img: bare loads it, the real headers refuse it")
        << golden + u"corp-same-origin-img-cross-site.cors.json"_s << PolicyDifference::EmbedRefusedByHeaders << true << false << true
        << u"0: Cross-Origin-Resource-Policy: same-origin"_s;
    QTest::newRow("a frame refused by X-Frame-Options")
        << golden + u"frame-xfo-sameorigin-cross-origin.cors.json"_s << PolicyDifference::EmbedRefusedByHeaders << true << false << true
        << u"0: X-Frame-Options: SAMEORIGIN"_s;
    QTest::newRow("the page's COEP refuses an img bare, the server's CORP lets it in")
        << golden + u"coep-require-corp-img-corp-cross-origin.cors.json"_s << PolicyDifference::EmbedAllowedByHeaders << false << true
        << true << u"0: Cross-Origin-Resource-Policy: cross-origin"_s;
    // Same origin
    QTest::newRow("same origin: no difference (lesson 01)")
        << lessons + u"01-same-origin-baseline.cors.json"_s << PolicyDifference::SameOriginNoDifference << true << true << true << QString();
}

void TestSameOriginPolicyContrast::contrast()
{
    QFETCH(QString, file);
    QFETCH(PolicyDifference, difference);
    QFETCH(bool, sopPasses);
    QFETCH(bool, corsPasses);
    QFETCH(bool, sopSent);
    QFETCH(QString, removed);
    const Scenario scenario = load(file);
    QVERIFY2(!scenario.server.isEmpty(), qPrintable(file));
    const std::optional<SameOriginPolicyContrast> contrast = contrastSameOriginPolicy(scenario, kEngine);
    QVERIFY(contrast);
    QCOMPARE(policyDifferenceName(contrast->difference), policyDifferenceName(difference));
    QCOMPARE(passes(contrast->sop), sopPasses);
    QCOMPARE(passes(contrast->cors), corsPasses);
    QCOMPARE(contrast->sop.sent, sopSent);
    QCOMPARE(describe(contrast->bare.removed), removed);
    // Each side is the engine's own verdict on its scenario.
    QCOMPARE(contrast->cors.blocked, decide(scenario)->blocked);
    QCOMPARE(contrast->sop.blocked, decide(contrast->bare.scenario)->blocked);
}

void TestSameOriginPolicyContrast::difference_data()
{
    QTest::addColumn<Verdict>("sop");
    QTest::addColumn<Verdict>("cors");
    QTest::addColumn<bool>("corsHeaders");
    QTest::addColumn<PolicyDifference>("difference");

    using enum AccessCategory;
    QTest::newRow("same-origin frame refused by X-Frame-Options DENY: the headers make it")
        << outcome(true, Embed, true, false, false) << outcome(true, Embed, true, true, false) << false << PolicyDifference::EmbedRefusedByHeaders;
    QTest::newRow("same-origin, same outcome") << outcome(true, Read, true, false, true) << outcome(true, Read, true, false, true) << false
                                               << PolicyDifference::SameOriginNoDifference;
    QTest::newRow("a form into a frame that refuses to show the answer: still sent")
        << outcome(false, Write, true, false, false) << outcome(false, Write, true, true, false) << false << PolicyDifference::WriteSentEitherWay;
    QTest::newRow("a write that never leaves") << outcome(false, Write, false, true, false, false) << outcome(false, Write, false, true, false, false)
                                               << false << PolicyDifference::RefusedWhateverTheHeaders;
    QTest::newRow("an element refused either way (nosniff)") << outcome(false, Embed, true, true, false) << outcome(false, Embed, true, true, false)
                                                            << false << PolicyDifference::RefusedWhateverTheHeaders;
    QTest::newRow("a read with CORS headers that do not match") << outcome(false, Read, true, true, false) << outcome(false, Read, true, true, false)
                                                               << true << PolicyDifference::CorsHeadersDoNotHelp;
}

void TestSameOriginPolicyContrast::difference()
{
    QFETCH(Verdict, sop);
    QFETCH(Verdict, cors);
    QFETCH(bool, corsHeaders);
    QFETCH(PolicyDifference, difference);
    QCOMPARE(policyDifferenceName(policyDifference(sop, cors, corsHeaders)), policyDifferenceName(difference));
}

QTEST_GUILESS_MAIN(TestSameOriginPolicyContrast)
#include "tst_same_origin_policy_contrast.moc"
