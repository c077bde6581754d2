// Fetch Metadata (https://w3c.github.io/webappsec-fetch-metadata/): Sec-Fetch-Site along a redirect chain,
// -Mode and -Dest per `via`, and which URLs get them. The golden scenarios
// tests/data/golden/fetch-metadata-*.cors.json hold what Chromium 156 sent.
#include "core/fetch_metadata.h"
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {
Origin origin(const QString &text) { return Origin::fromUrl(parseUrlOrNull(text).value()); }
}

class TestFetchMetadata : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void site_data();
    void site();
    void modeAndDestination_data();
    void modeAndDestination();
    void formTargetTopIsADocument();
    void sandboxedPageLinkIsAFrame();
    void secFetchUser_data();
    void secFetchUser();
    void trustworthyOnly_data();
    void trustworthyOnly();
};

void TestFetchMetadata::site_data()
{
    QTest::addColumn<QStringList>("chain");
    QTest::addColumn<QByteArray>("site");
    QTest::newRow("same origin") << QStringList{u"https://app.example.com/x"_s} << "same-origin"_ba;
    QTest::newRow("same site") << QStringList{u"https://api.example.com/x"_s} << "same-site"_ba;
    QTest::newRow("cross site") << QStringList{u"https://api.other.example/x"_s} << "cross-site"_ba;
    QTest::newRow("scheme differs: cross-site") << QStringList{u"http://app.example.com/x"_s} << "cross-site"_ba;
    QTest::newRow("redirect back keeps the worst") << QStringList{u"https://app.example.com/a"_s, u"https://evil.example/b"_s,
                                                                  u"https://app.example.com/c"_s}
                                                   << "cross-site"_ba;
    QTest::newRow("same-site hop") << QStringList{u"https://app.example.com/a"_s, u"https://cdn.example.com/b"_s} << "same-site"_ba;
}

void TestFetchMetadata::site()
{
    QFETCH(QStringList, chain);
    QFETCH(QByteArray, site);
    const Origin page = origin(u"https://app.example.com/"_s);
    FetchSite relation = FetchSite::SameOrigin;
    for (const QString &url : chain)
        relation = nextFetchSite(relation, page, origin(url));
    QCOMPARE(fetchSiteValue(relation), site);
}

void TestFetchMetadata::modeAndDestination_data()
{
    QTest::addColumn<QString>("via");
    QTest::addColumn<bool>("crossorigin");
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<QByteArray>("destination");
    QTest::newRow("fetch") << u"fetch"_s << false << "cors"_ba << "empty"_ba;
    QTest::newRow("xhr") << u"xhr"_s << false << "cors"_ba << "empty"_ba;
    QTest::newRow("img") << u"img"_s << false << "no-cors"_ba << "image"_ba;
    QTest::newRow("img crossorigin") << u"img"_s << true << "cors"_ba << "image"_ba;
    QTest::newRow("script") << u"script"_s << false << "no-cors"_ba << "script"_ba;
    QTest::newRow("stylesheet") << u"stylesheet"_s << false << "no-cors"_ba << "style"_ba;
    QTest::newRow("font") << u"font"_s << false << "cors"_ba << "font"_ba;
    QTest::newRow("media") << u"media"_s << false << "no-cors"_ba << "audio"_ba;
    QTest::newRow("iframe") << u"iframe"_s << false << "navigate"_ba << "iframe"_ba;
    QTest::newRow("form into a frame") << u"form"_s << false << "navigate"_ba << "iframe"_ba;
    QTest::newRow("navigate") << u"navigate"_s << false << "navigate"_ba << "document"_ba;
}

void TestFetchMetadata::sandboxedPageLinkIsAFrame()
{
    ScenarioRequest request;
    request.via = Via::Navigate;
    request.userActivation = true;
    QCOMPARE(fetchDestination(request, PageContext::SandboxedFrame), "iframe"_ba);
    HeaderList headers;
    appendFetchMetadata(headers, parseUrlOrNull(u"https://other.example/"_s).value(), FetchSite::CrossSite, request,
                        PageContext::SandboxedFrame, false);
    QVERIFY(!headers.contains("sec-fetch-user"));
}

void TestFetchMetadata::formTargetTopIsADocument()
{
    ScenarioRequest request;
    request.via = Via::Form;
    request.formTarget = FormTarget::Top;
    QCOMPARE(fetchDestination(request, PageContext::TopLevel), "document"_ba);
    QCOMPARE(fetchModeValue(request, false), "navigate"_ba);
}

// Sec-Fetch-User: ?1 on top-level navigations in a user gesture only (seen in Chromium 156.0.8078.114,
// tests/data/golden/fetch-metadata-user-*).
void TestFetchMetadata::secFetchUser_data()
{
    QTest::addColumn<QString>("via");
    QTest::addColumn<bool>("top");
    QTest::addColumn<bool>("activation");
    QTest::addColumn<bool>("sent");
    QTest::newRow("link click by a person") << u"navigate"_s << false << true << true;
    QTest::newRow("link click by script") << u"navigate"_s << false << false << false;
    QTest::newRow("top-level form submitted by a person") << u"form"_s << true << true << true;
    QTest::newRow("form into a frame submitted by a person") << u"form"_s << false << true << false;
    QTest::newRow("iframe made in a click") << u"iframe"_s << false << true << false;
    QTest::newRow("fetch in a click") << u"fetch"_s << false << true << false;
}

void TestFetchMetadata::secFetchUser()
{
    QFETCH(QString, via);
    QFETCH(bool, top);
    QFETCH(bool, activation);
    QFETCH(bool, sent);
    ScenarioRequest request;
    request.via = viaFromName(via).value();
    request.formTarget = top ? FormTarget::Top : FormTarget::Frame;
    request.userActivation = activation;
    HeaderList headers;
    appendFetchMetadata(headers, parseUrlOrNull(u"https://other.example/"_s).value(), FetchSite::CrossSite, request, PageContext::TopLevel, false);
    QCOMPARE(headers.get("sec-fetch-user"), sent ? std::optional("?1"_ba) : std::nullopt);
}

void TestFetchMetadata::modeAndDestination()
{
    QFETCH(QString, via);
    QFETCH(bool, crossorigin);
    QFETCH(QByteArray, mode);
    QFETCH(QByteArray, destination);
    ScenarioRequest request;
    request.via = viaFromName(via).value();
    if (crossorigin)
        request.crossorigin = CrossOriginAttribute::Anonymous;
    QCOMPARE(fetchModeValue(request, false), mode);
    QCOMPARE(fetchModeValue(request, true), "cors"_ba);
    QCOMPARE(fetchDestination(request, PageContext::TopLevel), destination);
}

void TestFetchMetadata::trustworthyOnly_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("sent");
    QTest::newRow("https") << u"https://api.example.com/"_s << true;
    QTest::newRow("http") << u"http://api.example.com/"_s << false;
    QTest::newRow("http://localhost") << u"http://localhost:8080/"_s << true;
    QTest::newRow("http://127.0.0.1") << u"http://127.0.0.1:8080/"_s << true;
}

void TestFetchMetadata::trustworthyOnly()
{
    QFETCH(QString, url);
    QFETCH(bool, sent);
    HeaderList headers;
    appendFetchMetadata(headers, parseUrlOrNull(url).value(), FetchSite::CrossSite, ScenarioRequest{}, PageContext::TopLevel, false);
    QCOMPARE(headers.contains("sec-fetch-site"), sent);
    QCOMPARE(headers.size(), sent ? 3 : 0);
    // A preflight carries Sec-Fetch-Mode to any URL, and the rest only to trustworthy ones.
    HeaderList preflight;
    appendFetchMetadata(preflight, parseUrlOrNull(url).value(), FetchSite::CrossSite, ScenarioRequest{}, PageContext::TopLevel, true);
    QCOMPARE(preflight.get("sec-fetch-mode"), std::optional("cors"_ba));
    QCOMPARE(preflight.size(), sent ? 3 : 1);
}

QTEST_APPLESS_MAIN(TestFetchMetadata)
#include "tst_fetch_metadata.moc"
