// "Block this": the smallest server changes that make the browser refuse a request, per kind of access,
// each kept only when deciding the changed scenario again shows the refusal. blocks_data runs it with the
// engine's own decide() on one scenario per kind; verification_data with stand-ins, to pin that a change
// the verdict does not bear out is never listed; apply_data the changes themselves.
#include "core/block.h"
#include "core/fetch_engine.h"
#include "core/scenario.h"
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

Q_DECLARE_METATYPE(corslab::Scenario)
Q_DECLARE_METATYPE(corslab::Block)

namespace {

const QString kPage = u"https://app.test/"_s;
const QString kUrl = u"https://api.test/items"_s;
const QByteArray kOrigin = "https://app.test";

ServerRoute route(QString url, HeaderList headers = {}, int status = 200)
{
    ServerRoute route;
    route.url = std::move(url);
    route.status = status;
    route.headers = std::move(headers);
    return route;
}

Scenario scenario(Via via, QString url, QList<ServerRoute> routes, const std::function<void(Scenario &)> &change = {})
{
    Scenario scenario;
    scenario.page = kPage;
    scenario.request.via = via;
    scenario.request.url = std::move(url);
    scenario.server = std::move(routes);
    if (change)
        change(scenario);
    return scenario;
}

JarCookie cookie(QString url, QByteArray setCookie)
{
    JarCookie cookie;
    cookie.url = std::move(url);
    cookie.setCookie = std::move(setCookie);
    return cookie;
}

// A block in this test's own words: "kind Reason route 0: Name: value; -Name", "kind Reason cookie 0: line".
QString describe(const Block &block)
{
    QString text = blockKindName(block.kind) + u' ' + blockReasonName(block.reason) + u' ';
    const Fix &change = block.change;
    if (change.target == Fix::Target::CookieJar)
        return text + u"cookie %1: %2"_s.arg(change.cookieIndex).arg(QString::fromLatin1(change.setCookie));
    text += u"route %1"_s.arg(change.routeIndex);
    QStringList lines;
    if (change.status)
        lines << u"status %1"_s.arg(change.status);
    for (const Header &header : change.setHeaders.entries())
        lines << QString::fromLatin1(header.name + ": " + header.value);
    for (const QByteArray &name : change.removeHeaders)
        lines << u"-"_s + QString::fromLatin1(name);
    return text + u": "_s + lines.join(u"; "_s);
}

const DecideFunction kEngine = [](const Scenario &changed) { return decide(changed); };

} // namespace

class TestBlock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void blocks_data();
    void blocks();
    void blocksHold_data() { blocks_data(); }
    void blocksHold();
    void verification_data();
    void verification();
    void apply_data();
    void apply();
};

void TestBlock::blocks_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QStringList>("expected");   // describe() of each block, in order
    QTest::addColumn<QString>("none");           // noBlockReasonName when there is none

    const HeaderList allowPage{{"Access-Control-Allow-Origin", kOrigin}};

    // Read: the CORS check (https://fetch.spec.whatwg.org/#cors-check) made to fail.
    QTest::newRow("passing CORS fetch: narrow or remove Allow-Origin")
        << scenario(Via::Fetch, kUrl, {route(kUrl, allowPage)})
        << QStringList{u"read NarrowAllowOrigin route 0: Access-Control-Allow-Origin: https://api.test"_s,
                       u"read RemoveAllowOrigin route 0: -Access-Control-Allow-Origin"_s}
        << QString();
    QTest::newRow("wildcard: narrowed to the server's own origin")
        << scenario(Via::Fetch, kUrl, {route(kUrl, {{"Access-Control-Allow-Origin", "*"}})})
        << QStringList{u"read NarrowAllowOrigin route 0: Access-Control-Allow-Origin: https://api.test"_s,
                       u"read RemoveAllowOrigin route 0: -Access-Control-Allow-Origin"_s}
        << QString();
    QTest::newRow("credentialed read: drop Allow-Credentials first, then narrow")
        << scenario(Via::Fetch, kUrl, {route(kUrl, {{"Access-Control-Allow-Origin", kOrigin}, {"Access-Control-Allow-Credentials", "true"}})},
                    [](Scenario &s) { s.request.credentials = CredentialsMode::Include; })
        << QStringList{u"read RemoveAllowCredentials route 0: -Access-Control-Allow-Credentials"_s,
                       u"read NarrowAllowOrigin route 0: Access-Control-Allow-Origin: https://api.test"_s,
                       u"read RemoveAllowOrigin route 0: -Access-Control-Allow-Origin"_s}
        << QString();
    QTest::newRow("redirected read: the final hop's route")
        << scenario(Via::Fetch, kUrl,
                    {route(kUrl, {{"Location", "https://api.test/moved"}, {"Access-Control-Allow-Origin", "*"}}, 302),
                     route(u"https://api.test/moved"_s, {{"Access-Control-Allow-Origin", "*"}})})
        << QStringList{u"read NarrowAllowOrigin route 1: Access-Control-Allow-Origin: https://api.test"_s,
                       u"read RemoveAllowOrigin route 1: -Access-Control-Allow-Origin"_s}
        << QString();

    // Embed: CORP (https://fetch.spec.whatwg.org/#cross-origin-resource-policy-header), the smallest that refuses.
    QTest::newRow("no-cors img, cross-site page: CORP same-site")
        << scenario(Via::Img, u"https://img.test/a.png"_s, {route(u"https://img.test/a.png"_s, {{"Content-Type", "image/png"}})})
        << QStringList{u"embed ResourcePolicySameSite route 0: Cross-Origin-Resource-Policy: same-site"_s} << QString();
    QTest::newRow("no-cors img, same-site page: CORP same-origin")
        << scenario(Via::Img, u"https://cdn.app.test/a.png"_s, {route(u"https://cdn.app.test/a.png"_s, {{"Content-Type", "image/png"}})})
        << QStringList{u"embed ResourcePolicySameOrigin route 0: Cross-Origin-Resource-Policy: same-origin"_s} << QString();
    QTest::newRow("no-cors script: CORP same-site")
        << scenario(Via::Script, u"https://cdn.test/a.js"_s, {route(u"https://cdn.test/a.js"_s, {{"Content-Type", "text/javascript"}})})
        << QStringList{u"embed ResourcePolicySameSite route 0: Cross-Origin-Resource-Policy: same-site"_s} << QString();

    // Embed, frames: frame-ancestors (https://w3c.github.io/webappsec-csp/#directive-frame-ancestors), X-Frame-Options.
    const HeaderList html{{"Content-Type", "text/html"}};
    QTest::newRow("cross-origin iframe: frame-ancestors 'self', X-Frame-Options SAMEORIGIN")
        << scenario(Via::Iframe, u"https://other.test/frame"_s, {route(u"https://other.test/frame"_s, html)})
        << QStringList{u"embed FrameAncestorsSelf route 0: Content-Security-Policy: frame-ancestors 'self'"_s,
                       u"embed XFrameOptionsSameOrigin route 0: X-Frame-Options: SAMEORIGIN"_s}
        << QString();
    QTest::newRow("same-origin iframe: only 'none' and DENY refuse it")
        << scenario(Via::Iframe, u"https://app.test/frame"_s, {route(u"https://app.test/frame"_s, html)})
        << QStringList{u"embed FrameAncestorsNone route 0: Content-Security-Policy: frame-ancestors 'none'"_s,
                       u"embed XFrameOptionsDeny route 0: X-Frame-Options: DENY"_s}
        << QString();
    QTest::newRow("frame-ancestors names the page: a second policy, and X-Frame-Options would be ignored")
        << scenario(Via::Iframe, u"https://other.test/frame"_s,
                    {route(u"https://other.test/frame"_s, {{"Content-Security-Policy", "frame-ancestors https://app.test"}})})
        << QStringList{u"embed FrameAncestorsSelf route 0: Content-Security-Policy: frame-ancestors https://app.test, frame-ancestors 'self'"_s}
        << QString();

    // Write: the server refuses it (https://w3c.github.io/webappsec-fetch-metadata/), SameSite keeps the session out.
    const auto formPost = [](Scenario &s) {
        s.request.method = "POST";
        s.request.body = "a=1";
    };
    QTest::newRow("cross-site form POST with a SameSite=None cookie: 403 rule, cookie made Lax")
        << scenario(Via::Form, u"https://other.test/submit"_s, {route(u"https://other.test/submit"_s, html)},
                    [&](Scenario &s) {
                        formPost(s);
                        s.cookies << cookie(u"https://other.test/"_s, "sid=1; SameSite=None; Secure");
                    })
        << QStringList{u"write RefuseCrossSite route 0: status 403"_s, u"write CookieSameSiteLax cookie 0: sid=1; Secure; SameSite=Lax"_s}
        << QString();
    QTest::newRow("cross-site top-level link: Lax still goes, Strict is withheld")
        << scenario(Via::Navigate, u"https://other.test/account"_s, {route(u"https://other.test/account"_s, html)},
                    [](Scenario &s) { s.cookies << cookie(u"https://other.test/"_s, "sid=1; SameSite=None; Secure"); })
        << QStringList{u"write RefuseCrossSite route 0: status 403"_s, u"write CookieSameSiteStrict cookie 0: sid=1; Secure; SameSite=Strict"_s}
        << QString();
    QTest::newRow("http form POST: no Sec-Fetch-Site, refused on its Origin")
        << scenario(Via::Form, u"http://other.test/submit"_s, {route(u"http://other.test/submit"_s, html)},
                    [&](Scenario &s) {
                        formPost(s);
                        s.page = u"http://app.test/"_s;
                    })
        << QStringList{u"write RefuseForeignOrigin route 0: status 403"_s} << QString();
    QTest::newRow("simple CORS POST: read blocks, and the write the server refuses")
        << scenario(Via::Fetch, kUrl, {route(kUrl, allowPage)}, [](Scenario &s) { s.request.method = "POST"; })
        << QStringList{u"read NarrowAllowOrigin route 0: Access-Control-Allow-Origin: https://api.test"_s,
                       u"read RemoveAllowOrigin route 0: -Access-Control-Allow-Origin"_s, u"write RefuseCrossSite route 0: status 403"_s}
        << QString();
    QTest::newRow("opaque no-cors POST: already unreadable, the write still refused")
        << scenario(Via::Fetch, kUrl, {route(kUrl)},
                    [](Scenario &s) {
                        s.request.method = "POST";
                        s.request.mode = RequestMode::NoCors;
                    })
        << QStringList{u"write RefuseCrossSite route 0: status 403"_s} << QString();

    // Nothing to list.
    QTest::newRow("already blocked: no block needed")
        << scenario(Via::Fetch, kUrl, {route(kUrl)}) << QStringList() << u"AlreadyRefused"_s;
    QTest::newRow("already blocked frame") << scenario(Via::Iframe, u"https://other.test/frame"_s,
                                                       {route(u"https://other.test/frame"_s, {{"X-Frame-Options", "DENY"}})})
                                           << QStringList() << u"AlreadyRefused"_s;
    QTest::newRow("same-origin fetch: CORS does not apply")
        << scenario(Via::Fetch, u"https://app.test/items"_s, {route(u"https://app.test/items"_s)}) << QStringList() << u"SameOrigin"_s;
    QTest::newRow("same-origin no-cors img: CORP never refuses the own origin")
        << scenario(Via::Img, u"https://app.test/a.png"_s, {route(u"https://app.test/a.png"_s, {{"Content-Type", "image/png"}})})
        << QStringList() << u"SameOrigin"_s;
    QTest::newRow("same-origin form POST: the server cannot tell it from its own")
        << scenario(Via::Form, u"https://app.test/submit"_s, {route(u"https://app.test/submit"_s, html)},
                    [&](Scenario &s) {
                        formPost(s);
                        s.cookies << cookie(u"https://app.test/"_s, "sid=1; SameSite=None; Secure");
                    })
        << QStringList() << u"SameOrigin"_s;
    QTest::newRow("a form no route answers: nothing to change")
        << scenario(Via::Form, u"https://other.test/submit"_s, {}, formPost) << QStringList() << u"NoServerChange"_s;
}

void TestBlock::blocks()
{
    QFETCH(Scenario, scenario);
    QFETCH(QStringList, expected);
    QFETCH(QString, none);
    const std::optional<BlockSuggestion> suggestion = suggestBlocks(scenario, kEngine);
    QVERIFY(suggestion);
    QStringList actual;
    for (const Block &block : suggestion->blocks)
        actual << describe(block);
    QCOMPARE(actual, expected);
    QCOMPARE(suggestion->none ? QString(noBlockReasonName(*suggestion->none)) : QString(), none);
}

// Each listed block, applied and decided afresh, is the refusal it claims: the read unreadable, the
// element refused, the write answered 403 or its cookie withheld.
void TestBlock::blocksHold()
{
    QFETCH(Scenario, scenario);
    const std::optional<BlockSuggestion> suggestion = suggestBlocks(scenario, kEngine);
    QVERIFY(suggestion);
    for (const Block &block : suggestion->blocks) {
        const std::optional<Verdict> after = decide(applyBlock(scenario, block));
        QVERIFY(after);
        QCOMPARE(after->blocked, block.after.blocked);
        QCOMPARE(after->readable, block.after.readable);
        switch (block.kind) {
        case BlockKind::Read: QVERIFY(after->blocked || !after->readable); break;
        case BlockKind::Embed: QVERIFY(after->blocked); break;
        case BlockKind::Write:
            if (block.cookieName.isEmpty()) {
                QCOMPARE(after->exchanges.first().status, 403);
            } else {
                QCOMPARE(after->cookiesNotSent.size(), 1);
                QCOMPARE(after->cookiesNotSent.first().name, block.cookieName);
            }
            break;
        }
    }
}

void TestBlock::verification_data()
{
    QTest::addColumn<bool>("changesVerdict");
    QTest::addColumn<int>("blocks");
    QTest::addColumn<QString>("none");
    QTest::newRow("a change the verdict does not bear out is not listed") << false << 0 << u"NoServerChange"_s;
    QTest::newRow("one that refuses the read is") << true << 2 << QString();
}

// A stand-in engine: the passing read the test starts from, and after any change either the same
// (the change does nothing) or blocked.
void TestBlock::verification()
{
    QFETCH(bool, changesVerdict);
    QFETCH(int, blocks);
    QFETCH(QString, none);
    const Scenario original = scenario(Via::Fetch, kUrl, {route(kUrl, {{"Access-Control-Allow-Origin", kOrigin}})});
    int asked = 0;
    const DecideFunction standIn = [&](const Scenario &changed) -> std::optional<Verdict> {
        ++asked;
        Verdict verdict = *decide(original);
        if (changesVerdict && !(changed == original)) {
            verdict.blocked = true;
            verdict.readable = false;
        }
        return verdict;
    };
    const std::optional<BlockSuggestion> suggestion = suggestBlocks(original, standIn);
    QVERIFY(suggestion);
    QCOMPARE(suggestion->blocks.size(), blocks);
    QCOMPARE(suggestion->none ? QString(noBlockReasonName(*suggestion->none)) : QString(), none);
    QCOMPARE(asked, 3);   // the scenario, then each candidate once
}

void TestBlock::apply_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<Block>("block");
    QTest::addColumn<Scenario>("expected");

    const Scenario form = scenario(Via::Form, u"https://other.test/submit"_s, {route(u"https://other.test/submit"_s)}, [](Scenario &s) {
        s.cookies << cookie(u"https://other.test/"_s, "a=1") << cookie(u"https://other.test/"_s, "sid=1; SameSite=None; Secure");
    });
    Block sameSite;
    sameSite.kind = BlockKind::Write;
    sameSite.reason = BlockReason::CookieSameSiteLax;
    sameSite.change.target = Fix::Target::CookieJar;
    sameSite.change.cookieIndex = 1;
    sameSite.change.setCookie = "sid=1; Secure; SameSite=Lax";
    QTest::newRow("a jar cookie's line, the others left") << form << sameSite << [&] {
        Scenario expected = form;
        expected.cookies[1].setCookie = "sid=1; Secure; SameSite=Lax";
        return expected;
    }();

    Block refuse;
    refuse.kind = BlockKind::Write;
    refuse.reason = BlockReason::RefuseCrossSite;
    refuse.change.routeIndex = 0;
    refuse.change.status = 403;
    QTest::newRow("the route answers 403") << form << refuse << [&] {
        Scenario expected = form;
        expected.server[0].status = 403;
        return expected;
    }();

    Block narrow;
    narrow.change.routeIndex = 0;
    narrow.change.setHeaders.append("Access-Control-Allow-Origin", "https://api.test");
    const Scenario read = scenario(Via::Fetch, kUrl, {route(kUrl, {{"access-control-allow-origin", "*"}})});
    QTest::newRow("Allow-Origin's value replaced, its name as written")
        << read << narrow << scenario(Via::Fetch, kUrl, {route(kUrl, {{"access-control-allow-origin", "https://api.test"}})});
}

void TestBlock::apply()
{
    QFETCH(Scenario, scenario);
    QFETCH(Block, block);
    QFETCH(Scenario, expected);
    QCOMPARE(applyBlock(scenario, block), expected);
}

QTEST_GUILESS_MAIN(TestBlock)
#include "tst_block.moc"
