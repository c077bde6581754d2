#pragma once
// Chromium's verdict beside Firefox's: which of the fields a browser shows differ (check --engine both,
// the verdict panel's two columns, the "differs in Firefox" markers).
#include "core/engine_profile.h"
#include "core/verdict.h"
#include <QList>
#include <optional>

namespace corslab {

// The verdict fields compared, in the order the format document lists them.
enum class VerdictField { Preflight, Sent, Blocked, Readable, Error, WireHeaders, CookiesNotSent, ExposedHeaders, PreflightCache };
QLatin1StringView verdictFieldName(VerdictField field);   // the JSON key ("wireHeaders": the exchanges' request headers)

QList<VerdictField> differingFields(const Verdict &a, const Verdict &b);

struct EngineComparison {
    Verdict chromium;
    Verdict firefox;
    QList<VerdictField> differ;
    bool differs() const { return !differ.isEmpty(); }
};
// Both verdicts with what differs (core/evaluation's compareEngines decides them).
EngineComparison sideBySide(Verdict chromium, Verdict firefox);

} // namespace corslab
