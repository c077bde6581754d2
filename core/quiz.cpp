#include "core/quiz.h"

#include "core/evaluation.h"
#include "core/set_cookie.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

constexpr QLatin1StringView kPredictionNames[] = {"outcome"_L1, "preflight"_L1, "error"_L1, "cookies"_L1};
constexpr QLatin1StringView kOutcomeNames[] = {"allowed"_L1, "blocked"_L1, "opaque"_L1};

QString indexPath(const QString &list, qsizetype index)
{
    return list + u'[' + QString::number(index) + u']';
}

// Reads one question, its errors' paths under `path` ("questions[3]").
class QuestionReader {
public:
    QuestionReader(QString fileName, QList<ScenarioError> &errors) : m_fileName(std::move(fileName)), m_errors(errors) {}

    std::optional<QuizQuestion> read(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            fail(path, u"must be an object, not "_s + describeJsonType(value));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        const qsizetype errorsBefore = m_errors.size();
        QuizQuestion question;
        question.ask = readAsk(object.value("ask"_L1), path + u".ask"_s);
        const std::optional<Scenario> scenario = readScenario(object.value("scenario"_L1), path + u".scenario"_s);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != "ask"_L1 && it.key() != "scenario"_L1)
                question.unknownFields.insert(it.key(), it.value());
        }
        if (!scenario || m_errors.size() != errorsBefore)
            return std::nullopt;
        question.scenario = *scenario;
        return question;
    }

private:
    void fail(const QString &path, const QString &message) { m_errors.append({m_fileName, path, message}); }

    QList<Prediction> readAsk(const QJsonValue &value, const QString &path)
    {
        if (!value.isArray()) {
            fail(path, value.isUndefined() ? u"is required"_s : u"must be an array, not "_s + describeJsonType(value));
            return {};
        }
        const QJsonArray names = value.toArray();
        if (names.isEmpty())
            fail(path, u"must name at least one prediction"_s);
        QList<Prediction> ask;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const std::optional<Prediction> prediction = predictionFromName(names.at(i).toString());
            if (!names.at(i).isString() || !prediction) {
                fail(indexPath(path, i), u"must be one of \"outcome\", \"preflight\", \"error\", \"cookies\""_s);
                continue;
            }
            if (ask.contains(*prediction))
                fail(indexPath(path, i), u'"' + predictionName(*prediction) + u"\" is listed twice"_s);
            else
                ask.append(*prediction);
        }
        std::sort(ask.begin(), ask.end());
        return ask;
    }

    // The scenario loader's own rules, its paths under this question's.
    std::optional<Scenario> readScenario(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            fail(path, value.isUndefined() ? u"is required"_s : u"must be an object, not "_s + describeJsonType(value));
            return std::nullopt;
        }
        ScenarioLoad load = parseScenario(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact), m_fileName);
        for (ScenarioError error : std::as_const(load.errors)) {
            error.path = error.path.isEmpty() ? path : path + u'.' + error.path;
            m_errors.append(error);
        }
        return load.scenario;
    }

    QString m_fileName;
    QList<ScenarioError> &m_errors;
};

QStringList cookieNamesOf(const QByteArray &cookieHeader)
{
    // https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-cookie: "name=value; name=value".
    QStringList names;
    for (const QByteArray &pair : cookieHeader.split(';')) {
        const QByteArray trimmed = pair.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype equals = trimmed.indexOf('=');
        const QString name = QString::fromLatin1(equals < 0 ? QByteArray() : trimmed.left(equals));
        if (!names.contains(name))
            names.append(name);
    }
    names.sort();
    return names;
}

} // namespace

QLatin1StringView predictionName(Prediction prediction) { return kPredictionNames[static_cast<int>(prediction)]; }

std::optional<Prediction> predictionFromName(QStringView name)
{
    for (Prediction prediction : kAllPredictions) {
        if (name == predictionName(prediction))
            return prediction;
    }
    return std::nullopt;
}

QLatin1StringView outcomeName(Outcome outcome) { return kOutcomeNames[static_cast<int>(outcome)]; }

// As the verdict banner words it (verdictSummary): blocked, or a read the page cannot read, or allowed.
Outcome outcomeOf(const Verdict &verdict)
{
    if (verdict.blocked)
        return Outcome::Blocked;
    if (verdict.category == AccessCategory::Read && !verdict.readable)
        return Outcome::Opaque;
    return Outcome::Allowed;
}

QuizLoad parseQuiz(const QByteArray &json, const QString &fileName)
{
    QuizLoad load;
    const std::optional<QJsonObject> parsed = parseJsonObject(json, fileName, u"quiz file"_s, &load.errors);
    if (!parsed)
        return load;
    const QJsonObject &root = *parsed;
    const QJsonValue format = root.value("format"_L1);
    if (format.isUndefined())
        load.errors.append({fileName, u"format"_s, u"is required"_s});
    else if (format.toString() != kQuizFormat)
        load.errors.append({fileName, u"format"_s, (format.isString() ? u'"' + format.toString() + u"\" is not supported"_s
                                                                        : u"must be a string, not "_s + describeJsonType(format))
                                                       + u"; expected \""_s + kQuizFormat + u'"'});
    Quiz quiz;
    const QJsonValue title = root.value("title"_L1);
    if (!title.isUndefined() && !title.isString())
        load.errors.append({fileName, u"title"_s, u"must be a string, not "_s + describeJsonType(title)});
    quiz.title = title.toString();

    const QJsonValue questions = root.value("questions"_L1);
    if (!questions.isArray()) {
        load.errors.append({fileName, u"questions"_s,
                            questions.isUndefined() ? u"is required"_s : u"must be an array, not "_s + describeJsonType(questions)});
    } else if (questions.toArray().size() > kMaxQuizQuestions) {
        load.errors.append({fileName, u"questions"_s, u"holds more than %1 questions"_s.arg(kMaxQuizQuestions)});
    } else {
        const QJsonArray list = questions.toArray();
        QuestionReader reader(fileName, load.errors);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (std::optional<QuizQuestion> question = reader.read(list.at(i), indexPath(u"questions"_s, i)))
                quiz.questions.append(*question);
        }
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != "format"_L1 && it.key() != "title"_L1 && it.key() != "questions"_L1)
            quiz.unknownFields.insert(it.key(), it.value());
    }
    if (load.errors.isEmpty())
        load.quiz = std::move(quiz);
    return load;
}

QuizLoad loadQuizFile(const QString &path)
{
    QuizLoad load;
    if (const std::optional<QByteArray> json = readJsonFile(path, u"quiz file"_s, &load.errors))
        return parseQuiz(*json, path);
    return load;
}

QByteArray serializeQuiz(const Quiz &quiz)
{
    QJsonArray questions;
    for (const QuizQuestion &question : quiz.questions) {
        QJsonObject object = question.unknownFields;
        QJsonArray ask;
        for (Prediction prediction : question.ask)
            ask.append(predictionName(prediction));
        object.insert("ask"_L1, ask);
        object.insert("scenario"_L1, scenarioToJson(question.scenario));
        questions.append(object);
    }
    QJsonObject root = quiz.unknownFields;
    root.insert("format"_L1, kQuizFormat);
    root.insert("title"_L1, quiz.title);
    root.insert("questions"_L1, questions);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<Prediction> defaultPredictions(const Scenario &scenario)
{
    QList<Prediction> ask{Prediction::Outcome, Prediction::Preflight, Prediction::Error};
    if (!scenario.cookies.isEmpty())
        ask.append(Prediction::Cookies);
    return ask;
}

QuizQuestion questionFor(const Scenario &scenario)
{
    return {scenario, defaultPredictions(scenario), {}};
}

Quiz quizFromScenarios(const QString &title, const QList<Scenario> &scenarios)
{
    Quiz quiz{title, {}, {}};
    for (const Scenario &scenario : scenarios)
        quiz.questions.append(questionFor(scenario));
    return quiz;
}

QuizLoad quizFromFolder(const QString &directory)
{
    const QDir dir(directory);
    QuizLoad load;
    QList<Scenario> scenarios;
    const QStringList files = dir.entryList({u"*.cors.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        ScenarioLoad scenario = loadScenarioFile(dir.filePath(file));
        load.errors += scenario.errors;
        if (scenario.scenario)
            scenarios.append(*scenario.scenario);
    }
    if (files.isEmpty())
        load.errors.append({directory, {}, u"holds no *.cors.json scenario"_s});
    if (load.errors.isEmpty())
        load.quiz = quizFromScenarios(QFileInfo(dir.absolutePath()).fileName(), scenarios);
    return load;
}

QStringList jarCookieNames(const Scenario &scenario)
{
    QStringList names;
    for (const JarCookie &cookie : scenario.cookies) {
        const std::optional<SetCookie> parsed = parseSetCookie(cookie.setCookie);
        if (parsed && !names.contains(QString::fromLatin1(parsed->name)))
            names.append(QString::fromLatin1(parsed->name));
    }
    return names;
}

QuizAnswer answerOf(const Verdict &verdict)
{
    QuizAnswer answer;
    answer.outcome = outcomeOf(verdict);
    answer.preflight = verdict.preflight;
    if (verdict.error)
        answer.error = verdict.error->error;
    for (const Exchange &exchange : verdict.exchanges) {
        if (exchange.kind == Exchange::Kind::Main) {
            answer.cookies = cookieNamesOf(exchange.requestHeaders.get("Cookie").value_or(QByteArray()));
            break;
        }
    }
    return answer;
}

std::optional<QuizAnswer> answerFor(const Scenario &scenario)
{
    const std::optional<Verdict> verdict = evaluate(scenario);
    if (!verdict)
        return std::nullopt;
    return answerOf(*verdict);
}

bool predictionCorrect(Prediction prediction, const QuizAnswer &guess, const QuizAnswer &truth)
{
    switch (prediction) {
    case Prediction::Outcome: return guess.outcome == truth.outcome;
    case Prediction::Preflight: return guess.preflight == truth.preflight;
    case Prediction::Error: return guess.error == truth.error;
    case Prediction::Cookies: {
        QStringList guessed = guess.cookies;
        guessed.sort();
        return guessed == truth.cookies;
    }
    }
    return false;
}

QString predictionValue(Prediction prediction, const QuizAnswer &answer)
{
    switch (prediction) {
    case Prediction::Outcome: return outcomeName(answer.outcome);
    case Prediction::Preflight: return answer.preflight ? u"yes"_s : u"no"_s;
    case Prediction::Error: return answer.error ? QString(corsErrorName(*answer.error)) : u"none"_s;
    case Prediction::Cookies: return answer.cookies.isEmpty() ? u"none"_s : answer.cookies.join(u"; "_s);
    }
    return {};
}

int QuestionResult::correctCount() const
{
    return static_cast<int>(std::count_if(asked.begin(), asked.end(),
                                          [this](Prediction prediction) { return predictionCorrect(prediction, guess, truth); }));
}

void Sitting::record(int question, const QuizQuestion &quizQuestion, const QuizAnswer &guess, const QuizAnswer &truth,
                     const QString &title)
{
    m_results.append({question, title.isEmpty() ? quizQuestion.scenario.title : title, quizQuestion.ask, guess, truth});
}

int Sitting::correct() const
{
    int count = 0;
    for (const QuestionResult &result : m_results)
        count += result.correctCount();
    return count;
}

int Sitting::predictions() const
{
    int count = 0;
    for (const QuestionResult &result : m_results)
        count += static_cast<int>(result.asked.size());
    return count;
}

// https://www.rfc-editor.org/rfc/rfc4180#section-2, rules 5-7.
QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString escaped = field;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QByteArray sittingCsv(const Sitting &sitting)
{
    const auto line = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        return quoted.join(u',') + u"\r\n"_s;
    };
    QString csv = line({u"question"_s, u"title"_s, u"prediction"_s, u"guess"_s, u"answer"_s, u"correct"_s});
    for (const QuestionResult &result : sitting.results()) {
        for (Prediction prediction : result.asked) {
            csv += line({QString::number(result.question + 1), result.title, predictionName(prediction),
                         predictionValue(prediction, result.guess), predictionValue(prediction, result.truth),
                         predictionCorrect(prediction, result.guess, result.truth) ? u"yes"_s : u"no"_s});
        }
    }
    return csv.toUtf8();
}

} // namespace corslab
