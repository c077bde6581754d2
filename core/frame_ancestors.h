#pragma once
// Content Security Policy's frame-ancestors (https://w3c.github.io/webappsec-csp/#directive-frame-ancestors):
// which pages may embed a document, read from the document's Content-Security-Policy headers and
// matched against the embedding page as Chromium does
// (services/network/public/cpp/content_security_policy/content_security_policy.cc, csp_source.cc).
#include "core/header_list.h"
#include "core/origin.h"
#include <QList>
#include <QString>
#include <optional>

namespace corslab {

// One expression of an ancestor-source-list (https://w3c.github.io/webappsec-csp/#grammardef-ancestor-source-list).
struct AncestorSource {
    enum class Kind { Self, Star, Scheme, Host };
    Kind kind = Kind::Host;
    QString scheme;             // lower-case; empty for a host-source without one
    QString host;               // lower-case, without a leading "*."; empty for the host "*"
    bool hostWildcard = false;  // "*." in front, or the host "*"
    std::optional<int> port;    // as written
    bool portWildcard = false;  // ":*"
    QString path;               // percent-decoded, as Chromium keeps it
    friend bool operator==(const AncestorSource &, const AncestorSource &) = default;
};

// A frame-ancestors directive's sources; an empty list is 'none'.
using AncestorSourceList = QList<AncestorSource>;

// https://w3c.github.io/webappsec-csp/#parse-response-csp: the frame-ancestors directive of each
// enforced policy (every Content-Security-Policy line, every comma-separated policy in it; a policy's
// first frame-ancestors counts). Content-Security-Policy-Report-Only never blocks and is not read.
QList<AncestorSourceList> enforcedFrameAncestors(const HeaderList &headers);

// https://w3c.github.io/webappsec-csp/#frame-ancestors-navigation-response for one directive: whether
// a page of origin `ancestor` may frame a document whose origin is `self`
// (https://w3c.github.io/webappsec-csp/#match-url-to-source-list with redirect count 0).
bool frameAncestorsAllow(const AncestorSourceList &sources, const Origin &ancestor, const Origin &self);

// The same over every enforced directive (each must allow): the first that does not, nullopt when all do.
std::optional<AncestorSourceList> violatedFrameAncestors(const QList<AncestorSourceList> &directives, const Origin &ancestor,
                                                         const Origin &self);

// The directive as Chromium's console prints a violated one: "frame-ancestors 'self' https://a.example".
// A list with * prints as "frame-ancestors *" (it refuses only a page whose origin is opaque).
QByteArray serializeFrameAncestors(const AncestorSourceList &sources);

} // namespace corslab
