#include "core/verdict.h"

using namespace Qt::StringLiterals;

namespace corslab {

QLatin1StringView accessCategoryName(AccessCategory category)
{
    switch (category) {
    case AccessCategory::Write: return "write"_L1;
    case AccessCategory::Embed: return "embed"_L1;
    case AccessCategory::Read: return "read"_L1;
    }
    return {};
}

QLatin1StringView exchangeKindName(Exchange::Kind kind)
{
    switch (kind) {
    case Exchange::Kind::Preflight: return "preflight"_L1;
    case Exchange::Kind::Main: return "main"_L1;
    case Exchange::Kind::Redirect: return "redirect"_L1;
    }
    return {};
}

bool passes(const Verdict &verdict)
{
    return !verdict.blocked && (verdict.category != AccessCategory::Read || verdict.readable);
}

} // namespace corslab
