#include "core/console_message.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <algorithm>

namespace corslab {

namespace {

// One reason sentence of cors_error_string.cc: the pattern is matched at the start of the text that
// follows "has been blocked by CORS policy: " (and, for preflights, "Response to preflight request
// doesn't pass access control check: "); capture group 1, when present, is the failed parameter.
struct CorsReason {
    const char *pattern;
    CorsError error;           // as reported on the actual response
    CorsError preflightError;  // as reported when the sentence follows the preflight prefix
};

// Chromium 102 (Qt WebEngine 6.4) and current Chromium share these openings; only the trailing
// advice differs ("If an opaque response serves your needs, ..." was dropped later), so nothing
// after the matched sentence is looked at.
constexpr CorsReason kCorsReasons[] = {
    {R"(^Cross origin requests are not allowed by request mode\.)",
     CorsError::DisallowedByMode, CorsError::DisallowedByMode},
    {R"(^The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '\*')",
     CorsError::WildcardOriginNotAllowed, CorsError::PreflightWildcardOriginNotAllowed},
    {R"(^No 'Access-Control-Allow-Origin' header is present on the requested resource\.)",
     CorsError::MissingAllowOriginHeader, CorsError::PreflightMissingAllowOriginHeader},
    {R"(^The 'Access-Control-Allow-Origin' header contains multiple values '(.*?)', but only one is allowed\.)",
     CorsError::MultipleAllowOriginValues, CorsError::PreflightMultipleAllowOriginValues},
    {R"(^The 'Access-Control-Allow-Origin' header contains the invalid value '(.*?)'\.(?: |$))",
     CorsError::InvalidAllowOriginValue, CorsError::PreflightInvalidAllowOriginValue},
    {R"(^The 'Access-Control-Allow-Origin' header has a value '(.*?)' that is not equal to the supplied origin\.)",
     CorsError::AllowOriginMismatch, CorsError::PreflightAllowOriginMismatch},
    {R"(^The value of the 'Access-Control-Allow-Credentials' header in the response is '(.*?)' which must be 'true')",
     CorsError::InvalidAllowCredentials, CorsError::PreflightInvalidAllowCredentials},
    {R"(^Cross origin requests are only supported for protocol schemes)",
     CorsError::CorsDisabledScheme, CorsError::CorsDisabledScheme},
    {R"(^It does not have HTTP ok status\.)",
     CorsError::PreflightInvalidStatus, CorsError::PreflightInvalidStatus},
    {R"(^Redirect is not allowed for a preflight request\.)",
     CorsError::PreflightDisallowedRedirect, CorsError::PreflightDisallowedRedirect},
    {R"(^Cannot parse Access-Control-Allow-Methods response header field in preflight response\.)",
     CorsError::InvalidAllowMethodsPreflightResponse, CorsError::InvalidAllowMethodsPreflightResponse},
    {R"(^Cannot parse Access-Control-Allow-Headers response header field in preflight response\.)",
     CorsError::InvalidAllowHeadersPreflightResponse, CorsError::InvalidAllowHeadersPreflightResponse},
    {R"(^Method (\S+) is not allowed by Access-Control-Allow-Methods in preflight response\.)",
     CorsError::MethodDisallowedByPreflightResponse, CorsError::MethodDisallowedByPreflightResponse},
    {R"(^Request header field (\S+) is not allowed by Access-Control-Allow-Headers in preflight response\.)",
     CorsError::HeaderDisallowedByPreflightResponse, CorsError::HeaderDisallowedByPreflightResponse},
    {R"(^Redirect location '(.*?)' contains a username and password, which is disallowed for cross-origin requests\.)",
     CorsError::RedirectContainsCredentials, CorsError::RedirectContainsCredentials},
};

// Blocks that are not CORS checks; matched anywhere in the text (exceptions arrive as
// "Uncaught (in promise) TypeError: ..." or bare).
struct OtherBlock {
    const char *pattern;
    CorsError error;
};

constexpr OtherBlock kOtherBlocks[] = {
    // Blink's fetch_manager.cc, mode "same-origin" to another origin.
    // Chromium 102 prints only this text for DisallowedByMode (no "blocked by CORS policy" line);
    // like Chromium's CorsErrorStatus it carries no failed parameter.
    {R"(Fetch API cannot load \S+ Request mode is "same-origin" but the URL's origin is not same as the request origin)",
     CorsError::DisallowedByMode},
    // base_fetch_context.cc PrintAccessDeniedMessage: what Chromium 102 prints when a same-origin
    // request is redirected to another origin ("\n"-terminated; no failed parameter).
    {R"(^Unsafe attempt to load URL \S+ from frame with URL \S+\. Domains, protocols and ports must match\.)",
     CorsError::DisallowedByMode},
    // base_fetch_context.cc CanRequestInternal: a file: URL from a web page.
    {R"(^Not allowed to load local resource: )", CorsError::CorsDisabledScheme},
    // fetch_manager.cc: a scheme fetch() does not fetch (ftp:, file:…).
    {R"(Fetch API cannot load \S+ URL scheme "[^"]*" is not supported\.)", CorsError::CorsDisabledScheme},
    // An ftp: URL once Chromium dropped FTP support (M95): the request is never made.
    {R"(^FTP is not supported\.)", CorsError::CorsDisabledScheme},
    // mixed_content_checker.cc; only the blocking variant (images and media are upgraded with a warning).
    {R"(^Mixed Content: The page at '.*?' was loaded over HTTPS, but requested an insecure .*? '(.*?)'\. This request has been blocked)",
     CorsError::MixedContent},
    // html_form_element.cc / frame_loader.cc
    {R"(^Blocked form submission to '(.*?)' because the form's frame is sandboxed and the 'allow-forms' permission is not set\.)",
     CorsError::SandboxedFormSubmission},
    // Chromium 102 has CORB (cross_origin_read_blocking.cc), later replaced by ORB.
    {R"(^Cross-Origin Read Blocking \(CORB\) blocked cross-origin response (\S+) with MIME type)",
     CorsError::OpaqueResponseBlocked},
    {R"(net::ERR_BLOCKED_BY_ORB)", CorsError::OpaqueResponseBlocked},
    // "Failed to load resource: net::ERR_BLOCKED_BY_RESPONSE.<reason>" (cross_origin_resource_policy.cc's
    // BlockedByResponseReason as net_error_list.h spells it).
    {R"(net::ERR_BLOCKED_BY_RESPONSE\.NotSameOriginAfterDefaultedToSameOriginByCoep\b)",
     CorsError::CorpNotSameOriginAfterDefaultedToSameOriginByCoep},
    {R"(net::ERR_BLOCKED_BY_RESPONSE\.NotSameOrigin(?!After)\b)", CorsError::CorpNotSameOrigin},
    {R"(net::ERR_BLOCKED_BY_RESPONSE\.NotSameSite\b)", CorsError::CorpNotSameSite},
    // ancestor_throttle.cc: X-Frame-Options DENY, or SAMEORIGIN framed from another origin.
    {R"(^Refused to display '.*?' in a frame because it set (?:'X-Frame-Options' to|multiple 'X-Frame-Options' headers))",
     CorsError::XFrameOptions},
    // CSP frame-ancestors: Chromium 102's wording, then 156's.
    {R"(^Refused to frame '.*?' because an ancestor violates the following Content Security Policy directive: "frame-ancestors)",
     CorsError::FrameAncestors},
    {R"(^Framing '.*?' violates the following Content Security Policy directive: "frame-ancestors)",
     CorsError::FrameAncestors},
    // request.cc: "Failed to execute 'fetch' on 'Window': 'PUT' is unsupported in no-cors mode."
    {R"('([^']*)' is unsupported in no-cors mode)", CorsError::NoCorsMethodNotSafelisted},
    // request.cc: "... Request cannot be constructed from a URL that includes credentials: URL"
    {R"(Request cannot be constructed from a URL that includes credentials(?:: (\S+))?)",
     CorsError::UrlContainsCredentials},
};

// Blocks that are not CORS errors but are the block's own message: a script or stylesheet refused
// for its MIME type (script_loader.cc, css_style_sheet_resource.cc).
const char *const kRefusals[] = {
    R"(^Refused to execute script from '.*?' because its MIME type \('.*?'\) is not executable)",
    R"(^Refused to apply style from '.*?' because its MIME type \('.*?'\) is not a supported stylesheet MIME type)",
};

const char *pattern(const CorsReason &entry) { return entry.pattern; }
const char *pattern(const OtherBlock &entry) { return entry.pattern; }
const char *pattern(const char *entry) { return entry; }

template <typename Table>
QList<QRegularExpression> compileAll(const Table &table)
{
    QList<QRegularExpression> result;
    for (const auto &entry : table) {
        QRegularExpression re(QString::fromUtf8(pattern(entry)));
        re.optimize();
        result.append(re);
    }
    return result;
}

QByteArray capturedParameter(const QRegularExpressionMatch &match)
{
    return match.lastCapturedIndex() >= 1 ? match.captured(1).toUtf8() : QByteArray();
}

} // namespace

std::optional<CorsErrorStatus> classifyConsoleMessage(QStringView text)
{
    static const QString kCorsMarker = QStringLiteral("has been blocked by CORS policy: ");
    static const QString kPreflightMarker =
        QStringLiteral("Response to preflight request doesn't pass access control check: ");

    const qsizetype marker = text.indexOf(kCorsMarker);
    if (marker >= 0) {
        QStringView reason = text.mid(marker + kCorsMarker.size());
        const bool preflight = reason.startsWith(kPreflightMarker);
        if (preflight)
            reason = reason.mid(kPreflightMarker.size());
        static const QList<QRegularExpression> patterns = compileAll(kCorsReasons);
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            const QRegularExpressionMatch match = patterns[i].match(reason);
            if (match.hasMatch()) {
                const CorsReason &entry = kCorsReasons[i];
                return CorsErrorStatus{preflight ? entry.preflightError : entry.error, capturedParameter(match)};
            }
        }
        return std::nullopt;   // a CORS text this table does not know (e.g. private network access)
    }
    static const QList<QRegularExpression> patterns = compileAll(kOtherBlocks);
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const QRegularExpressionMatch match = patterns[i].match(text);
        if (match.hasMatch())
            return CorsErrorStatus{kOtherBlocks[i].error, capturedParameter(match)};
    }
    return std::nullopt;
}

bool isRefusalMessage(QStringView text)
{
    static const QList<QRegularExpression> patterns = compileAll(kRefusals);
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [text](const QRegularExpression &re) { return re.match(text).hasMatch(); });
}

} // namespace corslab
