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
// Those of `fields` that are preflight, sent, blocked or readable.
QList<VerdictField> outcomeDifferences(QList<VerdictField> fields);

// Why fields differ: one engine rule that moves them (decided Firefox's way in Chromium's engine, or
// Chromium's way in Firefox's: core/evaluation's compareEngines); or (no rule) the naming: Firefox's reason key stands for several Chromium errors, or Firefox
// prints no reason at all, so its verdict names no error.
struct EngineDifference {
    std::optional<EngineRule> rule;
    QList<VerdictField> fields;
    bool operator==(const EngineDifference &) const = default;
};

struct EngineComparison {
    Verdict chromium;
    Verdict firefox;
    QList<VerdictField> differ;
    QList<EngineDifference> causes;   // each differing field is in at least one
    bool differs() const { return !differ.isEmpty(); }
    // The outcome a user sees differs (preflight, sent, blocked or readable; not the error's name alone):
    // the "differs in Firefox" markers of lessons, HAR rows, probe results and the matrix.
    bool outcomeDiffers() const { return !outcomeDifferences(differ).isEmpty(); }
};
// Both verdicts with what differs (core/evaluation's compareEngines decides them and the causes).
EngineComparison sideBySide(Verdict chromium, Verdict firefox);
// The fields of `differ` in which `a` and `b` differ.
QList<VerdictField> differingFieldsAmong(const Verdict &a, const Verdict &b, const QList<VerdictField> &differ);
// The naming cause when `error` differs for no rule: Chromium names an error, Firefox's verdict none.
std::optional<EngineDifference> reasonKeyNaming(const EngineComparison &comparison, const QList<EngineDifference> &ruleCauses);

} // namespace corslab
