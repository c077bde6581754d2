// The engine against golden scenarios (tests/data/golden/*.cors.json): each file is a scenario plus
// "expect", the verdict fields a real engine showed (or the standard requires, where no engine can
// show it; "source" says which), and optionally "expectChromium102" for Qt WebEngine's Chromium.
#include "core/cors_error.h"
#include "core/fetch_engine.h"
#include "core/fix.h"
#include "core/scenario.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

QString goldenDir() { return QStringLiteral(CORSLAB_TEST_DATA) + u"/golden"_s; }

QStringList goldenFiles()
{
    QStringList files;
    const QDir dir(goldenDir());
    for (const QString &name : dir.entryList({u"*.cors.json"_s}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

const Exchange *firstOfKind(const Verdict &verdict, Exchange::Kind kind)
{
    for (const Exchange &exchange : verdict.exchanges) {
        if (exchange.kind == kind)
            return &exchange;
    }
    return nullptr;
}

const Exchange *lastRequest(const Verdict &verdict)
{
    for (auto it = verdict.exchanges.crbegin(); it != verdict.exchanges.crend(); ++it) {
        if (it->kind != Exchange::Kind::Preflight)
            return &*it;
    }
    return nullptr;
}

QJsonValue nullable(const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }

// Compares one expected field with the verdict; an empty string means it matches.
QString mismatch(const QString &key, const QJsonValue &expected, const Verdict &verdict)
{
    const auto differs = [&](const QJsonValue &actual) -> QString {
        if (actual == expected)
            return {};
        return key + u": expected "_s + QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact))
               + u", got "_s + QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact));
    };
    const auto headersCheck = [&](const Exchange *exchange, bool present) -> QString {
        if (!exchange)
            return key + u": no such exchange"_s;
        if (present) {
            const QJsonObject wanted = expected.toObject();
            for (auto it = wanted.begin(); it != wanted.end(); ++it) {
                const std::optional<QByteArray> value = exchange->requestHeaders.get(it.key().toLatin1());
                if (value != it.value().toString().toLatin1())
                    return key + u": "_s + it.key() + u" is "_s + (value ? QString::fromLatin1(*value) : u"absent"_s);
            }
        } else {
            for (const QJsonValue &name : expected.toArray()) {
                if (exchange->requestHeaders.contains(name.toString().toLatin1()))
                    return key + u": "_s + name.toString() + u" was sent"_s;
            }
        }
        return {};
    };
    if (key == "preflight"_L1) return differs(verdict.preflight);
    if (key == "sent"_L1) return differs(verdict.sent);
    if (key == "blocked"_L1) return differs(verdict.blocked);
    if (key == "readable"_L1) return differs(verdict.readable);
    if (key == "sameOrigin"_L1) return differs(verdict.sameOrigin);
    if (key == "sameSite"_L1) return differs(verdict.sameSite);
    if (key == "origin"_L1) return differs(verdict.origin);
    if (key == "category"_L1) return differs(QString(accessCategoryName(verdict.category)));
    if (key == "error"_L1) return differs(verdict.error ? QJsonValue(corsErrorName(verdict.error->error)) : QJsonValue());
    if (key == "failedParameter"_L1)
        return differs(verdict.error ? QString::fromLatin1(verdict.error->failedParameter) : QString());
    if (key == "message"_L1) return differs(nullable(verdict.message));
    if (key == "preflightCacheSeconds"_L1)
        return differs(verdict.preflightCacheSeconds ? QJsonValue(*verdict.preflightCacheSeconds) : QJsonValue());
    if (key == "exposedHeaders"_L1) {
        QJsonArray names;
        for (const QByteArray &name : verdict.exposedHeaders)
            names.append(QString::fromLatin1(name));
        return differs(names);
    }
    if (key == "cookies"_L1) {
        const Exchange *main = firstOfKind(verdict, Exchange::Kind::Main);
        return differs(main ? main->credentials : false);
    }
    if (key == "sentRequests"_L1)
        return differs(static_cast<int>(std::count_if(verdict.exchanges.cbegin(), verdict.exchanges.cend(),
                                                      [](const Exchange &e) { return e.kind != Exchange::Kind::Preflight; })));
    if (key == "wire"_L1) {
        QJsonArray wire;
        for (const Exchange &exchange : verdict.exchanges)
            wire.append(QJsonArray{QString(exchangeKindName(exchange.kind)), QString::fromLatin1(exchange.method), exchange.url});
        return differs(wire);
    }
    if (key == "preflightRequestHeaders"_L1) return headersCheck(firstOfKind(verdict, Exchange::Kind::Preflight), true);
    if (key == "mainRequestHeaders"_L1) return headersCheck(firstOfKind(verdict, Exchange::Kind::Main), true);
    if (key == "mainRequestHeadersAbsent"_L1) return headersCheck(firstOfKind(verdict, Exchange::Kind::Main), false);
    if (key == "lastRequestHeaders"_L1) return headersCheck(lastRequest(verdict), true);
    if (key == "lastRequestHeadersAbsent"_L1) return headersCheck(lastRequest(verdict), false);
    return key + u": unknown expectation"_s;
}

const QSet<QString> kSources{u"chromium-156"_s, u"qt-webengine-102"_s, u"fetch-standard"_s};

} // namespace

class TestGolden : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void verdict_data();
    void verdict();
    void fixMakesItPass_data() { verdict_data(); }
    void fixMakesItPass();
    void everyErrorIsCovered();
    void everyViaIsCovered();
};

void TestGolden::initTestCase()
{
    QVERIFY2(goldenFiles().size() >= 150, "the golden set must hold at least 150 scenarios");
}

void TestGolden::verdict_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    for (const QString &file : goldenFiles()) {
        const QString name = QFileInfo(file).completeBaseName().chopped(5);   // drop ".cors"
        QTest::addRow("%s", qPrintable(name)) << file << u"chromium"_s;
        const ScenarioLoad load = loadScenarioFile(file);
        if (load.scenario && load.scenario->unknownFields.contains(u"expectChromium102"_s))
            QTest::addRow("%s (chromium-102)", qPrintable(name)) << file << u"chromium-102"_s;
    }
}

void TestGolden::verdict()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    const ScenarioLoad load = loadScenarioFile(file);
    QVERIFY2(load.scenario, qPrintable(load.errors.value(0).toString()));
    QJsonObject expect = load.scenario->unknownFields.value(u"expect"_s).toObject();
    QVERIFY2(kSources.contains(expect.value(u"source"_s).toString()), "each golden says where its expectation comes from");
    EngineProfile engine = EngineProfile::Current;
    if (profile == "chromium-102"_L1) {
        engine = EngineProfile::Chromium102;
        const QJsonObject overrides = load.scenario->unknownFields.value(u"expectChromium102"_s).toObject();
        QVERIFY(kSources.contains(overrides.value(u"source"_s).toString()));
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            expect.insert(it.key(), it.value());
    }
    const std::optional<Verdict> verdict = evaluate(*load.scenario, engine);
    QVERIFY(verdict);
    QStringList problems;
    for (auto it = expect.begin(); it != expect.end(); ++it) {
        if (it.key() == "source"_L1)
            continue;
        const QString problem = mismatch(it.key(), it.value(), *verdict);
        if (!problem.isEmpty())
            problems << problem;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n  "_s)));
}

// https://fetch.spec.whatwg.org: every fix the engine suggests, applied, makes the request pass.
void TestGolden::fixMakesItPass()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    const EngineProfile engine = profile == "chromium-102"_L1 ? EngineProfile::Chromium102 : EngineProfile::Current;
    const ScenarioLoad load = loadScenarioFile(file);
    QVERIFY(load.scenario);
    const std::optional<Verdict> verdict = evaluate(*load.scenario, engine);
    QVERIFY(verdict);
    if (passes(*verdict)) {
        QVERIFY(verdict->fixes.isEmpty());
        return;
    }
    if (verdict->fixes.isEmpty())
        QSKIP("no server or request change makes this one pass");
    const Scenario fixed = applyFixes(*load.scenario, verdict->fixes);
    QVERIFY(validateScenario(fixed).isEmpty());
    const std::optional<Verdict> after = evaluate(fixed, engine);
    QVERIFY(after);
    QVERIFY2(passes(*after), qPrintable(after->error ? QString(corsErrorName(after->error->error)) : after->message));
}

void TestGolden::everyErrorIsCovered()
{
    QSet<QString> seen;
    for (const QString &file : goldenFiles()) {
        const ScenarioLoad load = loadScenarioFile(file);
        const QJsonValue error = load.scenario->unknownFields.value(u"expect"_s).toObject().value(u"error"_s);
        if (error.isString())
            seen.insert(error.toString());
    }
    QFile file(QStringLiteral(CORSLAB_TEST_DATA) + u"/golden-uncovered.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject uncovered = QJsonDocument::fromJson(file.readAll()).object().value(u"uncovered"_s).toObject();
    QStringList missing;
    for (int i = 0; i < kCorsErrorCount; ++i) {
        const QString name = corsErrorName(static_cast<CorsError>(i));
        if (!seen.contains(name) && !uncovered.contains(name))
            missing << name;
        QVERIFY2(!(seen.contains(name) && uncovered.contains(name)), qPrintable(name + u" is covered now: take it off the list"_s));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"no golden scenario produces: "_s + missing.join(u", "_s)));
}

void TestGolden::everyViaIsCovered()
{
    QSet<Via> seen;
    for (const QString &file : goldenFiles())
        seen.insert(loadScenarioFile(file).scenario->request.via);
    for (Via via : kAllVias)
        QVERIFY2(seen.contains(via), viaName(via).data());
}

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
