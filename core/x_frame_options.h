#pragma once
// X-Frame-Options (https://html.spec.whatwg.org/multipage/document-lifecycle.html#the-x-frame-options-header):
// a document's word on which pages may show it in a frame, as Chromium parses it
// (services/network/public/cpp/x_frame_options_parser.cc) and its AncestorThrottle applies it.
#include "core/header_list.h"
#include "core/origin.h"
#include <optional>

namespace corslab {

// The header as parsed, Chromium's mojom::XFrameOptionsValue.
enum class XFrameOptions {
    None,        // no header
    Deny,
    SameOrigin,
    AllowAll,
    Invalid,     // a value it does not know (ALLOW-FROM included): ignored
    Conflict,    // values that disagree: taken as DENY
};

// The header's lines as the browser received them: each line split at commas, each value trimmed and
// compared ASCII case-insensitively.
XFrameOptions parseXFrameOptions(const HeaderList &headers);

// https://html.spec.whatwg.org/multipage/document-lifecycle.html#check-a-navigation-response's-adherence-to-x-frame-options,
// steps 6-10, for a frame whose one ancestor is `ancestor`: true when `destination`'s document may be
// shown there. (Step 2, frame-ancestors taking precedence, is the caller's.)
bool xFrameOptionsAllow(XFrameOptions options, const Origin &ancestor, const Origin &destination);

} // namespace corslab
