// core/engine_comparison: Chromium's verdict beside Firefox's, and the fields that differ.
#include "core/engine_comparison.h"
#include "core/evaluation.h"
#include "core/explanation.h"
#include "core/scenario.h"

#include <QDir>
#include <QFile>
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

// Each cause as "rule: field, field" ("naming" for the reason key that names no Chromium error).
QStringList causeNames(const EngineComparison &comparison)
{
    QStringList names;
    for (const EngineDifference &cause : comparison.causes) {
        QStringList fields;
        for (const VerdictField field : cause.fields)
            fields << QString(verdictFieldName(field));
        names << (cause.rule ? QString(engineRuleName(*cause.rule)) : u"naming"_s) + u": "_s + fields.join(u", "_s);
    }
    return names;
}

} // namespace

class TestEngineComparison : public QObject {
    Q_OBJECT
private slots:
    void differingFields_data();
    void differingFields();
    void compareEngines_data();
    void compareEngines();
    void everyGoldenDifferenceHasACause();
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
    QTest::addColumn<QStringList>("causes");
    QTest::newRow("allowed read: both agree") << QByteArray(R"({"format":"corslab-scenario/1","page":"https://app.example.com/",
        "request":{"url":"https://api.example.com/items"},
        "server":[{"url":"https://api.example.com/items","headers":[["Access-Control-Allow-Origin","https://app.example.com"]]}]})")
                                              << QList<VerdictField>{} << QString() << QStringList{};
    QTest::newRow("no Allow-Origin: the same block, Firefox's key") << QByteArray(R"({"format":"corslab-scenario/1",
        "page":"https://app.example.com/","request":{"url":"https://api.example.com/items"},
        "server":[{"url":"https://api.example.com/items"}]})")
                                                                    << QList<VerdictField>{} << u"CORSMissingAllowOrigin2"_s << QStringList{};
    // Golden cors-other-origin (firefox-153): one reason key for AllowOriginMismatch and its kin.
    QTest::newRow("another origin allowed: Firefox's key names no error") << QByteArray(R"({"format":"corslab-scenario/1",
        "page":"https://app.example.com/","request":{"url":"https://api.example.com/items"},
        "server":[{"url":"https://api.example.com/items","headers":[["Access-Control-Allow-Origin","https://other.example"]]}]})")
        << QList<VerdictField>{VerdictField::Error} << u"CORSAllowOriginNotMatchingOrigin"_s << QStringList{u"naming: error"_s};
    // Golden status-407 (firefox-153): an ordinary response, readable with CORS.
    QTest::newRow("a 407 answer: a response in Firefox") << QByteArray(R"({"format":"corslab-scenario/1",
        "page":"https://app.example.com/","request":{"url":"https://api.example.com/items"},
        "server":[{"url":"https://api.example.com/items","status":407,"headers":[["Access-Control-Allow-Origin","https://app.example.com"]]}]})")
        << QList<VerdictField>{VerdictField::Blocked, VerdictField::Readable, VerdictField::Error}
        << QString() << QStringList{u"failsProxyAuthAndInterimResponses: blocked, readable, error"_s};
    // Golden url-credentials-img (firefox-153): loaded, without the credentials in the request.
    QTest::newRow("user:pass@ in an image's URL: loaded in Firefox") << QByteArray(R"({"format":"corslab-scenario/1",
        "page":"https://app.example.com/","request":{"url":"https://user:pass@cdn.other.example/a.png","via":"img"},
        "server":[{"url":"https://cdn.other.example/a.png","headers":[["Content-Type","image/png"]]}]})")
        << QList<VerdictField>{VerdictField::Sent, VerdictField::Blocked, VerdictField::Error, VerdictField::WireHeaders}
        << QString() << QStringList{u"blocksCredentialedSubresources: sent, blocked, error, wireHeaders"_s};
    // docs/scenario-format.md: Chromium caps Access-Control-Max-Age at 2 h, Firefox at 24 h.
    QTest::newRow("a day's Max-Age: capped differently") << QByteArray(R"({"format":"corslab-scenario/1",
        "page":"https://app.example.com/","request":{"url":"https://api.example.com/items","method":"PUT"},
        "server":[{"method":"OPTIONS","url":"https://api.example.com/items","headers":[["Access-Control-Allow-Origin","https://app.example.com"],
                   ["Access-Control-Allow-Methods","PUT"],["Access-Control-Max-Age","86400"]]},
                  {"url":"https://api.example.com/items","headers":[["Access-Control-Allow-Origin","https://app.example.com"]]}]})")
        << QList<VerdictField>{VerdictField::PreflightCache} << QString() << QStringList{u"preflightCacheCap: preflightCacheSeconds"_s};
}

void TestEngineComparison::compareEngines()
{
    QFETCH(QByteArray, scenario);
    QFETCH(QList<VerdictField>, differ);
    QFETCH(QString, firefoxReason);
    QFETCH(QStringList, causes);
    const std::optional<EngineComparison> comparison = corslab::compareEngines(scenarioFrom(scenario));
    QVERIFY(comparison);
    QCOMPARE(comparison->differ, differ);
    QCOMPARE(causeNames(*comparison), causes);
    for (const EngineDifference &cause : comparison->causes)
        QVERIFY(!describeEngineDifference(cause, *comparison).isEmpty());
    QCOMPARE(comparison->differs(), !differ.isEmpty());
    QCOMPARE(comparison->firefox.firefoxReason, firefoxReason);
    QVERIFY(comparison->chromium.firefoxReason.isEmpty());
    if (comparison->firefox.blocked)
        QVERIFY(comparison->firefox.message.startsWith(u"Cross-Origin Request Blocked:"_s));
}

// Every field the two profiles disagree on, in every golden, is named by a cause (tests/data/golden).
void TestEngineComparison::everyGoldenDifferenceHasACause()
{
    const QDir dir(QStringLiteral(CORSLAB_TEST_DATA) + u"/golden"_s);
    int differing = 0;
    for (const QString &name : dir.entryList({u"*.cors.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ScenarioLoad load = parseScenario(file.readAll(), name);
        QVERIFY2(load.scenario, qPrintable(name));
        const std::optional<EngineComparison> comparison = corslab::compareEngines(*load.scenario);
        if (!comparison)
            continue;
        differing += comparison->differs() ? 1 : 0;
        for (const VerdictField field : comparison->differ) {
            const bool named = std::any_of(comparison->causes.cbegin(), comparison->causes.cend(),
                                           [field](const EngineDifference &cause) { return cause.fields.contains(field); });
            QVERIFY2(named, qPrintable(name + u": no cause for "_s + verdictFieldName(field)));
        }
    }
    QVERIFY2(differing > 0, "some golden must differ between the profiles");
}

QTEST_GUILESS_MAIN(TestEngineComparison)
#include "tst_engine_comparison.moc"
