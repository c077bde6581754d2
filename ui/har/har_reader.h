#pragma once
// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) as Chrome DevTools' "Save all as HAR"
// (front_end/models/har/Log.ts: `_initiator`, `_resourceType`, `response._error`), Firefox and
// Playwright's recordHar (`response._failureText`) write it, turned into scenarios: one for each
// request the page made, its redirect hops and DevTools' separate preflight entries joined to it.
//
// The file is read once into a padded buffer and `log.entries` iterated with simdjson's On Demand
// API, entry by entry; each entry is parsed on its own, so a bad one is reported with its index and
// JSON path and the others are still read. Its own target (simdjson), so core stays Qt Core, ICU
// and libpsl only.
#include "core/har_request.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <functional>

namespace corslab {

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
    bool cancelled = false;        // the progress callback asked to stop
    QList<HarError> errors;
};

using HarRequestSink = std::function<void(HarRequest &&)>;
// How far the reading is, in per mille (the scan of the entries is the first half, building the
// requests the second), each time it grows; returning false stops the reading (`cancelled`).
using HarProgress = std::function<bool(int perMille)>;

// Reads `json` (any bytes: not UTF-8, truncated, hostile) and hands each request to `sink`.
HarSummary readHar(QByteArrayView json, const HarRequestSink &sink, const HarProgress &progress = {});
// The same for a file, read once into a padded buffer.
HarSummary readHarFile(const QString &path, const HarRequestSink &sink, const HarProgress &progress = {});

} // namespace corslab
