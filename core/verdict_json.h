#pragma once
// The verdict as JSON (docs/scenario-format.md, "Verdict"): what `corslab-cli check --json` prints and
// `corslab-live --serve` answers, and reading it back. The steps and fixes are written in words
// (explanation.cpp).
#include "core/block.h"
#include "core/same_origin_policy_contrast.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <QJsonObject>
#include <optional>

namespace corslab {

// The verdict as docs/scenario-format.md specifies it (one object per line of `corslab-cli check --json`).
QJsonObject verdictToJson(const Verdict &verdict, const Scenario &scenario);
// What `corslab-cli check --block --json` prints for a scenario: `blocks` (each with kind, reason, the
// change and why in words, and `after`: sent, blocked, readable, error, the main request's status and
// cookiesNotSent once the change is made) and `none`, the NoBlockReason when there is no block.
QJsonObject blocksToJson(const BlockSuggestion &suggestion, const Scenario &scenario);
// What `corslab-cli check --sop-vs-cors --json` prints: `sop` (the verdict of the scenario without its
// cross-origin headers) and `cors` (the real one), both as verdictToJson writes them; `removedHeaders`
// ([{route, method, url, headers: [[name, value]…]}]); `difference` (the PolicyDifference's name) and `why`,
// the difference in words.
QJsonObject contrastToJson(const SameOriginPolicyContrast &contrast, const Scenario &scenario);
// The inverse for what the views show of a verdict (live mode reads `corslab-live --serve`'s lines):
// origin, sameOrigin, sameSite, category, exchanges (kind, method, url, requestHeaders, credentials,
// status, and responseHeaders when present), preflight, sent, blocked, readable, exposedHeaders,
// error + failedParameter, message, preflightCacheSeconds, firefox, engine. Steps and fixes are text
// in the JSON and are not read back. nullopt with `error` (the field) when a field has the wrong type
// or an unknown name.
std::optional<Verdict> verdictFromJson(const QJsonObject &object, QString *error = nullptr);

} // namespace corslab
