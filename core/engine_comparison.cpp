#include "core/engine_comparison.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// What goes over the wire, exchange by exchange: kind, method, URL and request headers.
bool sameWire(const Verdict &a, const Verdict &b)
{
    if (a.exchanges.size() != b.exchanges.size())
        return false;
    for (qsizetype i = 0; i < a.exchanges.size(); ++i) {
        const Exchange &left = a.exchanges.at(i);
        const Exchange &right = b.exchanges.at(i);
        if (left.kind != right.kind || left.method != right.method || left.url != right.url
            || left.requestHeaders != right.requestHeaders)
            return false;
    }
    return true;
}

std::optional<CorsError> errorOf(const Verdict &verdict)
{
    return verdict.error ? std::optional<CorsError>(verdict.error->error) : std::nullopt;
}

} // namespace

QLatin1StringView verdictFieldName(VerdictField field)
{
    switch (field) {
    case VerdictField::Preflight: return "preflight"_L1;
    case VerdictField::Sent: return "sent"_L1;
    case VerdictField::Blocked: return "blocked"_L1;
    case VerdictField::Readable: return "readable"_L1;
    case VerdictField::Error: return "error"_L1;
    case VerdictField::WireHeaders: return "wireHeaders"_L1;
    case VerdictField::CookiesNotSent: return "cookiesNotSent"_L1;
    case VerdictField::ExposedHeaders: return "exposedHeaders"_L1;
    case VerdictField::PreflightCache: return "preflightCacheSeconds"_L1;
    }
    return {};
}

QList<VerdictField> differingFields(const Verdict &a, const Verdict &b)
{
    QList<VerdictField> differ;
    const auto compare = [&differ](VerdictField field, bool same) {
        if (!same)
            differ.append(field);
    };
    compare(VerdictField::Preflight, a.preflight == b.preflight);
    compare(VerdictField::Sent, a.sent == b.sent);
    compare(VerdictField::Blocked, a.blocked == b.blocked);
    compare(VerdictField::Readable, a.readable == b.readable);
    compare(VerdictField::Error, errorOf(a) == errorOf(b) && a.elementFailure == b.elementFailure);
    compare(VerdictField::WireHeaders, sameWire(a, b));
    compare(VerdictField::CookiesNotSent, a.cookiesNotSent == b.cookiesNotSent);
    compare(VerdictField::ExposedHeaders, a.exposedHeaders == b.exposedHeaders);
    compare(VerdictField::PreflightCache, a.preflightCacheSeconds == b.preflightCacheSeconds);
    return differ;
}

QList<VerdictField> outcomeDifferences(QList<VerdictField> fields)
{
    fields.removeIf([](VerdictField field) {
        return field != VerdictField::Preflight && field != VerdictField::Sent && field != VerdictField::Blocked
               && field != VerdictField::Readable;
    });
    return fields;
}

QList<VerdictField> differingFieldsAmong(const Verdict &a, const Verdict &b, const QList<VerdictField> &differ)
{
    QList<VerdictField> fields = differingFields(a, b);
    fields.removeIf([&differ](VerdictField field) { return !differ.contains(field); });
    return fields;
}

std::optional<EngineDifference> reasonKeyNaming(const EngineComparison &comparison, const QList<EngineDifference> &ruleCauses)
{
    const bool errorExplained = std::any_of(ruleCauses.cbegin(), ruleCauses.cend(),
                                            [](const EngineDifference &cause) { return cause.fields.contains(VerdictField::Error); });
    if (errorExplained || !comparison.differ.contains(VerdictField::Error) || comparison.firefox.error || !comparison.chromium.error)
        return std::nullopt;
    return EngineDifference{std::nullopt, {VerdictField::Error}};
}

EngineComparison sideBySide(Verdict chromium, Verdict firefox)
{
    QList<VerdictField> differ = differingFields(chromium, firefox);
    return {std::move(chromium), std::move(firefox), std::move(differ), {}};
}

} // namespace corslab
