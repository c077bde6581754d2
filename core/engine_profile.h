#pragma once
// Which Chromium the model answers for: current Chromium (the default), or the Chromium 102 inside
// Qt WebEngine 6.4, where its behaviour differs (docs: "Engine differences" in the README).
#include <QLatin1StringView>
#include <optional>

namespace corslab {

enum class EngineProfile { Current, Chromium102 };

QLatin1StringView engineProfileName(EngineProfile profile);
std::optional<EngineProfile> engineProfileFromName(QLatin1StringView name);

} // namespace corslab
