#pragma once
// Reading Chromium's console text back into the error it reports: the live runner observes a block
// only as a console message (QWebEnginePage::javaScriptConsoleMessage) or a script exception, and
// turns it into the same CorsErrorStatus the model produces.
// The texts come from Blink's third_party/blink/renderer/platform/loader/cors/cors_error_string.cc
// (Chromium 102 as in Qt WebEngine 6.4, and the shorter current wording), the mixed content checker,
// the sandboxed form check, Cross-Origin Read Blocking, fetch()'s argument and scheme checks, the
// loader's access checks and MIME type refusals.
#include "core/cors_error.h"
#include <QStringView>
#include <optional>

namespace corslab {

// The error and failed parameter (the quoted header value, method, header name or URL) of one
// console message or exception text; nullopt when the text reports no block (warnings about
// upgrades, "Failed to load resource", anything else).
std::optional<CorsErrorStatus> classifyConsoleMessage(QStringView text);

// True for a text that reports a block without a CORS error: a script or stylesheet refused for its
// MIME type ("Refused to execute script from…", "Refused to apply style from…").
bool isRefusalMessage(QStringView text);

} // namespace corslab
