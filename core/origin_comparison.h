#pragma once
// The same-origin policy part by part for what a request reached: the page's origin against the URL
// it asked for and against every redirect target (https://html.spec.whatwg.org/multipage/browsers.html#same-origin).
#include "core/origin.h"
#include "core/scenario.h"
#include "core/verdict.h"

#include <QList>
#include <QString>

namespace corslab {

struct TargetComparison {
    QString target;                 // the URL compared with the page
    bool redirect = false;          // a redirect target (a hop), not the URL first asked for
    OriginComparison comparison;
};

// The URL asked for first, then each redirect target of the verdict's exchanges.
QList<TargetComparison> compareTargets(const Scenario &scenario, const Verdict &verdict);

} // namespace corslab
