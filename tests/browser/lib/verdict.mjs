// What the browser did, in the terms of the project's verdict (docs/scenario-format.md, "Verdict"),
// from the server log (wire order), the page's report and the DevTools protocol's events. The rules
// follow ui/live/engine_runner.cpp's buildVerdict.
import { classifyText, classifyLoadingFailed, REFUSALS } from './classify.mjs';
import { headerGet } from './server.mjs';

const isRedirect = s => [301, 302, 303, 307, 308].includes(s);

export function originOf(url) {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') ? u.origin : 'null';
  } catch { return 'null'; }
}

function carriesCredentials(url, base) {
  try { const u = new URL(url, base); return u.username !== '' || u.password !== ''; } catch { return false; }
}

export function categoryFor(request) {
  switch (request.via) {
    case 'form': case 'navigate': return 'write';
    case 'fetch': case 'xhr': case 'font': return 'read';
    case 'iframe': return 'embed';
    default: return request.crossorigin ? 'read' : 'embed';
  }
}

// log: [{method, url, headers, status, responseHeaders, internal, target}], in wire order.
// observation: the page's report (or {} when none came). failures: Network.loadingFailed params of the
// scenario's request(s). consoleTexts: every console / log / exception text, in order.
export function buildVerdict(scenario, { log, observation, failures, consoleTexts }) {
  const request = scenario.request;
  const via = request.via;
  const pageOrigin = scenario.pageSandboxed ? 'null' : originOf(scenario.page);
  const targetOrigin = originOf(request.url);
  const sameOrigin = pageOrigin !== 'null' && pageOrigin === targetOrigin;
  const v = { origin: pageOrigin, sameOrigin, category: categoryFor(request), preflight: false, sent: false,
              blocked: false, readable: false, error: null, failedParameter: null, status: null, message: null,
              exposedHeaders: [], exchanges: [] };

  let haveMain = false, expectingHop = false, requestsSent = 0;
  const responseHeadersOf = [];
  const requestFavicon = (() => { try { return new URL(request.url).pathname === '/favicon.ico'; } catch { return false; } })();
  for (const r of log) {
    if (r.internal) continue;
    const isPreflight = r.method === 'OPTIONS' && headerGet(r.headers, 'Access-Control-Request-Method') !== null;
    if (!isPreflight) requestsSent++;
    if (r.target === '/favicon.ico' && !requestFavicon) continue;
    let kind;
    if (isPreflight) { kind = 'preflight'; v.preflight = true; }
    else if (!haveMain) { kind = 'main'; haveMain = true; v.sent = true; }
    else if (expectingHop) kind = 'redirect';
    else continue;
    if (kind !== 'preflight') expectingHop = isRedirect(r.status) && headerGet(r.responseHeaders, 'Location') !== null;
    v.exchanges.push({ kind, method: r.method, url: r.url, requestHeaders: r.headers, status: r.status });
    responseHeadersOf.push(r.responseHeaders);
  }
  const lastMain = [...v.exchanges].reverse().find(e => e.kind !== 'preflight');
  v.status = lastMain ? lastMain.status : null;

  // The block's class: what the network stack said (CorsErrorStatus, blocked reason), else the first
  // console text that names one, else the script's exception.
  // A failed preflight fails the main request too (the preflight itself with net::ERR_INVALID_REDIRECT
  // or similar): a CorsErrorStatus wins over a net error.
  let found = null, failedWith = null;
  for (const f of [...failures.filter(f => f.corsErrorStatus), ...failures.filter(f => !f.corsErrorStatus)]) {
    found = classifyLoadingFailed(f);
    if (found) { failedWith = f; break; }
  }
  let messageText = null;
  // Net errors have no text of their own but the network console line naming them.
  if (found && failedWith?.errorText && !failedWith.corsErrorStatus && found.error !== 'OpaqueResponseBlocked' && found.error !== 'MixedContent')
    messageText = consoleTexts.find(t => t === `Failed to load resource: ${failedWith.errorText}`) ?? null;
  for (const text of consoleTexts) {
    const c = classifyText(text);
    if (!c) continue;
    if (!found) found = c;
    if (c.error === found.error && messageText === null) { messageText = text; break; }
  }
  if (!found && observation.exception) {
    const c = classifyText(observation.exception);
    if (c) { found = c; messageText = observation.exception; }
  }
  if (found) { v.error = found.error; v.failedParameter = found.failedParameter || null; v.message = messageText; }
  // A navigation or frame that failed with a net error (net::ERR_UNSAFE_REDIRECT, ...) shows an error
  // page instead of the document: blocked, though the page sees no exception.
  const netError = !!found && !!failedWith && !failedWith.corsErrorStatus && found.error !== 'OpaqueResponseBlocked'
    && found.error !== 'MixedContent' && /net::ERR_/.test(failedWith.errorText ?? '');

  const blockedSeen = observation.blocked === true;
  const mixed = v.error === 'MixedContent';
  const everyHopSameOrigin = pageOrigin !== 'null' && v.exchanges.length
    ? v.exchanges.every(e => originOf(e.url) === pageOrigin) : sameOrigin;
  const readableSeen = observation.readable;
  switch (via) {
    case 'fetch': case 'xhr': {
      v.blocked = blockedSeen;
      v.readable = !blockedSeen && readableSeen === true;
      if (v.readable) {
        const routeHeaders = responseHeadersOf.length ? responseHeadersOf[responseHeadersOf.length - 1] : [];
        for (const [n] of observation.headers ?? []) {
          const name = n.toLowerCase();
          const added = name === 'content-length' && headerGet(routeHeaders, name) === null;
          if (!added && !v.exposedHeaders.includes(name)) v.exposedHeaders.push(name);
        }
      }
      break;
    }
    case 'img': case 'stylesheet':
      v.blocked = blockedSeen;
      v.readable = !blockedSeen && readableSeen === true;
      break;
    case 'iframe':
      v.blocked = blockedSeen || !v.sent || mixed || netError;
      v.readable = !v.blocked && readableSeen === true;
      break;
    case 'script':
      v.blocked = blockedSeen;
      v.readable = !blockedSeen && (typeof readableSeen === 'boolean' ? readableSeen : (everyHopSameOrigin || !!request.crossorigin));
      break;
    case 'media':
      v.blocked = blockedSeen;
      v.readable = !blockedSeen && observation.loaded === true && (everyHopSameOrigin || !!request.crossorigin);
      break;
    case 'font':
      v.blocked = observation.fontStatus === 'error';
      v.readable = !v.blocked && v.sent;
      break;
    case 'form':
      v.blocked = !v.sent || mixed || v.error === 'SandboxedFormSubmission';
      v.readable = !v.blocked && readableSeen === true;
      break;
    case 'navigate':
      v.blocked = !v.sent || netError;
      v.readable = false;
      break;
  }
  if (!v.readable) v.exposedHeaders = [];

  // Blocks Chromium reports with no class, inferred from what was seen (as ui/live does).
  if (v.blocked && !v.error) {
    let credentialed = carriesCredentials(request.url);
    v.exchanges.forEach((e, i) => {
      const location = headerGet(responseHeadersOf[i], 'Location');
      if (location !== null && carriesCredentials(location, e.url)) credentialed = true;
    });
    if (credentialed && via !== 'xhr' && via !== 'navigate' && via !== 'form') v.error = 'CredentialedSubresourceBlocked';
    else if (requestsSent > 20) v.error = 'TooManyRedirects';
  }
  if (v.blocked && !v.error) {
    const refusal = consoleTexts.find(t => REFUSALS.some(re => re.test(t)));
    if (refusal) v.message = refusal;
  }
  return v;
}
