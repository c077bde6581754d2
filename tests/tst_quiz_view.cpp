// Quiz mode offscreen (ui/widgets/quiz_view): a quiz from the "sop" lessons asks, then reveals; the
// score after right and wrong predictions; save and open through the view; the results' CSV; the
// Quiz menu and Esc in the main window.
#include "core/evaluation.h"
#include "core/explanation.h"
#include "ui/main_window.h"
#include "ui/models/origin_comparison_model.h"
#include "ui/widgets/quiz_view.h"
#include "ui/widgets/verdict_banner.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

// The true answer of the view's current question.
QuizAnswer truthOf(const QuizView &view)
{
    return *answerFor(view.quiz().questions.at(view.currentQuestion()).scenario);
}

// The truth turned wrong in every prediction.
QuizAnswer wrongFor(const QuizAnswer &truth)
{
    QuizAnswer wrong;
    wrong.outcome = truth.outcome == Outcome::Allowed ? Outcome::Opaque : Outcome::Allowed;
    wrong.preflight = !truth.preflight;
    wrong.error = truth.error ? std::nullopt : std::optional(CorsError::MissingAllowOriginHeader);
    return wrong;
}

} // namespace

class TestQuizView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void asksThenReveals();
    void scoring_data();
    void scoring();
    void saveAndOpen();
    void openErrorNamesThePlace();
    void csvWritten();
    void cookiesFromTheJar();
    void mainWindowMenuAndEscape();
};

void TestQuizView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"corslab-test"_s);
    QCoreApplication::setApplicationName(u"tst_quiz_view"_s);
}

void TestQuizView::asksThenReveals()
{
    const std::optional<Quiz> quiz = QuizView::quizFromLessonTag(u"sop"_s);
    QVERIFY(quiz);
    QVERIFY(quiz->questions.size() >= 4);
    QCOMPARE(quiz->title, u"Same-origin policy"_s);
    QVERIFY(!QuizView::quizFromLessonTag(u"no-such-topic"_s));

    QuizView view;
    QAbstractItemModelTester tester(view.originModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy started(&view, &QuizView::started);
    view.setQuiz(*quiz);
    QCOMPARE(started.size(), 1);
    view.show();
    QCOMPARE(view.currentQuestion(), 0);
    QVERIFY(!view.isRevealed());
    QVERIFY(view.banner()->isHidden());
    QVERIFY(!view.revealButton()->isEnabled());   // nothing chosen yet
    QVERIFY(view.brief()->text().contains(quiz->questions.first().scenario.page.toHtmlEscaped()));
    QCOMPARE(view.originModel()->rowCount(), 2);   // the page and the URL, before the reveal
    const QString title = quiz->questions.first().scenario.title;
    QCOMPARE(view.questionHeading()->text(), u"Question 1"_s);   // a lesson's title may name its answer

    QTest::mouseClick(view.outcomeButton(Outcome::Blocked), Qt::LeftButton);
    QVERIFY(!view.revealButton()->isEnabled());
    QTest::mouseClick(view.preflightButton(false), Qt::LeftButton);
    QVERIFY(view.revealButton()->isEnabled());
    QVERIFY(view.resultLabel(Prediction::Outcome)->isHidden());

    QTest::mouseClick(view.revealButton(), Qt::LeftButton);
    QVERIFY(view.isRevealed());
    QVERIFY(view.banner()->isVisible());
    const Verdict verdict = *evaluate(quiz->questions.first().scenario);
    QCOMPARE(view.banner()->title(), verdictSummary(verdict));
    QVERIFY(view.resultLabel(Prediction::Outcome)->isVisible());
    QCOMPARE(view.questionHeading()->text(), u"Question 1: "_s + title);
    QVERIFY(view.nextButton()->isVisible());
    QCOMPARE(view.sitting().results().size(), 1);

    QTest::mouseClick(view.nextButton(), Qt::LeftButton);
    QCOMPARE(view.currentQuestion(), 1);
    QVERIFY(!view.isRevealed());
    QVERIFY(view.banner()->isHidden());

    // Enter: nothing before the outcome is chosen, then reveal, then the next question.
    QTest::keyClick(&view, Qt::Key_Return);
    QVERIFY(!view.isRevealed());
    view.setGuess({});
    QTest::keyClick(&view, Qt::Key_Return);
    QVERIFY(view.isRevealed());
    QTest::keyClick(&view, Qt::Key_Enter);
    QCOMPARE(view.currentQuestion(), 2);
}

void TestQuizView::scoring_data()
{
    QTest::addColumn<QList<bool>>("right");   // per question: every prediction right, or every one wrong
    QTest::newRow("all right") << QList<bool>{true, true, true};
    QTest::newRow("all wrong") << QList<bool>{false, false, false};
    QTest::newRow("right, wrong, right") << QList<bool>{true, false, true};
}

void TestQuizView::scoring()
{
    QFETCH(QList<bool>, right);
    QuizView view;
    view.setQuiz(*QuizView::quizFromLessonTag(u"sop"_s));
    int expected = 0;
    int asked = 0;
    for (bool isRight : right) {
        const QuizAnswer truth = truthOf(view);
        const int predictions = static_cast<int>(view.quiz().questions.at(view.currentQuestion()).ask.size());
        view.setGuess(isRight ? truth : wrongFor(truth));
        view.reveal();
        asked += predictions;
        expected += isRight ? predictions : 0;
        QCOMPARE(view.sitting().correct(), expected);
        QCOMPARE(view.sitting().predictions(), asked);
        QCOMPARE(view.scoreLabel()->text(), u"Score: %1 / %2"_s.arg(expected).arg(asked));
        const QString mark = view.resultLabel(Prediction::Outcome)->text();
        QVERIFY2(mark.startsWith(isRight ? u"✔"_s : u"✘"_s), qPrintable(mark));
        view.next();
    }
}

void TestQuizView::saveAndOpen()
{
    QTemporaryDir dir;
    QuizView view;
    Quiz quiz = *QuizView::quizFromLessonTag(u"sop"_s);
    quiz.title = u"Period 3: same origin"_s;
    view.setQuiz(quiz);
    const QString path = dir.filePath(u"sop.corsquiz.json"_s);
    QString error;
    QVERIFY2(view.saveQuiz(path, &error), qPrintable(error));

    QuizView other;
    QSignalSpy started(&other, &QuizView::started);
    QVERIFY2(other.openQuiz(path, &error), qPrintable(error));
    QCOMPARE(started.size(), 1);
    QCOMPARE(other.quiz(), quiz);
    QCOMPARE(other.currentQuestion(), 0);
    QVERIFY(other.sitting().results().isEmpty());
}

void TestQuizView::openErrorNamesThePlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.corsquiz.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "corslab-quiz/1", "questions": [{"ask": ["outcome"], "scenario": {"format": "corslab-scenario/1", "page": 1, "request": {"via": "fetch", "url": "https://b.example/"}, "server": []}}]})");
    file.close();
    QuizView view;
    QSignalSpy started(&view, &QuizView::started);
    QString error;
    QVERIFY(!view.openQuiz(path, &error));
    QVERIFY2(error.contains(u"questions[0].scenario.page"_s), qPrintable(error));
    QCOMPARE(started.size(), 0);
}

void TestQuizView::csvWritten()
{
    QuizView view;
    view.setQuiz(*QuizView::quizFromLessonTag(u"sop"_s));
    const qsizetype questions = view.quiz().questions.size();
    QVERIFY(!view.isFinished());
    for (qsizetype i = 0; i < questions; ++i) {
        view.setGuess(truthOf(view));
        view.reveal();
        view.next();
    }
    QVERIFY(view.isFinished());
    QVERIFY(view.exportButton()->isEnabled());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"results.csv"_s);
    QString error;
    QVERIFY2(view.exportResults(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv, sittingCsv(view.sitting()));
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.first(), QByteArray("question,title,prediction,guess,answer,correct\r"));
    QCOMPARE(lines.size() - 2, view.sitting().predictions());   // the header, and the empty piece after the last CRLF
    QVERIFY(!csv.contains(",no\r\n"));                          // every prediction was the truth
}

void TestQuizView::cookiesFromTheJar()
{
    const ScenarioLoad load = loadScenarioFile(u":/lessons/40-csrf-samesite-none-cookie-sent.cors.json"_s);
    QVERIFY(load.scenario);
    QuizView view;
    view.setQuiz(quizFromScenarios(u"Cookies"_s, {*load.scenario}));
    QCOMPARE(view.cookieBoxes().size(), 1);
    QCOMPARE(view.cookieBoxes().first()->text(), u"session"_s);
    QuizAnswer guess = truthOf(view);
    QCOMPARE(guess.cookies, QStringList{u"session"_s});
    guess.cookies.clear();
    view.setGuess(guess);
    QVERIFY(!view.cookieBoxes().first()->isChecked());
    view.reveal();
    QVERIFY(view.resultLabel(Prediction::Cookies)->text().contains(u"session"_s));
    QCOMPARE(view.sitting().correct(), view.sitting().predictions() - 1);
}

void TestQuizView::mainWindowMenuAndEscape()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *quizMenu = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text() == u"&Quiz"_s)
            quizMenu = action->menu();
    }
    QVERIFY(quizMenu);
    QStringList texts;
    for (const QAction *action : quizMenu->actions())
        texts << action->text();
    QVERIFY(texts.contains(u"New Quiz from &Folder…"_s));
    QVERIFY(texts.contains(u"New Quiz from &Lesson Topic…"_s));
    QVERIFY(texts.contains(u"&Open Quiz…"_s));
    QVERIFY(texts.contains(u"&Save Quiz As…"_s));

    auto *stack = qobject_cast<QStackedWidget *>(window.centralWidget());
    QVERIFY(stack);
    QuizView *quiz = window.quizView();
    quiz->setQuiz(*QuizView::quizFromLessonTag(u"sop"_s));
    QCOMPARE(stack->currentWidget(), quiz);
    QSignalSpy leave(quiz, &QuizView::leaveRequested);
    QTest::keyClick(quiz, Qt::Key_Escape);
    QCOMPARE(leave.size(), 1);
    QCOMPARE(stack->currentIndex(), 0);
}

QTEST_MAIN(TestQuizView)
#include "tst_quiz_view.moc"
