#include "core/har_request.h"

#include "core/cors_error.h"
#include "core/evaluation.h"
#include "core/verdict_json.h"
#include "core/safelist.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace corslab {

HarJudgement judgeHarRequest(HarRequest &request, EngineProfile profile)
{
    HarJudgement judgement;
    judgement.verdict = evaluate(request.scenario, profile);
    if (!judgement.verdict || !judgement.verdict->preflight || request.recorded.preflight || request.recorded.blocked)
        return judgement;
    // The request was sent and answered, so its preflight passed: allow exactly this request.
    Scenario &scenario = request.scenario;
    ServerRoute route;
    route.method = QByteArrayLiteral("OPTIONS");
    route.url = scenario.request.url;
    route.status = 204;
    route.headers.append(QByteArrayLiteral("Access-Control-Allow-Origin"), judgement.verdict->origin.toUtf8());
    if (scenario.request.credentials == CredentialsMode::Include)
        route.headers.append(QByteArrayLiteral("Access-Control-Allow-Credentials"), QByteArrayLiteral("true"));
    route.headers.append(QByteArrayLiteral("Access-Control-Allow-Methods"), normalizeMethod(scenario.request.method));
    const QByteArray names = accessControlRequestHeadersValue(scenario.request.headers);
    if (!names.isEmpty())
        route.headers.append(QByteArrayLiteral("Access-Control-Allow-Headers"), names);
    scenario.server.prepend(route);
    judgement.verdict = evaluate(scenario, profile);
    judgement.assumedPreflight = true;
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
    if (!request.recorded.blocked || request.recorded.reasonRecorded || !judgement.verdict)
        return {};
    const Verdict &verdict = *judgement.verdict;
    QString prediction = u"it is not blocked"_s;
    if (verdict.error) {
        prediction = QString(corsErrorName(verdict.error->error));
        if (!verdict.error->failedParameter.isEmpty())
            prediction += u" ("_s + QString::fromUtf8(verdict.error->failedParameter) + u')';
    } else if (verdict.blocked) {
        prediction = u"it is blocked"_s;
    }
    return u"blocked, reason not recorded; with these headers the model predicts "_s + prediction;
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
    object.insert("recorded"_L1, recorded);
    if (judgement.assumedPreflight)
        object.insert("assumedPreflight"_L1, true);
    const QString note = harNote(request, judgement);
    if (!note.isEmpty())
        object.insert("note"_L1, note);
    return object;
}

} // namespace corslab
