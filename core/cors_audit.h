#pragma once
// Auditing a server's CORS policy: which crafted origins to probe it with (derived from the trusted
// origins and the target), and what the real answers say about the policy. The probes themselves go
// through the sender (ui/probe); this file plans and judges, and words live in explanation.cpp.
#include "core/server_probe.h"
#include "core/verdict.h"

namespace corslab {

// Where a probed origin comes from.
enum class AuditOriginKind {
    Trusted,         // an origin the caller trusts
    ThirdParty,      // an unrelated site
    Null,            // a sandboxed page
    SuffixTrick,     // https://evil<host>: fools endsWith() and unanchored regexes
    PrefixTrick,     // https://<host>.evil.test: fools startsWith() and regexes without $
    UnescapedDot,    // a '.' of the host replaced by a letter: fools a regex with an unescaped dot
    InsecureScheme,  // http://<host> of an https origin
    Subdomain,       // a subdomain of a trusted origin (reported, not a flaw by itself)
};
QLatin1StringView auditOriginKindName(AuditOriginKind kind);

struct AuditProbe {
    AuditOriginKind kind = AuditOriginKind::Trusted;
    QString origin;              // serialised, or "null"
    QString derivedFrom;         // the trusted origin (or target site) it was made from; empty otherwise
    bool preflighted = false;    // POST with Content-Type: application/json, else a simple GET
    ProbeOptions options;
};

// The probes for `target` and `trusted` (serialised origins); an error names the bad one.
std::variant<QList<AuditProbe>, ProbeOptionError> auditPlan(const QString &target, const QStringList &trusted);

// One probe's outcome: the scenario of real answers and the verdicts for credentials "include" and "omit".
struct AuditObservation {
    AuditProbe probe;
    Scenario scenario;
    Verdict withCredentials;
    Verdict withoutCredentials;
};

enum class AuditFindingClass {
    ReflectedOriginWithCredentials,
    NullOriginTrusted,
    RegexSuffixFlaw,
    RegexPrefixFlaw,
    RegexUnescapedDot,
    InsecureHttpOriginTrusted,
    WildcardWithCredentials,
    MissingVaryOrigin,
    PreflightNotHandled,
    PreflightIncomplete,
    CrossOriginRedirect,
};
QLatin1StringView auditFindingClassName(AuditFindingClass findingClass);

enum class AuditSeverity { Low, Medium, High };
QLatin1StringView auditSeverityName(AuditSeverity severity);

struct AuditFinding {
    AuditFindingClass findingClass = AuditFindingClass::MissingVaryOrigin;
    AuditSeverity severity = AuditSeverity::Low;
    QString origin;              // the origin that got through (or was probed)
    bool credentials = false;    // the flaw exposes credentialed responses
    QString url;                 // the URL whose answer shows it
    Exchange evidence;           // the request and response lines
    QByteArray detail;           // the header value or error that shows it
};

// Every flaw the observations show, once per class (the worst case kept), most severe first.
QList<AuditFinding> auditFindings(const QList<AuditObservation> &observations, const QStringList &trusted);

} // namespace corslab
