#pragma once
// Every tag at once (README, "Every tag at once"): the scenario's URL and server asked for by each way a
// page makes a request (a form, a link, each element with and without crossorigin, fetch(), XHR), each
// variant decided by the engine and grouped by the kind of access it is (core/verdict's AccessCategory).
// https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-settings-attributes,
// https://fetch.spec.whatwg.org/#concept-request-mode
#include "core/fix.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <QList>
#include <optional>

namespace corslab {

// One way of making the request: the via and, for the elements that take one, the crossorigin attribute
// (nullopt: absent, a no-cors request).
struct RequestVariant {
    Via via = Via::Fetch;
    std::optional<CrossOriginAttribute> crossorigin;
    friend bool operator==(const RequestVariant &, const RequestVariant &) = default;
};

// Every variant in the matrix's order: the writes (form, link), the frame, the elements (each bare, then
// crossorigin="anonymous" and "use-credentials"; a font is always CORS), fetch() and XHR.
QList<RequestVariant> allRequestVariants();
RequestVariant requestVariant(const ScenarioRequest &request);

// The scenario's request made by `variant`: the URL, page, jar and server unchanged; the method where the
// via takes one (a form submits GET or POST: another method becomes POST), the headers, mode and
// credentials where it takes them (XHR has no "omit"), the body where it has a method, the enctype and
// target for a form, the referrer policy where the element carries one. Fields the request already has for
// the via are kept, so the scenario's own variant gives the scenario back unchanged.
Scenario scenarioForVariant(const Scenario &scenario, const RequestVariant &variant);

// One row: the variant, the rewritten scenario and the engine's verdict on it (sent, blocked, readable and
// the error are the verdict's; `category` is the verdict's kind of access).
struct AccessMatrixRow {
    RequestVariant variant;
    AccessCategory category = AccessCategory::Read;
    Scenario scenario;
    Verdict verdict;
    bool current = false;   // the scenario's own request
};
// What the element (or script) got to use: the request was sent and not blocked.
bool loaded(const Verdict &verdict);

// The rows grouped write, embed, read (each group in allRequestVariants' order); nullopt when the
// scenario's URLs do not parse. `decide` is core/evaluation's evaluate, handed in as the fixer's is.
std::optional<QList<AccessMatrixRow>> accessMatrix(const Scenario &scenario, const DecideFunction &decide);

} // namespace corslab
