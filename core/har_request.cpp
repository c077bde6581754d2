#include "core/har_request.h"

#include "core/cors_error.h"
#include "core/evaluation.h"
#include "core/verdict_json.h"
#include "core/safelist.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

bool answered(const HarRecorded &recorded)
{
    return !recorded.blocked && recorded.status >= 100;
}

// The request was sent and answered, so its preflight passed: a route allowing exactly this request.
void addPassingPreflight(Scenario &scenario, const Verdict &verdict)
{
    ServerRoute route;
    route.method = QByteArrayLiteral("OPTIONS");
    route.url = scenario.request.url;
    route.status = 204;
    route.headers.append(QByteArrayLiteral("Access-Control-Allow-Origin"), verdict.origin.toUtf8());
    if (scenario.request.credentials == CredentialsMode::Include)
        route.headers.append(QByteArrayLiteral("Access-Control-Allow-Credentials"), QByteArrayLiteral("true"));
    route.headers.append(QByteArrayLiteral("Access-Control-Allow-Methods"), normalizeMethod(scenario.request.method));
    const QByteArray names = accessControlRequestHeadersValue(scenario.request.headers);
    if (!names.isEmpty())
        route.headers.append(QByteArrayLiteral("Access-Control-Allow-Headers"), names);
    scenario.server.prepend(route);
}

// Judges the request again with `change` made; keeps the change when the verdict then blocks it as
// the HAR recorded (`blocked`).
template<typename Change>
bool assume(HarRequest &request, HarJudgement &judgement, EngineProfile profile, bool blocked, Change change)
{
    Scenario changed = request.scenario;
    change(changed.request);
    std::optional<Verdict> verdict = evaluate(changed, profile);
    if (!verdict || verdict->blocked != blocked)
        return false;
    request.scenario = std::move(changed);
    judgement.verdict = std::move(verdict);
    return true;
}

} // namespace

HarJudgement judgeHarRequest(HarRequest &request, EngineProfile profile)
{
    HarJudgement judgement;
    judgement.verdict = evaluate(request.scenario, profile);
    if (!judgement.verdict)
        return judgement;
    const HarRecorded &recorded = request.recorded;
    const ScenarioRequest &req = request.scenario.request;
    if (judgement.verdict->preflight && !recorded.preflight && answered(recorded)) {
        addPassingPreflight(request.scenario, *judgement.verdict);
        judgement.verdict = evaluate(request.scenario, profile);
        judgement.assumedPreflight = true;
    }
    if (judgement.verdict->blocked && answered(recorded) && recorded.corsBlocksRecorded && !recorded.modeRecorded
        && req.via == Via::Fetch && req.mode.value_or(RequestMode::Cors) == RequestMode::Cors) {
        judgement.assumedNoCors = assume(request, judgement, profile, false,
                                         [](ScenarioRequest &changed) { changed.mode = RequestMode::NoCors; });
    }
    if (!judgement.verdict->blocked && recorded.blocked && !recorded.credentialsRecorded && viaTakesCredentials(req.via)
        && req.credentials != CredentialsMode::Include) {
        judgement.assumedCredentials = assume(request, judgement, profile, true,
                                              [](ScenarioRequest &changed) { changed.credentials = CredentialsMode::Include; });
    }
    judgement.firefoxDiffers = firefoxOutcomeDifferences(request.scenario);
    return judgement;
}

HarModelOutcome harModelOutcome(const HarJudgement &judgement)
{
    if (!judgement.verdict)
        return HarModelOutcome::Unknown;
    if (judgement.verdict->blocked)
        return HarModelOutcome::Blocked;
    if (judgement.verdict->category == AccessCategory::Read && !judgement.verdict->readable)
        return HarModelOutcome::Unreadable;
    return HarModelOutcome::Passes;
}

bool harRequestBlocked(const HarRequest &request, const HarJudgement &judgement)
{
    return request.recorded.blocked || harModelOutcome(judgement) == HarModelOutcome::Blocked;
}

QString harNote(const HarRequest &request, const HarJudgement &judgement)
{
    if (!judgement.verdict)
        return {};
    const HarRecorded &recorded = request.recorded;
    const Verdict &verdict = *judgement.verdict;
    QString prediction = u"it is not blocked"_s;
    if (verdict.error) {
        prediction = QString(corsErrorName(verdict.error->error));
        if (!verdict.error->failedParameter.isEmpty())
            prediction += u" ("_s + QString::fromUtf8(verdict.error->failedParameter) + u')';
    } else if (verdict.blocked) {
        prediction = u"it is blocked"_s;
    }
    if (recorded.blocked && !recorded.reasonRecorded)
        return u"blocked, reason not recorded; with these headers the model predicts "_s + prediction;
    if (!recorded.blocked && !recorded.corsBlocksRecorded && verdict.blocked)
        return u"recorded as answered, but this recorder does not record CORS blocks; with these headers the model predicts "_s
               + prediction;
    return {};
}

QJsonObject harRequestToJson(const HarRequest &request, const HarJudgement &judgement)
{
    QJsonObject object = judgement.verdict ? verdictToJson(*judgement.verdict, request.scenario) : QJsonObject();
    object.insert("url"_L1, request.url);
    object.insert("method"_L1, QString::fromLatin1(request.method));
    object.insert("page"_L1, request.page);
    QJsonArray entries;
    for (qsizetype index : request.entries)
        entries.append(double(index));
    object.insert("entries"_L1, entries);
    QJsonObject recorded;
    recorded.insert("blocked"_L1, request.recorded.blocked);
    recorded.insert("status"_L1, request.recorded.status);
    recorded.insert("error"_L1, request.recorded.error);
    recorded.insert("reasonRecorded"_L1, request.recorded.reasonRecorded);
    recorded.insert("preflight"_L1, request.recorded.preflight);
    recorded.insert("modeRecorded"_L1, request.recorded.modeRecorded);
    recorded.insert("credentialsRecorded"_L1, request.recorded.credentialsRecorded);
    recorded.insert("corsBlocksRecorded"_L1, request.recorded.corsBlocksRecorded);
    object.insert("recorded"_L1, recorded);
    if (judgement.assumedPreflight)
        object.insert("assumedPreflight"_L1, true);
    if (judgement.assumedNoCors)
        object.insert("assumedMode"_L1, u"no-cors"_s);
    if (judgement.assumedCredentials)
        object.insert("assumedCredentials"_L1, u"include"_s);
    if (!judgement.firefoxDiffers.isEmpty()) {
        QJsonArray fields;
        for (const VerdictField field : judgement.firefoxDiffers)
            fields.append(QString(verdictFieldName(field)));
        object.insert("differsInFirefox"_L1, fields);
    }
    const QString note = harNote(request, judgement);
    if (!note.isEmpty())
        object.insert("note"_L1, note);
    return object;
}

} // namespace corslab
