#pragma once
// The quiz file, format corslab-quiz/1 (docs/scenario-format.md, "Quiz files"): questions that each
// embed a whole scenario and name what the student predicts before the reveal. The answers come from
// the engine's verdict; a sitting records each prediction, its answer and whether it was right.
#include "core/cors_error.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace corslab {

inline constexpr QLatin1StringView kQuizFormat{"corslab-quiz/1"};
inline constexpr qsizetype kMaxQuizQuestions = 1000;

// What a question asks the student to predict.
enum class Prediction { Outcome, Preflight, Error, Cookies };
inline constexpr Prediction kAllPredictions[] = {Prediction::Outcome, Prediction::Preflight, Prediction::Error,
                                                 Prediction::Cookies};
QLatin1StringView predictionName(Prediction prediction);   // "outcome", "preflight", "error", "cookies"
std::optional<Prediction> predictionFromName(QStringView name);

// The verdict banner's three words: the page reads (or the write or embed goes through), the browser
// stops the request, or the response arrives opaque (https://fetch.spec.whatwg.org/#concept-filtered-response-opaque).
enum class Outcome { Allowed, Blocked, Opaque };
inline constexpr Outcome kAllOutcomes[] = {Outcome::Allowed, Outcome::Blocked, Outcome::Opaque};
QLatin1StringView outcomeName(Outcome outcome);   // "allowed", "blocked", "opaque"
Outcome outcomeOf(const Verdict &verdict);

struct QuizQuestion {
    Scenario scenario;
    QList<Prediction> ask;   // in kAllPredictions order, no repeats
    QJsonObject unknownFields;
    friend bool operator==(const QuizQuestion &, const QuizQuestion &) = default;
};

struct Quiz {
    QString title;
    QList<QuizQuestion> questions;
    QJsonObject unknownFields;
    friend bool operator==(const Quiz &, const Quiz &) = default;
};

struct QuizLoad {
    std::optional<Quiz> quiz;            // set only when there are no errors
    QList<ScenarioError> errors;         // paths as `questions[2].scenario.request.url`
};

QuizLoad parseQuiz(const QByteArray &json, const QString &fileName);
QuizLoad loadQuizFile(const QString &path);
QByteArray serializeQuiz(const Quiz &quiz);

// What a scenario's question asks by default: the outcome, the preflight and the error, and the
// cookies when the jar holds any.
QList<Prediction> defaultPredictions(const Scenario &scenario);
QuizQuestion questionFor(const Scenario &scenario);
Quiz quizFromScenarios(const QString &title, const QList<Scenario> &scenarios);
// Every *.cors.json in `directory`, by file name; the quiz is titled after the folder. Files that do
// not load are reported (and the quiz left unset), as one bad scenario is a bad quiz.
QuizLoad quizFromFolder(const QString &directory);

// The names of the cookies in a scenario's jar, in jar order, each once (the choices for "which cookies go").
QStringList jarCookieNames(const Scenario &scenario);

// One prediction's value, or the truth: the outcome, whether a preflight goes, the error (none when
// not blocked by one) and the names of the cookies the main request carries (sorted).
struct QuizAnswer {
    Outcome outcome = Outcome::Allowed;
    bool preflight = false;
    std::optional<CorsError> error;
    QStringList cookies;
    friend bool operator==(const QuizAnswer &, const QuizAnswer &) = default;
};
// The truth of a verdict: cookies from the Cookie header of its main request
// (https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-cookie).
QuizAnswer answerOf(const Verdict &verdict);
// The scenario evaluated; nullopt when its URLs do not parse.
std::optional<QuizAnswer> answerFor(const Scenario &scenario);
bool predictionCorrect(Prediction prediction, const QuizAnswer &guess, const QuizAnswer &truth);
// One prediction's value as the CSV writes it: "opaque", "yes"/"no", an error name or "none", "a; b" or "none".
QString predictionValue(Prediction prediction, const QuizAnswer &answer);

// One answered question of a sitting.
struct QuestionResult {
    int question = 0;        // 0-based index in the quiz
    QString title;
    QList<Prediction> asked;
    QuizAnswer guess;
    QuizAnswer truth;
    int correctCount() const;
};

// A student's pass through a quiz: the questions answered so far, and the score.
class Sitting {
public:
    // `title`: the question's title as shown (the scenario's own when empty).
    void record(int question, const QuizQuestion &quizQuestion, const QuizAnswer &guess, const QuizAnswer &truth,
                const QString &title = {});
    const QList<QuestionResult> &results() const { return m_results; }
    int correct() const;       // predictions right
    int predictions() const;   // predictions made
    void clear() { m_results.clear(); }

private:
    QList<QuestionResult> m_results;
};

// The sitting as CSV (RFC 4180: CRLF lines, fields with a comma, quote or line break quoted): a header,
// then one row per prediction: question (1-based), title, prediction, guess, answer, correct (yes/no).
QByteArray sittingCsv(const Sitting &sitting);
// A field as RFC 4180 writes it.
QString csvField(const QString &field);

} // namespace corslab
