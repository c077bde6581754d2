#include "core/origin_comparison.h"

#include "core/url.h"

namespace corslab {

namespace {

TargetComparison compareTarget(const Origin &page, const QString &target, bool redirect)
{
    const std::optional<Url> url = parseUrlOrNull(target);
    return {target, redirect, compareOrigins(page, url ? Origin::fromUrl(*url) : Origin::createOpaque())};
}

} // namespace

QList<TargetComparison> compareTargets(const Scenario &scenario, const Verdict &verdict)
{
    // https://html.spec.whatwg.org/multipage/browsers.html#sandboxed-origin-browsing-context-flag
    const std::optional<Url> pageUrl = parseUrlOrNull(scenario.page);
    const Origin page = scenario.pageSandboxed || !pageUrl ? Origin::createOpaque() : Origin::fromUrl(*pageUrl);
    QList<TargetComparison> comparisons{compareTarget(page, scenario.request.url, false)};
    for (const Exchange &exchange : verdict.exchanges) {
        if (exchange.kind == Exchange::Kind::Redirect)
            comparisons.append(compareTarget(page, exchange.url, true));
    }
    return comparisons;
}

} // namespace corslab
