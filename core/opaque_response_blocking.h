#pragma once
// Opaque-response blocking (https://fetch.spec.whatwg.org/#orb, https://github.com/annevk/orb) as
// Chromium classifies no-cors responses: current Chromium fails the load (ORB); Chromium 102's
// Cross-Origin Read Blocking (CORB) empties the body instead. Both block the same responses:
// HTML, JSON and XML that the body confirms, and types that are never sniffed (PDF, ZIP, CSV…).
#include "core/engine_profile.h"
#include "core/header_list.h"
#include <optional>

namespace corslab {

// The Content-Type essence (https://mimesniff.spec.whatwg.org/#mime-type-essence), lower-case; empty when absent.
QByteArray mimeTypeEssence(const HeaderList &headers);

// https://mimesniff.spec.whatwg.org/#javascript-mime-type
bool isJavaScriptMimeType(QByteArrayView essence);
// https://fetch.spec.whatwg.org/#determine-nosniff
bool hasNosniff(const HeaderList &headers);

// https://fetch.spec.whatwg.org/#orb as the engine applies it (Chromium 102's CORB, which empties what
// it blocks, and Firefox's ORB leave JavaScript-typed bodies alone).
bool opaqueResponseBlocked(const HeaderList &headers, const std::optional<QByteArray> &body,
                           const EngineBehaviour &behaviour = engineBehaviour(EngineProfile::Current));

} // namespace corslab
