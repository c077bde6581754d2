#pragma once
// Cross-Origin-Embedder-Policy (https://html.spec.whatwg.org/multipage/browsers.html#coep): what a
// document demands of everything it embeds, read from the document's response headers as Chromium
// reads them (services/network/public/cpp/cross_origin_embedder_policy_parser.cc).
#include "core/header_list.h"
#include "core/url.h"
#include <QLatin1StringView>
#include <optional>

namespace corslab {

// https://html.spec.whatwg.org/multipage/browsers.html#embedder-policy-value
enum class EmbedderPolicyValue { UnsafeNone, RequireCorp, Credentialless };

// https://html.spec.whatwg.org/multipage/browsers.html#embedder-policy: the value blocks, the
// report-only value only reports.
struct EmbedderPolicy {
    EmbedderPolicyValue value = EmbedderPolicyValue::UnsafeNone;
    EmbedderPolicyValue reportOnlyValue = EmbedderPolicyValue::UnsafeNone;
    friend bool operator==(const EmbedderPolicy &, const EmbedderPolicy &) = default;
};

// The header token: "unsafe-none", "require-corp", "credentialless".
QLatin1StringView embedderPolicyValueName(EmbedderPolicyValue value);

// https://html.spec.whatwg.org/multipage/browsers.html#compatible-with-cross-origin-isolation
bool isCompatibleWithCrossOriginIsolation(EmbedderPolicyValue value);

// One header's value (its lines combined with ", ", nullopt when absent): a structured-field item
// (https://www.rfc-editor.org/rfc/rfc8941#name-parsing-an-item) whose bare item is the token
// require-corp or credentialless, parameters allowed; anything else is unsafe-none.
EmbedderPolicyValue parseEmbedderPolicyValue(const std::optional<QByteArray> &value);

// https://html.spec.whatwg.org/multipage/browsers.html#obtain-an-embedder-policy for a document at
// `documentUrl` with these response headers: unsafe-none unless the document is a secure context.
EmbedderPolicy obtainEmbedderPolicy(const HeaderList &headers, const Url &documentUrl);

} // namespace corslab
