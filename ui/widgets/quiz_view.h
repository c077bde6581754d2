#pragma once
// Quiz mode (Quiz menu): the students predict before the reveal. Each question shows its scenario in
// brief — the page against the URL (the origin triple), the request and what the server answers —
// and asks what core/quiz's question asks: allowed / blocked / opaque, whether a preflight goes, which
// error, which of the jar's cookies go. Reveal marks each prediction right or wrong under the real
// verdict's banner; the score runs for the sitting, and at the end the results export as CSV. A
// teacher builds a quiz from a folder of scenarios or a lesson topic and saves it (*.corsquiz.json).
// Enter reveals, then goes on. A page of the main window's central stack; Esc or Close asks to go
// back to the editor.
#include "core/quiz.h"
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace corslab {

class OriginComparisonModel;
class VerdictBanner;

class QuizView : public QWidget {
    Q_OBJECT
public:
    explicit QuizView(QWidget *parent = nullptr);

    static constexpr auto kFileSuffix = ".corsquiz.json";

    // The built-in lessons carrying `tag` (lesson `tags`), the quiz titled after the topic; nullopt
    // when no lesson has it.
    static std::optional<Quiz> quizFromLessonTag(const QString &tag);
    // The error in a few words in the UI language ("no Access-Control-Allow-Origin"), shown after its name.
    static QString errorWords(CorsError error);

    // Starts a sitting of `quiz` at its first question (started()).
    void setQuiz(const Quiz &quiz);
    const Quiz &quiz() const { return m_quiz; }
    const Sitting &sitting() const { return m_sitting; }
    int currentQuestion() const { return m_current; }
    bool isRevealed() const { return m_revealed; }
    bool isFinished() const;

    // Files: false with the problems (one a line) in `error`. Opening starts a sitting.
    bool openQuiz(const QString &path, QString *error);
    bool saveQuiz(const QString &path, QString *error) const;
    bool exportResults(const QString &path, QString *error) const;

    // The controls' prediction, and setting them (the teacher's demo, tests).
    QuizAnswer guess() const;
    void setGuess(const QuizAnswer &guess);
    // Marks the predictions and shows the verdict; counts the question in the sitting.
    void reveal();
    // The next question, or the end with the score.
    void next();

    // The Quiz menu: New from Folder…, New from Lesson Topic…, Open…, Save As…, Export…, Return, Close.
    QMenu *createMenu(QWidget *parent);
    void newFromFolderDialog();
    void newFromLessonTagDialog();
    void openDialog();
    void saveAsDialog();
    void exportDialog();

    QAbstractButton *outcomeButton(Outcome outcome) const;
    QAbstractButton *preflightButton(bool preflight) const;
    QComboBox *errorCombo() const { return m_error; }
    QList<QCheckBox *> cookieBoxes() const { return m_cookies; }
    QLabel *resultLabel(Prediction prediction) const;
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *exportButton() const { return m_export; }
    VerdictBanner *banner() const { return m_banner; }
    QLabel *scoreLabel() const { return m_score; }
    QLabel *brief() const { return m_brief; }
    // "Question 2", and after the reveal "Question 2: <the scenario's title>".
    QLabel *questionHeading() const { return m_questionTitle; }
    OriginComparisonModel *originModel() const { return m_originModel; }

signals:
    void started();
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct PredictionRow {
        QWidget *row = nullptr;
        QLabel *label = nullptr;
        QLabel *result = nullptr;
    };
    QWidget *createQuestionPage();
    QWidget *createEndPage();
    PredictionRow &row(Prediction prediction) { return m_rows[static_cast<int>(prediction)]; }
    void showQuestion();
    void showEnd();
    void fitOriginView();
    void fillCookies(const QStringList &names);
    void updateRevealEnabled();
    void updateScore();
    void retranslate();
    QString answerText(Prediction prediction, const QuizAnswer &answer) const;
    QString questionTitle(int index) const;   // in the UI language; may be empty

    Quiz m_quiz;
    QString m_fileName;
    Sitting m_sitting;
    int m_current = 0;
    bool m_revealed = false;

    QLabel *m_title = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_score = nullptr;
    QPushButton *m_close = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_questionTitle = nullptr;
    QTableView *m_originView = nullptr;
    OriginComparisonModel *m_originModel = nullptr;
    QLabel *m_brief = nullptr;
    PredictionRow m_rows[4];
    QButtonGroup *m_outcome = nullptr;
    QButtonGroup *m_preflight = nullptr;
    QComboBox *m_error = nullptr;
    QWidget *m_cookieBox = nullptr;
    QVBoxLayout *m_cookieLayout = nullptr;
    QLabel *m_noCookies = nullptr;
    QList<QCheckBox *> m_cookies;
    VerdictBanner *m_banner = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_endHeading = nullptr;
    QLabel *m_endScore = nullptr;
    QLabel *m_endDetails = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_again = nullptr;
};

} // namespace corslab
