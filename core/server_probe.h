#pragma once
// Probing a real server as a browser would: the scenario a probe starts from, the next request the
// engine says the browser sends that no recorded answer covers yet, and the real answers recorded as
// routes so the engine judges exactly what came back. The sender (ui/probe) does the network part:
// core decides and judges, and knows no socket.
#include "core/http_response.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <QDateTime>
#include <variant>

namespace corslab {

// What `corslab-cli probe` and Tools › Probe Server ask for.
struct ProbeOptions {
    QString url;
    QString origin;                          // the page's serialised origin; "null" for a sandboxed page
    QByteArray method = QByteArrayLiteral("GET");
    HeaderList headers;
    std::optional<CredentialsMode> credentials;
    Via via = Via::Fetch;
    std::optional<QByteArray> body;
    QList<QByteArray> cookies;               // "name=value", sent when the browser would send cookies
};

// A probe option that is not usable: which one, and why.
struct ProbeOptionError {
    QString option;                          // "--origin", "URL", "-H" ...
    QString message;
};

// The scenario a probe starts from: a page at the origin (for `null`, a sandboxed page on the target's
// scheme), the request, and no routes yet.
std::variant<Scenario, ProbeOptionError> probeScenario(const ProbeOptions &options);

// One request to put on the wire.
struct WireRequest {
    qsizetype exchangeIndex = -1;            // in the verdict it came from
    Exchange::Kind kind = Exchange::Kind::Main;
    QByteArray method;
    QString url;
    HeaderList headers;                      // everything but Host, Content-Length and Connection
    std::optional<QByteArray> body;
};

// The first exchange of `verdict` that no route of `scenario` answered (routeIndex -1), as it goes on
// the wire; nullopt when every exchange the browser makes has its real answer.
std::optional<WireRequest> nextUnansweredRequest(const Scenario &scenario, const Verdict &verdict,
                                                 const QList<QByteArray> &cookies);

// A real answer: the head as parsed and the body as it came (an encoded one is left out: a route
// without a body stands for the usual content of its type).
struct WireResponse {
    ResponseHead head;
    std::optional<QByteArray> body;
};

// Adds `response` as the route for `request`'s method and URL.
void recordResponse(Scenario &scenario, const WireRequest &request, const WireResponse &response);

// Marks a scenario built from a probe ("probed at <time> from <URL>"), as the field `probed`.
void markProbed(Scenario &scenario, const QDateTime &when, const ProbeOptions &options);

// The HTTP status page script sees: fetch() and XHR when the response is readable; nullopt otherwise.
std::optional<int> scriptVisibleStatus(const Scenario &scenario, const Verdict &verdict);

} // namespace corslab
