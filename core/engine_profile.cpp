#include "core/engine_profile.h"

using namespace Qt::StringLiterals;

namespace corslab {

QLatin1StringView engineProfileName(EngineProfile profile)
{
    switch (profile) {
    case EngineProfile::Current: return "chromium"_L1;
    case EngineProfile::Chromium102: return "chromium-102"_L1;
    }
    return {};
}

std::optional<EngineProfile> engineProfileFromName(QLatin1StringView name)
{
    for (EngineProfile profile : {EngineProfile::Current, EngineProfile::Chromium102}) {
        if (engineProfileName(profile) == name)
            return profile;
    }
    return std::nullopt;
}

} // namespace corslab
