// The model against the real engine: every golden scenario (and every lesson) runs in Qt WebEngine
// against loopback servers, and the model, answering for Chromium 102 (--engine chromium-102), must
// agree on preflight, sent, blocked, readable and error. A disagreement is either fixed in the model
// or recorded, with its reason, in tests/data/engine-differences.json; an entry that no longer
// disagrees fails too, so the list stays true.
#include "core/cors_error.h"
#include "core/fetch_engine.h"
#include "core/scenario.h"
#include "ui/live/engine_runner.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

QStringList scenarioFiles()
{
    QStringList files;
    for (const QString &folder : {QStringLiteral(CORSLAB_TEST_DATA) + u"/golden"_s, QStringLiteral(CORSLAB_LESSONS)}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({u"*.cors.json"_s}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
    }
    return files;
}

QString scenarioName(const QString &file) { return QFileInfo(file).completeBaseName().chopped(5); }

QJsonObject comparedFields(const Verdict &verdict)
{
    return {{u"preflight"_s, verdict.preflight},
            {u"sent"_s, verdict.sent},
            {u"blocked"_s, verdict.blocked},
            {u"readable"_s, verdict.readable},
            {u"error"_s, verdict.error ? QJsonValue(corsErrorName(verdict.error->error)) : QJsonValue()}};
}

QString compact(const QJsonObject &object) { return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)); }

} // namespace

class TestDifferential : public QObject {
    Q_OBJECT
public:
    static void initMain() { live::EngineRunner::prepareEnvironment(); }

private slots:
    void initTestCase();
    void agreesWithEngine_data();
    void agreesWithEngine();
    void everyDifferenceNamesAScenario();

private:
    live::EngineRunner m_runner;
    QJsonObject m_differences;
};

void TestDifferential::initTestCase()
{
    QString why;
    QVERIFY2(m_runner.start(&why), qPrintable(u"Qt WebEngine cannot start: "_s + why));
    QFile file(QStringLiteral(CORSLAB_TEST_DATA) + u"/engine-differences.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_differences = QJsonDocument::fromJson(file.readAll()).object().value(u"differences"_s).toObject();
}

void TestDifferential::agreesWithEngine_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : scenarioFiles())
        QTest::addRow("%s", qPrintable(scenarioName(file))) << file;
}

void TestDifferential::agreesWithEngine()
{
    QFETCH(QString, file);
    const ScenarioLoad load = loadScenarioFile(file);
    QVERIFY2(load.scenario, qPrintable(load.errors.value(0).toString()));
    const QJsonObject recorded = m_differences.value(scenarioName(file)).toObject();
    QVERIFY2(recorded.isEmpty() || !recorded.value(u"reason"_s).toString().isEmpty(), "every recorded difference gives its reason");

    const live::LiveResult live = m_runner.run(*load.scenario);
    if (!live.failure.isEmpty()) {
        QVERIFY2(recorded.value(u"cannotRunLive"_s).toBool(), qPrintable(u"cannot run live: "_s + live.failure));
        return;
    }
    if (recorded.value(u"timesOutLive"_s).toBool()) {
        QVERIFY2(live.timedOut, "recorded as timing out, but the live run finished: take it off the list");
        return;
    }
    if (live.timedOut && recorded.value(u"mayTimeOutLive"_s).toBool())
        QSKIP("the live run timed out, as it sometimes does for this one (engine-differences.json)");
    QVERIFY2(!live.timedOut, "the live run timed out");
    QVERIFY2(!recorded.value(u"cannotRunLive"_s).toBool(), "recorded as not runnable, but it ran: take it off the list");

    const std::optional<PreparedScenario> prepared = PreparedScenario::prepare(*load.scenario);
    QVERIFY(prepared);
    const QJsonObject model = comparedFields(decide(*prepared, EngineProfile::Chromium102));
    const QJsonObject engine = comparedFields(live.verdict);
    QJsonObject differing;
    for (auto it = model.begin(); it != model.end(); ++it) {
        if (engine.value(it.key()) != it.value())
            differing.insert(it.key(), engine.value(it.key()));
    }
    const QJsonObject expectedDifference = recorded.value(u"engine"_s).toObject();
    QVERIFY2(differing == expectedDifference,
             qPrintable(u"model "_s + compact(model) + u"\n   engine "_s + compact(engine) + u"\n   recorded difference "_s
                        + compact(expectedDifference) + u"\n   console: "_s
                        + (live.console.isEmpty() ? QString() : live.console.first().text)));
}

void TestDifferential::everyDifferenceNamesAScenario()
{
    QStringList names;
    for (const QString &file : scenarioFiles())
        names << scenarioName(file);
    for (auto it = m_differences.begin(); it != m_differences.end(); ++it)
        QVERIFY2(names.contains(it.key()), qPrintable(it.key() + u" is in engine-differences.json but no such scenario exists"_s));
}

QTEST_MAIN(TestDifferential)
#include "tst_differential.moc"
