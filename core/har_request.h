#pragma once
// One request a HAR recorded (ui/har reads the file), as a scenario with what the HAR says happened,
// and the model's verdict on it.
#include "core/engine_profile.h"
#include "core/scenario.h"
#include "core/verdict.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace corslab {

// What the HAR recorded of a request's outcome (its last entry, and its preflight's).
struct HarRecorded {
    bool blocked = false;          // status 0 or -1, or `_error` / `_failureText` on an entry
    int status = 0;                // the last hop's status (0 or -1: no response)
    QString error;                 // `_error` (DevTools) or `_failureText` (Playwright); empty when none
    bool reasonRecorded = true;    // a failed request's response (or preflight response) headers are in the HAR
    bool preflight = false;        // a preflight entry was joined to the request
};

// One request the page made, as a scenario.
struct HarRequest {
    Scenario scenario;
    QString url;                   // the URL first asked for
    QByteArray method;
    QString page;
    QList<qsizetype> entries;      // the HAR entry indexes it was built from, ascending
    HarRecorded recorded;
};

// The model's verdict on a HAR request. When the request was sent and answered but the HAR holds no
// preflight (Playwright records none, DevTools none for a cached one) while the model needs one, the
// preflight evidently passed: a route allowing exactly this request is assumed (`assumedPreflight`).
struct HarJudgement {
    std::optional<Verdict> verdict;   // nullopt: the scenario's URLs do not parse
    bool assumedPreflight = false;
};
HarJudgement judgeHarRequest(HarRequest &request, EngineProfile profile = EngineProfile::Current);

// What the model makes of a HAR request, for a table's verdict column (the words are the caller's).
enum class HarModelOutcome { Unknown, Passes, Unreadable, Blocked };
HarModelOutcome harModelOutcome(const HarJudgement &judgement);
// Blocked as the HAR recorded it, or as the model predicts: what "blocked only" keeps.
bool harRequestBlocked(const HarRequest &request, const HarJudgement &judgement);

// verdictToJson's fields plus url, method, page, entries, recorded {blocked, status, error,
// reasonRecorded, preflight}, assumedPreflight, and `note` when the HAR lacks what the reason needs.
QJsonObject harRequestToJson(const HarRequest &request, const HarJudgement &judgement);
// "blocked, reason not recorded; with these headers the model predicts …", or empty.
QString harNote(const HarRequest &request, const HarJudgement &judgement);

} // namespace corslab
