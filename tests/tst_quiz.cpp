// The quiz file (core/quiz): round trips, bad files with the place named, the answers the engine's
// verdict gives, a sitting's score and its CSV.
#include "core/quiz.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

QString lessonPath(const QString &file)
{
    return QDir(QStringLiteral(CORSLAB_LESSONS)).filePath(file);
}

Scenario lesson(const QString &file)
{
    const ScenarioLoad load = loadScenarioFile(lessonPath(file));
    if (!load.scenario)
        qFatal("lesson %s does not load", qPrintable(file));
    return *load.scenario;
}

// A quiz file around one question object written as JSON text.
QByteArray quizWithQuestion(const QByteArray &question)
{
    return R"({"format": "corslab-quiz/1", "title": "T", "questions": [)" + question + "]}";
}

QByteArray minimalScenario()
{
    return R"({"format": "corslab-scenario/1", "page": "https://a.example/", "request": {"via": "fetch", "url": "https://b.example/"}, "server": []})";
}

} // namespace

class TstQuiz : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void unknownFieldsSurvive();
    void badFiles_data();
    void badFiles();
    void fromFolder();
    void answers_data();
    void answers();
    void scoring_data();
    void scoring();
    void csvQuoting_data();
    void csvQuoting();
    void csvRows();
};

void TstQuiz::roundTrip()
{
    const QuizLoad folder = quizFromFolder(QStringLiteral(CORSLAB_LESSONS));
    QVERIFY(folder.quiz);
    Quiz quiz = *folder.quiz;
    quiz.title = u"Lessons, \"all\" of them"_s;
    quiz.questions.first().ask = {Prediction::Outcome};
    const QuizLoad again = parseQuiz(serializeQuiz(quiz), u"q.corsquiz.json"_s);
    QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.value(0).toString()));
    QCOMPARE(again.quiz->questions.size(), quiz.questions.size());
    for (qsizetype i = 0; i < quiz.questions.size(); ++i)
        QVERIFY2(again.quiz->questions.at(i) == quiz.questions.at(i), qPrintable(quiz.questions.at(i).scenario.title));
    QCOMPARE(*again.quiz, quiz);
    QCOMPARE(serializeQuiz(*again.quiz), serializeQuiz(quiz));

    // Through a file, as another machine opens it.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lessons.corsquiz.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(serializeQuiz(quiz));
    file.close();
    QCOMPARE(*loadQuizFile(path).quiz, quiz);
}

void TstQuiz::unknownFieldsSurvive()
{
    const QByteArray json = R"({"format": "corslab-quiz/1", "title": "T", "teacher": "Ann", "questions": [{"ask": ["error"], "points": 2, "scenario": )"
                            + minimalScenario() + "}]}";
    const QuizLoad load = parseQuiz(json, u"q"_s);
    QVERIFY(load.quiz);
    QCOMPARE(load.quiz->unknownFields.value("teacher"_L1).toString(), u"Ann"_s);
    QCOMPARE(load.quiz->questions.first().unknownFields.value("points"_L1).toInt(), 2);
    QCOMPARE(*parseQuiz(serializeQuiz(*load.quiz), u"q"_s).quiz, *load.quiz);
}

void TstQuiz::badFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const QByteArray scenario = minimalScenario();
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": ") << QString() << u"not valid JSON at line 2"_s;
    QTest::newRow("not an object") << QByteArray("[]") << QString() << u"must be a JSON object"_s;
    QTest::newRow("format missing") << QByteArray(R"({"questions": []})") << u"format"_s << u"is required"_s;
    QTest::newRow("wrong version") << QByteArray(R"({"format": "corslab-quiz/2", "questions": []})") << u"format"_s
                                   << u"\"corslab-quiz/2\" is not supported; expected \"corslab-quiz/1\""_s;
    QTest::newRow("format a number") << QByteArray(R"({"format": 1, "questions": []})") << u"format"_s << u"must be a string, not a number"_s;
    QTest::newRow("a scenario file, not a quiz") << scenario << u"format"_s << u"\"corslab-scenario/1\" is not supported"_s;
    QTest::newRow("title a number") << QByteArray(R"({"format": "corslab-quiz/1", "title": 3, "questions": []})") << u"title"_s
                                    << u"must be a string, not a number"_s;
    QTest::newRow("questions missing") << QByteArray(R"({"format": "corslab-quiz/1"})") << u"questions"_s << u"is required"_s;
    QTest::newRow("questions an object") << QByteArray(R"({"format": "corslab-quiz/1", "questions": {}})") << u"questions"_s
                                         << u"must be an array, not an object"_s;
    QTest::newRow("question a string") << quizWithQuestion(R"("q")") << u"questions[0]"_s << u"must be an object, not a string"_s;
    QTest::newRow("ask missing") << quizWithQuestion(R"({"scenario": )" + scenario + "}") << u"questions[0].ask"_s << u"is required"_s;
    QTest::newRow("ask empty") << quizWithQuestion(R"({"ask": [], "scenario": )" + scenario + "}") << u"questions[0].ask"_s
                               << u"must name at least one prediction"_s;
    QTest::newRow("ask an unknown prediction") << quizWithQuestion(R"({"ask": ["outcome", "status"], "scenario": )" + scenario + "}")
                                               << u"questions[0].ask[1]"_s << u"must be one of"_s;
    QTest::newRow("ask twice") << quizWithQuestion(R"({"ask": ["error", "error"], "scenario": )" + scenario + "}")
                               << u"questions[0].ask[1]"_s << u"\"error\" is listed twice"_s;
    QTest::newRow("scenario missing") << quizWithQuestion(R"({"ask": ["error"]})") << u"questions[0].scenario"_s << u"is required"_s;
    QTest::newRow("scenario an array") << quizWithQuestion(R"({"ask": ["error"], "scenario": []})") << u"questions[0].scenario"_s
                                       << u"must be an object, not an array"_s;
    QTest::newRow("scenario's request missing")
        << quizWithQuestion(R"({"ask": ["error"], "scenario": {"format": "corslab-scenario/1", "page": "https://a.example/", "server": []}})")
        << u"questions[0].scenario.request"_s << u"is required"_s;
    QTest::newRow("scenario's URL a number, second question")
        << QByteArray(R"({"format": "corslab-quiz/1", "questions": [{"ask": ["error"], "scenario": )" + scenario
                      + R"(}, {"ask": ["error"], "scenario": {"format": "corslab-scenario/1", "page": "https://a.example/", "request": {"via": "fetch", "url": 5}, "server": []}}]})")
        << u"questions[1].scenario.request.url"_s << u"must be a string, not a number"_s;
}

void TstQuiz::badFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QuizLoad load = parseQuiz(json, u"bad.corsquiz.json"_s);
    QVERIFY(!load.quiz);
    QVERIFY(!load.errors.isEmpty());
    const ScenarioError &error = load.errors.first();
    QCOMPARE(error.file, u"bad.corsquiz.json"_s);
    QCOMPARE(error.path, path);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
}

void TstQuiz::fromFolder()
{
    const QuizLoad load = quizFromFolder(QStringLiteral(CORSLAB_LESSONS));
    QVERIFY(load.quiz);
    QCOMPARE(load.quiz->title, u"lessons"_s);
    const qsizetype files = QDir(QStringLiteral(CORSLAB_LESSONS)).entryList({u"*.cors.json"_s}, QDir::Files).size();
    QCOMPARE(load.quiz->questions.size(), files);

    QTemporaryDir empty;
    const QuizLoad none = quizFromFolder(empty.path());
    QVERIFY(!none.quiz);
    QVERIFY(none.errors.first().message.contains(u"no *.cors.json"_s));

    QTemporaryDir bad;
    QFile file(bad.filePath(u"broken.cors.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{}");
    file.close();
    const QuizLoad broken = quizFromFolder(bad.path());
    QVERIFY(!broken.quiz);
    QVERIFY(broken.errors.first().file.endsWith(u"broken.cors.json"_s));
}

void TstQuiz::answers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("preflight");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("cookies");
    QTest::addColumn<int>("asked");

    QTest::newRow("same origin: allowed") << u"01-same-origin-baseline.cors.json"_s << u"allowed"_s << false << u"none"_s << u"none"_s << 3;
    QTest::newRow("scheme differs: blocked, no ACAO") << u"02-sop-scheme-differs.cors.json"_s << u"blocked"_s << false
                                                      << u"MissingAllowOriginHeader"_s << u"none"_s << 3;
    QTest::newRow("JSON header: a preflight") << u"27-preflight-json-header-not-allowed.cors.json"_s << u"blocked"_s << true
                                              << u"HeaderDisallowedByPreflightResponse"_s << u"none"_s << 3;
    QTest::newRow("no-cors: opaque") << u"35-no-cors-opaque-response.cors.json"_s << u"opaque"_s << false << u"none"_s << u"none"_s << 3;
    QTest::newRow("Lax cookie withheld on a cross-site POST") << u"39-csrf-lax-cookie-withheld.cors.json"_s << u"allowed"_s << false
                                                              << u"none"_s << u"none"_s << 4;
    QTest::newRow("SameSite=None cookie goes") << u"40-csrf-samesite-none-cookie-sent.cors.json"_s << u"allowed"_s << false << u"none"_s
                                               << u"session"_s << 4;
}

void TstQuiz::answers()
{
    QFETCH(QString, file);
    QFETCH(QString, outcome);
    QFETCH(bool, preflight);
    QFETCH(QString, error);
    QFETCH(QString, cookies);
    QFETCH(int, asked);
    const Scenario scenario = lesson(file);
    const std::optional<QuizAnswer> answer = answerFor(scenario);
    QVERIFY(answer);
    QCOMPARE(predictionValue(Prediction::Outcome, *answer), outcome);
    QCOMPARE(answer->preflight, preflight);
    QCOMPARE(predictionValue(Prediction::Error, *answer), error);
    QCOMPARE(predictionValue(Prediction::Cookies, *answer), cookies);
    QCOMPARE(questionFor(scenario).ask.size(), asked);
    for (const QString &name : answer->cookies)
        QVERIFY(jarCookieNames(scenario).contains(name));
}

void TstQuiz::scoring_data()
{
    QTest::addColumn<QuizAnswer>("guess");
    QTest::addColumn<QuizAnswer>("truth");
    QTest::addColumn<QList<Prediction>>("asked");
    QTest::addColumn<int>("correct");

    const QuizAnswer blocked{Outcome::Blocked, true, CorsError::MissingAllowOriginHeader, {u"a"_s, u"b"_s}};
    const QList<Prediction> all(std::begin(kAllPredictions), std::end(kAllPredictions));
    QTest::newRow("all right") << blocked << blocked << all << 4;
    QTest::newRow("cookies in another order are right") << QuizAnswer{Outcome::Blocked, true, CorsError::MissingAllowOriginHeader, {u"b"_s, u"a"_s}}
                                                        << blocked << all << 4;
    QTest::newRow("all wrong") << QuizAnswer{Outcome::Opaque, false, std::nullopt, {u"a"_s}} << blocked << all << 0;
    QTest::newRow("another error") << QuizAnswer{Outcome::Blocked, true, CorsError::AllowOriginMismatch, {u"a"_s, u"b"_s}} << blocked
                                   << all << 3;
    QTest::newRow("only the outcome asked, right") << QuizAnswer{Outcome::Blocked, false, std::nullopt, {}} << blocked
                                                   << QList<Prediction>{Prediction::Outcome} << 1;
}

void TstQuiz::scoring()
{
    QFETCH(QuizAnswer, guess);
    QFETCH(QuizAnswer, truth);
    QFETCH(QList<Prediction>, asked);
    QFETCH(int, correct);
    QuizQuestion question{lesson(u"02-sop-scheme-differs.cors.json"_s), asked, {}};
    Sitting sitting;
    sitting.record(0, question, guess, truth);
    QCOMPARE(sitting.correct(), correct);
    QCOMPARE(sitting.predictions(), asked.size());
    // A second question answered all right adds its predictions to both.
    sitting.record(1, question, truth, truth);
    QCOMPARE(sitting.correct(), correct + asked.size());
    QCOMPARE(sitting.predictions(), 2 * asked.size());
    QCOMPARE(sitting.results().at(1).question, 1);
}

void TstQuiz::csvQuoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"allowed"_s << u"allowed"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("semicolon stays bare") << u"a; b"_s << u"a; b"_s;
    QTest::newRow("comma") << u"Port differs, blocked"_s << u"\"Port differs, blocked\""_s;
    QTest::newRow("quote doubled") << u"The \"Origin\" header"_s << u"\"The \"\"Origin\"\" header\""_s;
    QTest::newRow("line break") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
    QTest::newRow("carriage return") << u"one\rtwo"_s << u"\"one\rtwo\""_s;
}

void TstQuiz::csvQuoting()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(csvField(field), written);
}

void TstQuiz::csvRows()
{
    Scenario scenario = lesson(u"02-sop-scheme-differs.cors.json"_s);
    scenario.title = u"Scheme, \"http\" vs https"_s;
    const QuizQuestion question{scenario, {Prediction::Outcome, Prediction::Error}, {}};
    const QuizAnswer truth = *answerFor(scenario);
    Sitting sitting;
    sitting.record(4, question, QuizAnswer{Outcome::Blocked, false, CorsError::AllowOriginMismatch, {}}, truth);
    QCOMPARE(sitting.correct(), 1);
    QCOMPARE(QString::fromUtf8(sittingCsv(sitting)),
             u"question,title,prediction,guess,answer,correct\r\n"
             "5,\"Scheme, \"\"http\"\" vs https\",outcome,blocked,blocked,yes\r\n"
             "5,\"Scheme, \"\"http\"\" vs https\",error,AllowOriginMismatch,MissingAllowOriginHeader,no\r\n"_s);
}

QTEST_GUILESS_MAIN(TstQuiz)
#include "tst_quiz.moc"
