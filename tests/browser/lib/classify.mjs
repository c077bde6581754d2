// Console texts and exception strings to the project's error names (the same table as
// core/console_message.cpp, for the texts Chromium 156 prints).
const CORS_MARKER = 'has been blocked by CORS policy: ';
const PREFLIGHT_MARKER = "Response to preflight request doesn't pass access control check: ";

const CORS_REASONS = [
  [/^Cross origin requests are not allowed by request mode\./, 'DisallowedByMode', 'DisallowedByMode'],
  [/^The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '\*'/, 'WildcardOriginNotAllowed', 'PreflightWildcardOriginNotAllowed'],
  [/^No 'Access-Control-Allow-Origin' header is present on the requested resource\./, 'MissingAllowOriginHeader', 'PreflightMissingAllowOriginHeader'],
  [/^The 'Access-Control-Allow-Origin' header contains multiple values '(.*?)', but only one is allowed\./, 'MultipleAllowOriginValues', 'PreflightMultipleAllowOriginValues'],
  [/^The 'Access-Control-Allow-Origin' header contains the invalid value '(.*?)'\.(?: |$)/, 'InvalidAllowOriginValue', 'PreflightInvalidAllowOriginValue'],
  [/^The 'Access-Control-Allow-Origin' header has a value '(.*?)' that is not equal to the supplied origin\./, 'AllowOriginMismatch', 'PreflightAllowOriginMismatch'],
  [/^The value of the 'Access-Control-Allow-Credentials' header in the response is '(.*?)' which must be 'true'/, 'InvalidAllowCredentials', 'PreflightInvalidAllowCredentials'],
  [/^Cross origin requests are only supported for protocol schemes/, 'CorsDisabledScheme', 'CorsDisabledScheme'],
  [/^It does not have HTTP ok status\./, 'PreflightInvalidStatus', 'PreflightInvalidStatus'],
  [/^Redirect is not allowed for a preflight request\./, 'PreflightDisallowedRedirect', 'PreflightDisallowedRedirect'],
  [/^Cannot parse Access-Control-Allow-Methods response header field in preflight response\./, 'InvalidAllowMethodsPreflightResponse', 'InvalidAllowMethodsPreflightResponse'],
  [/^Cannot parse Access-Control-Allow-Headers response header field in preflight response\./, 'InvalidAllowHeadersPreflightResponse', 'InvalidAllowHeadersPreflightResponse'],
  [/^Method (\S+) is not allowed by Access-Control-Allow-Methods in preflight response\./, 'MethodDisallowedByPreflightResponse', 'MethodDisallowedByPreflightResponse'],
  [/^Request header field (\S+) is not allowed by Access-Control-Allow-Headers in preflight response\./, 'HeaderDisallowedByPreflightResponse', 'HeaderDisallowedByPreflightResponse'],
  [/^Redirect location '(.*?)' contains a username and password, which is disallowed for cross-origin requests\./, 'RedirectContainsCredentials', 'RedirectContainsCredentials'],
];

const OTHER_BLOCKS = [
  [/Fetch API cannot load \S+ Request mode is "same-origin" but the URL's origin is not same as the request origin/, 'DisallowedByMode'],
  [/^Unsafe attempt to load URL \S+ from frame with URL \S+\. Domains, protocols and ports must match\./, 'DisallowedByMode'],
  [/^Not allowed to load local resource: /, 'CorsDisabledScheme'],
  [/Fetch API cannot load \S+ URL scheme "[^"]*" is not supported\./, 'CorsDisabledScheme'],
  [/^FTP is not supported\./, 'CorsDisabledScheme'],
  [/^Mixed Content: The page at '.*?' was loaded over HTTPS, but requested an insecure .*? '(.*?)'\. This request has been blocked/, 'MixedContent'],
  [/^Blocked form submission to '(.*?)' because the form's frame is sandboxed and the 'allow-forms' permission is not set\./, 'SandboxedFormSubmission'],
  [/net::ERR_BLOCKED_BY_ORB/, 'OpaqueResponseBlocked'],
  [/'([^']*)' is unsupported in no-cors mode/, 'NoCorsMethodNotSafelisted'],
  [/Request cannot be constructed from a URL that includes credentials(?:: (\S+))?/, 'UrlContainsCredentials'],
  // A frame the target refuses (Chromium 156 names the target by its origin, with a slash).
  [/^Refused to display '(.*?)' in a frame because it set 'X-Frame-Options' to '.*?'\./, 'XFrameOptions'],
  [/^Framing '(.*?)' violates the following Content Security Policy directive: "frame-ancestors /, 'FrameAncestors'],
  [/^Refused to frame '(.*?)' because an ancestor violates the following Content Security Policy directive: "frame-ancestors /, 'FrameAncestors'],
];

// Blocks of the wider policy (CORP, COEP), named as DevTools' Network.loadingFailed.blockedReason in
// UpperCamelCase: corp-not-same-origin -> CorpNotSameOrigin.
const POLICY_BLOCKED_REASONS = new Set(['corp-not-same-origin', 'corp-not-same-site',
  'corp-not-same-origin-after-defaulted-to-same-origin-by-coep', 'corp-not-same-origin-after-defaulted-to-same-origin-by-dip',
  'corp-not-same-origin-after-defaulted-to-same-origin-by-coep-and-dip', 'coep-frame-resource-needs-coep-header',
  'coop-sandboxed-iframe-cannot-navigate-to-coop-page']);
export const upperCamel = s => String(s).split(/[-_]/).filter(Boolean).map(w => w[0].toUpperCase() + w.slice(1)).join('');
// The names of blocks that fail an element or a frame though the page sees no exception.
export const isPolicyBlock = error => /^(Corp|Coep|Coop)/.test(error ?? '') || error === 'XFrameOptions' || error === 'FrameAncestors';

export const REFUSALS = [
  /^Refused to execute script from '.*?' because its MIME type \('.*?'\) is not executable/,
  /^Refused to apply style from '.*?' because its MIME type \('.*?'\) is not a supported stylesheet MIME type/,
];

// {error, failedParameter} or null.
export function classifyText(text) {
  const marker = text.indexOf(CORS_MARKER);
  if (marker >= 0) {
    let reason = text.slice(marker + CORS_MARKER.length);
    const preflight = reason.startsWith(PREFLIGHT_MARKER);
    if (preflight) reason = reason.slice(PREFLIGHT_MARKER.length);
    for (const [re, error, preflightError] of CORS_REASONS) {
      const m = re.exec(reason);
      if (m) return { error: preflight ? preflightError : error, failedParameter: m[1] ?? '' };
    }
    return null;
  }
  for (const [re, error] of OTHER_BLOCKS) {
    const m = re.exec(text);
    if (m) return { error, failedParameter: m[1] ?? '' };
  }
  return null;
}

// CDP's Network.loadingFailed to an error name (corsErrorStatus.corsError is already CorsError
// without its k); null when the failure has no class of its own.
export function classifyLoadingFailed(p) {
  if (p.corsErrorStatus?.corsError) return { error: p.corsErrorStatus.corsError, failedParameter: p.corsErrorStatus.failedParameter ?? '' };
  if (p.blockedReason === 'mixed-content') return { error: 'MixedContent', failedParameter: '' };
  if (POLICY_BLOCKED_REASONS.has(p.blockedReason)) return { error: upperCamel(p.blockedReason), failedParameter: '' };
  // X-Frame-Options and CSP frame-ancestors fail the frame's navigation with blockedReason "other":
  // their class comes from the console text.
  if (/ERR_BLOCKED_BY_RESPONSE$/.test(p.errorText ?? '') && p.blockedReason === 'other' && p.type === 'Document') return null;
  if (p.blockedReason === 'orb' || /ERR_BLOCKED_BY_ORB/.test(p.errorText ?? '')) return { error: 'OpaqueResponseBlocked', failedParameter: '' };
  if (/ERR_TOO_MANY_REDIRECTS/.test(p.errorText ?? '')) return { error: 'TooManyRedirects', failedParameter: '' };
  if (/ERR_INVALID_REDIRECT/.test(p.errorText ?? '')) return { error: 'InvalidRedirect', failedParameter: '' };
  return netErrorName(p.errorText);
}

// Any other network error is named after Chromium's net error, UpperCamelCase without ERR_
// (net::ERR_UNSAFE_REDIRECT -> UnsafeRedirect); net::ERR_FAILED (what a CORS or element block
// reports) and net::ERR_ABORTED (a cancelled load) have no class of their own.
export function netErrorName(text) {
  const m = /net::ERR_([A-Z0-9_]+)/.exec(text ?? '');
  if (!m || m[1] === 'FAILED' || m[1] === 'ABORTED') return null;
  const name = m[1].toLowerCase().replace(/(^|_)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
  return { error: name, failedParameter: '' };
}
