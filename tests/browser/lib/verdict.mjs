// What the browser did, in the terms of the project's verdict (docs/scenario-format.md, "Verdict"),
// from the server log (wire order), the page's report and the DevTools protocol's events. The rules
// follow ui/live/engine_runner.cpp's buildVerdict.
import { classifyText, classifyLoadingFailed, isPolicyBlock, REFUSALS } from './classify.mjs';
import { headerGet, wireUrl } from './server.mjs';

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
// classification (another engine, run-firefox.mjs): the block's class found by the caller instead of
// from DevTools failures and Chromium's console texts: {error, failedParameter, message, netError,
// policyBlocked, mixed}; then no Chromium-only class is inferred (CredentialedSubresourceBlocked, the
// refusal texts of REFUSALS).
export function buildVerdict(scenario, { log, observation, failures, consoleTexts, classification = null }) {
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

  let netError, policyBlocked;
  if (classification) {
    v.error = classification.error ?? null;
    v.failedParameter = classification.failedParameter || null;
    v.message = classification.message ?? null;
    netError = !!classification.netError;
    policyBlocked = !!classification.policyBlocked;
  } else {
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
    netError = !!found && !!failedWith && !failedWith.corsErrorStatus && found.error !== 'OpaqueResponseBlocked'
      && found.error !== 'MixedContent' && /net::ERR_/.test(failedWith.errorText ?? '');
    policyBlocked = isPolicyBlock(v.error);
  }

  const blockedSeen = observation.blocked === true;
  const mixed = classification ? !!classification.mixed : v.error === 'MixedContent';
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
      v.blocked = blockedSeen || !v.sent || mixed || netError || policyBlocked;
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
      // A top-level form is a navigation (a failed 307 to http after it was sent is a block too).
      if (request.formTarget === '_top') {
        v.blocked = !v.sent || netError || v.error === 'SandboxedFormSubmission';
        v.readable = false;
        break;
      }
      v.blocked = !v.sent || mixed || v.error === 'SandboxedFormSubmission' || policyBlocked;
      v.readable = !v.blocked && readableSeen === true;
      break;
    case 'navigate':
      // A sandboxed page's link navigates its own frame (no allow-top-navigation): the frame's
      // checks apply as for an iframe (mixed content, CORP/COEP, X-Frame-Options, frame-ancestors),
      // and a refused document is an error page in that frame: blocked.
      v.blocked = !v.sent || netError || (!!scenario.pageSandboxed && (mixed || policyBlocked));
      v.readable = false;
      break;
  }
  if (!v.readable) v.exposedHeaders = [];

  // Blocks Chromium reports with no class, inferred from what was seen (as ui/live does).
  if (v.blocked && !v.error && !classification) {
    let credentialed = carriesCredentials(request.url);
    v.exchanges.forEach((e, i) => {
      const location = headerGet(responseHeadersOf[i], 'Location');
      if (location !== null && carriesCredentials(location, e.url)) credentialed = true;
    });
    if (credentialed && via !== 'xhr' && via !== 'navigate' && via !== 'form') v.error = 'CredentialedSubresourceBlocked';
    else if (requestsSent > 20) v.error = 'TooManyRedirects';
  }
  if (v.blocked && !v.error && !classification) {
    const refusal = consoleTexts.find(t => REFUSALS.some(re => re.test(t)));
    if (refusal) v.message = refusal;
  }
  return v;
}

// ---------- the jar: which of its cookies the main request did not carry, and why ----------

// CDP's Network.CookieBlockedReason (request time) and Network.SetCookieBlockedReason (set time) to
// the format's names (docs/scenario-format.md, cookiesNotSent). A reason with no name there keeps
// CDP's own (PortMismatch, SchemeMismatch, AnonymousContext, SyntaxError, OverwriteSecure, ...).
const SEND_REASONS = {
  SecureOnly: 'SecureOnly', NotOnPath: 'PathMismatch', DomainMismatch: 'DomainMismatch',
  SameSiteStrict: 'SameSiteStrict', SchemefulSameSiteStrict: 'SameSiteStrict',
  SameSiteLax: 'SameSiteLax', SameSiteUnspecifiedTreatedAsLax: 'SameSiteLax',
  SchemefulSameSiteLax: 'SameSiteLax', SchemefulSameSiteUnspecifiedTreatedAsLax: 'SameSiteLax',
  SameSiteNoneInsecure: 'SameSiteNoneInsecure',
  UserPreferences: 'ThirdPartyBlocked', ThirdPartyPhaseout: 'ThirdPartyBlocked', ThirdPartyBlockedInFirstPartySet: 'ThirdPartyBlocked',
};
const SET_REASONS = {
  ...SEND_REASONS,
  InvalidDomain: 'InvalidDomain', InvalidPrefix: 'InvalidPrefix',
};
export const mapSendReason = r => SEND_REASONS[r] ?? r;
export const mapSetReason = r => SET_REASONS[r] ?? r;

// "name=value; attrs" -> {name, value} as RFC 6265bis parses the pair (no '=' : empty name).
export function cookiePair(line) {
  const pair = String(line).split(';')[0];
  const eq = pair.indexOf('=');
  if (eq < 0) return { name: '', value: pair.trim() };
  return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() };
}

function cookieHeaderPairs(headers) {
  const value = headerGet(headers ?? [], 'Cookie');
  if (value === null) return [];
  return value.split(';').map(s => s.trim()).filter(Boolean).map(s => {
    const eq = s.indexOf('=');
    return eq < 0 ? { name: '', value: s } : { name: s.slice(0, eq), value: s.slice(eq + 1) };
  });
}

// A cookie's Domain (".example.com" for a domain cookie, "api.example.com" for a host-only one)
// against a request host.
function domainMatches(host, cookieDomain) {
  const d = String(cookieDomain ?? '').toLowerCase();
  const h = String(host ?? '').toLowerCase();
  if (d.startsWith('.')) return h === d.slice(1) || h.endsWith(d);
  return h === d;
}

// jar: [{url, setCookie, embeddedIn, setTime: [{url, headers, blockedCookies, exemptedCookies, cookiePartitionKey}]}]
// stored: Network.getAllCookies after the jar was set. main: {url, requestHeaders} of the main exchange
// (as the server saw it), mainExtra: its requestWillBeSentExtraInfo (associatedCookies), or null.
// Returns {cookiesNotSent, cookiesNotSentRaw, cookieJar} (cookiesNotSent null when no main request went).
export function cookieVerdict({ jar, stored, main, mainExtra }) {
  const cookieJar = [], notSent = [], raw = [];
  const sentPairs = main ? cookieHeaderPairs(main.requestHeaders) : [];
  let requestHost = null;
  try { requestHost = main ? new URL(main.url).hostname : null; } catch {}
  const associated = mainExtra?.associatedCookies ?? [];
  for (const c of jar) {
    const { name, value } = cookiePair(c.setCookie);
    const setInfo = c.setTime.find(st => st.url && wireUrl(st.url) === c.url) ?? null;
    const refused = setInfo?.blockedCookies.find(b => b.cookieLine === c.setCookie) ?? null;
    const exempted = setInfo?.exemptedCookies.find(b => b.cookieLine === c.setCookie) ?? null;
    const storedCookie = refused ? null : stored.find(k => k.name === name && k.value === value) ?? null;
    const entry = { name, url: c.url, embeddedIn: c.embeddedIn, stored: !!storedCookie };
    if (refused) entry.refused = refused.blockedReasons;
    if (exempted) entry.exempted = exempted.exemptionReason;
    if (!setInfo) entry.setTimeUnseen = c.navigationError ?? true;
    if (setInfo?.cookiePartitionKey) entry.responsePartitionKey = setInfo.cookiePartitionKey;
    if (storedCookie) Object.assign(entry, { domain: storedCookie.domain, path: storedCookie.path, partitionKey: storedCookie.partitionKey ?? null });
    cookieJar.push(entry);
    if (!main) continue;
    const out = reason => { notSent.push({ name, reason: reason[0] }); raw.push({ name, reasons: reason[1] }); };
    if (refused) { out([mapSetReason(refused.blockedReasons[0]), refused.blockedReasons.map(r => 'set:' + r)]); continue; }
    if (!storedCookie) { out(['NotStored', [setInfo ? 'set:not in the store afterwards' : 'set:no response seen']]); continue; }
    const sent = sentPairs.some(p => p.name === name && p.value === value);
    const assoc = associated.find(a => a.cookie?.name === name && a.cookie?.value === value
      && a.cookie?.domain === storedCookie.domain && a.cookie?.path === storedCookie.path) ?? null;
    if (assoc && assoc.blockedReasons?.length) { out([mapSendReason(assoc.blockedReasons[0]), assoc.blockedReasons]); continue; }
    if (sent) continue;
    if (assoc) { out(['Unexplained', ['listed without a reason, yet not in the Cookie header']]); continue; }
    if (!domainMatches(requestHost, storedCookie.domain)) out(['DomainMismatch', ['not listed: another host']]);
    else if (storedCookie.partitionKey) out(['PartitionMismatch', ['not listed: partitioned, ' + JSON.stringify(storedCookie.partitionKey)]]);
    else out(['CredentialsOmitted', [associated.length ? 'not listed (others were)' : 'not listed: the store was not asked']]);
  }
  return { cookiesNotSent: main ? notSent : null, cookiesNotSentRaw: main ? raw : null, cookieJar };
}
