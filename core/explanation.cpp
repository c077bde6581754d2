#include "core/explanation.h"

#include "core/opaque_response_blocking.h"
#include "core/origin.h"
#include "core/origin_comparison.h"
#include "core/url.h"
#include "core/x_frame_options.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// The translation context of the engine's words ("corslab::Explanation"); calls are qualified
// (Explanation::tr) so that lupdate files them under this context too.
struct Explanation {
    Q_DECLARE_TR_FUNCTIONS(corslab::Explanation)
};

// Blink's EncodeHint: printable ASCII as is, everything else as \uXXXX.
QString encodeHint(const QByteArray &hint)
{
    QString encoded;
    encoded.reserve(hint.size());
    for (char c : hint) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f)
            encoded += QLatin1Char(c);
        else
            encoded += u"\\u"_s + QString::number(byte, 16).toUpper().rightJustified(4, u'0');
    }
    return encoded;
}

// cors_error_string.cc, GetErrorStringForConsoleMessage: the text after "blocked by CORS policy: ".
QString corsReason(const CorsErrorStatus &status, Via via, EngineProfile profile)
{
    const QString hint = encodeHint(status.failedParameter);
    const bool isFetch = via == Via::Fetch;
    const bool isXhr = via == Via::Xhr;
    // Chromium 102 still pointed fetch() users at no-cors; current Chromium does not.
    const QString noCorsHint = !isFetch ? QString()
                               : engineBehaviour(profile).chromium156ConsoleTexts
                                   ? u" Have the server send the header with a valid value."_s
                                   : u" Have the server send the header with a valid value, or, if an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled."_s;
    const QString xhrCredentialsHint =
        isXhr ? u" The credentials mode of requests initiated by the XMLHttpRequest is controlled by the withCredentials attribute."_s
              : QString();
    switch (status.error) {
    case CorsError::DisallowedByMode: return u"Cross origin requests are not allowed by request mode."_s;
    case CorsError::InvalidResponse: return u"The response is invalid."_s;
    case CorsError::WildcardOriginNotAllowed:
    case CorsError::PreflightWildcardOriginNotAllowed:
        return u"The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'."_s
               + xhrCredentialsHint;
    case CorsError::MissingAllowOriginHeader:
    case CorsError::PreflightMissingAllowOriginHeader:
        return u"No 'Access-Control-Allow-Origin' header is present on the requested resource."_s
               + (isFetch && !engineBehaviour(profile).chromium156ConsoleTexts
                      ? u" If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled."_s
                      : QString());
    case CorsError::MultipleAllowOriginValues:
    case CorsError::PreflightMultipleAllowOriginValues:
        return u"The 'Access-Control-Allow-Origin' header contains multiple values '"_s + hint + u"', but only one is allowed."_s + noCorsHint;
    case CorsError::InvalidAllowOriginValue:
    case CorsError::PreflightInvalidAllowOriginValue:
        return u"The 'Access-Control-Allow-Origin' header contains the invalid value '"_s + hint + u"'."_s + noCorsHint;
    case CorsError::AllowOriginMismatch:
    case CorsError::PreflightAllowOriginMismatch:
        return u"The 'Access-Control-Allow-Origin' header has a value '"_s + hint + u"' that is not equal to the supplied origin."_s + noCorsHint;
    case CorsError::InvalidAllowCredentials:
    case CorsError::PreflightInvalidAllowCredentials:
        return u"The value of the 'Access-Control-Allow-Credentials' header in the response is '"_s + hint
               + u"' which must be 'true' when the request's credentials mode is 'include'."_s + xhrCredentialsHint;
    case CorsError::CorsDisabledScheme:
        return u"Cross origin requests are only supported for protocol schemes: "_s
               + (engineBehaviour(profile).chromium156ConsoleTexts ? u"chrome, chrome-experimental-site-token-provider, chrome-extension, chrome-untrusted, data, http, https, isolated-app"_s
                                                    : u"http, data, chrome, chrome-extension, chrome-untrusted, https"_s)
               + u'.';
    case CorsError::PreflightInvalidStatus: return u"It does not have HTTP ok status."_s;
    case CorsError::PreflightDisallowedRedirect: return u"Redirect is not allowed for a preflight request."_s;
    case CorsError::InvalidAllowMethodsPreflightResponse:
        return u"Cannot parse Access-Control-Allow-Methods response header field in preflight response."_s;
    case CorsError::InvalidAllowHeadersPreflightResponse:
        return u"Cannot parse Access-Control-Allow-Headers response header field in preflight response."_s;
    case CorsError::MethodDisallowedByPreflightResponse:
        return u"Method "_s + hint + u" is not allowed by Access-Control-Allow-Methods in preflight response."_s;
    case CorsError::HeaderDisallowedByPreflightResponse:
        return u"Request header field "_s + hint + u" is not allowed by Access-Control-Allow-Headers in preflight response."_s;
    case CorsError::RedirectContainsCredentials:
        return u"Redirect location '"_s + hint + u"' contains a username and password, which is disallowed for cross-origin requests."_s;
    case CorsError::MixedContent:
    case CorsError::OpaqueResponseBlocked:
    case CorsError::NoCorsMethodNotSafelisted:
    case CorsError::SandboxedFormSubmission:
    case CorsError::UrlContainsCredentials:
    case CorsError::CredentialedSubresourceBlocked:
    case CorsError::CorpNotSameOrigin:
    case CorsError::CorpNotSameSite:
    case CorsError::CorpNotSameOriginAfterDefaultedToSameOriginByCoep:
    case CorsError::CoepFrameResourceNeedsCoepHeader:
    case CorsError::XFrameOptions:
    case CorsError::FrameAncestors:
    case CorsError::TooManyRedirects:
    case CorsError::InvalidRedirect:
    case CorsError::UnsafeRedirect:
    case CorsError::UnknownUrlScheme:
    case CorsError::UnexpectedProxyAuth:
    case CorsError::BlockedByClient:
    case CorsError::EmptyResponse:
        break;
    }
    return {};
}

// Mixed Content's word for what was requested (Blink's MixedContentChecker).
QLatin1StringView mixedContentKind(Via via)
{
    switch (via) {
    case Via::Fetch: return "resource"_L1;
    case Via::Xhr: return "XMLHttpRequest endpoint"_L1;
    case Via::Script: return "script"_L1;
    case Via::Stylesheet: return "stylesheet"_L1;
    case Via::Font: return "font"_L1;
    case Via::Iframe: return "frame"_L1;
    case Via::Form: return "form action"_L1;
    case Via::Img: return "image"_L1;
    case Via::Media: return "audio"_L1;
    case Via::Navigate: return "resource"_L1;
    }
    return {};
}

// "PUT, content-type, x-trace" from the method (empty when safelisted) and Access-Control-Request-Headers.
QString notSafelisted(const QString &method, QString headerNames)
{
    headerNames.replace(u',', u", "_s);
    if (method.isEmpty())
        return headerNames;
    return headerNames.isEmpty() ? method : method + u", "_s + headerNames;
}

// security.properties' CORS texts: "… at URL. (Reason: R)." and, for the keys that name the status,
// "… (Reason: R). Status code: N." (both seen in Firefox ESR 153.8.0esr).
QString firefoxMessage(const QString &url, const QString &reason, const QString &status = {})
{
    return u"Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at "_s + url
           + u". (Reason: "_s + reason + (status.isEmpty() ? u")."_s : u"). Status code: "_s + status + u'.');
}

// Chromium's refusal to run a script or apply a stylesheet because of its MIME type.
QString mimeRefusalMessage(Via via, const QString &url, const QByteArray &essence, bool strict)
{
    const QString type = QString::fromLatin1(essence);
    if (via == Via::Stylesheet)
        return u"Refused to apply style from '"_s + url + u"' because its MIME type ('"_s + type
               + u"') is not a supported stylesheet MIME type, and strict MIME checking is enabled."_s;
    return u"Refused to execute script from '"_s + url + u"' because its MIME type ('"_s + type + u"') is not executable"_s
           + (strict ? u", and strict MIME type checking is enabled."_s : u"."_s);
}

// Chromium's words for an element that refused its response; empty when it prints none.
QString elementRefusalMessage(ElementLoadFailure failure, Via via, const QString &url, const QByteArray &essence)
{
    switch (failure) {
    case ElementLoadFailure::BlockedMimeType: return mimeRefusalMessage(via, url, essence, false);
    case ElementLoadFailure::NosniffMismatch: return mimeRefusalMessage(via, url, essence, true);
    case ElementLoadFailure::NothingToUse:
    case ElementLoadFailure::CrossOriginNosniffMismatch:
        break;
    }
    return {};
}

// What the words of the verdict's block name. The response a check judged is the last one: the
// engine stops there.
MessageContext messageContext(const Verdict &verdict, const Scenario &scenario)
{
    const std::optional<Url> page = parseUrlOrNull(scenario.page);
    const Exchange *last = verdict.exchanges.isEmpty() ? nullptr : &verdict.exchanges.last();
    return {scenario.request.via,
            verdict.requestedUrl,
            verdict.blockedUrl,
            verdict.origin,
            page ? page->serialize() : scenario.page,
            last ? last->status : 0,
            last ? &last->responseHeaders : nullptr};
}

// The CorsError a failed step names.
QString errorName(const Step &step) { return step.error ? QString(corsErrorName(*step.error)) : QString(); }

// ModeCheck: where main fetch sent the request, or why mode "same-origin" refused it.
QString mainFetchDetail(const Step &step)
{
    if (!step.passed)
        return Explanation::tr("Mode \"same-origin\" forbids another origin.");
    switch (step.reason) {
    case StepReason::BasicFetch: return Explanation::tr("Same origin (or a navigation): fetched without CORS, fully visible.");
    case StepReason::NoCorsFetch: return Explanation::tr("Mode \"no-cors\": fetched, but the response is opaque to the page.");
    // Known wrong: a data: URL gets the CORS wording (kept for now, so every output stays byte-identical).
    case StepReason::SchemeFetch:
    case StepReason::CorsFetch: return Explanation::tr("Cross-origin with mode \"cors\": the response must pass the CORS check.");
    case StepReason::None:
    case StepReason::SameOrigin:
    case StepReason::CrossOrigin:
    case StepReason::CredentialsIncluded:
    case StepReason::CredentialsExcluded:
    case StepReason::CredentialsOmittedByEmbedderPolicy:
    case StepReason::EmbedderPolicyEnforced:
    case StepReason::EmbedderPolicyUnsafeNone:
    case StepReason::EmbedderPolicyNotSecure:
    case StepReason::CorpAbsent:
    case StepReason::CorpInvalid:
    case StepReason::CorpSameOrigin:
    case StepReason::CorpSameSite:
    case StepReason::CorpCrossOrigin:
    case StepReason::CorpDefaultedToSameOrigin:
    case StepReason::XFrameOptionsDeny:
    case StepReason::XFrameOptionsSameOrigin:
    case StepReason::XFrameOptionsAllowAll:
    case StepReason::XFrameOptionsInvalid:
    case StepReason::XFrameOptionsConflict:
    case StepReason::XFrameOptionsOverridden:
        break;
    }
    return {};
}

// EmbedderPolicy: the page's COEP (arg 0), the header as written (1), the report-only value (2, empty without one).
QString embedderPolicyDetail(const Step &step)
{
    const auto arg = [&](std::size_t i) { return QString::fromUtf8(step.args.at(i)); };
    QString detail;
    switch (step.reason) {
    case StepReason::EmbedderPolicyNotSecure:
        detail = Explanation::tr("The page is not a secure context (https, or http on localhost): its Cross-Origin-Embedder-Policy is ignored.");
        break;
    case StepReason::EmbedderPolicyUnsafeNone:
        detail = arg(1).isEmpty() ? QString()
                                  : Explanation::tr("Cross-Origin-Embedder-Policy: %1 names no policy that applies (require-corp or credentialless, as one token).").arg(arg(1));
        break;
    default:
        detail = arg(0) == "credentialless"_L1
                     ? Explanation::tr("The page's COEP is credentialless: its no-cors loads from other origins go without cookies, and a frame needs CORP and a COEP of its own.")
                     : Explanation::tr("The page's COEP is require-corp: every no-cors load from another origin needs Cross-Origin-Resource-Policy, and a frame a COEP of its own.");
        break;
    }
    if (!step.args[2].isEmpty())
        detail += (detail.isEmpty() ? QString() : u" "_s) + Explanation::tr("Report-only: %1, which reports and never blocks.").arg(arg(2));
    return detail;
}

// CrossOriginResourcePolicyCheck: the URL (arg 0), the header as sent (1), the page's COEP (2).
QString resourcePolicyDetail(const Step &step)
{
    const auto arg = [&](std::size_t i) { return QString::fromUtf8(step.args.at(i)); };
    const QString outcome = step.passed ? Explanation::tr("allowed.") : Explanation::tr("blocked (%1).").arg(errorName(step));
    switch (step.reason) {
    case StepReason::CorpInvalid:
        return Explanation::tr("\"%1\" is none of same-origin, same-site, cross-origin (in that case): ignored, so %2").arg(arg(1), outcome);
    case StepReason::CorpSameOrigin:
        return Explanation::tr("same-origin: only %1's own origin may embed it; %2").arg(arg(0), outcome);
    case StepReason::CorpSameSite:
        return Explanation::tr("same-site: only %1's site may embed it (an https response only an https page); %2").arg(arg(0), outcome);
    case StepReason::CorpCrossOrigin:
        return Explanation::tr("cross-origin: any page may embed it; %1").arg(outcome);
    case StepReason::CorpDefaultedToSameOrigin:
        return Explanation::tr("No usable Cross-Origin-Resource-Policy, and the page's COEP %1 makes it same-origin; %2").arg(arg(2), outcome);
    default:
        return Explanation::tr("No Cross-Origin-Resource-Policy, and the page's COEP %1 asks for none here; %2").arg(arg(2), outcome);
    }
}

// XFrameOptionsCheck: the header as sent (arg 0), the page's origin (1).
QString xFrameOptionsDetail(const Step &step)
{
    const auto arg = [&](std::size_t i) { return QString::fromUtf8(step.args.at(i)); };
    switch (step.reason) {
    case StepReason::XFrameOptionsOverridden:
        return Explanation::tr("X-Frame-Options: %1 is not consulted: frame-ancestors decides.").arg(arg(0));
    case StepReason::XFrameOptionsDeny:
        return Explanation::tr("DENY: no page may show the document in a frame, not even its own origin.");
    case StepReason::XFrameOptionsSameOrigin:
        return step.passed ? Explanation::tr("SAMEORIGIN, and the page %1 is the document's origin.").arg(arg(1))
                           : Explanation::tr("SAMEORIGIN, and the page %1 is another origin.").arg(arg(1));
    case StepReason::XFrameOptionsAllowAll:
        return Explanation::tr("ALLOWALL: any page may show the document.");
    case StepReason::XFrameOptionsConflict:
        return Explanation::tr("\"%1\": values that disagree, taken as DENY.").arg(arg(0));
    default:
        return Explanation::tr("\"%1\" is no value Chromium knows (ALLOW-FROM is obsolete): ignored.").arg(arg(0));
    }
}

} // namespace

QString exchangeCredentialsNote(const Exchange &exchange)
{
    if (exchange.requestHeaders.contains("Cookie"))
        return Explanation::tr("with cookies");
    return exchange.credentials ? Explanation::tr("credentials included, no cookie to send") : QString();
}

QLatin1StringView requestKindName(Via via)
{
    // Blink: Resource::ResourceTypeToString, lower-cased when its second letter is.
    switch (via) {
    case Via::Fetch: return "fetch"_L1;
    case Via::Xhr: return "XMLHttpRequest"_L1;
    case Via::Img: return "image"_L1;
    case Via::Script: return "script"_L1;
    case Via::Stylesheet: return "CSS stylesheet"_L1;
    case Via::Font: return "font"_L1;
    case Via::Media: return "audio"_L1;
    case Via::Form: return "form"_L1;
    case Via::Navigate: return "document"_L1;
    case Via::Iframe: return "frame"_L1;
    }
    return {};
}

namespace {

// Chromium's network console line for a failed load, "Failed to load resource: net::ERR_…"; a navigation
// or a frame prints none in the page's console (seen in Chromium 156).
QString netErrorLine(const MessageContext &context, QLatin1StringView code)
{
    if (context.via == Via::Navigate || context.via == Via::Iframe)
        return {};
    return u"Failed to load resource: net::"_s + code;
}

// A refused CORP load: the generic net error line with the blocked-by-response reason after a dot
// (seen in Chromium 156.0.8078.114); a frame, the iframe's or a form's, prints none.
QString blockedByResponseLine(const MessageContext &context, QLatin1StringView reason)
{
    if (context.via == Via::Form)
        return {};
    const QString line = netErrorLine(context, "ERR_BLOCKED_BY_RESPONSE"_L1);
    return line.isEmpty() ? line : line + u'.' + reason;
}

// Chromium's AncestorThrottle names the framed document by its origin ("https://cdn.example/").
QString framedOrigin(const MessageContext &context)
{
    const std::optional<Url> url = parseUrlOrNull(context.url);
    return url ? Origin::fromUrl(*url).serialize() + u'/' : context.url;
}

// content/browser/renderer_host/ancestor_throttle.cc (seen in Chromium 156.0.8078.114).
QString xFrameOptionsMessage(const CorsErrorStatus &status, const MessageContext &context)
{
    const QString value = QString::fromLatin1(status.failedParameter);
    const XFrameOptions options = parseXFrameOptions(HeaderList{{"X-Frame-Options", status.failedParameter}});
    if (options == XFrameOptions::Conflict)
        return u"Refused to display '"_s + framedOrigin(context) + u"' in a frame because it set multiple 'X-Frame-Options' headers with conflicting values ('"_s
               + value + u"'). Falling back to 'deny'."_s;
    return u"Refused to display '"_s + framedOrigin(context) + u"' in a frame because it set 'X-Frame-Options' to '"_s
           + (options == XFrameOptions::Deny ? u"deny"_s : u"sameorigin"_s) + u"'."_s;
}

// The CSP violation text for frame-ancestors, which Chromium 156 ends with a newline; a directive with *
// (refusing only an opaque origin) adds a note on the schemes * matches (both seen in Chromium 156.0.8078.114).
QString frameAncestorsMessage(const CorsErrorStatus &status, const MessageContext &context)
{
    const QString directive = QString::fromLatin1(status.failedParameter);
    QString message = u"Framing '"_s + framedOrigin(context) + u"' violates the following Content Security Policy directive: \""_s
                      + directive + u"\". The request has been blocked."_s;
    if (directive == "frame-ancestors *"_L1) {
        const QString scheme = context.url.left(context.url.indexOf(u':'));
        message += u" Note that '*' matches only URLs with network schemes ('http', 'https', 'ws', 'wss'), or URLs whose scheme matches `self`'s scheme. The scheme '"_s
                   + scheme + u":' must be added explicitly."_s;
    }
    return message + u'\n';
}

} // namespace

QString consoleMessage(const CorsErrorStatus &status, const MessageContext &context, EngineProfile profile)
{
    switch (status.error) {
    case CorsError::MixedContent:
        return u"Mixed Content: The page at '"_s + context.page + u"' was loaded over HTTPS, but requested an insecure "_s
               + mixedContentKind(context.via) + u" '"_s + context.url
               + u"'. This request has been blocked; the content must be served over HTTPS."_s;
    case CorsError::OpaqueResponseBlocked:
        return {};   // no console text; the load fails with net::ERR_BLOCKED_BY_ORB
    case CorsError::NoCorsMethodNotSafelisted:
        return u"TypeError: Failed to execute 'fetch' on 'Window': '"_s + QString::fromLatin1(status.failedParameter)
               + u"' is unsupported in no-cors mode."_s;
    case CorsError::SandboxedFormSubmission:
        return u"Blocked form submission to '"_s + context.url
               + u"' because the form's frame is sandboxed and the 'allow-forms' permission is not set."_s;
    case CorsError::UrlContainsCredentials:
        return u"TypeError: Failed to execute 'fetch' on 'Window': Request cannot be constructed from a URL that includes credentials: "_s
               + context.url;
    case CorsError::CredentialedSubresourceBlocked:
        return {};   // only a DevTools issue (RequestedSubresourceWithEmbeddedCredentials)
    // A network error prints only the network console line naming it; a failed navigation or frame
    // prints none (its error page shows the code). All seen in Chromium 156.
    case CorsError::TooManyRedirects:
        return netErrorLine(context, "ERR_TOO_MANY_REDIRECTS"_L1);
    case CorsError::InvalidRedirect:
        return netErrorLine(context, "ERR_INVALID_REDIRECT"_L1);
    case CorsError::UnsafeRedirect:
        return netErrorLine(context, "ERR_UNSAFE_REDIRECT"_L1);
    case CorsError::UnknownUrlScheme:
        return netErrorLine(context, "ERR_UNKNOWN_URL_SCHEME"_L1);
    case CorsError::UnexpectedProxyAuth:
        return netErrorLine(context, "ERR_UNEXPECTED_PROXY_AUTH"_L1);
    case CorsError::EmptyResponse:
        return netErrorLine(context, "ERR_EMPTY_RESPONSE"_L1);
    case CorsError::BlockedByClient:
        return {};   // the warning page speaks for it: no console line (seen in Chromium 156.0.8078.114)
    case CorsError::CorpNotSameOrigin:
        return blockedByResponseLine(context, "NotSameOrigin"_L1);
    case CorsError::CorpNotSameSite:
        return blockedByResponseLine(context, "NotSameSite"_L1);
    case CorsError::CorpNotSameOriginAfterDefaultedToSameOriginByCoep:
        return blockedByResponseLine(context, "NotSameOriginAfterDefaultedToSameOriginByCoep"_L1);
    case CorsError::CoepFrameResourceNeedsCoepHeader:
        return {};   // only frames meet it, and a frame prints none (seen in Chromium 156)
    case CorsError::XFrameOptions:
        return xFrameOptionsMessage(status, context);
    case CorsError::FrameAncestors:
        return frameAncestorsMessage(status, context);
    case CorsError::DisallowedByMode:
        // Blink's FetchManager refuses a same-origin-mode fetch to another origin before it is sent;
        // after a redirect, the frame's security check refuses the new URL (the text ends in a newline).
        if (context.initialUrl == context.url)
            return u"Fetch API cannot load "_s + context.url + u". Request mode is \"same-origin\" but the URL's origin is not same as the request origin "_s
                   + context.origin + u'.';
        return u"Unsafe attempt to load URL "_s + context.url + u" from frame with URL "_s + context.page
               + u". Domains, protocols and ports must match.\n"_s;
    case CorsError::CorsDisabledScheme: {
        const QString scheme = context.url.left(context.url.indexOf(u':'));
        // Blink refuses a redirect to view-source: as a local resource, whatever the mode (seen in Chromium 156).
        if (context.initialUrl != context.url && scheme == "view-source"_L1)
            return u"Not allowed to load local resource: "_s + context.url;
        if (context.initialUrl != context.url)
            break;   // after a redirect: the CORS text below, "(redirected from …)"
        if (scheme == "file"_L1)
            return u"Not allowed to load local resource: "_s + context.url;
        if (context.via == Via::Fetch)
            return u"Fetch API cannot load "_s + context.url + u". URL scheme \""_s + scheme + u"\" is not supported."_s;
        if (context.via == Via::Xhr && scheme == "ftp"_L1)
            return u"FTP is not supported."_s;
        break;
    }
    default:
        break;
    }
    QString message = u"Access to "_s + requestKindName(context.via) + u" at '"_s + context.url + u"' "_s;
    if (context.initialUrl != context.url)
        message += u"(redirected from '"_s + context.initialUrl + u"') "_s;
    message += u"from origin '"_s + context.origin + u"' has been blocked by CORS policy: "_s;
    if (isPreflightError(status.error))
        message += u"Response to preflight request doesn't pass access control check: "_s;
    return message + corsReason(status, context.via, profile);
}

std::optional<FirefoxReport> firefoxReport(const CorsErrorStatus &status, const MessageContext &context)
{
    const QString value = QString::fromLatin1(status.failedParameter);
    const QString code = context.status ? QString::number(context.status) : u"(null)"_s;
    const auto report = [&](const char *key, const QString &reason) {
        return FirefoxReport{QString::fromLatin1(key), firefoxMessage(context.url, reason)};
    };
    const auto reportWithStatus = [&](const char *key, const QString &reason) {
        return FirefoxReport{QString::fromLatin1(key), firefoxMessage(context.url, reason, code)};
    };
    switch (status.error) {
    case CorsError::MissingAllowOriginHeader:
    case CorsError::PreflightMissingAllowOriginHeader:
        return reportWithStatus("CORSMissingAllowOrigin2", u"CORS header ‘Access-Control-Allow-Origin’ missing"_s);
    case CorsError::MultipleAllowOriginValues:
    case CorsError::PreflightMultipleAllowOriginValues: {
        // Firefox counts header lines; one line "a, b" is a mismatch there.
        const qsizetype lines = context.responseHeaders ? std::count_if(context.responseHeaders->entries().cbegin(),
                                                                       context.responseHeaders->entries().cend(),
                                                                       [](const Header &header) {
                                                                           return header.name.compare("access-control-allow-origin", Qt::CaseInsensitive) == 0;
                                                                       })
                                                        : 1;
        if (lines > 1)
            return report("CORSMultipleAllowOriginNotAllowed", u"Multiple CORS header ‘Access-Control-Allow-Origin’ not allowed"_s);
        return report("CORSAllowOriginNotMatchingOrigin", u"CORS header ‘Access-Control-Allow-Origin’ does not match ‘"_s + value + u"’"_s);
    }
    case CorsError::InvalidAllowOriginValue:
    case CorsError::PreflightInvalidAllowOriginValue:
    case CorsError::AllowOriginMismatch:
    case CorsError::PreflightAllowOriginMismatch:
        return report("CORSAllowOriginNotMatchingOrigin", u"CORS header ‘Access-Control-Allow-Origin’ does not match ‘"_s + value + u"’"_s);
    case CorsError::WildcardOriginNotAllowed:
    case CorsError::PreflightWildcardOriginNotAllowed:
        return report("CORSNotSupportingCredentials", u"Credential is not supported if the CORS header ‘Access-Control-Allow-Origin’ is ‘*’"_s);
    case CorsError::InvalidAllowCredentials:
    case CorsError::PreflightInvalidAllowCredentials:
        return report("CORSMissingAllowCredentials", u"expected ‘true’ in CORS header ‘Access-Control-Allow-Credentials’"_s);
    case CorsError::CorsDisabledScheme:
        return report("CORSRequestNotHttp", u"CORS request not HTTP"_s);
    case CorsError::PreflightInvalidStatus:
        return reportWithStatus("CORSPreflightDidNotSucceed3", u"CORS preflight response did not succeed"_s);
    case CorsError::PreflightDisallowedRedirect:
        return report("CORSExternalRedirectNotAllowed", u"CORS request external redirect not allowed"_s);
    case CorsError::InvalidAllowMethodsPreflightResponse:
        return report("CORSInvalidAllowMethod", u"invalid token ‘"_s + value + u"’ in CORS header ‘Access-Control-Allow-Methods’"_s);
    case CorsError::InvalidAllowHeadersPreflightResponse:
        return report("CORSInvalidAllowHeader", u"invalid token ‘"_s + value + u"’ in CORS header ‘Access-Control-Allow-Headers’"_s);
    case CorsError::MethodDisallowedByPreflightResponse:
        return report("CORSMethodNotFound", u"Did not find method in CORS header ‘Access-Control-Allow-Methods’"_s);
    case CorsError::HeaderDisallowedByPreflightResponse:
        return report("CORSMissingAllowHeaderFromPreflight2",
                      u"header ‘"_s + value + u"’ is not allowed according to header ‘Access-Control-Allow-Headers’ from CORS preflight response"_s);
    case CorsError::InvalidResponse:
        return reportWithStatus("CORSDidNotSucceed2", u"CORS request did not succeed"_s);
    // netwerk/locales/en-US/necko.properties, CORPBlocked (Firefox names no reason of its own for COEP's default)
    case CorsError::CorpNotSameOrigin:
    case CorsError::CorpNotSameSite:
    case CorsError::CorpNotSameOriginAfterDefaultedToSameOriginByCoep:
        return FirefoxReport{u"CORPBlocked"_s, u"The resource at “"_s + context.url
                                                   + u"” was blocked due to its Cross-Origin-Resource-Policy header (or lack thereof). See https://developer.mozilla.org/docs/Web/HTTP/Cross-Origin_Resource_Policy_(CORP)#"_s};
    // dom/locales/en-US/chrome/security/security.properties, XFrameOptionsDeny
    case CorsError::XFrameOptions:
        return FirefoxReport{u"XFrameOptionsDeny"_s, u"The loading of “"_s + context.url
                                                         + u"” in a frame is denied by “X-Frame-Options“ directive set to “"_s + value + u"“."_s};
    // dom/locales/en-US/chrome/security/csp.properties, CSPGenericViolation
    case CorsError::FrameAncestors:
        return FirefoxReport{u"CSPGenericViolation"_s, u"The page’s settings blocked the loading of a resource (frame-ancestors) at "_s + context.url
                                                           + u" because it violates the following directive: “"_s + value + u"”"_s};
    // dom/locales/en-US/chrome/security/security.properties: active content (script, style, fetch,
    // frames, fonts) and display content (images, media), seen in Firefox 153 (firefox-mixed-fetch-blocked).
    case CorsError::MixedContent:
        if (context.via == Via::Img || context.via == Via::Media)
            return FirefoxReport{u"BlockMixedDisplayContent"_s, u"Blocked loading mixed display content “"_s + context.url + u"”"_s};
        return FirefoxReport{u"BlockMixedActiveContent"_s, u"Blocked loading mixed active content “"_s + context.url + u"”"_s};
    // ORB prints nothing to the console; its MOZ_LOG module (ORB:5) names the block (firefox-orb-img-html).
    // A nosniff script or stylesheet meets Firefox's MIME check first (dom/locales/en-US/chrome/security/
    // security.properties, MimeTypeMismatch2: script-nosniff-cross-origin).
    case CorsError::OpaqueResponseBlocked:
        if ((context.via == Via::Script || context.via == Via::Stylesheet) && context.responseHeaders && hasNosniff(*context.responseHeaders))
            return FirefoxReport{u"MimeTypeMismatch2"_s, u"The resource from “"_s + context.url + u"” was blocked due to MIME type (“"_s
                                                             + QString::fromLatin1(mimeTypeEssence(*context.responseHeaders))
                                                             + u"”) mismatch (X-Content-Type-Options: nosniff)."_s};
        return FirefoxReport{u"ORB"_s, QString()};
    // dom/bindings/Errors.msg, MSG_INVALID_REQUEST_METHOD (mode-no-cors-delete-lower).
    case CorsError::NoCorsMethodNotSafelisted:
        return FirefoxReport{u"MSG_INVALID_REQUEST_METHOD"_s, u"TypeError: Window.fetch: Invalid request method "_s + value + u'.'};
    // dom/bindings/Errors.msg, MSG_URL_HAS_CREDENTIALS (url-credentials-fetch-same-origin).
    case CorsError::UrlContainsCredentials:
        return FirefoxReport{u"MSG_URL_HAS_CREDENTIALS"_s, u"TypeError: Window.fetch: "_s + context.url + u" is an url with embedded credentials."_s};
    case CorsError::DisallowedByMode:
    case CorsError::RedirectContainsCredentials:
    case CorsError::SandboxedFormSubmission:
    case CorsError::CredentialedSubresourceBlocked:
    case CorsError::CoepFrameResourceNeedsCoepHeader:
    case CorsError::TooManyRedirects:
    case CorsError::InvalidRedirect:
    case CorsError::UnsafeRedirect:
    case CorsError::UnknownUrlScheme:
    case CorsError::UnexpectedProxyAuth:
    case CorsError::BlockedByClient:
    case CorsError::EmptyResponse:
        break;
    }
    return std::nullopt;
}

QString consoleMessage(const Verdict &verdict, const Scenario &scenario, EngineProfile profile)
{
    if (verdict.error)
        return consoleMessage(*verdict.error, messageContext(verdict, scenario), profile);
    if (verdict.elementFailure && !verdict.exchanges.isEmpty()) {
        const QByteArray essence = mimeTypeEssence(verdict.exchanges.last().responseHeaders);
        return elementRefusalMessage(*verdict.elementFailure, scenario.request.via, verdict.blockedUrl, essence);
    }
    return {};
}

bool firefoxReasonNamesOneError(const QString &key)
{
    // Worked out from firefoxReport itself: each key with the errors that give it, for every via, an
    // error and its preflight twin counted once (a multiple-value Allow-Origin in one line and in two).
    static const QSet<QString> oneToOne = [] {
        const HeaderList oneLine{{"Access-Control-Allow-Origin", "a, b"}};
        const HeaderList twoLines{{"Access-Control-Allow-Origin", "a"}, {"Access-Control-Allow-Origin", "b"}};
        QHash<QString, QSet<CorsError>> errorsOfKey;
        for (int i = 0; i < kCorsErrorCount; ++i) {
            const auto error = static_cast<CorsError>(i);
            for (const Via via : kAllVias) {
                for (const HeaderList *headers : {&oneLine, &twoLines}) {
                    MessageContext context;
                    context.via = via;
                    context.responseHeaders = headers;
                    if (const std::optional<FirefoxReport> report = firefoxReport(CorsErrorStatus{error, {}}, context))
                        errorsOfKey[report->reason].insert(preflightTwin(error));
                }
            }
        }
        QSet<QString> keys;
        for (auto it = errorsOfKey.cbegin(); it != errorsOfKey.cend(); ++it) {
            if (it.value().size() == 1)
                keys.insert(it.key());
        }
        // Firefox gives this key for MIME refusals Chromium makes without a CorsError too (css-nosniff-same-origin).
        keys.remove(u"MimeTypeMismatch2"_s);
        return keys;
    }();
    return oneToOne.contains(key);
}

std::optional<FirefoxReport> firefoxReport(const Verdict &verdict, const Scenario &scenario)
{
    if (!verdict.error)
        return std::nullopt;
    return firefoxReport(*verdict.error, messageContext(verdict, scenario));
}

// The network stack failed the load before Fetch saw a response it could judge.
StepText networkErrorStep(const Step &step)
{
    const auto arg = [&](std::size_t i) { return QString::fromUtf8(step.args.at(i)); };
    const QString title = Explanation::tr("Network error");
    switch (step.error.value_or(CorsError::EmptyResponse)) {
    case CorsError::UnexpectedProxyAuth:
        return {title, Explanation::tr("%1 answered 407 Proxy Authentication Required, but it is no proxy: Chromium fails the load (net::ERR_UNEXPECTED_PROXY_AUTH).").arg(arg(0)),
                "https://www.rfc-editor.org/rfc/rfc9110#status.407"_L1};
    case CorsError::UnsafeRedirect:
        return {title, Explanation::tr("Chromium never follows a redirect to %1, a local scheme (net::ERR_UNSAFE_REDIRECT).").arg(arg(0)),
                "https://fetch.spec.whatwg.org/#http-redirect-fetch"_L1};
    case CorsError::UnknownUrlScheme:
        return {title, Explanation::tr("The redirect goes to %1, a scheme the browser cannot fetch (net::ERR_UNKNOWN_URL_SCHEME).").arg(arg(0)),
                "https://fetch.spec.whatwg.org/#http-redirect-fetch"_L1};
    default:
        return {title, Explanation::tr("%1 answered only %2, an interim response, and closed the connection: no final response (net::ERR_EMPTY_RESPONSE).").arg(arg(0), arg(1)),
                "https://www.rfc-editor.org/rfc/rfc9110#status.1xx"_L1};
    }
}

namespace {

// A jar cookie the main request goes without (args: name, CookieExclusion key, method, origin relation).
StepText describeCookieStep(const Step &step)
{
    const QString name = QString::fromLatin1(step.args[0]);
    const QString method = QString::fromLatin1(step.args[2]);
    const QString relation = QString::fromLatin1(step.args[3]);
    const std::optional<CookieExclusion> reason = cookieExclusionFromName(QLatin1StringView(step.args[1]));
    const auto text = [&]() -> std::pair<QString, QLatin1StringView> {
        constexpr QLatin1StringView sameSiteSpec = "https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-samesite-cookies"_L1;
        switch (reason.value_or(CookieExclusion::NotStored)) {
        case CookieExclusion::DomainMismatch:
            return {Explanation::tr("%1 belongs to another host or domain: not sent.").arg(name),
                    "https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-domain-matching"_L1};
        case CookieExclusion::PathMismatch:
            return {Explanation::tr("%1 is for another path: not sent.").arg(name),
                    "https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-paths-and-path-match"_L1};
        case CookieExclusion::SecureOnly:
            return {step.id == StepId::CookieNotStored
                        ? Explanation::tr("%1 is Secure, but was set over an insecure connection: the browser refused to store it.").arg(name)
                        : Explanation::tr("%1 is Secure and this URL is not: not sent.").arg(name),
                    "https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-secure-attribute"_L1};
        case CookieExclusion::SameSiteStrict:
            return {Explanation::tr("%1 is SameSite=Strict and this %2 request is %3: not sent.").arg(name, method, relation), sameSiteSpec};
        case CookieExclusion::SameSiteLax:
            return {Explanation::tr("%1 is SameSite=Lax and this is a %3 %2: not sent (this is what stops CSRF).").arg(name, method, relation),
                    sameSiteSpec};
        case CookieExclusion::SameSiteLaxByDefault:
            return {Explanation::tr("%1 has no SameSite attribute, so Chromium treats it as Lax, and this is a %3 %2: not sent.").arg(name, method, relation),
                    sameSiteSpec};
        case CookieExclusion::SameSiteNoneInsecure:
            return {Explanation::tr("%1 is SameSite=None without Secure: Chromium refused to store it.").arg(name), sameSiteSpec};
        case CookieExclusion::ThirdPartyBlocked:
            return {Explanation::tr("%1 is a third-party cookie here, and third-party cookies are blocked: not sent.").arg(name),
                    "https://privacycg.github.io/storage-partitioning/"_L1};
        case CookieExclusion::PartitionMismatch:
            return {Explanation::tr("%1 is Partitioned, stored for another top-level site: not sent.").arg(name),
                    "https://github.com/privacycg/CHIPS"_L1};
        case CookieExclusion::CredentialsOmitted:
            return {Explanation::tr("%1 stays home: this request carries no credentials.").arg(name),
                    "https://fetch.spec.whatwg.org/#concept-request-credentials-mode"_L1};
        case CookieExclusion::InvalidPrefix:
            return {Explanation::tr("%1 breaks its __Secure- or __Host- prefix's rules: the browser refused to store it.").arg(name),
                    "https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-cookie-name-prefixes"_L1};
        case CookieExclusion::InvalidDomain:
            return {Explanation::tr("%1 names a Domain its URL cannot set cookies for: the browser refused to store it.").arg(name),
                    "https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-the-domain-attribute-2"_L1};
        case CookieExclusion::InvalidPartitioned:
            return {Explanation::tr("%1 is Partitioned without Secure: the browser refused to store it.").arg(name),
                    "https://github.com/privacycg/CHIPS"_L1};
        case CookieExclusion::NotStored:
            break;
        }
        return {Explanation::tr("%1 expired at once or is no cookie line: nothing was stored.").arg(name),
                "https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-storage-model"_L1};
    }();
    return {step.id == StepId::CookieNotStored ? Explanation::tr("Cookie not stored") : Explanation::tr("Cookie withheld"), text.first,
            text.second};
}

} // namespace

StepText describeStep(const Step &step)
{
    const auto arg = [&](std::size_t i) { return QString::fromUtf8(step.args.at(i)); };
    // A failed CORS or preflight check names its error and the failed parameter.
    const auto failed = [&] { return Explanation::tr("Failed: %1 %2").arg(errorName(step), arg(0)); };
    switch (step.id) {
    case StepId::RequestSetup:
        return {Explanation::tr("Request setup"), Explanation::tr("%1 makes a %2 request: mode \"%3\", credentials \"%4\".").arg(arg(0), arg(3), arg(1), arg(2)),
                "https://fetch.spec.whatwg.org/#concept-request"_L1};
    case StepId::SameOriginCheck:
        return {Explanation::tr("Same origin?"),
                step.reason == StepReason::SameOrigin
                    ? Explanation::tr("%1 and %2 are the same origin.").arg(arg(0), arg(1))
                    : Explanation::tr("%1 and %2 differ in scheme, host or port: a cross-origin request.").arg(arg(0), arg(1)),
                "https://html.spec.whatwg.org/multipage/browsers.html#same-origin"_L1};
    case StepId::MixedContentCheck:
        return {Explanation::tr("Mixed content"),
                step.passed ? Explanation::tr("The https page asks for %1; Chromium upgrades it to %2.").arg(arg(0), arg(1))
                            : Explanation::tr("The https page asks for the insecure %1; Chromium blocks it.").arg(arg(0)),
                "https://w3c.github.io/webappsec-mixed-content/#should-block-fetch"_L1};
    case StepId::CredentialsInUrl:
        return {Explanation::tr("Credentials in the URL"), Explanation::tr("%1 contains a user name or password.").arg(arg(0)),
                "https://fetch.spec.whatwg.org/#dom-request"_L1};
    case StepId::ReferrerPolicyCheck:
        return {Explanation::tr("Referrer policy"),
                Explanation::tr("\"%1\" is not a referrer policy: fetch() throws a TypeError and sends nothing.").arg(arg(0)),
                "https://w3c.github.io/webappsec-referrer-policy/#referrer-policies"_L1};
    case StepId::SchemeCheck:
        return {Explanation::tr("Scheme supports CORS?"), Explanation::tr("\"%1\" is not an HTTP(S) scheme; CORS requests need one.").arg(arg(0)),
                "https://fetch.spec.whatwg.org/#main-fetch"_L1};
    case StepId::ModeCheck:
        return {Explanation::tr("Main fetch"), mainFetchDetail(step), "https://fetch.spec.whatwg.org/#main-fetch"_L1};
    case StepId::NoCorsMethodCheck:
        return {Explanation::tr("no-cors method"), Explanation::tr("%1 is not GET, HEAD or POST, which no-cors requires.").arg(arg(0)),
                "https://fetch.spec.whatwg.org/#cors-safelisted-method"_L1};
    case StepId::SandboxCheck:
        return {Explanation::tr("Sandbox"), Explanation::tr("The page is sandboxed without allow-forms: the form is not submitted."),
                "https://html.spec.whatwg.org/multipage/browsers.html#sandboxed-forms-browsing-context-flag"_L1};
    case StepId::InsecureFormCheck:
        return {Explanation::tr("Insecure form"),
                Explanation::tr("The https page submits a form to %1, which is not secure: Chromium stops and warns "
                                "\"The information you're about to submit is not secure\", and nothing is sent unless the "
                                "user goes on (net::ERR_BLOCKED_BY_CLIENT).").arg(arg(0)),
                "https://w3c.github.io/webappsec-mixed-content/level2.html#mixed-content-form-submission"_L1};
    case StepId::OriginHeader:
        return {Explanation::tr("Origin header"), arg(0).isEmpty() ? Explanation::tr("No Origin header is sent.") : Explanation::tr("Origin: %1").arg(arg(0)),
                "https://fetch.spec.whatwg.org/#append-a-request-origin-header"_L1};
    case StepId::CookiesAttached:
        return {Explanation::tr("Cookies"),
                step.reason == StepReason::CredentialsExcluded ? Explanation::tr("Credentials mode \"%1\": no cookies are sent.").arg(arg(0))
                : step.reason == StepReason::CredentialsOmittedByEmbedderPolicy
                    ? Explanation::tr("Credentials mode \"%1\", but the page's COEP is credentialless: a no-cors request to another origin goes without cookies.").arg(arg(0))
                : !arg(1).isEmpty() ? Explanation::tr("Credentials mode \"%1\": Cookie: %2").arg(arg(0), arg(1))
                : !arg(2).isEmpty() ? Explanation::tr("Credentials mode \"%1\": cookies may go, but none of the jar's goes with this request.").arg(arg(0))
                                    : Explanation::tr("Credentials mode \"%1\": cookies go along.").arg(arg(0)),
                "https://fetch.spec.whatwg.org/#concept-request-credentials-mode"_L1};
    case StepId::CookieNotStored:
    case StepId::CookieWithheld:
        return describeCookieStep(step);
    case StepId::PreflightNeeded:
        return {Explanation::tr("Preflight needed?"),
                step.args[0].isEmpty() && step.args[1].isEmpty() ? Explanation::tr("Safelisted method and headers: no preflight.")
                                    : Explanation::tr("Not safelisted: %1. The browser asks first with OPTIONS.").arg(notSafelisted(arg(0), arg(1))),
                "https://fetch.spec.whatwg.org/#cors-preflight-fetch"_L1};
    case StepId::PreflightCacheHit:
        return {Explanation::tr("Preflight cache"), Explanation::tr("An earlier preflight still covers this request."),
                "https://fetch.spec.whatwg.org/#cors-preflight-cache"_L1};
    case StepId::PreflightStatus:
        return {Explanation::tr("Preflight status"),
                step.passed ? Explanation::tr("%1 is an ok status.").arg(arg(0)) : Explanation::tr("The preflight answered %1, not 200–299.").arg(arg(0)),
                "https://fetch.spec.whatwg.org/#cors-preflight-fetch"_L1};
    case StepId::PreflightRedirect:
        return {Explanation::tr("Preflight redirect"), Explanation::tr("The preflight was answered with a redirect, which is never followed."),
                "https://fetch.spec.whatwg.org/#cors-preflight-fetch"_L1};
    case StepId::PreflightCorsCheck:
        return {Explanation::tr("CORS check (preflight)"),
                step.passed ? Explanation::tr("Access-Control-Allow-Origin (and -Credentials) allow this origin.") : failed(),
                "https://fetch.spec.whatwg.org/#concept-cors-check"_L1};
    case StepId::AllowMethods:
        return {Explanation::tr("Access-Control-Allow-Methods"),
                step.passed ? Explanation::tr("%1 is allowed.").arg(arg(0)) : failed(),
                "https://fetch.spec.whatwg.org/#http-access-control-allow-methods"_L1};
    case StepId::AllowHeaders:
        return {Explanation::tr("Access-Control-Allow-Headers"),
                step.passed ? Explanation::tr("Every non-safelisted header is allowed.") : failed(),
                "https://fetch.spec.whatwg.org/#http-access-control-allow-headers"_L1};
    case StepId::PreflightCacheEntry:
        return {Explanation::tr("Preflight cache"), Explanation::tr("Chromium caches this preflight for %1 s (Access-Control-Max-Age; default 5 s, at most 2 h).").arg(arg(0)),
                "https://fetch.spec.whatwg.org/#cors-preflight-cache"_L1};
    case StepId::CorsCheck:
        return {Explanation::tr("CORS check"),
                step.passed ? Explanation::tr("Access-Control-Allow-Origin (and -Credentials) allow this origin.") : failed(),
                "https://fetch.spec.whatwg.org/#concept-cors-check"_L1};
    case StepId::Redirect:
        return {Explanation::tr("Redirect"), Explanation::tr("%1 to %2").arg(arg(0), arg(1)), "https://fetch.spec.whatwg.org/#http-redirect-fetch"_L1};
    case StepId::RedirectLimit:
        return {Explanation::tr("Redirect limit"), Explanation::tr("More than %1 redirects.").arg(arg(0)), "https://fetch.spec.whatwg.org/#http-redirect-fetch"_L1};
    case StepId::RedirectCredentials:
        return {Explanation::tr("Redirect to credentials"), Explanation::tr("The redirect goes to %1, which contains a user name or password.").arg(arg(0)),
                "https://fetch.spec.whatwg.org/#http-redirect-fetch"_L1};
    case StepId::TaintedOrigin:
        return {Explanation::tr("Tainted origin"), Explanation::tr("Redirected across origins from %1 to %2: from now on the Origin is \"null\".").arg(arg(0), arg(1)),
                "https://fetch.spec.whatwg.org/#concept-request-tainted-origin"_L1};
    case StepId::AuthorizationDropped:
        return {Explanation::tr("Authorization dropped"), Explanation::tr("The redirect to %1 crosses origins: the Authorization header is removed.").arg(arg(0)),
                "https://fetch.spec.whatwg.org/#http-redirect-fetch"_L1};
    case StepId::MethodRewrite:
        return {Explanation::tr("Method rewrite"), Explanation::tr("%2 turns %1 into GET and drops the body.").arg(arg(0), arg(1)),
                "https://fetch.spec.whatwg.org/#http-redirect-fetch"_L1};
    case StepId::OpaqueResponse:
        return {Explanation::tr("Opaque response"), Explanation::tr("The page gets an opaque response: no status, headers or body."),
                "https://fetch.spec.whatwg.org/#concept-filtered-response-opaque"_L1};
    case StepId::OpaqueResponseBlocking:
        if (step.reason == StepReason::NonOkStatus)
            return {Explanation::tr("Opaque-response blocking"),
                    Explanation::tr("Firefox's ORB blocks a no-cors response whose status (%1) is not ok.").arg(arg(0)),
                    "https://fetch.spec.whatwg.org/#orb"_L1};
        return {Explanation::tr("Opaque-response blocking"), Explanation::tr("A no-cors response of type \"%1\" is not an image, media, script or stylesheet: blocked.").arg(arg(0)),
                "https://fetch.spec.whatwg.org/#orb"_L1};
    case StepId::ExposedHeaders:
        return {Explanation::tr("Exposed headers"), arg(0).isEmpty() ? Explanation::tr("Script can read no response headers.") : Explanation::tr("Script can read: %1").arg(arg(0)),
                "https://fetch.spec.whatwg.org/#concept-filtered-response-cors"_L1};
    case StepId::ElementReadability:
        if (step.reason == StepReason::UnmutedErrorObject)
            return {Explanation::tr("What the page can use"),
                    Explanation::tr("The script is not CORS-same-origin, but it throws an Error object of its own: Firefox hands its "
                                    "message to window.onerror and mutes only errors the engine raises."),
                    "https://html.spec.whatwg.org/multipage/webappapis.html#muted-errors"_L1};
        return {Explanation::tr("What the page can use"),
                step.passed ? Explanation::tr("The %1 is CORS-same-origin: the page can read it.").arg(arg(0))
                            : Explanation::tr("The %1 loads, but its contents are not readable across origins.").arg(arg(0)),
                "https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-same-origin"_L1};
    case StepId::ElementLoadFailed:
        return {Explanation::tr("Element load"), Explanation::tr("The element cannot use the response (status %1, type \"%2\"): its error event fires.").arg(arg(0), arg(1)),
                "https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-same-origin"_L1};
    case StepId::NoServerRoute:
        return {Explanation::tr("Server"), Explanation::tr("No route answers %1 %2: 404 with no headers.").arg(arg(0), arg(1)), "https://fetch.spec.whatwg.org/#http-fetch"_L1};
    case StepId::NetworkError:
        return networkErrorStep(step);
    case StepId::EmbedderPolicy:
        return {Explanation::tr("Cross-Origin-Embedder-Policy"), embedderPolicyDetail(step), "https://html.spec.whatwg.org/multipage/browsers.html#coep"_L1};
    case StepId::CrossOriginResourcePolicyCheck:
        return {Explanation::tr("Cross-Origin-Resource-Policy"), resourcePolicyDetail(step),
                "https://fetch.spec.whatwg.org/#cross-origin-resource-policy-check"_L1};
    case StepId::FrameEmbedderPolicyCheck:
        return {Explanation::tr("The frame's own COEP"),
                step.passed ? Explanation::tr("The frame's COEP is %1, as the page's %2 requires.").arg(arg(0), arg(1))
                            : Explanation::tr("The page's COEP is %2, and the frame %3 sends none of require-corp or credentialless (%1).").arg(arg(0), arg(1), arg(2)),
                "https://html.spec.whatwg.org/multipage/browsers.html#check-a-navigation-response's-adherence-to-its-embedder-policy"_L1};
    case StepId::FrameAncestorsCheck:
        return {Explanation::tr("frame-ancestors"),
                step.passed ? Explanation::tr("%1 lets the page %2 frame the document.").arg(arg(0), arg(1))
                            : Explanation::tr("%1 does not let the page %2 frame the document: refused.").arg(arg(0), arg(1)),
                "https://w3c.github.io/webappsec-csp/#frame-ancestors-navigation-response"_L1};
    case StepId::XFrameOptionsCheck:
        return {Explanation::tr("X-Frame-Options"), xFrameOptionsDetail(step),
                "https://html.spec.whatwg.org/multipage/document-lifecycle.html#the-x-frame-options-header"_L1};
    case StepId::ExternalProtocol:
        return {Explanation::tr("External protocol"),
                Explanation::tr("Chromium does not load %1 itself: the navigation goes to the system's handler for its scheme, and the page stays.").arg(arg(0)),
                "https://html.spec.whatwg.org/multipage/browsing-the-web.html#hand-off-to-external-software"_L1};
    }
    return {};
}

namespace {

// A route as the words name it: "GET https://…", "any method https://…".
QString routeWords(const ServerRoute &route)
{
    return (route.method == "*" ? Explanation::tr("any method") : QString::fromLatin1(route.method)) + u' ' + route.url;
}

} // namespace

QString describeFix(const Fix &fix, const Scenario &scenario)
{
    if (fix.target == Fix::Target::Request)
        return Explanation::tr("In the page: set %1 to %2.").arg(fix.requestField, fix.requestValue);
    if (fix.target == Fix::Target::CookieJar) {
        const QString url = fix.cookieIndex >= 0 && fix.cookieIndex < scenario.cookies.size() ? scenario.cookies.at(fix.cookieIndex).url : QString();
        return Explanation::tr("Server, when %1 sets the cookie: Set-Cookie: %2").arg(url, QString::fromLatin1(fix.setCookie));
    }
    QStringList lines;
    for (const Header &header : fix.setHeaders.entries())
        lines << QString::fromLatin1(header.name + ": " + header.value);
    if (fix.status)
        lines.prepend(Explanation::tr("status %1").arg(fix.status));
    for (const QByteArray &name : fix.removeHeaders)
        lines << Explanation::tr("remove %1").arg(QString::fromLatin1(name));
    const ServerRoute *route = fix.routeIndex >= 0 && fix.routeIndex < scenario.server.size() ? &scenario.server.at(fix.routeIndex) : nullptr;
    const QString where = route ? routeWords(*route) : QString::fromLatin1(fix.method) + u' ' + fix.url;
    return (route ? Explanation::tr("Server, response to %1: %2") : Explanation::tr("Server, add a response to %1: %2")).arg(where, lines.join(u"; "_s));
}

namespace {

// A report's first lines: the file, and the scenario's title when it has one.
QString reportHeading(const QString &file, const Scenario &scenario)
{
    return file + u'\n' + (scenario.title.isEmpty() ? QString() : u"  "_s + scenario.title + u'\n');
}

QString headerLines(const HeaderList &headers, const QString &indent)
{
    QString text;
    for (const Header &header : headers.entries())
        text += indent + QString::fromLatin1(header.name) + u": "_s + QString::fromLatin1(header.value) + u'\n';
    return text;
}

} // namespace

QString originRelationWords(OriginRelation relation)
{
    switch (relation) {
    case OriginRelation::SameOrigin: return Explanation::tr("same origin");
    case OriginRelation::SameSite: return Explanation::tr("cross-origin, same site");
    case OriginRelation::CrossSite: return Explanation::tr("cross-site");
    case OriginRelation::Opaque: return Explanation::tr("opaque origin: same-origin with nothing else");
    }
    return {};
}

namespace {

// One part of the triple for the text report: the target's value, ✓ when it equals the page's.
QString markedPart(const OriginPart &part)
{
    return part.target + (part.same ? u" ✓"_s : u" ✗"_s);
}

// https://html.spec.whatwg.org/multipage/browsers.html#same-origin part by part: the page's scheme, host,
// port and site, then the request's and every redirect target's, each part marked against the page's.
QString originTripleLines(const Scenario &scenario, const Verdict &verdict)
{
    const QList<TargetComparison> targets = compareTargets(scenario, verdict);
    QString text = Explanation::tr("\n  Same-origin policy (scheme, host, port, site):\n");
    const OriginComparison &first = targets.first().comparison;
    if (!first.opaque)
        text += u"    %1 %2  %3  %4  %5\n"_s.arg(Explanation::tr("page").leftJustified(11), first.scheme.page, first.host.page,
                                                 first.port.page, first.site.page);
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const OriginComparison &comparison = targets.at(i).comparison;
        const QString label = (i == 0 ? Explanation::tr("request") : Explanation::tr("redirect %1").arg(i)).leftJustified(11);
        const OriginRelation relation = originRelation(comparison);
        if (relation == OriginRelation::Opaque) {
            text += u"    "_s + label + u' ' + originRelationWords(relation) + u'\n';
            continue;
        }
        text += u"    %1 %2  %3  %4  %5  → %6\n"_s.arg(label, markedPart(comparison.scheme), markedPart(comparison.host),
                                                      markedPart(comparison.port), markedPart(comparison.site),
                                                      originRelationWords(relation));
    }
    return text;
}

} // namespace

QString verdictFieldLabel(VerdictField field)
{
    switch (field) {
    case VerdictField::Preflight: return Explanation::tr("Preflight");
    case VerdictField::Sent: return Explanation::tr("Sent");
    case VerdictField::Blocked: return Explanation::tr("Blocked");
    case VerdictField::Readable: return Explanation::tr("Readable");
    case VerdictField::Error: return Explanation::tr("Error");
    case VerdictField::WireHeaders: return Explanation::tr("Wire headers");
    case VerdictField::CookiesNotSent: return Explanation::tr("Cookies not sent");
    case VerdictField::ExposedHeaders: return Explanation::tr("Readable headers");
    case VerdictField::PreflightCache: return Explanation::tr("Preflight cache");
    }
    return {};
}

QString describeEngineDifference(const EngineDifference &difference, const EngineComparison &comparison)
{
    if (!difference.rule && comparison.firefox.firefoxReason.isEmpty())
        return Explanation::tr("Firefox prints no reason that names this block, so its verdict names no Chromium error (Chromium: %1).")
            .arg(comparison.chromium.error ? corsErrorName(comparison.chromium.error->error) : QString());
    if (!difference.rule)
        return Explanation::tr("Firefox reports this block as %1, a reason that stands for several of Chromium's errors, so it names no "
                               "Chromium error (Chromium: %2).")
            .arg(comparison.firefox.firefoxReason,
                 comparison.chromium.error ? corsErrorName(comparison.chromium.error->error) : QString());
    switch (*difference.rule) {
    case EngineRule::UppercasesAllowedMethod:
        return Explanation::tr("One browser upper-cases the method before it looks for it in Access-Control-Allow-Methods, the other "
                               "compares it byte for byte.");
    case EngineRule::OpaqueResponseBlocking:
        return Explanation::tr("One browser fails a no-cors load that opaque-response blocking refuses; the other (CORB) hands the "
                               "page an empty body instead.");
    case EngineRule::SniffsJavaScriptForOrb:
        return Explanation::tr("Chromium's ORB sniffs a body declared as JavaScript and blocks it when it looks like HTML or JSON; "
                               "Firefox's ORB lets a JavaScript-typed body through.");
    case EngineRule::UpgradesMixedContentForIpHosts:
        return Explanation::tr("The browsers differ on an http image or audio at an IP address from an https page: one upgrades it "
                               "to https, the other blocks it as mixed content.");
    case EngineRule::UpgradesMixedContentInOpaqueDocuments:
        return Explanation::tr("The browsers differ on mixed content in a sandboxed (opaque-origin) page: one upgrades the http "
                               "image or audio, the other blocks it.");
    case EngineRule::DropsBodyHeadersOnMethodRewrite:
        return Explanation::tr("When a redirect turns a POST into a GET, one browser drops Content-Type and the other body headers, "
                               "the other keeps them.");
    case EngineRule::DropsAuthorizationAcrossOrigins:
        return Explanation::tr("One browser drops the Authorization header when a redirect goes to another origin, the other keeps it.");
    case EngineRule::FailsProxyAuthAndInterimResponses:
        return Explanation::tr("Chromium fails a 407 answer, or a 1xx answer with nothing after it, as a network error; Firefox takes "
                               "it as an ordinary response.");
    case EngineRule::BlocksCredentialedSubresources:
        return Explanation::tr("Chromium refuses a subresource whose URL (or redirect target) carries user:pass@ "
                               "(CredentialedSubresourceBlocked); Firefox loads it, without the credentials in the request.");
    case EngineRule::MutesScriptErrorObjects:
        return Explanation::tr("Chromium mutes every error of a cross-origin script without CORS (\"Script error.\"); Firefox "
                               "mutes only errors the engine raises and hands window.onerror the Error object the script throws.");
    case EngineRule::OrbBlocksNonOkStatus:
        return Explanation::tr("Firefox's ORB blocks a no-cors element response whose status is not 2xx (a 3xx whose mixed-content "
                               "target it does not follow too) and names the block ORB; Chromium leaves the status to the element.");
    case EngineRule::ChecksMixedContentBeforeRedirectCors:
        return Explanation::tr("A CORS request redirected to an http URL from an https page: Firefox blocks it as mixed content "
                               "before it looks at the redirect's CORS headers; Chromium checks those first.");
    case EngineRule::SendsOriginOnSameOriginElementLoads:
        return Explanation::tr("Chromium sends Origin on a same-origin crossorigin image, script or stylesheet and on a same-origin "
                               "font; Firefox sends none there.");
    case EngineRule::PreflightCacheCap:
        return Explanation::tr("Firefox caps Access-Control-Max-Age at 24 hours, Chromium at 2 hours: the preflight is cached for %1 s "
                               "in Firefox, %2 s in Chromium.")
            .arg(comparison.firefox.preflightCacheSeconds.value_or(0))
            .arg(comparison.chromium.preflightCacheSeconds.value_or(0));
    }
    return {};
}

QString engineComparisonReport(const QString &file, const Scenario &scenario, const EngineComparison &comparison)
{
    QStringList differ;
    for (const VerdictField field : comparison.differ)
        differ << QString(verdictFieldName(field));
    QString text = Explanation::tr("Chromium:\n") + verdictReport(file, scenario, comparison.chromium) + Explanation::tr("\nFirefox:\n")
                   + verdictReport(file, scenario, comparison.firefox)
                   + (differ.isEmpty() ? Explanation::tr("\nBoth browsers agree.\n")
                                       : Explanation::tr("\nThe browsers differ in: %1\n").arg(differ.join(u", "_s)));
    for (const EngineDifference &cause : comparison.causes) {
        QStringList fields;
        for (const VerdictField field : cause.fields)
            fields << QString(verdictFieldName(field));
        text += u"  "_s + fields.join(u", "_s) + u": "_s + describeEngineDifference(cause, comparison) + u'\n';
    }
    return text;
}

QString verdictReport(const QString &file, const Scenario &scenario, const Verdict &verdict)
{
    QString text = reportHeading(file, scenario);
    text += Explanation::tr("  Verdict: ") + summaryAndCategory(verdict);
    if (verdict.error)
        text += u" — "_s + corsErrorName(verdict.error->error);
    text += Explanation::tr("\n  Origin ") + verdict.origin + (verdict.sameOrigin ? Explanation::tr(", same origin") : Explanation::tr(", cross-origin"))
            + (verdict.sameSite ? Explanation::tr(", same site") : Explanation::tr(", cross-site")) + u'\n';
    text += Explanation::tr("  preflight %1 · sent %2 · blocked %3 · readable %4\n").arg(verdict.preflight ? Explanation::tr("yes") : Explanation::tr("no"),
                                                                        verdict.sent ? Explanation::tr("yes") : Explanation::tr("no"),
                                                                        verdict.blocked ? Explanation::tr("yes") : Explanation::tr("no"),
                                                                        verdict.readable ? Explanation::tr("yes") : Explanation::tr("no"));
    text += originTripleLines(scenario, verdict);
    if (!verdict.exchanges.isEmpty())
        text += Explanation::tr("\n  On the wire:\n");
    for (const Exchange &exchange : verdict.exchanges) {
        const QString credentials = exchangeCredentialsNote(exchange);
        text += u"    [%1] %2 %3%4\n"_s.arg(exchangeKindName(exchange.kind), QString::fromLatin1(exchange.method), exchange.url,
                                             credentials.isEmpty() ? QString() : u"  ("_s + credentials + u')');
        text += headerLines(exchange.requestHeaders, u"        "_s);
        text += u"      <- %1\n"_s.arg(exchange.status);
        text += headerLines(exchange.responseHeaders, u"        "_s);
    }
    text += Explanation::tr("\n  Steps:\n");
    for (const Step &step : verdict.steps) {
        const StepText words = describeStep(step);
        text += (step.passed ? u"    ✓ "_s : u"    ✗ "_s) + words.check + u": "_s + words.detail + u"\n        "_s + words.spec + u'\n';
    }
    if (!verdict.exposedHeaders.isEmpty()) {
        QStringList names;
        for (const QByteArray &name : verdict.exposedHeaders)
            names << QString::fromLatin1(name);
        text += Explanation::tr("\n  Script can read headers: ") + names.join(u", "_s) + u'\n';
    }
    if (!verdict.message.isEmpty())
        text += Explanation::tr("\n  Console (Chromium):\n    ") + verdict.message + u'\n';
    if (verdict.firefox)
        text += u"  Firefox (%1):\n    %2\n"_s.arg(verdict.firefox->reason, verdict.firefox->message);
    if (!verdict.fixes.isEmpty()) {
        text += Explanation::tr("\n  Fix:\n");
        for (const Fix &fix : verdict.fixes)
            text += u"    "_s + describeFix(fix, scenario) + u'\n';
    }
    return text;
}

QString summaryAndCategory(const Verdict &verdict)
{
    return verdictSummary(verdict) + u" ("_s + accessCategoryName(verdict.category) + u')';
}

QString verdictSummary(const Verdict &verdict)
{
    if (verdict.blocked)
        return Explanation::tr("Blocked");
    if (verdict.category == AccessCategory::Read && !verdict.readable)
        return Explanation::tr("Opaque");
    return Explanation::tr("Allowed");
}

namespace {

QString blockKindWords(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Read: return Explanation::tr("read");
    case BlockKind::Embed: return Explanation::tr("embed");
    case BlockKind::Write: return Explanation::tr("write");
    }
    return {};
}

// Why the change refuses the request: https://fetch.spec.whatwg.org/#cors-check for reads,
// https://fetch.spec.whatwg.org/#cross-origin-resource-policy-header and
// https://w3c.github.io/webappsec-csp/#directive-frame-ancestors for embeds, and for writes the server's
// own refusal (https://w3c.github.io/webappsec-fetch-metadata/) and SameSite
// (https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-samesite-cookies).
QString blockWhy(const Block &block)
{
    const QString page = block.after.origin;   // the page's origin: the change leaves it as it was
    const QString cookie = QString::fromLatin1(block.cookieName);
    switch (block.reason) {
    case BlockReason::RemoveAllowCredentials:
        return Explanation::tr("Without Access-Control-Allow-Credentials: true the browser refuses a response to a request with cookies: the page cannot read it with the visitor's session (reads without cookies still work).");
    case BlockReason::NarrowAllowOrigin:
        return Explanation::tr("Access-Control-Allow-Origin then names only the server's own origin, not %1: the CORS check fails and script cannot read the response.").arg(page);
    case BlockReason::RemoveAllowOrigin:
        return Explanation::tr("Without Access-Control-Allow-Origin the CORS check fails: script cannot read the response.");
    case BlockReason::ResourcePolicySameSite:
        return Explanation::tr("%1 is another site, so same-site, the smallest policy that refuses it, keeps the element from using the response.").arg(page);
    case BlockReason::ResourcePolicySameOrigin:
        return Explanation::tr("Only the response's own origin may embed it, and %1 is another origin (same-site would not refuse it here).").arg(page);
    case BlockReason::FrameAncestorsSelf:
        return Explanation::tr("Only the document's own origin may frame it, so the browser refuses to show it in %1's frame.").arg(page);
    case BlockReason::FrameAncestorsNone:
        return Explanation::tr("No page may frame the document, not even its own origin ('self' would not refuse %1).").arg(page);
    case BlockReason::XFrameOptionsSameOrigin:
        return Explanation::tr("The older header: only the document's own origin may frame it (where Content-Security-Policy has frame-ancestors, that decides instead).");
    case BlockReason::XFrameOptionsDeny:
        return Explanation::tr("The older header: no page may frame the document (where Content-Security-Policy has frame-ancestors, that decides instead).");
    case BlockReason::RefuseCrossSite:
        return Explanation::tr("The browser sends a write whatever the server answers, so the server must refuse it: the rule is \"answer 403 when Sec-Fetch-Site: cross-site\", and this request carries it. A route cannot match on request headers, so the model applies the rule as this route answering 403.");
    case BlockReason::RefuseForeignOrigin:
        return Explanation::tr("The browser sends a write whatever the server answers, so the server must refuse it: the rule is \"answer 403 when Origin is not the server's own\", and this request's Origin is %1. A route cannot match on request headers, so the model applies the rule as this route answering 403.").arg(page);
    case BlockReason::CookieSameSiteLax:
        return Explanation::tr("A SameSite=Lax cookie stays out of a cross-site request that is not a top-level GET navigation: %1 no longer goes with this one, so the session does not act on it.").arg(cookie);
    case BlockReason::CookieSameSiteStrict:
        return Explanation::tr("A SameSite=Strict cookie goes only with same-site requests (Lax would still go with this top-level navigation): %1 no longer goes with this one.").arg(cookie);
    }
    return {};
}

QString blockAfter(const Block &block)
{
    const Verdict &after = block.after;
    if (block.kind == BlockKind::Write) {
        return block.cookieName.isEmpty() ? Explanation::tr("the server answers 403; the request still leaves the browser")
                                          : Explanation::tr("%1 withheld").arg(QString::fromLatin1(block.cookieName));
    }
    QString text = summaryAndCategory(after);
    if (after.error)
        text += u" — "_s + corsErrorName(after.error->error);
    return text;
}

} // namespace

BlockText describeBlock(const Block &block, const Scenario &scenario)
{
    return {blockKindWords(block.kind), describeFix(block.change, scenario), blockWhy(block), blockAfter(block)};
}

QString describeNoBlock(NoBlockReason reason)
{
    switch (reason) {
    case NoBlockReason::AlreadyRefused: return Explanation::tr("No block needed: the browser already refuses this request.");
    case NoBlockReason::SameOrigin:
        return Explanation::tr("No block: a same-origin request. Nothing the server sends makes the browser refuse its own origin's requests; the server can only refuse them itself (authentication, a CSRF token).");
    case NoBlockReason::NoServerChange:
        return Explanation::tr("No block found: no change to the server's routes or cookies makes the browser refuse this request (nothing answers it, or it carries nothing a server could tell it apart by).");
    }
    return {};
}

QString blockReport(const QString &file, const Verdict &verdict, const Scenario &scenario, const BlockSuggestion &suggestion)
{
    QString text = reportHeading(file, scenario);
    text += Explanation::tr("  Now: ") + summaryAndCategory(verdict) + u'\n';
    if (suggestion.blocks.isEmpty())
        return text + u"  "_s + describeNoBlock(suggestion.none.value_or(NoBlockReason::NoServerChange)) + u'\n';
    text += Explanation::tr("  Block this:\n");
    for (const Block &block : suggestion.blocks) {
        const BlockText words = describeBlock(block, scenario);
        text += u"    ["_s + words.kind + u"] "_s + words.change + u'\n';
        text += u"        "_s + words.why + u'\n';
        text += Explanation::tr("        After: ") + words.after + u'\n';
    }
    return text;
}

FindingText describeFinding(const AuditFinding &finding, const QStringList &trusted)
{
    const QString allowlist = trusted.isEmpty() ? Explanation::tr("the origins your pages really use") : trusted.join(u", "_s);
    const QString exactList = Explanation::tr("Compare Origin with an exact list (%1), character for character: no regex, "
                                              "no prefix or suffix match, and never echo Origin back for anything else. "
                                              "Send Vary: Origin.").arg(allowlist);
    const QString origin = finding.origin;
    switch (finding.findingClass) {
    case AuditFindingClass::ReflectedOriginWithCredentials:
        return {Explanation::tr("Any origin is reflected, with credentials"),
                Explanation::tr("Any web page (here %1) can read this URL's responses with the visitor's cookies: "
                                "whatever a signed-in user sees, an attacker's page reads.").arg(origin),
                exactList};
    case AuditFindingClass::NullOriginTrusted:
        return {Explanation::tr("The origin null is trusted"),
                Explanation::tr("Any page can get the origin null, from a sandboxed iframe or a data: URL, so trusting it "
                                "trusts everyone%1.").arg(finding.credentials ? Explanation::tr(", cookies included") : QString()),
                Explanation::tr("Remove null from the allowlist. ") + exactList};
    case AuditFindingClass::RegexSuffixFlaw:
        return {Explanation::tr("The allowlist accepts a look-alike ending"),
                Explanation::tr("%1 is accepted: the check matches the end of the origin, and anyone can register a "
                                "domain that ends the same way.").arg(origin),
                exactList};
    case AuditFindingClass::RegexPrefixFlaw:
        return {Explanation::tr("The allowlist accepts a look-alike beginning"),
                Explanation::tr("%1 is accepted: the check matches the beginning of the origin (a regex without $), "
                                "and anyone can put a trusted name in front of their own domain.").arg(origin),
                exactList};
    case AuditFindingClass::RegexUnescapedDot:
        return {Explanation::tr("The allowlist has an unescaped dot"),
                Explanation::tr("%1 is accepted: a '.' in the pattern matches any character, so a domain with a letter "
                                "in place of a dot passes.").arg(origin),
                Explanation::tr("Escape every dot (\\.) and anchor the pattern (^…$), or better: ") + exactList};
    case AuditFindingClass::InsecureHttpOriginTrusted:
        return {Explanation::tr("An http:// origin is trusted"),
                Explanation::tr("%1 is accepted: anyone on the network path (public Wi-Fi) can inject script into the "
                                "http page and read the responses%2.").arg(origin, finding.credentials ? Explanation::tr(" with cookies") : QString()),
                Explanation::tr("Trust only https:// origins. ") + exactList};
    case AuditFindingClass::WildcardWithCredentials:
        return {Explanation::tr("Access-Control-Allow-Origin: * with credentials"),
                Explanation::tr("Browsers refuse * on a credentialed request, so pages that send cookies are blocked; "
                                "the usual wrong \"fix\" is to reflect any origin."),
                Explanation::tr("For credentialed requests name the origin: ") + exactList};
    case AuditFindingClass::MissingVaryOrigin:
        return {Explanation::tr("Vary: Origin is missing"),
                Explanation::tr("Access-Control-Allow-Origin depends on the request's Origin, but the response does not say "
                                "so: a cache (CDN, proxy, the browser's own) can hand one origin's answer to another, "
                                "blocking real users or exposing a response."),
                Explanation::tr("Send Vary: Origin on every response whose CORS headers depend on Origin, errors included.")};
    case AuditFindingClass::PreflightNotHandled:
        return {Explanation::tr("Preflight requests are not answered"),
                Explanation::tr("The OPTIONS request from %1 fails (%2), so every request that needs a preflight (JSON "
                                "bodies, custom headers, PUT, DELETE) is blocked.").arg(origin, QString::fromLatin1(finding.detail)),
                Explanation::tr("Answer OPTIONS with 204, Access-Control-Allow-Origin (the exact origin), "
                                "Access-Control-Allow-Methods, Access-Control-Allow-Headers and Access-Control-Max-Age.")};
    case AuditFindingClass::PreflightIncomplete:
        return {Explanation::tr("Preflight answers are incomplete"),
                Explanation::tr("The preflight from %1 is answered but refused (%2): a POST with Content-Type: "
                                "application/json is blocked.").arg(origin, QString::fromLatin1(finding.detail)),
                Explanation::tr("List the methods and request headers your pages use in Access-Control-Allow-Methods and "
                                "Access-Control-Allow-Headers (and Access-Control-Allow-Credentials: true where requests carry cookies).")};
    case AuditFindingClass::CrossOriginRedirect:
        return {Explanation::tr("A redirect leads to another origin"),
                Explanation::tr("After a cross-origin redirect the browser sends Origin: null, so the next server must "
                                "allow null (which trusts everyone) or the request fails."),
                Explanation::tr("Point pages at the final URL, or redirect within the same origin.")};
    }
    return {};
}

QString auditReport(const QString &target, const QList<AuditFinding> &findings, const QStringList &trusted, int probes)
{
    QString text = Explanation::tr("Audit of %1 (%2 probes; trusted: %3)\n")
                       .arg(target).arg(probes).arg(trusted.isEmpty() ? Explanation::tr("none given") : trusted.join(u", "_s));
    if (findings.isEmpty())
        return text + Explanation::tr("  No findings.\n");
    for (const AuditFinding &finding : findings) {
        const FindingText words = describeFinding(finding, trusted);
        text += u"\n  [%1] %2 — %3\n"_s.arg(auditSeverityName(finding.severity), auditFindingClassName(finding.findingClass), words.title);
        text += Explanation::tr("    origin %1, %2\n").arg(finding.origin, finding.url);
        text += u"    > %1 %2\n"_s.arg(QString::fromLatin1(finding.evidence.method), finding.evidence.url);
        text += headerLines(finding.evidence.requestHeaders, u"      > "_s);
        text += u"    < %1\n"_s.arg(finding.evidence.status);
        text += headerLines(finding.evidence.responseHeaders, u"      < "_s);
        text += Explanation::tr("    Why it matters: ") + words.risk + u'\n';
        text += Explanation::tr("    Fix: ") + words.fix + u'\n';
    }
    return text;
}

QString auditMarkdown(const QString &target, const QList<AuditFinding> &findings, const QStringList &trusted, int probes)
{
    QString text = Explanation::tr("# CORS audit of %1\n\n%2 probes; trusted origins: %3.\n\n")
                       .arg(target).arg(probes).arg(trusted.isEmpty() ? Explanation::tr("none given") : trusted.join(u", "_s));
    if (findings.isEmpty())
        return text + Explanation::tr("No findings.\n");
    const auto cell = [](QString value) { return value.replace(u'|', u"\\|"_s); };
    text += Explanation::tr("| severity | finding | origin | URL |\n| --- | --- | --- | --- |\n");
    for (const AuditFinding &finding : findings) {
        text += u"| %1 | %2 (`%3`) | `%4` | %5 |\n"_s.arg(auditSeverityName(finding.severity),
                                                          cell(describeFinding(finding, trusted).title),
                                                          auditFindingClassName(finding.findingClass), cell(finding.origin),
                                                          cell(finding.url));
    }
    for (const AuditFinding &finding : findings) {
        const FindingText words = describeFinding(finding, trusted);
        text += u"\n## %1 (`%2`, %3)\n\n"_s.arg(words.title, auditFindingClassName(finding.findingClass),
                                                auditSeverityName(finding.severity));
        text += u"```http\n%1 %2\n"_s.arg(QString::fromLatin1(finding.evidence.method), finding.evidence.url);
        text += headerLines(finding.evidence.requestHeaders, QString());
        text += u"\nHTTP %1\n"_s.arg(finding.evidence.status);
        text += headerLines(finding.evidence.responseHeaders, QString()) + u"```\n\n"_s;
        text += Explanation::tr("**Why it matters:** ") + words.risk + u"\n\n"_s;
        text += Explanation::tr("**Fix:** ") + words.fix + u'\n';
    }
    return text;
}

namespace {

// The header lines of a list, "Name: value; Name: value".
QString headerLineList(const QList<Header> &headers)
{
    QStringList lines;
    for (const Header &header : headers)
        lines << QString::fromLatin1(header.name + ": " + header.value);
    return lines.join(u"; "_s);
}

// The removed lines of the routes that answered the real side: the CORS ones, or the others (CORP, COEP, framing).
QList<Header> answeringHeaders(const SameOriginPolicyContrast &contrast, bool cors)
{
    QList<Header> headers = removedFromAnswers(contrast.bare.removed, contrast.cors);
    headers.removeIf([cors](const Header &header) { return isCorsHeader(header.name) != cors; });
    return headers;
}

// What happens to a read that script may not see: the request goes and only its answer is withheld, or a
// preflight goes and the request does not (https://fetch.spec.whatwg.org/#cors-preflight-fetch).
// `bare`: said of the bare side, where the server's headers are what is missing.
QString refusedReadSent(const Verdict &refused, bool bare)
{
    if (refused.sent)
        return bare ? Explanation::tr("Without these headers the request is still sent and the server acts on it; only its answer is kept from script.")
                    : Explanation::tr("The request is still sent and the server acts on it; only its answer is kept from script.");
    if (refused.preflight)
        return bare ? Explanation::tr("Without these headers the preflight gets no Access-Control-Allow-* in answer, so the request itself is never sent.")
                    : Explanation::tr("The preflight gets no Access-Control-Allow-* in answer, so the request itself is never sent.");
    return {};
}

QString withSentence(QString text, const QString &sentence)
{
    return sentence.isEmpty() ? text : text + u' ' + sentence;
}

} // namespace

QString pageCanUse(const Verdict &verdict, Via via)
{
    if (!verdict.sent && verdict.exchanges.isEmpty())
        return Explanation::tr("Nothing: the request never leaves the browser.");
    switch (verdict.category) {
    case AccessCategory::Read:
        if (verdict.blocked) {
            return verdict.sent ? Explanation::tr("Nothing: the request is sent, but script gets a network error instead of the response.")
                                : Explanation::tr("Nothing: only the preflight goes out; the request itself is not sent.");
        }
        if (!verdict.readable)
            return Explanation::tr("An opaque response: script sees no status, no headers and no body.");
        if (via == Via::Fetch || via == Via::Xhr) {
            QStringList names;
            for (const QByteArray &name : verdict.exposedHeaders)
                names << QString::fromLatin1(name);
            return names.isEmpty() ? Explanation::tr("Script reads the status and the body.")
                                   : Explanation::tr("Script reads the status, the body and these response headers: %1.").arg(names.join(u", "_s));
        }
        return Explanation::tr("The element uses the response, and script can read it too (pixels, cssRules, error details).");
    case AccessCategory::Embed:
        if (verdict.blocked)
            return via == Via::Iframe ? Explanation::tr("Nothing: the frame shows an error page instead of the document.")
                                      : Explanation::tr("Nothing: the element cannot use the response and its error event fires.");
        if (verdict.sameOrigin)
            return Explanation::tr("The element uses the response, and script can read it too: the same origin.");
        return via == Via::Iframe ? Explanation::tr("The frame shows the document; script cannot reach into it (another origin).")
                                  : Explanation::tr("The element uses the response (shows, runs or applies it); script cannot read its contents.");
    case AccessCategory::Write:
        if (verdict.blocked)
            return Explanation::tr("The request reaches the server; the browser refuses to show its answer.");
        return Explanation::tr("The request reaches the server; its answer replaces the page (or fills the target frame), and the page's script cannot read it.");
    }
    return {};
}

QString describePolicyDifference(const SameOriginPolicyContrast &contrast)
{
    const Verdict &cors = contrast.cors;
    const QString error = cors.error ? QString(corsErrorName(cors.error->error)) : QString();
    switch (contrast.difference) {
    case PolicyDifference::SameOriginNoDifference:
        return Explanation::tr("No difference: the page reads its own origin's responses (https://html.spec.whatwg.org/multipage/browsers.html#same-origin), so the server's cross-origin headers change nothing here.");
    case PolicyDifference::WriteSentEitherWay:
        return Explanation::tr("Write: sent either way. The same-origin policy never stopped a navigation or a form submission to another origin, and CORS headers do not either: the server acts on the request, and the page cannot read the answer on either side. To refuse a write the server must check Origin or Sec-Fetch-Site itself.");
    case PolicyDifference::EmbedLoadedEitherWay:
        return Explanation::tr("Embed: loaded either way. The element uses the response with or without the server's headers, and its contents stay unreadable to script on both sides: embedding is allowed across origins, reading is not.");
    case PolicyDifference::EmbedRefusedByHeaders:
        return Explanation::tr("Embed: the bare same-origin policy lets the page embed it; the server's %1 refuses it (%2). Headers like these take embedding away; they never grant reading.")
            .arg(headerLineList(answeringHeaders(contrast, false)), error);
    case PolicyDifference::EmbedAllowedByHeaders:
        return Explanation::tr("Embed: the page's own Cross-Origin-Embedder-Policy refuses what the server does not opt in to, so the bare side is refused; the server's %1 lets the element load it.")
            .arg(headerLineList(answeringHeaders(contrast, false) + answeringHeaders(contrast, true)));
    case PolicyDifference::ReadRefusedBySopAllowedByCors:
        return withSentence(Explanation::tr("Read: refused by the same-origin policy, allowed by CORS. Script on %1 may not read a response from another origin, unless the server says so: %2 lets this page read it.")
                                .arg(cors.origin, headerLineList(answeringHeaders(contrast, true))),
                            refusedReadSent(contrast.sop, true));
    case PolicyDifference::ReadRefusedEitherWay:
        if (!cors.error)
            return Explanation::tr("Read: refused either way. The request asks for no CORS (mode no-cors), so the response is opaque: the element or script gets it without status, headers or body, whatever the server sends.");
        return withSentence(Explanation::tr("Read: refused either way. The server sends no CORS headers, so the same-origin policy stands: script on %1 cannot read a response from another origin.").arg(cors.origin),
                            refusedReadSent(contrast.cors, false));
    case PolicyDifference::CorsHeadersDoNotHelp:
        if (!cors.error)
            return Explanation::tr("Read: refused either way. The server sends %1, but the request asks for no CORS (mode no-cors): the response is opaque whatever the server answers.")
                .arg(headerLineList(answeringHeaders(contrast, true)));
        return Explanation::tr("Read: refused either way. The server sends %1, but it does not allow this request (%2): the CORS check fails, and the same-origin policy stands.")
            .arg(headerLineList(answeringHeaders(contrast, true)), error);
    case PolicyDifference::RefusedWhateverTheHeaders:
        return error.isEmpty() ? Explanation::tr("No difference: the browser refuses the request before any header of the server counts.")
                               : Explanation::tr("No difference: the browser refuses the request before any header of the server counts (%1).").arg(error);
    }
    return {};
}

QString describeRemovedHeaders(const RemovedHeaders &removed, const Scenario &scenario)
{
    const QString where = removed.routeIndex >= 0 && removed.routeIndex < scenario.server.size() ? routeWords(scenario.server.at(removed.routeIndex))
                                                                                                 : QString();
    return where + u": "_s + headerLineList(removed.headers.entries());
}

QString exchangeWireSummary(const Exchange &exchange, const QString &indent)
{
    const std::optional<QByteArray> origin = exchange.requestHeaders.get("origin");
    QString text = u"[%1] %2 %3%4 ← %5\n"_s.arg(exchangeKindName(exchange.kind), QString::fromLatin1(exchange.method), exchange.url,
                                                origin ? u"  (Origin: "_s + QString::fromLatin1(*origin) + u')' : QString(),
                                                exchange.status ? QString::number(exchange.status) : Explanation::tr("no response"));
    for (const Header &header : exchange.responseHeaders.entries()) {
        if (isCrossOriginHeader(header.name) || byteLowercase(header.name) == "content-security-policy")
            text += indent + QString::fromLatin1(header.name + ": " + header.value) + u'\n';
    }
    return text;
}

QString contrastReport(const QString &file, const Scenario &scenario, const SameOriginPolicyContrast &contrast)
{
    QString text = reportHeading(file, scenario);
    const auto side = [&](const QString &heading, const Verdict &verdict) {
        QString block = u"\n  "_s + heading + u'\n';
        block += u"    "_s + summaryAndCategory(verdict) + (verdict.error ? u" — "_s + corsErrorName(verdict.error->error) : QString()) + u'\n';
        block += Explanation::tr("    On the wire:\n");
        for (const Exchange &exchange : verdict.exchanges)
            block += u"      "_s + exchangeWireSummary(exchange, u"          "_s);
        if (verdict.exchanges.isEmpty())
            block += Explanation::tr("      nothing is sent\n");
        block += Explanation::tr("    The page can use: ") + pageCanUse(verdict, scenario.request.via) + u'\n';
        return block;
    };
    text += side(Explanation::tr("Same-origin policy alone (the server sends no cross-origin headers):"), contrast.sop);
    text += side(Explanation::tr("With the server's headers (CORS and the rest):"), contrast.cors);
    text += Explanation::tr("\n  Removed for the same-origin side:\n");
    for (const RemovedHeaders &removed : contrast.bare.removed)
        text += u"    "_s + describeRemovedHeaders(removed, scenario) + u'\n';
    if (contrast.bare.removed.isEmpty())
        text += Explanation::tr("    nothing: the server sends no cross-origin headers\n");
    text += Explanation::tr("\n  Difference: ") + describePolicyDifference(contrast) + u'\n';
    return text;
}

HandoutWords handoutWords()
{
    HandoutWords words;
    words.title = Explanation::tr("corslab handout");
    words.contents = Explanation::tr("Contents");
    words.notes = Explanation::tr("Notes");
    words.page = Explanation::tr("Page");
    words.request = Explanation::tr("Request");
    words.redirect = Explanation::tr("redirect %1");
    words.server = Explanation::tr("Server");
    words.sameOriginPolicy = Explanation::tr("Same-origin policy: scheme, host, port, site");
    words.scheme = Explanation::tr("scheme");
    words.host = Explanation::tr("host");
    words.port = Explanation::tr("port");
    words.site = Explanation::tr("site");
    words.relation = Explanation::tr("verdict");
    words.equal = Explanation::tr("equal");
    words.different = Explanation::tr("different");
    words.diagram = Explanation::tr("Sequence diagram");
    words.steps = Explanation::tr("Steps");
    words.spec = Explanation::tr("the standard");
    words.console = Explanation::tr("Console (Chromium)");
    words.fix = Explanation::tr("Fix");
    words.noOrigin = Explanation::tr("(no origin)");
    words.nothingSent = Explanation::tr("(nothing sent)");
    words.footer = Explanation::tr("Written by corslab %1: what the model says Chromium does with each request.");
    return words;
}

QString accessCategoryWords(AccessCategory category)
{
    switch (category) {
    case AccessCategory::Write: return Explanation::tr("write: a navigation or form submission");
    case AccessCategory::Embed: return Explanation::tr("embed: an element uses the response without reading it");
    case AccessCategory::Read: return Explanation::tr("read: script (or a crossorigin element) reads the response");
    }
    return {};
}

QString requestVariantLabel(const AccessMatrixRow &row)
{
    // https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-settings-attributes
    const QString crossorigin = row.variant.crossorigin ? u" crossorigin=\""_s + crossOriginName(*row.variant.crossorigin) + u'"' : QString();
    switch (row.variant.via) {
    case Via::Form:
        return row.scenario.request.method.toUpper() == "POST" ? u"<form method=\"post\">"_s : u"<form>"_s;
    case Via::Navigate: return u"<a href>"_s;
    case Via::Iframe: return u"<iframe>"_s;
    case Via::Img: return u"<img"_s + crossorigin + u'>';
    case Via::Script: return u"<script"_s + crossorigin + u'>';
    case Via::Stylesheet: return u"<link rel=\"stylesheet\""_s + crossorigin + u'>';
    case Via::Media: return u"<video"_s + crossorigin + u'>';
    case Via::Font: return u"@font-face"_s;
    case Via::Fetch: return u"fetch()"_s;
    case Via::Xhr: return u"XMLHttpRequest"_s;
    }
    return {};
}

QString accessCategoryHeading(AccessCategory category)
{
    switch (category) {
    case AccessCategory::Write: return Explanation::tr("Write: navigations and form submissions");
    case AccessCategory::Embed: return Explanation::tr("Embed: elements without crossorigin, frames");
    case AccessCategory::Read: return Explanation::tr("Read: fetch(), XHR, crossorigin elements, fonts");
    }
    return {};
}

QString exchangeKindWords(Exchange::Kind kind)
{
    switch (kind) {
    case Exchange::Kind::Preflight: return Explanation::tr("preflight");
    case Exchange::Kind::Main: return Explanation::tr("request");
    case Exchange::Kind::Redirect: return Explanation::tr("redirect");
    }
    return {};
}

QString noResponseWords()
{
    return Explanation::tr("no response");
}

QString diagramOutcome(const Verdict &verdict)
{
    if (verdict.blocked)
        return verdict.exchanges.isEmpty() ? Explanation::tr("Blocked before anything was sent") : Explanation::tr("Blocked by the browser");
    if (verdict.category == AccessCategory::Read)
        return verdict.readable ? Explanation::tr("Allowed: the page reads the response") : Explanation::tr("Opaque: the page cannot read the response");
    return verdict.category == AccessCategory::Write ? Explanation::tr("Allowed: the request is sent (a write)")
                                                     : Explanation::tr("Allowed: the element uses the response (an embed)");
}

QString accessMatrixError(const Verdict &verdict)
{
    if (verdict.error)
        return QString(corsErrorName(verdict.error->error));
    return verdict.elementFailure ? Explanation::tr("error event") : QString();
}

QString accessMatrixReport(const QString &file, const Scenario &scenario, const QList<AccessMatrixRow> &rows)
{
    const auto yesNo = [](bool value) { return value ? Explanation::tr("yes") : Explanation::tr("no"); };
    qsizetype width = 0;
    for (const AccessMatrixRow &row : rows)
        width = std::max(width, requestVariantLabel(row).size());
    const QStringList columns{Explanation::tr("sent"), Explanation::tr("loaded"), Explanation::tr("readable")};
    qsizetype columnWidth = 4;
    for (const QString &column : columns)
        columnWidth = std::max(columnWidth, column.size() + 1);
    QString text = reportHeading(file, scenario);
    text += u"\n    "_s + QString().leftJustified(width + 2);
    for (const QString &column : columns)
        text += column.leftJustified(columnWidth);
    text += Explanation::tr("error") + u'\n';
    std::optional<AccessCategory> group;
    for (const AccessMatrixRow &row : rows) {
        if (row.category != group) {
            group = row.category;
            text += u"  "_s + accessCategoryHeading(row.category) + u'\n';
        }
        text += (row.current ? u"  * "_s : u"    "_s) + requestVariantLabel(row).leftJustified(width + 2)
                + yesNo(row.verdict.sent).leftJustified(columnWidth) + yesNo(loaded(row.verdict)).leftJustified(columnWidth)
                + yesNo(row.verdict.readable).leftJustified(columnWidth);
        text += (accessMatrixError(row.verdict).isEmpty() ? u"—"_s : accessMatrixError(row.verdict)) + u'\n';
    }
    text += Explanation::tr("  * the scenario's own request\n");
    return text;
}

} // namespace corslab
