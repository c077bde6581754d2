#pragma once
// The reverse of the fixer: the smallest server changes that make the browser refuse a scenario's
// request, per kind of access (README, "What a server sends to refuse each kind of access"). Each
// candidate is applied and decided again, as fixes are, so every listed block is one the model has
// seen refuse the request.
#include "core/fix.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <optional>

namespace corslab {

// The kind of access a block takes away (core/verdict's AccessCategory, one block kind each).
enum class BlockKind { Read, Embed, Write };
QLatin1StringView blockKindName(BlockKind kind);   // "read", "embed", "write"

// What the change is and why the browser (or the server) then refuses; explanation.cpp words it.
enum class BlockReason {
    // Read: https://fetch.spec.whatwg.org/#cors-check fails
    RemoveAllowCredentials,   // a credentialed read without Access-Control-Allow-Credentials: true
    NarrowAllowOrigin,        // Access-Control-Allow-Origin names another origin (the server's own)
    RemoveAllowOrigin,        // no Access-Control-Allow-Origin at all
    // Embed: https://fetch.spec.whatwg.org/#cross-origin-resource-policy-header
    ResourcePolicySameSite,   // Cross-Origin-Resource-Policy: same-site (the page is another site)
    ResourcePolicySameOrigin, // Cross-Origin-Resource-Policy: same-origin
    // Embed, frames: https://w3c.github.io/webappsec-csp/#directive-frame-ancestors, then
    // https://html.spec.whatwg.org/multipage/document-lifecycle.html#the-x-frame-options-header
    FrameAncestorsSelf,       // Content-Security-Policy: frame-ancestors 'self'
    FrameAncestorsNone,       // Content-Security-Policy: frame-ancestors 'none'
    XFrameOptionsSameOrigin,  // X-Frame-Options: SAMEORIGIN
    XFrameOptionsDeny,        // X-Frame-Options: DENY
    // Write: the browser sends it; the server refuses it (https://w3c.github.io/webappsec-fetch-metadata/)
    RefuseCrossSite,          // answer 403 when Sec-Fetch-Site: cross-site
    RefuseForeignOrigin,      // answer 403 when Origin is not the server's own
    CookieSameSiteLax,        // the session cookie made SameSite=Lax: withheld
    CookieSameSiteStrict,     // ... SameSite=Strict: withheld
};

QLatin1StringView blockReasonName(BlockReason reason);   // the enumerator's name ("RemoveAllowOrigin")

// One verified block: the change (a Fix to a route or to a jar cookie) and the verdict after it.
struct Block {
    BlockKind kind = BlockKind::Read;
    BlockReason reason = BlockReason::RemoveAllowOrigin;
    Fix change;
    QByteArray cookieName;    // for the cookie blocks: the cookie that is now withheld
    Verdict after;            // decided (no words) on the scenario with `change` applied
};

// Why no block is listed.
enum class NoBlockReason {
    AlreadyRefused,   // the browser already refuses every kind of access the request has
    SameOrigin,       // a same-origin request: nothing the server sends refuses its own origin
    NoServerChange,   // no change the model knows refuses it (a URL no route answers, http without Fetch Metadata…)
};

QLatin1StringView noBlockReasonName(NoBlockReason reason);   // the enumerator's name

struct BlockSuggestion {
    QList<Block> blocks;                 // read, then embed, then write; smallest first within each
    std::optional<NoBlockReason> none;   // set when `blocks` is empty
};

// The blocks for the scenario's request, each checked by deciding the changed scenario again.
// nullopt when the scenario's URLs do not parse.
std::optional<BlockSuggestion> suggestBlocks(const Scenario &scenario, const DecideFunction &decide);
Scenario applyBlock(Scenario scenario, const Block &block);

} // namespace corslab
