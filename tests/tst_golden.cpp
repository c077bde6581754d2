// The engine against golden scenarios (tests/data/golden/*.cors.json): each file is a scenario plus
// "expect", the verdict fields a real engine showed (or the standard requires, where no engine can
// show it; "source" says which), and optionally "expectChromium102" for Qt WebEngine's Chromium.
#include "core/cors_error.h"
#include "core/evaluation.h"
#include "core/fix.h"
#include "core/scenario.h"
#include "verdict_expectations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
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

// Golden name → what the model does not answer yet for Firefox.
const QHash<QString, QString> &unmodelledInFirefox()
{
    static const QHash<QString, QString> unmodelled = [] {
        QFile file(QStringLiteral(CORSLAB_TEST_DATA) + u"/firefox-unmodelled.json"_s);
        QHash<QString, QString> names;
        if (!file.open(QIODevice::ReadOnly))
            return names;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object().value(u"unmodelled"_s).toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            names.insert(it.key(), it.value().toString());
        return names;
    }();
    return unmodelled;
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
        if (load.scenario && load.scenario->unknownFields.contains(u"expectFirefox"_s))
            QTest::addRow("%s (firefox)", qPrintable(name)) << file << u"firefox"_s;
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
    const EngineProfile engine = *engineProfileFromName(QLatin1StringView(profile.toLatin1()));
    if (engine == EngineProfile::Firefox) {
        // Firefox's own record, whole: it replaces Chromium's.
        expect = load.scenario->unknownFields.value(u"expectFirefox"_s).toObject();
        QCOMPARE(expect.value(u"source"_s).toString(), u"firefox-153"_s);
    } else if (engine == EngineProfile::Chromium102) {
        const QJsonObject overrides = load.scenario->unknownFields.value(u"expectChromium102"_s).toObject();
        QVERIFY(kSources.contains(overrides.value(u"source"_s).toString()));
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            expect.insert(it.key(), it.value());
    }
    const std::optional<Verdict> verdict = evaluate(*load.scenario, engine);
    QVERIFY(verdict);
    const QStringList problems = testing::expectationMismatches(expect, *verdict);
    // Firefox's recorded differences the model does not answer yet (tests/data/firefox-unmodelled.json):
    // expected to fail, and a failure of the test once one passes, so the list only shrinks.
    const QString name = QFileInfo(file).completeBaseName().chopped(5);
    if (engine == EngineProfile::Firefox && unmodelledInFirefox().contains(name))
        QEXPECT_FAIL("", qPrintable(unmodelledInFirefox().value(name)), Continue);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n  "_s)));
}

// https://fetch.spec.whatwg.org: every fix the engine suggests, applied, makes the request pass.
void TestGolden::fixMakesItPass()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    const EngineProfile engine = *engineProfileFromName(QLatin1StringView(profile.toLatin1()));
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
