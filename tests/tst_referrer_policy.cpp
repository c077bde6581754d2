// Referrer Policy (https://w3c.github.io/webappsec-referrer-policy/): the Referer each policy sends, the
// Referrer-Policy header, and the Origin a non-CORS POST carries under each policy
// (https://fetch.spec.whatwg.org/#append-a-request-origin-header). The golden scenarios
// tests/data/golden/referer-*.cors.json hold what Chromium 156 sent.
#include "core/referrer_policy.h"
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {
Url url(const QString &text) { return parseUrlOrNull(text).value(); }
}

class TestReferrerPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void referrer_data();
    void referrer();
    void header_data();
    void header();
    void hidesOrigin_data();
    void hidesOrigin();
};

void TestReferrerPolicy::referrer_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("referer");   // empty: none

    const QString page = u"https://app.example.com/dash/board?tab=2#top"_s;
    const QString full = u"https://app.example.com/dash/board?tab=2"_s;
    const QString origin = u"https://app.example.com/"_s;
    const QString same = u"https://app.example.com/api"_s;
    const QString cross = u"https://api.example.com/v1"_s;
    const QString down = u"http://api.example.com/v1"_s;
    struct Row { const char *policy; QString sameOrigin, crossOrigin, downgrade; };
    const Row rows[] = {
        {"no-referrer", {}, {}, {}},
        {"no-referrer-when-downgrade", full, full, {}},
        {"same-origin", full, {}, {}},
        {"origin", origin, origin, origin},
        {"strict-origin", origin, origin, {}},
        {"origin-when-cross-origin", full, origin, origin},
        {"strict-origin-when-cross-origin", full, origin, {}},
        {"unsafe-url", full, full, full},
    };
    for (const Row &row : rows) {
        QTest::addRow("%s, same origin", row.policy) << QByteArray(row.policy) << page << same << row.sameOrigin;
        QTest::addRow("%s, cross origin", row.policy) << QByteArray(row.policy) << page << cross << row.crossOrigin;
        QTest::addRow("%s, https to http", row.policy) << QByteArray(row.policy) << page << down << row.downgrade;
    }
    QTest::newRow("credentials are stripped") << "unsafe-url"_ba << u"https://u:p@app.example.com/x"_s << cross
                                              << u"https://app.example.com/x"_s;
    QTest::newRow("http page to http: no downgrade") << "strict-origin"_ba << u"http://app.example.com/x"_s << down
                                                     << u"http://app.example.com/"_s;
    // Chromium compares cryptographic schemes, not trustworthiness (seen in Chromium 156).
    QTest::newRow("https to http://localhost is a downgrade") << "strict-origin"_ba << page << u"http://localhost:8080/"_s << QString();
    QTest::newRow("tokens in any case") << "NO-REFERRER"_ba << page << same << QString();
}

void TestReferrerPolicy::referrer()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, page);
    QFETCH(QString, target);
    QFETCH(QString, referer);
    const std::optional<ReferrerPolicy> parsed = referrerPolicyFromToken(policy);
    QVERIFY(parsed);
    const std::optional<Url> referrer = determineReferrer(*parsed, url(page), url(target));
    QCOMPARE(referrer ? referrer->serialize() : QString(), referer);
}

void TestReferrerPolicy::header_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("policy");   // empty: none
    QTest::newRow("one token") << "no-referrer"_ba << u"no-referrer"_s;
    QTest::newRow("the last known token wins") << "origin, unsafe-url"_ba << u"unsafe-url"_s;
    QTest::newRow("an unknown token after a known one") << "origin, bogus"_ba << u"origin"_s;
    QTest::newRow("only unknown") << "bogus"_ba << QString();
    QTest::newRow("empty") << ""_ba << QString();
}

void TestReferrerPolicy::header()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, policy);
    const auto parsed = parseReferrerPolicyHeader(HeaderList{{"Referrer-Policy", value}});
    QCOMPARE(parsed ? QString(referrerPolicyName(*parsed)) : QString(), policy);
}

void TestReferrerPolicy::hidesOrigin_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("hidden");
    QTest::newRow("no-referrer always") << "no-referrer"_ba << u"https://app.example.com/"_s << true;
    QTest::newRow("default, cross-origin https") << "strict-origin-when-cross-origin"_ba << u"https://api.example.com/"_s << false;
    QTest::newRow("default, https to http") << "strict-origin-when-cross-origin"_ba << u"http://api.example.com/"_s << true;
    QTest::newRow("same-origin, cross-origin") << "same-origin"_ba << u"https://api.example.com/"_s << true;
    QTest::newRow("same-origin, same origin") << "same-origin"_ba << u"https://app.example.com/x"_s << false;
    QTest::newRow("unsafe-url, https to http") << "unsafe-url"_ba << u"http://api.example.com/"_s << false;
}

void TestReferrerPolicy::hidesOrigin()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, target);
    QFETCH(bool, hidden);
    const Origin page = Origin::fromUrl(url(u"https://app.example.com/"_s));
    QCOMPARE(referrerPolicyHidesOrigin(referrerPolicyFromToken(policy).value(), page, url(target)), hidden);
}

QTEST_APPLESS_MAIN(TestReferrerPolicy)
#include "tst_referrer_policy.moc"
