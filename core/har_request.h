#pragma once
// One request a HAR recorded (ui/har reads the file), as a scenario with what the HAR says happened,
// and the model's verdict on it.
#include "core/engine_comparison.h"
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
    bool modeRecorded = true;      // Sec-Fetch-Mode (or the kind of request) says the mode; http:// gets none
    bool credentialsRecorded = true;  // a cookie went, so credentials were included; else they may have been
    bool corsBlocksRecorded = true;   // false: the recorder (Firefox) writes a response CORS refused as an answer
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

// The model's verdict on a HAR request, with what the HAR does not record taken from what it does:
// - sent and answered, no preflight in the HAR (Playwright records none, DevTools none for a cached
//   one), but the model needs one: it passed, so a route allowing exactly this request is assumed;
// - sent and answered, but the model blocks a fetch whose mode is not recorded: it was no-cors;
// - recorded as failed, but the model lets it through and no cookie shows the credentials mode: it
//   was `include` (no cookie goes when none is set, third-party cookies are blocked, or the export
//   was sanitized).
struct HarJudgement {
    std::optional<Verdict> verdict;   // nullopt: the scenario's URLs do not parse
    bool assumedPreflight = false;
    bool assumedNoCors = false;
    bool assumedCredentials = false;
    QList<VerdictField> firefoxDiffers;   // firefoxOutcomeDifferences of the request as judged
};
HarJudgement judgeHarRequest(HarRequest &request, EngineProfile profile = EngineProfile::Current);

// What the model makes of a HAR request, for a table's verdict column (the words are the caller's).
enum class HarModelOutcome { Unknown, Passes, Unreadable, Blocked };
HarModelOutcome harModelOutcome(const HarJudgement &judgement);
// Blocked as the HAR recorded it, or as the model predicts: what "blocked only" keeps.
bool harRequestBlocked(const HarRequest &request, const HarJudgement &judgement);

// verdictToJson's fields plus url, method, page, entries, recorded {blocked, status, error,
// reasonRecorded, preflight, modeRecorded, credentialsRecorded, corsBlocksRecorded}, assumedPreflight,
// assumedMode ("no-cors"), assumedCredentials ("include"), differsInFirefox (the fields, when there
// are any), and `note` when the HAR lacks what the reason needs.
QJsonObject harRequestToJson(const HarRequest &request, const HarJudgement &judgement);
// "blocked, reason not recorded; with these headers the model predicts …", the same for a recorder
// that does not record CORS blocks, or empty.
QString harNote(const HarRequest &request, const HarJudgement &judgement);

} // namespace corslab
