#pragma once
// The one place that turns the engine's decisions into words: Chromium's console text, Firefox's
// reason, each step's check and detail (English and Russian through Qt Linguist), fixes in words.
#include "core/access_matrix.h"
#include "core/block.h"
#include "core/cors_audit.h"
#include "core/engine_comparison.h"
#include "core/engine_profile.h"
#include "core/same_origin_policy_contrast.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <QString>

namespace corslab {

// What a console message needs to know about the request that failed.
struct MessageContext {
    Via via = Via::Fetch;
    QString initialUrl;        // the URL the page asked for
    QString url;               // the URL whose request, redirect or response failed
    QString origin;            // the page's serialised origin
    QString page;              // the page URL (mixed content)
    int status = 0;            // the last response's status (0: none)
    const HeaderList *responseHeaders = nullptr;   // the last response's headers
};

// Chromium's console text (third_party/blink/renderer/platform/loader/cors/cors_error_string.cc and
// the other blocks' texts), with the scenario's URLs; the wording of `profile`'s Chromium.
QString consoleMessage(const CorsErrorStatus &status, const MessageContext &context, EngineProfile profile);
// Firefox's reason for the same block (dom/locales/en-US/chrome/security/security.properties);
// nullopt when Firefox prints no CORS reason for it.
std::optional<FirefoxReport> firefoxReport(const CorsErrorStatus &status, const MessageContext &context);

// The same for the block a verdict of the engine records (its error, or an element that refused its
// response: Chromium's refusal to run a script or apply a stylesheet for its MIME type), with the
// scenario's URLs; empty when Chromium prints nothing. What core/evaluation puts in `Verdict::message`
// and `Verdict::firefox`.
QString consoleMessage(const Verdict &verdict, const Scenario &scenario, EngineProfile profile);
std::optional<FirefoxReport> firefoxReport(const Verdict &verdict, const Scenario &scenario);
// The reason key names one Chromium error (with its preflight twin), so the Firefox verdict's `error` can
// use that name; false for a key several errors share (CORSAllowOriginNotMatchingOrigin, CORPBlocked...).
bool firefoxReasonNamesOneError(const QString &key);

struct StepText {
    QString check;
    QString detail;
    QLatin1StringView spec;    // the standard's anchor this check implements
};
StepText describeStep(const Step &step);
// What Chromium's DevTools names the request kind in "Access to {kind} at …".
QLatin1StringView requestKindName(Via via);
// What an exchange carries of credentials: "with cookies" when a Cookie header goes, "credentials
// included, no cookie to send" when the mode includes them but the jar has none for the URL, else empty.
QString exchangeCredentialsNote(const Exchange &exchange);
// A fix in words a developer can paste ("Add to the response of GET https://…: Access-Control-Allow-Origin: …").
QString describeFix(const Fix &fix, const Scenario &scenario);
// A block ("Block this") in words: the change (as describeFix words it), why the browser or the server
// then refuses the request, and what the verdict is after it.
struct BlockText {
    QString kind;      // "read", "embed", "write" in the interface's language
    QString change;
    QString why;
    QString after;
};
BlockText describeBlock(const Block &block, const Scenario &scenario);
// Why a scenario has no block to list.
QString describeNoBlock(NoBlockReason reason);
// The readable report of `corslab-cli check --block`: the verdict now, then each block with its change,
// why it works and the verdict after it, or why there is none.
QString blockReport(const QString &file, const Verdict &verdict, const Scenario &scenario, const BlockSuggestion &suggestion);
// The readable report of `corslab-cli check`: the verdict, the exchanges as they go over the wire,
// the steps, the console text and the fix.
QString verdictReport(const QString &file, const Scenario &scenario, const Verdict &verdict);
// A verdict field's name in the interface's language ("Preflight", "Wire headers").
QString verdictFieldLabel(VerdictField field);
// Why the browsers differ, in a sentence: the rule Chromium and Firefox decide otherwise, or the reason
// key that names no single Chromium error.
QString describeEngineDifference(const EngineDifference &difference, const EngineComparison &comparison);
// `check --engine both`: each browser's report, then the fields that differ and why.
QString engineComparisonReport(const QString &file, const Scenario &scenario, const EngineComparison &comparison);
// An audit finding in words: its title, what an attacker's page can do with it, and the fix.
struct FindingText {
    QString title;
    QString risk;
    QString fix;
};
FindingText describeFinding(const AuditFinding &finding, const QStringList &trusted);
// The readable report of `corslab-cli audit`: each finding with its evidence, risk and fix.
QString auditReport(const QString &target, const QList<AuditFinding> &findings, const QStringList &trusted, int probes);

// The same as Markdown (Tools › Audit Server › Export): a table of the findings, then each in full.
QString auditMarkdown(const QString &target, const QList<AuditFinding> &findings, const QStringList &trusted, int probes);

// The banner words for a verdict: Allowed, Blocked or Opaque.
QString verdictSummary(const Verdict &verdict);
// "Blocked (read)": the banner's word and the kind of access.
QString summaryAndCategory(const Verdict &verdict);

// "SOP against CORS" (core/same_origin_policy_contrast) in words. What the page can use of the response
// a verdict describes (a request made by `via`): what script reads, what an element shows, or nothing.
QString pageCanUse(const Verdict &verdict, Via via);
// The difference per kind of access, spelled out with the headers that make it.
QString describePolicyDifference(const SameOriginPolicyContrast &contrast);
// The cross-origin headers taken off one route of `scenario`: "GET https://…: Access-Control-Allow-Origin: …; …".
QString describeRemovedHeaders(const RemovedHeaders &removed, const Scenario &scenario);
// One exchange as the contrast shows it: "[main] GET https://…  (Origin: https://…) ← 200", then the cross-origin headers of
// the response, one per line, each starting with `indent`.
QString exchangeWireSummary(const Exchange &exchange, const QString &indent);
// The readable report of `corslab-cli check --sop-vs-cors`: the bare same-origin policy's side and the
// real headers' side (each its banner, wire and what the page can use), the headers removed, the difference.
QString contrastReport(const QString &file, const Scenario &scenario, const SameOriginPolicyContrast &contrast);

// The handout's (core/handout) headings and labels, in the interface's language.
struct HandoutWords {
    QString title;             // "corslab handout"
    QString contents;
    QString notes;
    QString page;
    QString request;
    QString redirect;          // "redirect %1": the triple's row for the n-th hop
    QString server;
    QString sameOriginPolicy;  // the triple's heading
    QString scheme, host, port, site, relation;
    QString equal, different;
    QString diagram;
    QString steps;
    QString spec;              // a step's link to the standard
    QString console;
    QString fix;
    QString noOrigin;          // a lane without an origin
    QString nothingSent;
    QString footer;            // "%1": the version
};
HandoutWords handoutWords();
// The same-origin policy's answer for a page and a target: "same origin", "cross-origin, same site", …
QString originRelationWords(OriginRelation relation);
// The banner's line for the kind of access: "read: script (or a crossorigin element) reads the response".
QString accessCategoryWords(AccessCategory category);
// A sequence diagram's words: an exchange's kind ("preflight", "request", "redirect"), a status
// without a response, and the outcome the diagram ends with (where the browser stopped, or what the page got).
QString exchangeKindWords(Exchange::Kind kind);
QString noResponseWords();
QString diagramOutcome(const Verdict &verdict);
// "Every tag at once" (core/access_matrix) in words. How the page writes the row's request, as markup or
// code: `<form method="post">`, `<img crossorigin="anonymous">`, `@font-face`, `fetch()`.
QString requestVariantLabel(const AccessMatrixRow &row);
// A group's heading: the kind of access and the requests it holds ("Write: navigations and form submissions").
QString accessCategoryHeading(AccessCategory category);
// The row's error: the CorsError's name, or for an element that refused what came back, its error event; empty
// when nothing is refused.
QString accessMatrixError(const Verdict &verdict);
// The readable report of `corslab-cli check --all-vias`: per kind of access, a line per via with sent,
// loaded, readable and the error; the scenario's own request marked.
QString accessMatrixReport(const QString &file, const Scenario &scenario, const QList<AccessMatrixRow> &rows);

} // namespace corslab
