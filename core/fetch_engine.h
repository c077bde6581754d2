#pragma once
// The model: what Chromium does with a scenario's request, walked along the Fetch standard's
// main fetch (https://fetch.spec.whatwg.org/#main-fetch) and the HTML standard's element fetches.
#include "core/engine_profile.h"
#include "core/origin.h"
#include "core/scenario.h"
#include "core/url.h"
#include "core/verdict.h"
#include <QList>
#include <optional>

namespace corslab {

// A scenario with its URLs parsed once, so evaluating it again (as the UI does on every edit and
// the benchmark does a million times) costs no URL parsing of the fixed parts.
struct PreparedScenario {
    Scenario scenario;
    Url page;
    Url target;
    QStringList routeKeys;                 // serverUrl() of each route, index-aligned with scenario.server
    // nullopt when the page or request URL is not an absolute URL (validateScenario says why).
    static std::optional<PreparedScenario> prepare(Scenario scenario);
};

// The verdict with its fix list (when the request does not pass).
Verdict evaluate(const PreparedScenario &prepared, EngineProfile profile = EngineProfile::Current);
// The verdict alone, without looking for a fix.
Verdict decide(const PreparedScenario &prepared, EngineProfile profile = EngineProfile::Current);
// Prepares and evaluates; a scenario whose URLs do not parse gives nullopt.
std::optional<Verdict> evaluate(const Scenario &scenario, EngineProfile profile = EngineProfile::Current);

// The URL as the server sees it: no fragment, no user name or password.
QString serverUrl(Url url);

// The request passes: not blocked, and for a read, readable by the page.
bool passes(const Verdict &verdict);

} // namespace corslab
