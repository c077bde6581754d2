// The fixer: the smallest server (or page) change that makes a request pass, found by repairing the
// first thing that fails and deciding again. repairs_data runs it with the engine's own decide() on one
// scenario per kind of failure; loop_data runs it with a stand-in, to pin the loop (how often it asks,
// when it gives up); apply_data the changes themselves.
#include "core/fetch_engine.h"
#include "core/fix.h"
#include "core/scenario.h"
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

Q_DECLARE_METATYPE(corslab::Scenario)
Q_DECLARE_METATYPE(QList<corslab::Fix>)

namespace {

const QString kPage = u"https://app.test/"_s;
const QString kUrl = u"https://api.test/items"_s;
const QByteArray kOrigin = "https://app.test";

ServerRoute route(QByteArray method, QString url, int status, HeaderList headers = {}, std::optional<QByteArray> body = {})
{
    ServerRoute route;
    route.method = std::move(method);
    route.url = std::move(url);
    route.status = status;
    route.headers = std::move(headers);
    route.body = std::move(body);
    return route;
}

Scenario fetchScenario(QByteArray method, QList<ServerRoute> routes)
{
    Scenario scenario;
    scenario.page = kPage;
    scenario.request.via = Via::Fetch;
    scenario.request.url = kUrl;
    scenario.request.method = std::move(method);
    scenario.server = std::move(routes);
    return scenario;
}

Scenario with(Scenario scenario, const std::function<void(Scenario &)> &change)
{
    change(scenario);
    return scenario;
}

Scenario element(Via via, QString url, QList<ServerRoute> routes)
{
    return with(fetchScenario("GET", std::move(routes)), [&](Scenario &s) {
        s.request.via = via;
        s.request.url = url;
    });
}

Fix routeFix(int index)
{
    Fix fix;
    fix.routeIndex = index;
    return fix;
}

Fix pageFix(const QString &field, const QString &value)
{
    Fix fix;
    fix.target = Fix::Target::Request;
    fix.requestField = field;
    fix.requestValue = value;
    return fix;
}

// A fix in this test's own words: "route 0: Name: value; …", "new OPTIONS URL status 204: …", "page: field = value".
QString describe(const Fix &fix)
{
    if (fix.target == Fix::Target::Request)
        return u"page: %1 = %2"_s.arg(fix.requestField, fix.requestValue);
    QString text = fix.routeIndex >= 0 ? u"route %1"_s.arg(fix.routeIndex)
                                       : u"new %1 %2"_s.arg(QString::fromLatin1(fix.method), fix.url);
    if (fix.status)
        text += u" status %1"_s.arg(fix.status);
    QStringList lines;
    for (const Header &header : fix.setHeaders.entries())
        lines << QString::fromLatin1(header.name + ": " + header.value);
    for (const QByteArray &name : fix.removeHeaders)
        lines << u"-"_s + QString::fromLatin1(name);
    return lines.isEmpty() ? text : text + u": "_s + lines.join(u"; "_s);
}

QStringList describe(const QList<Fix> &fixes)
{
    QStringList texts;
    for (const Fix &fix : fixes)
        texts << describe(fix);
    return texts;
}

// The stand-in's verdict: blocked on the last exchange, answered by `route` without Access-Control-Allow-Origin.
Verdict missingAllowOrigin(int route)
{
    Verdict verdict;
    verdict.origin = QString::fromLatin1(kOrigin);
    verdict.blocked = true;
    verdict.sent = true;
    verdict.error = CorsErrorStatus{CorsError::MissingAllowOriginHeader, {}};
    Exchange exchange;
    exchange.method = "GET";
    exchange.url = kUrl;
    exchange.routeIndex = route;
    exchange.requestHeaders.append("Origin", kOrigin);
    verdict.exchanges.append(exchange);
    return verdict;
}

// The stand-in's verdict once the request passes.
Verdict readable()
{
    Verdict verdict;
    verdict.sent = true;
    verdict.readable = true;
    return verdict;
}

int routesAllowingOrigin(const Scenario &scenario)
{
    return static_cast<int>(std::count_if(scenario.server.cbegin(), scenario.server.cend(), [](const ServerRoute &route) {
        return route.headers.contains("access-control-allow-origin");
    }));
}

} // namespace

class TestFix : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void repairs_data();
    void repairs();
    void repairsMakeItPass_data() { repairs_data(); }
    void repairsMakeItPass();
    void loop_data();
    void loop();
    void apply_data();
    void apply();
};

void TestFix::repairs_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<EngineProfile>("profile");
    QTest::addColumn<QStringList>("fixes");

    const EngineProfile now = EngineProfile::Current;
    const auto credentialed = [](Scenario s) {
        s.request.credentials = CredentialsMode::Include;
        return s;
    };
    const Header allowOrigin{"Access-Control-Allow-Origin", kOrigin};

    // -- the CORS check on the response
    QTest::newRow("no Allow-Origin: the page's origin")
        << fetchScenario("GET", {route("*", kUrl, 200)}) << now << QStringList{u"route 0: Access-Control-Allow-Origin: https://app.test"_s};
    QTest::newRow("no Allow-Origin, credentialed: Allow-Credentials too")
        << credentialed(fetchScenario("GET", {route("*", kUrl, 200)})) << now
        << QStringList{u"route 0: Access-Control-Allow-Origin: https://app.test; Access-Control-Allow-Credentials: true"_s};
    QTest::newRow("wildcard with credentials: the origin replaces it")
        << credentialed(fetchScenario("GET", {route("*", kUrl, 200, {{"Access-Control-Allow-Origin", "*"}})})) << now
        << QStringList{u"route 0: Access-Control-Allow-Origin: https://app.test; Access-Control-Allow-Credentials: true"_s};
    QTest::newRow("another origin: the page's")
        << fetchScenario("GET", {route("*", kUrl, 200, {{"Access-Control-Allow-Origin", "https://other.test"}})}) << now
        << QStringList{u"route 0: Access-Control-Allow-Origin: https://app.test"_s};
    QTest::newRow("credentialed, no Allow-Credentials: only that")
        << credentialed(fetchScenario("GET", {route("*", kUrl, 200, {allowOrigin})})) << now
        << QStringList{u"route 0: Access-Control-Allow-Credentials: true"_s};

    // -- the preflight
    QTest::newRow("one route answers preflight and request: both repairs on it")
        << fetchScenario("PUT", {route("*", kUrl, 200)}) << now
        << QStringList{u"route 0: Access-Control-Allow-Origin: https://app.test; Access-Control-Allow-Methods: PUT"_s};
    QTest::newRow("no OPTIONS route: a new one, repaired twice")
        << fetchScenario("PUT", {route("PUT", kUrl, 200, {allowOrigin})}) << now
        << QStringList{u"new OPTIONS https://api.test/items status 204: Access-Control-Allow-Origin: https://app.test; "
                       "Access-Control-Allow-Methods: PUT"_s};
    QTest::newRow("preflight answered 404: status 204")
        << fetchScenario("PUT", {route("OPTIONS", kUrl, 404, {allowOrigin, {"Access-Control-Allow-Methods", "PUT"}}),
                                 route("PUT", kUrl, 200, {allowOrigin})})
        << now << QStringList{u"route 0 status 204"_s};
    QTest::newRow("method not listed: added to the list")
        << fetchScenario("PUT", {route("OPTIONS", kUrl, 204, {allowOrigin, {"Access-Control-Allow-Methods", "GET, POST"}}),
                                 route("PUT", kUrl, 200, {allowOrigin})})
        << now << QStringList{u"route 0: Access-Control-Allow-Methods: GET, POST, PUT"_s};
    QTest::newRow("credentialed: * is no method, so it goes")
        << credentialed(fetchScenario("PUT", {route("OPTIONS", kUrl, 204, {allowOrigin, {"Access-Control-Allow-Methods", "*"}}),
                                              route("PUT", kUrl, 200, {allowOrigin})}))
        << now
        << QStringList{u"route 0: Access-Control-Allow-Credentials: true; Access-Control-Allow-Methods: PUT"_s,
                       u"route 1: Access-Control-Allow-Credentials: true"_s};
    QTest::newRow("header not listed: added to the list")
        << with(fetchScenario("GET", {route("OPTIONS", kUrl, 204, {allowOrigin, {"Access-Control-Allow-Headers", "content-type"}}),
                                      route("GET", kUrl, 200, {allowOrigin})}),
                [](Scenario &s) { s.request.headers.append("X-Trace", "1"); })
        << now << QStringList{u"route 0: Access-Control-Allow-Headers: content-type, x-trace"_s};
    QTest::newRow("Allow-Headers not a list: the requested names")
        << with(fetchScenario("GET", {route("OPTIONS", kUrl, 204, {allowOrigin, {"Access-Control-Allow-Headers", "x(a)"}}),
                                      route("GET", kUrl, 200, {allowOrigin})}),
                [](Scenario &s) {
                    s.request.headers.append("X-B", "1");
                    s.request.headers.append("X-A", "1");
                })
        << now << QStringList{u"route 0: Access-Control-Allow-Headers: x-a, x-b"_s};
    QTest::newRow("preflight redirected: an answer ahead of the redirect")
        << fetchScenario("PUT", {route("OPTIONS", kUrl, 301, {{"Location", "https://api.test/options"}}),
                                 route("PUT", kUrl, 200, {allowOrigin})})
        << now
        << QStringList{u"new OPTIONS https://api.test/items status 204: Access-Control-Allow-Origin: https://app.test; "
                       "Access-Control-Allow-Methods: PUT"_s};
    QTest::newRow("patch: the method byte for byte")
        << fetchScenario("patch", {route("OPTIONS", kUrl, 204, {allowOrigin}), route("*", kUrl, 200, {allowOrigin})}) << now
        << QStringList{u"route 0: Access-Control-Allow-Methods: patch"_s};
    QTest::newRow("patch: upper-cased for Chromium 102")
        << fetchScenario("patch", {route("OPTIONS", kUrl, 204, {allowOrigin}), route("*", kUrl, 200, {allowOrigin})})
        << EngineProfile::Chromium102 << QStringList{u"route 0: Access-Control-Allow-Methods: PATCH"_s};

    // -- redirects
    QTest::newRow("redirect to a URL with credentials: the Location without them")
        << fetchScenario("GET", {route("GET", kUrl, 302, {allowOrigin, {"Location", "https://user:pw@api.test/next"}}),
                                 route("GET", u"https://api.test/next"_s, 200, {allowOrigin})})
        << now << QStringList{u"route 0: Location: https://api.test/next"_s};

    // -- the page's request
    QTest::newRow("opaque no-cors fetch: ask with CORS, then allow it")
        << with(fetchScenario("GET", {route("*", kUrl, 200)}), [](Scenario &s) { s.request.mode = RequestMode::NoCors; }) << now
        << QStringList{u"page: request.mode = cors"_s, u"route 0: Access-Control-Allow-Origin: https://app.test"_s};
    QTest::newRow("no-cors PUT: CORS, then the method allowed")
        << with(fetchScenario("PUT", {route("*", kUrl, 200, {allowOrigin})}), [](Scenario &s) { s.request.mode = RequestMode::NoCors; })
        << now << QStringList{u"page: request.mode = cors"_s, u"route 0: Access-Control-Allow-Methods: PUT"_s};
    QTest::newRow("mode same-origin to another origin: CORS")
        << with(fetchScenario("GET", {route("*", kUrl, 200, {allowOrigin})}), [](Scenario &s) { s.request.mode = RequestMode::SameOrigin; })
        << now << QStringList{u"page: request.mode = cors"_s};
    QTest::newRow("credentials in the URL: dropped")
        << with(fetchScenario("GET", {route("*", kUrl, 200, {allowOrigin})}), [](Scenario &s) { s.request.url = u"https://user:pw@api.test/items"_s; })
        << now << QStringList{u"page: request.url = https://api.test/items"_s};
    QTest::newRow("mixed content: https, default port")
        << with(fetchScenario("GET", {route("*", kUrl, 200, {allowOrigin})}), [](Scenario &s) { s.request.url = u"http://api.test:8080/items"_s; })
        << now << QStringList{u"page: request.url = https://api.test/items"_s};
    QTest::newRow("sandboxed form: not sandboxed")
        << with(element(Via::Form, kUrl, {}), [](Scenario &s) {
               s.request.method = "POST";
               s.pageSandboxed = true;
           })
        << now << QStringList{u"page: pageSandboxed = false"_s};
    QTest::newRow("a scheme without CORS: nothing helps")
        << with(fetchScenario("GET", {}), [](Scenario &s) { s.request.url = u"ftp://api.test/items"_s; }) << now << QStringList{};

    // -- elements that cannot use what came back
    const QString image = u"https://cdn.test/a.png"_s;
    const QString sound = u"https://cdn.test/a.wav"_s;
    QTest::newRow("audio 404: status 200")
        << element(Via::Media, sound, {route("GET", sound, 404, {{"Content-Type", "audio/wav"}})}) << now << QStringList{u"route 0 status 200"_s};
    // Chromium decodes an image whatever its status (seen in Chromium 156), but a 204 has nothing to decode.
    QTest::newRow("image 204: status 200")
        << element(Via::Img, image, {route("GET", image, 204, {{"Content-Type", "image/png"}})}) << now << QStringList{u"route 0 status 200"_s};
    const QString sheet = u"https://cdn.test/a.css"_s;
    QTest::newRow("stylesheet as text/plain with nosniff: text/css")
        << element(Via::Stylesheet, sheet, {route("GET", sheet, 200, {{"Content-Type", "text/plain"}, {"X-Content-Type-Options", "nosniff"}})})
        << now << QStringList{u"route 0: Content-Type: text/css"_s};
    const QString script = u"https://cdn.test/data.js"_s;
    QTest::newRow("script whose body is JSON: fetched with CORS instead")
        << element(Via::Script, script, {route("GET", script, 200, {{"Content-Type", "application/json"}}, "{\"a\":1}")}) << now
        << QStringList{u"page: request.crossorigin = anonymous"_s, u"route 0: Access-Control-Allow-Origin: https://app.test"_s};
    QTest::newRow("script as application/json, no body: text/javascript")
        << element(Via::Script, script, {route("GET", script, 200, {{"Content-Type", "application/json"}, {"X-Content-Type-Options", "nosniff"}})})
        << now << QStringList{u"route 0: Content-Type: text/javascript"_s};

    // -- embedding controls
    const HeaderList png{{"Content-Type", "image/png"}};
    const HeaderList requireCorp{{"Cross-Origin-Embedder-Policy", "require-corp"}};
    const auto underCoep = [&](Scenario scenario) { return with(std::move(scenario), [&](Scenario &s) { s.pageHeaders = requireCorp; }); };
    QTest::newRow("CORP same-origin from another site: cross-origin")
        << element(Via::Img, image, {route("GET", image, 200, {{"Content-Type", "image/png"}, {"Cross-Origin-Resource-Policy", "same-origin"}})})
        << now << QStringList{u"route 0: Cross-Origin-Resource-Policy: cross-origin"_s};
    const QString sibling = u"https://cdn.app.test/a.png"_s;
    QTest::newRow("COEP's default, same-site image: same-site")
        << underCoep(element(Via::Img, sibling, {route("GET", sibling, 200, png)})) << now
        << QStringList{u"route 0: Cross-Origin-Resource-Policy: same-site"_s};
    QTest::newRow("CORP on a redirect hop")
        << element(Via::Img, image, {route("GET", image, 302, {{"Location", "https://app.test/a.png"}, {"Cross-Origin-Resource-Policy", "same-origin"}}),
                                     route("GET", kPage + u"a.png"_s, 200, png)})
        << now << QStringList{u"route 0: Cross-Origin-Resource-Policy: cross-origin"_s};
    const QString frame = u"https://maps.test/embed"_s;
    const HeaderList html{{"Content-Type", "text/html"}};
    QTest::newRow("frame of a COEP page: CORP and COEP")
        << underCoep(element(Via::Iframe, frame, {route("GET", frame, 200, html)})) << now
        << QStringList{u"route 0: Cross-Origin-Resource-Policy: cross-origin; Cross-Origin-Embedder-Policy: require-corp"_s};
    QTest::newRow("X-Frame-Options DENY, same origin: SAMEORIGIN")
        << element(Via::Iframe, kPage + u"f"_s, {route("GET", kPage + u"f"_s, 200, {{"X-Frame-Options", "DENY"}})}) << now
        << QStringList{u"route 0: X-Frame-Options: SAMEORIGIN"_s};
    QTest::newRow("X-Frame-Options DENY, another origin: frame-ancestors")
        << element(Via::Iframe, frame, {route("GET", frame, 200, {{"X-Frame-Options", "DENY"}})}) << now
        << QStringList{u"route 0: Content-Security-Policy: frame-ancestors 'self' https://app.test; -X-Frame-Options"_s};
    QTest::newRow("X-Frame-Options beside other CSP: a policy added")
        << element(Via::Form, frame, {route("*", frame, 200, {{"X-Frame-Options", "SAMEORIGIN"}, {"Content-Security-Policy", "default-src 'self'"}})})
        << now << QStringList{u"route 0: Content-Security-Policy: default-src 'self', frame-ancestors 'self' https://app.test; -X-Frame-Options"_s};
    QTest::newRow("frame-ancestors 'none' in one of two policies: the page instead")
        << element(Via::Iframe, frame, {route("GET", frame, 200, {{"Content-Security-Policy", "script-src 'self'; frame-ancestors 'none'"},
                                                                  {"Content-Security-Policy", "frame-ancestors *"}})})
        << now << QStringList{u"route 0: Content-Security-Policy: script-src 'self'; frame-ancestors https://app.test, frame-ancestors * https://app.test"_s};
    QTest::newRow("sandboxed page, X-Frame-Options: removed")
        << with(element(Via::Iframe, kPage + u"f"_s, {route("GET", kPage + u"f"_s, 200, {{"X-Frame-Options", "SAMEORIGIN"}})}),
                [](Scenario &s) { s.pageSandboxed = true; })
        << now << QStringList{u"route 0: -X-Frame-Options"_s};
    QTest::newRow("sandboxed page, frame-ancestors: nothing a server change names")
        << with(element(Via::Iframe, frame, {route("GET", frame, 200, {{"Content-Security-Policy", "frame-ancestors *"}})}),
                [](Scenario &s) { s.pageSandboxed = true; })
        << now << QStringList{};
}

void TestFix::repairs()
{
    QFETCH(Scenario, scenario);
    QFETCH(EngineProfile, profile);
    QFETCH(QStringList, fixes);

    const auto decideAgain = [profile](const Scenario &repaired) { return decide(repaired, profile); };
    QCOMPARE(describe(suggestFixes(scenario, profile, decideAgain)), fixes);
}

// What the fixer promises: with its fixes applied, the engine lets the request through.
void TestFix::repairsMakeItPass()
{
    QFETCH(Scenario, scenario);
    QFETCH(EngineProfile, profile);
    QFETCH(QStringList, fixes);

    const std::optional<Verdict> before = decide(scenario, profile);
    QVERIFY(before);
    QVERIFY2(!passes(*before), "each row starts blocked or unreadable");
    const auto decideAgain = [profile](const Scenario &repaired) { return decide(repaired, profile); };
    const QList<Fix> found = suggestFixes(scenario, profile, decideAgain);
    if (fixes.isEmpty())
        return;
    const std::optional<Verdict> after = decide(applyFixes(scenario, found), profile);
    QVERIFY(after);
    QVERIFY(passes(*after));
}

void TestFix::loop_data()
{
    QTest::addColumn<bool>("parses");              // the stand-in answers at all
    QTest::addColumn<int>("repairsToPass");        // -1: no number of repairs makes it pass
    QTest::addColumn<int>("fixCount");
    QTest::addColumn<int>("decisions");            // how often the fixer asked

    QTest::newRow("passes at once: nothing to fix") << true << 0 << 0 << 1;
    QTest::newRow("one repair") << true << 1 << 1 << 2;
    QTest::newRow("three repairs, one per route") << true << 3 << 3 << 4;
    QTest::newRow("seven repairs, the most it tries") << true << 7 << 7 << 8;
    QTest::newRow("eight repairs are too many: no fix") << true << 8 << 0 << 8;
    QTest::newRow("never passes: no fix") << true << -1 << 0 << 8;
    QTest::newRow("URLs that do not parse: no fix") << false << 0 << 0 << 1;
}

void TestFix::loop()
{
    QFETCH(bool, parses);
    QFETCH(int, repairsToPass);
    QFETCH(int, fixCount);
    QFETCH(int, decisions);

    // Ten routes without Allow-Origin; the stand-in blocks on the first one still without it.
    QList<ServerRoute> routes;
    for (int i = 0; i < 10; ++i)
        routes << route("GET", kUrl + u"/"_s + QString::number(i), 200);
    int asked = 0;
    const DecideFunction standIn = [&](const Scenario &repaired) -> std::optional<Verdict> {
        ++asked;
        if (!parses)
            return std::nullopt;
        const int allowed = routesAllowingOrigin(repaired);
        return allowed == repairsToPass ? readable() : missingAllowOrigin(allowed);
    };
    const QList<Fix> fixes = suggestFixes(fetchScenario("GET", routes), EngineProfile::Current, standIn);
    QCOMPARE(fixes.size(), fixCount);
    QCOMPARE(asked, decisions);
    for (int i = 0; i < fixes.size(); ++i)
        QCOMPARE(describe(fixes.at(i)), u"route %1: Access-Control-Allow-Origin: https://app.test"_s.arg(i));
}

void TestFix::apply_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QList<Fix>>("fixes");
    QTest::addColumn<Scenario>("expected");

    const Scenario base = fetchScenario("GET", {route("GET", kUrl, 200, {{"Access-Control-Allow-Origin", "*"}, {"access-control-allow-origin", "x"}})});
    Fix setOrigin = routeFix(0);
    setOrigin.setHeaders.append("Access-Control-Allow-Origin", kOrigin);
    Fix removeOrigin = routeFix(0);
    removeOrigin.removeHeaders.append("access-control-allow-origin");
    Fix status = routeFix(0);
    status.status = 204;
    Fix newRoute = routeFix(-1);
    newRoute.method = "OPTIONS";
    newRoute.url = kUrl;
    newRoute.setHeaders.append("Access-Control-Allow-Methods", "PUT");
    const ServerRoute added = route("OPTIONS", kUrl, 204, {{"Access-Control-Allow-Methods", "PUT"}});

    QTest::newRow("a set header replaces every same-named line")
        << base << QList<Fix>{setOrigin} << with(base, [](Scenario &s) { s.server[0].headers = {{"Access-Control-Allow-Origin", kOrigin}}; });
    QTest::newRow("a removed header goes, every line")
        << base << QList<Fix>{removeOrigin} << with(base, [](Scenario &s) { s.server[0].headers = {}; });
    QTest::newRow("a status") << base << QList<Fix>{status} << with(base, [](Scenario &s) { s.server[0].status = 204; });
    QTest::newRow("a new route goes in front, 204 unless told")
        << base << QList<Fix>{newRoute} << with(base, [&](Scenario &s) { s.server.prepend(added); });
    QTest::newRow("route indices count the routes before new ones are added")
        << base << QList<Fix>{newRoute, status} << with(base, [&](Scenario &s) {
               s.server[0].status = 204;
               s.server.prepend(added);
           });
    QTest::newRow("the page's mode") << base << QList<Fix>{pageFix(u"request.mode"_s, u"cors"_s)}
                                     << with(base, [](Scenario &s) { s.request.mode = RequestMode::Cors; });
    QTest::newRow("the page's crossorigin") << base << QList<Fix>{pageFix(u"request.crossorigin"_s, u"use-credentials"_s)}
                                            << with(base, [](Scenario &s) { s.request.crossorigin = CrossOriginAttribute::UseCredentials; });
    QTest::newRow("the page's URL") << base << QList<Fix>{pageFix(u"request.url"_s, u"https://api.test/other"_s)}
                                    << with(base, [](Scenario &s) { s.request.url = u"https://api.test/other"_s; });
    QTest::newRow("the page's sandbox") << with(base, [](Scenario &s) { s.pageSandboxed = true; })
                                        << QList<Fix>{pageFix(u"pageSandboxed"_s, u"false"_s)} << base;
}

void TestFix::apply()
{
    QFETCH(Scenario, scenario);
    QFETCH(QList<Fix>, fixes);
    QFETCH(Scenario, expected);
    QCOMPARE(applyFixes(scenario, fixes), expected);
}

QTEST_GUILESS_MAIN(TestFix)
#include "tst_fix.moc"
