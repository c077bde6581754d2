#pragma once
// A seeded random generator of valid scenarios (validateScenario accepts every one) for measuring
// how well the model agrees with the real engine on cases nobody wrote or tuned it for. It samples
// what real pages and servers do: pages on http(s)://app.example.com (sometimes sandboxed), targets
// on the same origin, a sibling subdomain, another site or another port; every `via` with the
// fields it takes; safelisted and unsafe request headers; servers that answer a preflight or not,
// with the usual right and wrong CORS headers, redirects up to three hops deep and Content-Types
// that usually fit the `via`. Only hosts under example.com / example.net and default or fixed
// ports, so the live runner can serve every origin on loopback.
//
// Deterministic: scenario `index` for `seed` is always the same, whatever was generated before it,
// so a disagreement reported as "seed S #i" can be regenerated on its own.
#include "core/scenario.h"

#include <QtGlobal>

namespace corslab::testing {

Scenario generateScenario(quint32 seed, int index);

} // namespace corslab::testing
