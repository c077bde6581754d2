#pragma once
// The tests' usual scenario: a page on app.example.com reads JSON from api.example.com, whose answer
// has no CORS headers, so it is blocked (MissingAllowOriginHeader) until a fix adds
// Access-Control-Allow-Origin.
#include "core/scenario.h"

namespace corslab::test {

inline Scenario blockedRead()
{
    using namespace Qt::StringLiterals;
    Scenario scenario;
    scenario.title = u"test"_s;
    scenario.page = u"https://app.example.com/"_s;
    scenario.request.url = u"https://api.example.com/items"_s;
    ServerRoute route;
    route.url = scenario.request.url;
    route.headers.append("Content-Type", "application/json");
    scenario.server.append(route);
    return scenario;
}

} // namespace corslab::test
