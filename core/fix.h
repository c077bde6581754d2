#pragma once
// The smallest change that makes a blocked (or unreadable) request pass: header lines for the
// server's routes, or a change to the page's request. Found by applying one repair per failure and
// evaluating again, so every suggested fix is one the model has seen pass.
#include "core/engine_profile.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <functional>
#include <optional>

namespace corslab {

// The engine's verdict on a scenario, without a fix (fetch_engine's decide); nullopt when its URLs
// do not parse. The fixer asks it again after each repair.
using DecideFunction = std::function<std::optional<Verdict>(const Scenario &)>;

// Empty when no server or request change makes the request pass (CorsDisabledScheme, a redirect loop…).
QList<Fix> suggestFixes(const Scenario &scenario, EngineProfile profile, const DecideFunction &decide);
Scenario applyFix(Scenario scenario, const Fix &fix);
// A change to the route that answered `exchange` (nothing in it yet); for an exchange no route answered,
// a new route for its method and URL, with the status a preflight or a request answers with.
Fix routeFix(const Exchange &exchange);
Scenario applyFixes(Scenario scenario, const QList<Fix> &fixes);

} // namespace corslab
