// The model against the real engine on scenarios nobody wrote by hand: tests/scenario_generator
// samples N valid scenarios from a seed, each runs live in Qt WebEngine (Chromium 102) against
// loopback servers and through the model answering for Chromium 102, and the two must agree on
// preflight, sent, blocked, readable and error for at least 99% of the scenarios that can run live.
// Unlike tst_differential, whose golden scenarios the model was written against, this measures
// agreement on cases the model was not tuned for; every disagreement is printed (the scenario as
// compact JSON, model and engine fields, the first console line, what the servers saw).
//
// Environment:
//   CORSLAB_UNTUNED_COUNT   number of scenarios (default 300)
//   CORSLAB_UNTUNED_SEED    the generator's seed (default kDefaultSeed below)
//   CORSLAB_UNTUNED_ONLY    comma-separated indices to run only those (to reproduce one report)
//   CORSLAB_UNTUNED_REPORT  file to write every disagreement to, one JSON object per line
//   CORSLAB_UNTUNED_REPORT_ALL=1  write the scenarios that agree to that file too
#include "core/cors_error.h"
#include "core/fetch_engine.h"
#include "core/scenario.h"
#include "scenario_generator.h"
#include "ui/live/engine_runner.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

// A fixed seed, so CI runs the same scenario set every time and a failure is reproducible from the
// log alone (seed and index name the scenario). The set is still untuned: nobody adjusted the model
// to it. To sample a fresh set, run with CORSLAB_UNTUNED_SEED=<any number>; a disagreement found that
// way is reproduced with the same seed and CORSLAB_UNTUNED_ONLY=<index>.
constexpr quint32 kDefaultSeed = 20261128;
constexpr int kDefaultCount = 300;
constexpr double kRequiredAgreement = 0.99;

QJsonObject comparedFields(const Verdict &verdict)
{
    return {{u"preflight"_s, verdict.preflight},
            {u"sent"_s, verdict.sent},
            {u"blocked"_s, verdict.blocked},
            {u"readable"_s, verdict.readable},
            {u"error"_s, verdict.error ? QJsonValue(corsErrorName(verdict.error->error)) : QJsonValue()}};
}

QString compact(const QJsonObject &object) { return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)); }

QString serverLogLine(const live::LiveResult &live)
{
    QStringList parts;
    for (const live::LoggedRequest &r : live.serverLog) {
        if (r.internal)
            continue;
        QString part = QString::fromLatin1(r.method) + u' ' + r.url + u" -> "_s + QString::number(r.status);
        if (const auto origin = r.headers.get("Origin"))
            part += u" [Origin: "_s + QString::fromLatin1(*origin) + u']';
        if (const auto acrh = r.headers.get("Access-Control-Request-Headers"))
            part += u" [ACRH: "_s + QString::fromLatin1(*acrh) + u']';
        if (r.headers.contains("Cookie"))
            part += u" [Cookie]"_s;
        parts << part;
    }
    return parts.isEmpty() ? u"(nothing)"_s : parts.join(u"; "_s);
}

QJsonArray consoleArray(const live::LiveResult &live)
{
    QJsonArray lines;
    for (const live::ConsoleLine &line : live.console)
        lines.append(line.text);
    return lines;
}

} // namespace

class TestUntunedDifferential : public QObject {
    Q_OBJECT
public:
    static void initMain() { live::EngineRunner::prepareEnvironment(); }

private slots:
    void initTestCase();
    void generatorIsValidAndDeterministic();
    void agreesWithEngine();

private:
    live::EngineRunner m_runner;
    quint32 m_seed = kDefaultSeed;
    int m_count = kDefaultCount;
    QList<int> m_indices;
};

void TestUntunedDifferential::initTestCase()
{
    bool ok = false;
    if (const QByteArray seed = qgetenv("CORSLAB_UNTUNED_SEED"); !seed.isEmpty()) {
        m_seed = seed.toUInt(&ok);
        QVERIFY2(ok, "CORSLAB_UNTUNED_SEED must be a non-negative 32-bit number");
    }
    if (const QByteArray count = qgetenv("CORSLAB_UNTUNED_COUNT"); !count.isEmpty()) {
        m_count = count.toInt(&ok);
        QVERIFY2(ok && m_count > 0, "CORSLAB_UNTUNED_COUNT must be a positive number");
    }
    if (const QByteArray only = qgetenv("CORSLAB_UNTUNED_ONLY"); !only.isEmpty()) {
        for (const QByteArray &part : only.split(',')) {
            const int index = part.trimmed().toInt(&ok);
            QVERIFY2(ok && index >= 0, "CORSLAB_UNTUNED_ONLY must be a comma-separated list of indices");
            m_indices << index;
        }
    } else {
        for (int i = 0; i < m_count; ++i)
            m_indices << i;
    }
    QString why;
    QVERIFY2(m_runner.start(&why), qPrintable(u"Qt WebEngine cannot start: "_s + why));
}

void TestUntunedDifferential::generatorIsValidAndDeterministic()
{
    for (int i : std::as_const(m_indices)) {
        const Scenario scenario = testing::generateScenario(m_seed, i);
        const QList<ScenarioError> errors = validateScenario(scenario);
        QVERIFY2(errors.isEmpty(), qPrintable(u"#%1 is not valid: %2\n   %3"_s.arg(i).arg(errors.value(0).toString(),
                                                                                        QString::fromUtf8(serializeScenario(scenario)))));
        QCOMPARE(testing::generateScenario(m_seed, i), scenario);
        // What is saved loads back as the same scenario.
        const ScenarioLoad load = parseScenario(serializeScenario(scenario), u"generated"_s);
        QVERIFY2(load.scenario, qPrintable(load.errors.value(0).toString()));
        QCOMPARE(*load.scenario, scenario);
    }
}

void TestUntunedDifferential::agreesWithEngine()
{
    QFile report;
    if (const QString path = qEnvironmentVariable("CORSLAB_UNTUNED_REPORT"); !path.isEmpty()) {
        report.setFileName(path);
        QVERIFY2(report.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(report.errorString()));
    }

    const bool reportAll = qEnvironmentVariableIntValue("CORSLAB_UNTUNED_REPORT_ALL") != 0;
    int agreed = 0;
    int disagreed = 0;
    int cannotRun = 0;
    int timedOut = 0;
    QHash<QString, int> differingFieldCounts;
    for (int i : std::as_const(m_indices)) {
        const Scenario scenario = testing::generateScenario(m_seed, i);
        const QString json = compact(scenarioToJson(scenario));
        const live::LiveResult live = m_runner.run(scenario);
        if (!live.failure.isEmpty()) {
            ++cannotRun;
            qInfo().noquote() << u"CANNOT RUN LIVE #%1: %2\n   scenario %3"_s.arg(i).arg(live.failure, json);
            continue;
        }
        const std::optional<PreparedScenario> prepared = PreparedScenario::prepare(scenario);
        QVERIFY2(prepared, qPrintable(u"#%1 cannot be prepared: "_s.arg(i) + json));
        const QJsonObject model = comparedFields(decide(*prepared, EngineProfile::Chromium102));
        const QJsonObject engine = comparedFields(live.verdict);
        QStringList differing;
        for (auto it = model.begin(); it != model.end(); ++it) {
            if (engine.value(it.key()) != it.value())
                differing << it.key();
        }
        const bool agrees = differing.isEmpty() && !live.timedOut;
        if (report.isOpen() && (!agrees || reportAll)) {
            QJsonObject entry{{u"seed"_s, double(m_seed)},
                              {u"index"_s, i},
                              {u"agrees"_s, agrees},
                              {u"differing"_s, QJsonArray::fromStringList(differing)},
                              {u"timedOut"_s, live.timedOut},
                              {u"scenario"_s, scenarioToJson(scenario)},
                              {u"model"_s, model},
                              {u"engine"_s, engine},
                              {u"engineMessage"_s, live.verdict.message},
                              {u"console"_s, consoleArray(live)},
                              {u"server"_s, serverLogLine(live)},
                              {u"observation"_s, live.observation}};
            report.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
            report.flush();
        }
        if (agrees) {
            ++agreed;
            continue;
        }
        // A run that timed out is not counted as agreeing even when its fields match: the engine
        // may not have finished.
        ++disagreed;
        if (live.timedOut)
            ++timedOut;
        for (const QString &field : std::as_const(differing))
            ++differingFieldCounts[field];
        const QString firstConsole = live.console.isEmpty() ? QString() : live.console.first().text;
        qInfo().noquote() << u"DISAGREE #%1 (%2)%3\n   scenario %4\n   model  %5\n   engine %6\n   console: %7\n   server: %8"_s
                                 .arg(i)
                                 .arg(differing.join(u", "_s), live.timedOut ? u" [live run timed out]"_s : QString(), json,
                                      compact(model), compact(engine), firstConsole, serverLogLine(live));
    }

    const int ran = agreed + disagreed;
    const double agreement = ran ? double(agreed) / ran : 0.0;
    QStringList fieldSummary;
    for (auto it = differingFieldCounts.cbegin(); it != differingFieldCounts.cend(); ++it)
        fieldSummary << u"%1: %2"_s.arg(it.key()).arg(it.value());
    fieldSummary.sort();
    qInfo().noquote() << u"UNTUNED AGREEMENT seed %1: %2 of %3 scenarios run live agree (%4%); %5 disagree (%6 timed out)"
                         u" [%7]; %8 could not run live"_s
                             .arg(m_seed)
                             .arg(agreed)
                             .arg(ran)
                             .arg(agreement * 100, 0, 'f', 2)
                             .arg(disagreed)
                             .arg(timedOut)
                             .arg(fieldSummary.join(u", "_s))
                             .arg(cannotRun);
    QVERIFY2(ran > 0, "no scenario could run live");
    QVERIFY2(agreement >= kRequiredAgreement,
             qPrintable(u"agreement %1% is below %2%"_s.arg(agreement * 100, 0, 'f', 2).arg(kRequiredAgreement * 100)));
}

QTEST_MAIN(TestUntunedDifferential)
#include "tst_untuned_differential.moc"
