#pragma once
// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) as Chrome DevTools' "Save all as HAR"
// (front_end/models/har/Log.ts: `_initiator`, `_resourceType`, `response._error`), Firefox and
// Playwright's recordHar (`response._failureText`) write it, turned into scenarios: one for each
// request the page made, its redirect hops and DevTools' separate preflight entries joined to it.
//
// The file is read once into a padded buffer and `log.entries` iterated with simdjson's On Demand
// API, entry by entry; each entry is parsed on its own, so a bad one is reported with its index and
// JSON path and the others are still read.
#include "core/engine_profile.h"
#include "core/scenario.h"
#include "core/verdict.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

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

// One bad entry (or the whole file when `entry` is -1): the JSON path (`log.entries[3].request.url`).
struct HarError {
    qsizetype entry = -1;
    QString path;
    QString message;
    QString toString() const;
};

struct HarSummary {
    bool isHar = false;            // false: not JSON, or no `log.entries` list (errors says why)
    qsizetype entryCount = 0;      // entries seen in `log.entries`
    qsizetype requestCount = 0;    // requests handed to the sink
    QList<HarError> errors;
};

using HarRequestSink = std::function<void(HarRequest &&)>;

// Reads `json` (any bytes: not UTF-8, truncated, hostile) and hands each request to `sink`.
HarSummary readHar(QByteArrayView json, const HarRequestSink &sink);
// The same for a file, read once into a padded buffer.
HarSummary readHarFile(const QString &path, const HarRequestSink &sink);

// The model's verdict on a HAR request. When the request was sent and answered but the HAR holds no
// preflight (Playwright records none, DevTools none for a cached one) while the model needs one, the
// preflight evidently passed: a route allowing exactly this request is assumed (`assumedPreflight`).
struct HarJudgement {
    std::optional<Verdict> verdict;   // nullopt: the scenario's URLs do not parse
    bool assumedPreflight = false;
};
HarJudgement judgeHarRequest(HarRequest &request, EngineProfile profile = EngineProfile::Current);

// verdictToJson's fields plus url, method, page, entries, recorded {blocked, status, error,
// reasonRecorded, preflight}, assumedPreflight, and `note` when the HAR lacks what the reason needs.
QJsonObject harRequestToJson(const HarRequest &request, const HarJudgement &judgement);
// "blocked, reason not recorded; with these headers the model predicts …", or empty.
QString harNote(const HarRequest &request, const HarJudgement &judgement);

} // namespace corslab
