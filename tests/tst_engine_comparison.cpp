// core/engine_comparison: Chromium's verdict beside Firefox's, and the fields that differ.
#include "core/engine_comparison.h"
#include "core/evaluation.h"
#include "core/scenario.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

Q_DECLARE_METATYPE(QList<corslab::VerdictField>)

namespace {

Scenario scenarioFrom(const QByteArray &json)
{
    const ScenarioLoad load = parseScenario(json, u"row"_s);
    Q_ASSERT(load.scenario);
    return *load.scenario;
}

} // namespace

class TestEngineComparison : public QObject {
    Q_OBJECT
private slots:
    void differingFields_data();
    void differingFields();
    void compareEngines_data();
    void compareEngines();
};

void TestEngineComparison::differingFields_data()
{
    QTest::addColumn<Verdict>("changed");
    QTest::addColumn<QList<VerdictField>>("differ");
    const Verdict base = [] {
        Verdict v;
        v.sent = true;
        v.readable = true;
        v.exchanges.append(Exchange{Exchange::Kind::Main, "GET", u"https://api.example/"_s, {{"Origin", "https://app.example"}}});
        return v;
    }();
    QTest::newRow("the same verdict") << base << QList<VerdictField>{};
    Verdict blocked = base;
    blocked.blocked = true;
    blocked.readable = false;
    blocked.error = CorsErrorStatus{CorsError::MissingAllowOriginHeader, {}};
    QTest::newRow("blocked with an error")
        << blocked << QList<VerdictField>{VerdictField::Blocked, VerdictField::Readable, VerdictField::Error};
    Verdict wire = base;
    wire.exchanges.first().requestHeaders.append("Sec-Fetch-Site", "cross-site");
    QTest::newRow("one more request header") << wire << QList<VerdictField>{VerdictField::WireHeaders};
    Verdict response = base;
    response.exchanges.first().status = 500;
    QTest::newRow("only the response differs: not a wire difference") << response << QList<VerdictField>{};
    Verdict cached = base;
    cached.preflightCacheSeconds = 86400;
    QTest::newRow("the preflight cached longer") << cached << QList<VerdictField>{VerdictField::PreflightCache};
    Verdict words = base;
    words.message = u"other words"_s;
    QTest::newRow("the console text alone is no verdict field") << words << QList<VerdictField>{};
}

void TestEngineComparison::differingFields()
{
    QFETCH(Verdict, changed);
    QFETCH(QList<VerdictField>, differ);
    Verdict base;
    base.sent = true;
    base.readable = true;
    base.exchanges.append(Exchange{Exchange::Kind::Main, "GET", u"https://api.example/"_s, {{"Origin", "https://app.example"}}});
    QCOMPARE(corslab::differingFields(base, changed), differ);
    QCOMPARE(corslab::differingFields(changed, base), differ);
}

void TestEngineComparison::compareEngines_data()
{
    QTest::addColumn<QByteArray>("scenario");
    QTest::addColumn<QList<VerdictField>>("differ");
    QTest::addColumn<QString>("firefoxReason");
    QTest::newRow("allowed read: both agree") << QByteArray(R"({"format":"corslab-scenario/1","page":"https://app.example.com/",
        "request":{"url":"https://api.example.com/items"},
        "server":[{"url":"https://api.example.com/items","headers":[["Access-Control-Allow-Origin","https://app.example.com"]]}]})")
                                              << QList<VerdictField>{} << QString();
    QTest::newRow("no Allow-Origin: the same block, Firefox's key") << QByteArray(R"({"format":"corslab-scenario/1",
        "page":"https://app.example.com/","request":{"url":"https://api.example.com/items"},
        "server":[{"url":"https://api.example.com/items"}]})")
                                                                    << QList<VerdictField>{} << u"CORSMissingAllowOrigin2"_s;
    // docs/scenario-format.md: Chromium caps Access-Control-Max-Age at 2 h, Firefox at 24 h.
    QTest::newRow("a day's Max-Age: capped differently") << QByteArray(R"({"format":"corslab-scenario/1",
        "page":"https://app.example.com/","request":{"url":"https://api.example.com/items","method":"PUT"},
        "server":[{"method":"OPTIONS","url":"https://api.example.com/items","headers":[["Access-Control-Allow-Origin","https://app.example.com"],
                   ["Access-Control-Allow-Methods","PUT"],["Access-Control-Max-Age","86400"]]},
                  {"url":"https://api.example.com/items","headers":[["Access-Control-Allow-Origin","https://app.example.com"]]}]})")
                                                          << QList<VerdictField>{VerdictField::PreflightCache} << QString();
}

void TestEngineComparison::compareEngines()
{
    QFETCH(QByteArray, scenario);
    QFETCH(QList<VerdictField>, differ);
    QFETCH(QString, firefoxReason);
    const std::optional<EngineComparison> comparison = corslab::compareEngines(scenarioFrom(scenario));
    QVERIFY(comparison);
    QCOMPARE(comparison->differ, differ);
    QCOMPARE(comparison->differs(), !differ.isEmpty());
    QCOMPARE(comparison->firefox.firefoxReason, firefoxReason);
    QVERIFY(comparison->chromium.firefoxReason.isEmpty());
    if (comparison->firefox.blocked)
        QVERIFY(comparison->firefox.message.startsWith(u"Cross-Origin Request Blocked:"_s));
}

QTEST_GUILESS_MAIN(TestEngineComparison)
#include "tst_engine_comparison.moc"
