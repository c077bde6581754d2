<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>corslab::AccessMatrixModel</name>
    <message>
        <source>The scenario&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page can use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium and Firefox decide this request alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium and Firefox differ in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::AuditDialog</name>
    <message>
        <source>Audit Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origins the server should trust, separated by spaces; the crafted ones are derived from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted origins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes the server with crafted origins (an unrelated site, null, look-alike names, http://), with and without credentials, simple and preflighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe %1 of %2: Origin %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings (%1 requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) (%1 requests).</source>
        <translation>
            <numerusform>%n finding (%1 requests).</numerusform>
            <numerusform>%n findings (%1 requests).</numerusform>
        </translation>
    </message>
    <message>
        <source>The configuration for an exact allowlist of the trusted origins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::AuditFindingsModel</name>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin that got through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::BrowserStateEditor</name>
    <message>
        <source>Block &amp;third-party cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the browser&apos;s settings do: a cross-site request sends no unpartitioned cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie &amp;jar (as if each URL had answered with the Set-Cookie line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a frame of (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page response &amp;headers (Referrer-Policy, Cross-Origin-Embedder-Policy, …):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::ConnectionOptions</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one request may take in all, answer and body: a server that trickles bytes is cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a certificate that does not verify (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::DocumentFiles</name>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corslab scenarios (*.cors.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corslab scenarios (*.cors.json);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved scenario?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corslab did not close normally last time. Recover the scenario you were editing (%1, autosaved %2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved scenario cannot be read; it stays at %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid scenario file now; the scenario in the window is kept.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::ExchangeModel</name>
    <message>
        <source>preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookies go along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::Explanation</name>
    <message>
        <source>Request setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes a %2 request: mode &quot;%3&quot;, credentials &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same origin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are the same origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 differ in scheme, host or port: a cross-origin request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The https page asks for %1; Chromium upgrades it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The https page asks for the insecure %1; Chromium blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme supports CORS?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP(S) scheme; CORS requests need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same origin (or a navigation): fetched without CORS, fully visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode &quot;no-cors&quot;: fetched, but the response is opaque to the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode &quot;same-origin&quot; forbids another origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-origin with mode &quot;cors&quot;: the response must pass the CORS check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-cors method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not GET, HEAD or POST, which no-cors requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is sandboxed without allow-forms: the form is not submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Origin header is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials mode &quot;%1&quot;: cookies go along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials mode &quot;%1&quot;: no cookies are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safelisted method and headers: no preflight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not safelisted: %1. The browser asks first with OPTIONS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier preflight still covers this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an ok status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preflight answered %1, not 200–299.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preflight was answered with a redirect, which is never followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS check (preflight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin (and -Credentials) allow this origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every non-safelisted header is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium caches this preflight for %1 s (Access-Control-Max-Age; default 5 s, at most 2 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect to credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect goes to %1, which contains a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tainted origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected across origins from %1 to %2: from now on the Origin is &quot;null&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect to %1 crosses origins: the Authorization header is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 turns %1 into GET and drops the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page gets an opaque response: no status, headers or body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque-response blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A no-cors response of type &quot;%1&quot; is not an image, media, script or stylesheet: blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script can read no response headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script can read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the page can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is CORS-same-origin: the page can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 loads, but its contents are not readable across origins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element cannot use the response (status %1, type &quot;%2&quot;): its error event fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route answers %1 %2: 404 with no headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the page: set %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server, response to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server, add a response to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Verdict: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  Origin </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, same origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cross-origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, same site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cross-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  preflight %1 · sent %2 · blocked %3 · readable %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  On the wire:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  Steps:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  Script can read headers: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  Console (Chromium):
    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  Fix:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the origins your pages really use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Origin with an exact list (%1), character for character: no regex, no prefix or suffix match, and never echo Origin back for anything else. Send Vary: Origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any origin is reflected, with credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any web page (here %1) can read this URL&apos;s responses with the visitor&apos;s cookies: whatever a signed-in user sees, an attacker&apos;s page reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin null is trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any page can get the origin null, from a sandboxed iframe or a data: URL, so trusting it trusts everyone%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cookies included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove null from the allowlist. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowlist accepts a look-alike ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is accepted: the check matches the end of the origin, and anyone can register a domain that ends the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowlist accepts a look-alike beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is accepted: the check matches the beginning of the origin (a regex without $), and anyone can put a trusted name in front of their own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowlist has an unescaped dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is accepted: a &apos;.&apos; in the pattern matches any character, so a domain with a letter in place of a dot passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape every dot (\.) and anchor the pattern (^…$), or better: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An http:// origin is trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is accepted: anyone on the network path (public Wi-Fi) can inject script into the http page and read the responses%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust only https:// origins. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin: * with credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers refuse * on a credentialed request, so pages that send cookies are blocked; the usual wrong &quot;fix&quot; is to reflect any origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For credentialed requests name the origin: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vary: Origin is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin depends on the request&apos;s Origin, but the response does not say so: a cache (CDN, proxy, the browser&apos;s own) can hand one origin&apos;s answer to another, blocking real users or exposing a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Vary: Origin on every response whose CORS headers depend on Origin, errors included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight requests are not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OPTIONS request from %1 fails (%2), so every request that needs a preflight (JSON bodies, custom headers, PUT, DELETE) is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer OPTIONS with 204, Access-Control-Allow-Origin (the exact origin), Access-Control-Allow-Methods, Access-Control-Allow-Headers and Access-Control-Max-Age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight answers are incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preflight from %1 is answered but refused (%2): a POST with Content-Type: application/json is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the methods and request headers your pages use in Access-Control-Allow-Methods and Access-Control-Allow-Headers (and Access-Control-Allow-Credentials: true where requests carry cookies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect leads to another origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a cross-origin redirect the browser sends Origin: null, so the next server must allow null (which trusts everyone) or the request fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point pages at the final URL, or redirect within the same origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of %1 (%2 probes; trusted: %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No findings.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    origin %1, %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Why it matters: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># CORS audit of %1

%2 probes; trusted origins: %3.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| severity | finding | origin | URL |
| --- | --- | --- | --- |
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Why it matters:** </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Fix:** </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered 407 Proxy Authentication Required, but it is no proxy: Chromium fails the load (net::ERR_UNEXPECTED_PROXY_AUTH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium never follows a redirect to %1, a local scheme (net::ERR_UNSAFE_REDIRECT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect goes to %1, a scheme the browser cannot fetch (net::ERR_UNKNOWN_URL_SCHEME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered only %2, an interim response, and closed the connection: no final response (net::ERR_EMPTY_RESPONSE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium does not load %1 itself: the navigation goes to the system&apos;s handler for its scheme, and the page stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  Same-origin policy (scheme, host, port, site):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opaque origin: same-origin with nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-origin, same site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another host or domain: not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for another path: not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is Secure, but was set over an insecure connection: the browser refused to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is Secure and this URL is not: not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is SameSite=Strict and this %2 request is %3: not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is SameSite=Lax and this is a %3 %2: not sent (this is what stops CSRF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SameSite attribute, so Chromium treats it as Lax, and this is a %3 %2: not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is SameSite=None without Secure: Chromium refused to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a third-party cookie here, and third-party cookies are blocked: not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is Partitioned, stored for another top-level site: not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays home: this request carries no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaks its __Secure- or __Host- prefix&apos;s rules: the browser refused to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a Domain its URL cannot set cookies for: the browser refused to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is Partitioned without Secure: the browser refused to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired at once or is no cookie line: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referrer policy: fetch() throws a TypeError and sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials mode &quot;%1&quot;: Cookie: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials mode &quot;%1&quot;: cookies may go, but none of the jar&apos;s goes with this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is not a secure context (https, or http on localhost): its Cross-Origin-Embedder-Policy is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-Origin-Embedder-Policy: %1 names no policy that applies (require-corp or credentialless, as one token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s COEP is credentialless: its no-cors loads from other origins go without cookies, and a frame needs CORP and a COEP of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s COEP is require-corp: every no-cors load from another origin needs Cross-Origin-Resource-Policy, and a frame a COEP of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report-only: %1, which reports and never blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is none of same-origin, same-site, cross-origin (in that case): ignored, so %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same-origin: only %1&apos;s own origin may embed it; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same-site: only %1&apos;s site may embed it (an https response only an https page); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-origin: any page may embed it; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable Cross-Origin-Resource-Policy, and the page&apos;s COEP %1 makes it same-origin; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Cross-Origin-Resource-Policy, and the page&apos;s COEP %1 asks for none here; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Frame-Options: %1 is not consulted: frame-ancestors decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DENY: no page may show the document in a frame, not even its own origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMEORIGIN, and the page %1 is the document&apos;s origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMEORIGIN, and the page %1 is another origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLOWALL: any page may show the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: values that disagree, taken as DENY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no value Chromium knows (ALLOW-FROM is obsolete): ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials mode &quot;%1&quot;, but the page&apos;s COEP is credentialless: a no-cors request to another origin goes without cookies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-Origin-Embedder-Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-Origin-Resource-Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame&apos;s own COEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame&apos;s COEP is %1, as the page&apos;s %2 requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s COEP is %2, and the frame %3 sends none of require-corp or credentialless (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame-ancestors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets the page %2 frame the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not let the page %2 frame the document: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Frame-Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server, when %1 sets the cookie: Set-Cookie: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without Access-Control-Allow-Credentials: true the browser refuses a response to a request with cookies: the page cannot read it with the visitor&apos;s session (reads without cookies still work).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin then names only the server&apos;s own origin, not %1: the CORS check fails and script cannot read the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without Access-Control-Allow-Origin the CORS check fails: script cannot read the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is another site, so same-site, the smallest policy that refuses it, keeps the element from using the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the response&apos;s own origin may embed it, and %1 is another origin (same-site would not refuse it here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the document&apos;s own origin may frame it, so the browser refuses to show it in %1&apos;s frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page may frame the document, not even its own origin (&apos;self&apos; would not refuse %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older header: only the document&apos;s own origin may frame it (where Content-Security-Policy has frame-ancestors, that decides instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older header: no page may frame the document (where Content-Security-Policy has frame-ancestors, that decides instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser sends a write whatever the server answers, so the server must refuse it: the rule is &quot;answer 403 when Sec-Fetch-Site: cross-site&quot;, and this request carries it. A route cannot match on request headers, so the model applies the rule as this route answering 403.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser sends a write whatever the server answers, so the server must refuse it: the rule is &quot;answer 403 when Origin is not the server&apos;s own&quot;, and this request&apos;s Origin is %1. A route cannot match on request headers, so the model applies the rule as this route answering 403.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SameSite=Lax cookie stays out of a cross-site request that is not a top-level GET navigation: %1 no longer goes with this one, so the session does not act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SameSite=Strict cookie goes only with same-site requests (Lax would still go with this top-level navigation): %1 no longer goes with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answers 403; the request still leaves the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block needed: the browser already refuses this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block: a same-origin request. Nothing the server sends makes the browser refuse its own origin&apos;s requests; the server can only refuse them itself (authentication, a CSRF token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block found: no change to the server&apos;s routes or cookies makes the browser refuse this request (nothing answers it, or it carries nothing a server could tell it apart by).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Now: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Block this:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>        After: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials included, no cookie to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is still sent and the server acts on it; only its answer is kept from script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preflight gets no Access-Control-Allow-* in answer, so the request itself is never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: the request never leaves the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: the request is sent, but script gets a network error instead of the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: only the preflight goes out; the request itself is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opaque response: script sees no status, no headers and no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script reads the status and the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script reads the status, the body and these response headers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element uses the response, and script can read it too (pixels, cssRules, error details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: the frame shows an error page instead of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: the element cannot use the response and its error event fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element uses the response, and script can read it too: the same origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The frame shows the document; script cannot reach into it (another origin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element uses the response (shows, runs or applies it); script cannot read its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reaches the server; the browser refuses to show its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reaches the server; its answer replaces the page (or fills the target frame), and the page&apos;s script cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference: the page reads its own origin&apos;s responses (https://html.spec.whatwg.org/multipage/browsers.html#same-origin), so the server&apos;s cross-origin headers change nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write: sent either way. The same-origin policy never stopped a navigation or a form submission to another origin, and CORS headers do not either: the server acts on the request, and the page cannot read the answer on either side. To refuse a write the server must check Origin or Sec-Fetch-Site itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed: loaded either way. The element uses the response with or without the server&apos;s headers, and its contents stay unreadable to script on both sides: embedding is allowed across origins, reading is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed: the bare same-origin policy lets the page embed it; the server&apos;s %1 refuses it (%2). Headers like these take embedding away; they never grant reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed: the page&apos;s own Cross-Origin-Embedder-Policy refuses what the server does not opt in to, so the bare side is refused; the server&apos;s %1 lets the element load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: refused by the same-origin policy, allowed by CORS. Script on %1 may not read a response from another origin, unless the server says so: %2 lets this page read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: refused either way. The request asks for no CORS (mode no-cors), so the response is opaque: the element or script gets it without status, headers or body, whatever the server sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: refused either way. The server sends no CORS headers, so the same-origin policy stands: script on %1 cannot read a response from another origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: refused either way. The server sends %1, but the request asks for no CORS (mode no-cors): the response is opaque whatever the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: refused either way. The server sends %1, but it does not allow this request (%2): the CORS check fails, and the same-origin policy stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference: the browser refuses the request before any header of the server counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference: the browser refuses the request before any header of the server counts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    On the wire:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      nothing is sent
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    The page can use: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same-origin policy alone (the server sends no cross-origin headers):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the server&apos;s headers (CORS and the rest):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  Removed for the same-origin side:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    nothing: the server sends no cross-origin headers
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  Difference: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without these headers the request is still sent and the server acts on it; only its answer is kept from script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without these headers the preflight gets no Access-Control-Allow-* in answer, so the request itself is never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The https page submits a form to %1, which is not secure: Chromium stops and warns &quot;The information you&apos;re about to submit is not secure&quot;, and nothing is sent unless the user goes on (net::ERR_BLOCKED_BY_CLIENT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corslab handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same-origin policy: scheme, host, port, site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console (Chromium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no origin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by corslab %1: what the model says Chromium does with each request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write: a navigation or form submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embed: an element uses the response without reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read: script (or a crossorigin element) reads the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked before anything was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: the page reads the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque: the page cannot read the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: the request is sent (a write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: the element uses the response (an embed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write: navigations and form submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed: elements without crossorigin, frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: fetch(), XHR, crossorigin elements, fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  * the scenario&apos;s own request
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Firefox:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Both browsers agree.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The browsers differ in: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox&apos;s ORB blocks a no-cors response whose status (%1) is not ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script is not CORS-same-origin, but it throws an Error object of its own: Firefox hands its message to window.onerror and mutes only errors the engine raises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox prints no reason that names this block, so its verdict names no Chromium error (Chromium: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox reports this block as %1, a reason that stands for several of Chromium&apos;s errors, so it names no Chromium error (Chromium: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One browser upper-cases the method before it looks for it in Access-Control-Allow-Methods, the other compares it byte for byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One browser fails a no-cors load that opaque-response blocking refuses; the other (CORB) hands the page an empty body instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium&apos;s ORB sniffs a body declared as JavaScript and blocks it when it looks like HTML or JSON; Firefox&apos;s ORB lets a JavaScript-typed body through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browsers differ on an http image or audio at an IP address from an https page: one upgrades it to https, the other blocks it as mixed content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browsers differ on mixed content in a sandboxed (opaque-origin) page: one upgrades the http image or audio, the other blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a redirect turns a POST into a GET, one browser drops Content-Type and the other body headers, the other keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One browser drops the Authorization header when a redirect goes to another origin, the other keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium fails a 407 answer, or a 1xx answer with nothing after it, as a network error; Firefox takes it as an ordinary response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium refuses a subresource whose URL (or redirect target) carries user:pass@ (CredentialedSubresourceBlocked); Firefox loads it, without the credentials in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium mutes every error of a cross-origin script without CORS (&quot;Script error.&quot;); Firefox mutes only errors the engine raises and hands window.onerror the Error object the script throws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox&apos;s ORB blocks a no-cors element response whose status is not 2xx (a 3xx whose mixed-content target it does not follow too) and names the block ORB; Chromium leaves the status to the element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox caps Access-Control-Max-Age at 24 hours, Chromium at 2 hours: the preflight is cached for %1 s in Firefox, %2 s in Chromium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CORS request redirected to an http URL from an https page: Firefox blocks it as mixed content before it looks at the redirect&apos;s CORS headers; Chromium checks those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium sends Origin on a same-origin crossorigin image, script or stylesheet and on a same-origin font; Firefox sends none there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::FileChangedBar</name>
    <message>
        <source>%1 was deleted or moved by another program. Save to write your version again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file as it is on disk now (Undo brings your version back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the scenario as it is in the window; saving overwrites the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::HarImportDialog</name>
    <message>
        <source>Import HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocked only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the requests the HAR recorded as failed or the model blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open as Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %1: %n request(s) so far…</source>
        <translation>
            <numerusform>Reading %1: %n request so far…</numerusform>
            <numerusform>Reading %1: %n requests so far…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import HAR — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a HAR file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s) from %2 entries; %3 blocked (recorded or by the model).</source>
        <translation>
            <numerusform>%1: %n request from %2 entries; %3 blocked (recorded or by the model).</numerusform>
            <numerusform>%1: %n requests from %2 entries; %3 blocked (recorded or by the model).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be read (see Problems); the others are judged.</source>
        <translation>
            <numerusform>%n entry could not be read (see Problems); the others are judged.</numerusform>
            <numerusform>%n entries could not be read (see Problems); the others are judged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading was cancelled: the table holds the requests read until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a request to open it as the current scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: failed (status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: answered (status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preflight is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preflight is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HAR holds no preflight, but the request was sent and answered: its preflight passed, so a preflight answer allowing exactly this request is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HAR does not say the fetch&apos;s mode (http:// requests carry no Sec-Fetch-Mode), and it was answered although CORS would refuse it: it was a no-cors fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cookie went with it, so the HAR does not show the credentials mode; it failed although it would pass without credentials: it was credentialed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: failed, no response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::HarRequestsModel</name>
    <message>
        <source>Not judged (a URL does not parse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the HAR recorded it blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the HAR recorded it answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ Firefox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox decides this request otherwise than Chromium: %1. Open the row to see both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::HeadersTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected header lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header needs a name; this line is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name: a name is a token (letters, digits and !#$%&amp;&apos;*+-.^_`|~, no spaces). This line is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid header value: no leading or trailing spaces or tabs, no line breaks, Latin-1 characters only. This line is left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::Language</name>
    <message>
        <source>en</source>
        <comment>The code of this translation&apos;s language (ISO 639-1): selects a scenario&apos;s i18n.&lt;code&gt; title and notes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::LessonLibrary</name>
    <message>
        <source>Search lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the lessons whose number, title, notes or topics contain every word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the lessons on one topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lessons</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lessons</source>
        <translation>
            <numerusform>%1 of %n lesson</numerusform>
            <numerusform>%1 of %n lessons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corslab::LessonModel</name>
    <message>
        <source>Same-origin policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes (forms, links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding (img, script, iframe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads (fetch, XHR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials (cookies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque origins and responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-cors requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies and SameSite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource policy (CORP, COEP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing and clickjacking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch Metadata (Sec-Fetch-*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referer and referrer policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium and Firefox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox decides this lesson otherwise than Chromium: View › Compare Browsers shows how, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs in Firefox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::LiveController</name>
    <message>
        <source>Live mode is off. Run once with &quot;Run in engine&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the engine (Qt WebEngine)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running in the engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run this scenario live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium %1 ran the scenario in %2 ms%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live helper did not answer within %1 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live helper %1 is missing: build corslab-live, or install it next to corslab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live helper %1 cannot start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live helper stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live helper exited with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live helper&apos;s answer cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario changed during the run; that result was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next run starts it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::LivePanel</name>
    <message>
        <source>&amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario in the real engine (Qt WebEngine) after every edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in &amp;engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the current scenario once in Qt WebEngine against loopback servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live mode runs the scenario in Qt WebEngine (Chromium) against loopback servers and compares the result with the model. The engine starts on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s console and the server log appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::MainWindow</name>
    <message>
        <source>Apply fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit page URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsandbox the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Preflight Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add preflight answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add R&amp;esponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Re&amp;direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run in Engine Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;Answers For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Chromium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium 102 (Qt WebEngine 6.4, as live mode runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About corslab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About corslab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;corslab %1&lt;/h3&gt;&lt;p&gt;What a browser does with a cross-origin request: the same-origin policy, CORS, preflights, redirects and what script may read, step by step with links to the Fetch and HTML standards.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has problems; the verdict may not match a browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict until the scenario is fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — corslab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid scenario file. The scenario you are editing is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (with %2 problems to fix before it loads again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no diagram until the scenario is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;essons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the lessons library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title and Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a title and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probe Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the probe of %1: the routes are the server&apos;s real answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Request As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request as the browser sends it (Origin, the preflight first), to replay against your server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;fetch() (Node.js)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTPie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request copied in DevTools (Copy as fetch, cURL or PowerShell) or a raw HTTP request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard does not hold a request corslab can read (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted a %1 copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted a %1 copy; left out the headers the browser sets itself: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy: the browser sends no request for this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n request(s) as %1.</source>
        <translation>
            <numerusform>Copied %n request as %1.</numerusform>
            <numerusform>Copied %n requests as %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request of a HAR saved in DevTools (Chrome, Firefox) or by Playwright, judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR files (*.har);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1: the routes are the responses the HAR recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block third-party cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow third-party cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cookie jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit page headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser: cookies and the page&apos;s headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block This…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server changes that make the browser refuse the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP against CORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large type and only what the lesson needs; arrows move between lessons, Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Ver&amp;dict as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no verdict until the scenario is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Verdict as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox ESR 153</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;Browsers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Chromium&apos;s and Firefox&apos;s verdicts side by side, and why they differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::MatrixView</name>
    <message>
        <source>Every way a page can ask for a URL, side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for by every tag and API, with this server&apos;s answers. Click a row to make it the request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::OriginComparisonModel</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as the page&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the page&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same origin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opaque origin (a sandboxed page, a data: or file: URL) is same-origin with nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme, host and port are all the same: the same-origin policy lets the page read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-origin, but the same schemeful site (SameSite cookies go).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-origin and cross-site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::PageEditor</name>
    <message>
        <source>The URL of the page whose script or markup makes the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sandboxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is in a sandboxed iframe (sandbox=&quot;allow-scripts&quot;): its origin is opaque, serialised as &quot;null&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://html.spec.whatwg.org/multipage/browsers.html#concept-origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schemeful site: scheme and registrable domain (https://html.spec.whatwg.org/multipage/browsers.html#obtain-a-site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null (opaque: sandboxed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null (opaque)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (opaque origin)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::ProbeDialog</name>
    <message>
        <source>Probe Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends what Chromium would send to a real server (the preflight, the request, every redirect hop) and judges the real answers. Only this URL&apos;s server is contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s origin, as its Origin header says it; null for a sandboxed page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default of the request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as the Cookie header wherever the browser would send cookies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coo&amp;kies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers, line %1: write it as Name: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the page&apos;s origin (or null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::ProjectorView</name>
    <message>
        <source>The browser sends no request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Origin header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Access-Control-* header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → next and previous lesson · S same-origin policy against CORS · Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::QuizView</name>
    <message>
        <source>mode &quot;same-origin&quot; to another origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preflight failed on a network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;*&quot; with credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Access-Control-Allow-Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one Allow-Origin value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow-Origin is not an origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow-Origin names another origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow-Credentials is not &quot;true&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scheme without CORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preflight&apos;s status is not 2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preflight was redirected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: &quot;*&quot; with credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: no Access-Control-Allow-Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: more than one Allow-Origin value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: Allow-Origin is not an origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: Allow-Origin names another origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight: Allow-Credentials is not &quot;true&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow-Methods is not a list of methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow-Headers is not a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the method is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirect to a user:pass@ URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http: content on an https page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORB: an opaque response blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-cors with a method not safelisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form in a sandbox without allow-forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch() of a user:pass@ URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subresource URL with user:pass@</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORP same-origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORP same-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CORP under the page&apos;s COEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frame needs its own COEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Frame-Options refuses the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame-ancestors does not list the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 20 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Location that does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirect to a local scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirect to an unknown scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 407 from a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an insecure form, stopped by the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a 1xx, then nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the quiz has no questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandboxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route: 404 to everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome and whether a preflight goes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question&apos;s scenario has URLs that do not parse; it is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong — the answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 predictions right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Quiz from &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Quiz from &amp;Lesson Topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Quiz As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Results as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Quiz from Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not make a quiz:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n lesson(s))</source>
        <translation>
            <numerusform>%1 (%n lesson)</numerusform>
            <numerusform>%1 (%n lessons)</numerusform>
        </translation>
    </message>
    <message>
        <source>New Quiz from Lesson Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quizzes (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz cannot be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Quiz As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz cannot be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Results as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results cannot be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the editor (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the browser make of it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does a preflight (OPTIONS) go first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which error stops it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cookies go with the request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jar holds no cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::RequestComposer</name>
    <message>
        <source>&lt;form&gt; submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>navigation (link, location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;img&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;script&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;link rel=stylesheet&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@font-face font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;audio&gt;/&lt;video&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;iframe&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write (sent, answer not shown to the page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed (used, contents not readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read (script reads the response: CORS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the page makes the request. An element with a crossorigin attribute reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default: cors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default: same-origin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default: urlencoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c&amp;rossorigin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enctype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change credentials mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change crossorigin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change enctype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only fetch() and XMLHttpRequest set request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch() in script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMLHttpRequest in script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change referrer policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default: the page&apos;s policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferrer policy:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::RoutesModel</name>
    <message>
        <source>* (any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A method (a token such as GET or OPTIONS), or * for any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An absolute URL, e.g. https://api.example.com/items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP status code, three digits (000–999)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::ScenarioDetailsDialog</name>
    <message>
        <source>Title and Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title and notes appear above the page, in the interface language when the scenario has them in it, otherwise in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the English notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A preflight the server does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scenario shows, and what to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty, the English text is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::SequenceDiagram</name>
    <message>
        <source>Sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corslab sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no origin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked before anything was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque: the page cannot read the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: the page reads the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: the request is sent (a write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: the element uses the response (an embed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing sent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::ServerConfigView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the configuration to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server or framework to write the configuration for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::ServerEditor</name>
    <message>
        <source>Add &amp;preflight answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OPTIONS route for the request URL that allows the page&apos;s origin, method and headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 200 response for the request URL, without CORS headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add re&amp;direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 302 redirect from the request URL to another path on the same server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add preflight answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit headers of route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers (select a route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers of route %1 (%2 %3 → %4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move route up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected route up (Alt+Up): the first route that matches a request answers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move route down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected route down (Alt+Down): the first route that matches a request answers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move route %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move route %1 down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::SopContrastView</name>
    <message>
        <source>Same-origin policy alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answers without Access-Control-*, Cross-Origin-*, Timing-Allow-Origin, X-Frame-Options and frame-ancestors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the server&apos;s headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario as it is: CORS and the other cross-origin headers the server sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contrast until the scenario&apos;s URLs are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing taken off: the server sends no cross-origin headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page can use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::VerdictBanner</name>
    <message>
        <source>No verdict yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or compose a scenario to see what the browser does with its request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write: a navigation or form submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embed: an element uses the response without reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read: script (or a crossorigin element) reads the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::VerdictComparisonView</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two differ here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::VerdictModel</name>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>corslab::VerdictPanel</name>
    <message>
        <source>Real engine and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console (Chromium):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox&apos;s reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers script can read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a link in the Standard column (or double-click a row) to open the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the page cannot read the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the scenario as described above (one step to undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real engine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The real engine agrees with the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The real engine differs from the model in %n field(s).</source>
        <translation>
            <numerusform>The real engine differs from the model in %n field.</numerusform>
            <numerusform>The real engine differs from the model in %n fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Server configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same fix as configuration for nginx, Apache, Caddy, Express, Django, Flask, Spring or ASP.NET Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besides the CORS headers below, the fix changes what a CORS configuration does not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest server changes that make the browser refuse this request, each checked by evaluating again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the change to make (one step to undo):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2
%3
After: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console (Firefox):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium and Firefox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox ESR 153</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox differs in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox decides the same as Chromium.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>What a browser does with a cross-origin request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario file (*.cors.json) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit once the main window has painted (startup measurement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window (or the --view) offscreen into a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the view to render (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corslab: unknown view &apos;%1&apos;; the views are: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
