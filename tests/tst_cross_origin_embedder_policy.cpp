// Cross-Origin-Embedder-Policy (https://html.spec.whatwg.org/multipage/browsers.html#coep): the
// header value as a structured-field item (https://www.rfc-editor.org/rfc/rfc8941), and the page's
// policy only in a secure context. Rows marked "seen in Chromium 156" were observed in Chromium
// 156.0.8078.114 (a no-cors img of another origin without CORP, blocked or not under the page's header).
#include "core/cross_origin_embedder_policy.h"
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

Q_DECLARE_METATYPE(corslab::HeaderList)

class TestCrossOriginEmbedderPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseValue_data();
    void parseValue();
    void obtain_data();
    void obtain();
    void names();
};

void TestCrossOriginEmbedderPolicy::parseValue_data()
{
    QTest::addColumn<QByteArray>("value");   // null: no header
    QTest::addColumn<EmbedderPolicyValue>("expected");

    const auto none = EmbedderPolicyValue::UnsafeNone;
    const auto corp = EmbedderPolicyValue::RequireCorp;
    const auto credentialless = EmbedderPolicyValue::Credentialless;

    // -- the two tokens that mean something
    QTest::newRow("require-corp (seen in Chromium 156)") << "require-corp"_ba << corp;
    QTest::newRow("credentialless (seen in Chromium 156)") << "credentialless"_ba << credentialless;
    QTest::newRow("no header") << QByteArray() << none;
    QTest::newRow("unsafe-none (seen in Chromium 156)") << "unsafe-none"_ba << none;

    // -- an item with parameters is still the token
    QTest::newRow("report-to parameter (seen in Chromium 156)") << "require-corp; report-to=\"endpoint\""_ba << corp;
    QTest::newRow("token parameter") << "credentialless;report-to=main"_ba << credentialless;
    QTest::newRow("boolean parameter without value") << "require-corp;a;b=?0"_ba << corp;
    QTest::newRow("number parameters") << "require-corp;a=-12;b=3.25"_ba << corp;
    QTest::newRow("byte sequence parameter") << "require-corp;a=:aGk=:"_ba << corp;
    QTest::newRow("spaces around (seen in Chromium 156)") << "  require-corp  "_ba << corp;

    // -- anything else is no policy
    QTest::newRow("tokens are case-sensitive (seen in Chromium 156)") << "Require-Corp"_ba << none;
    QTest::newRow("a string is not a token (seen in Chromium 156)") << "\"require-corp\""_ba << none;
    QTest::newRow("a list is not an item (seen in Chromium 156)") << "require-corp, credentialless"_ba << none;
    QTest::newRow("two lines, combined (seen in Chromium 156)") << "require-corp, require-corp"_ba << none;
    QTest::newRow("upper-case parameter key") << "require-corp; Report-To=\"x\""_ba << none;
    QTest::newRow("parameter without key") << "require-corp;=x"_ba << none;
    QTest::newRow("unterminated string parameter") << "require-corp;a=\"x"_ba << none;
    QTest::newRow("decimal with four fraction digits") << "require-corp;a=1.2345"_ba << none;
    QTest::newRow("integer of sixteen digits") << "require-corp;a=1234567890123456"_ba << none;
    QTest::newRow("boolean other than 0 or 1") << "require-corp;a=?2"_ba << none;
    QTest::newRow("tab is not a space") << "\trequire-corp"_ba << none;
    QTest::newRow("empty") << ""_ba << none;
    QTest::newRow("other token") << "same-origin"_ba << none;
    QTest::newRow("trailing garbage") << "require-corp x"_ba << none;
}

void TestCrossOriginEmbedderPolicy::parseValue()
{
    QFETCH(QByteArray, value);
    QFETCH(EmbedderPolicyValue, expected);
    QCOMPARE(parseEmbedderPolicyValue(value.isNull() ? std::nullopt : std::optional(value)), expected);
}

void TestCrossOriginEmbedderPolicy::obtain_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<EmbedderPolicyValue>("value");
    QTest::addColumn<EmbedderPolicyValue>("reportOnly");

    const auto none = EmbedderPolicyValue::UnsafeNone;
    const auto corp = EmbedderPolicyValue::RequireCorp;
    const HeaderList requireCorp{{"Cross-Origin-Embedder-Policy", "require-corp"}};

    // https://html.spec.whatwg.org/multipage/browsers.html#obtain-an-embedder-policy, step 2: secure contexts only
    QTest::newRow("https page") << u"https://app.example.com/"_s << requireCorp << corp << none;
    QTest::newRow("http page: ignored (seen in Chromium 156)") << u"http://app.example.com/"_s << requireCorp << none << none;
    QTest::newRow("http://localhost: a secure context (seen in Chromium 156)") << u"http://localhost:8811/"_s << requireCorp << corp << none;
    QTest::newRow("http://127.0.0.1: a secure context (seen in Chromium 156)") << u"http://127.0.0.1:8812/"_s << requireCorp << corp << none;
    QTest::newRow("header name in any case") << u"https://app.example.com/"_s
                                             << HeaderList{{"cross-origin-embedder-policy", "credentialless"}}
                                             << EmbedderPolicyValue::Credentialless << none;
    // Report-only reports and never blocks (seen in Chromium 156: the img loads).
    QTest::newRow("report-only") << u"https://app.example.com/"_s
                                 << HeaderList{{"Cross-Origin-Embedder-Policy-Report-Only", "require-corp"}} << none << corp;
    QTest::newRow("both") << u"https://app.example.com/"_s
                          << HeaderList{{"Cross-Origin-Embedder-Policy", "credentialless"},
                                        {"Cross-Origin-Embedder-Policy-Report-Only", "require-corp"}}
                          << EmbedderPolicyValue::Credentialless << corp;
    QTest::newRow("two lines (seen in Chromium 156)") << u"https://app.example.com/"_s
                                                      << HeaderList{{"Cross-Origin-Embedder-Policy", "require-corp"},
                                                                    {"Cross-Origin-Embedder-Policy", "require-corp"}}
                                                      << none << none;
    QTest::newRow("no headers") << u"https://app.example.com/"_s << HeaderList{} << none << none;
}

void TestCrossOriginEmbedderPolicy::obtain()
{
    QFETCH(QString, page);
    QFETCH(HeaderList, headers);
    QFETCH(EmbedderPolicyValue, value);
    QFETCH(EmbedderPolicyValue, reportOnly);
    const std::optional<Url> url = parseUrlOrNull(page);
    QVERIFY(url);
    const EmbedderPolicy policy = obtainEmbedderPolicy(headers, *url);
    QCOMPARE(policy.value, value);
    QCOMPARE(policy.reportOnlyValue, reportOnly);
}

void TestCrossOriginEmbedderPolicy::names()
{
    QCOMPARE(embedderPolicyValueName(EmbedderPolicyValue::UnsafeNone), "unsafe-none"_L1);
    QCOMPARE(embedderPolicyValueName(EmbedderPolicyValue::RequireCorp), "require-corp"_L1);
    QCOMPARE(embedderPolicyValueName(EmbedderPolicyValue::Credentialless), "credentialless"_L1);
    // https://html.spec.whatwg.org/multipage/browsers.html#compatible-with-cross-origin-isolation
    QVERIFY(!isCompatibleWithCrossOriginIsolation(EmbedderPolicyValue::UnsafeNone));
    QVERIFY(isCompatibleWithCrossOriginIsolation(EmbedderPolicyValue::RequireCorp));
    QVERIFY(isCompatibleWithCrossOriginIsolation(EmbedderPolicyValue::Credentialless));
}

QTEST_GUILESS_MAIN(TestCrossOriginEmbedderPolicy)
#include "tst_cross_origin_embedder_policy.moc"
