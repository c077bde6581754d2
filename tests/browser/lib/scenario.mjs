// What the browser runners (run-chromium.mjs, run-firefox.mjs) share: reading scenario files and the
// command line, the URLs and ports a scenario names, what the tool serves for one scenario (the page
// document, the routes, the cookie jar's documents) and the plain-text description of a verdict.
import fs from 'node:fs';
import crypto from 'node:crypto';
import { usualBody, wireUrl } from './server.mjs';
import { harnessDocument, sandboxOuterDocument, framingDocument } from './harness.mjs';

export const isHttp = u => u.protocol === 'http:' || u.protocol === 'https:';
export const defaultPort = scheme => (scheme === 'https:' ? 443 : 80);
export const effectivePort = u => (u.port ? Number(u.port) : defaultPort(u.protocol));
// "host:port" (IPv6 hosts keep their brackets).
export const hostPortKey = u => `${u.hostname}:${effectivePort(u)}`;
export const isLoopbackName = host => host === '127.0.0.1' || host === 'localhost';

export function parse(url, base) { try { return new URL(url, base); } catch { return null; } }

// Every http(s) URL a scenario names: the page, the request, the jar's URLs, routes and their
// Location targets, and the https URL a mixed-content upgrade makes of an http one (80 becomes 443,
// any other port is kept).
export function scenarioUrls(s) {
  const urls = [];
  const add = (url, base) => { const u = parse(url, base); if (u && isHttp(u)) urls.push(u); };
  add(s.page); add(s.request?.url);
  for (const c of Array.isArray(s.cookies) ? s.cookies : []) { add(c?.url); add(c?.embeddedIn); }
  for (const r of s.server ?? []) {
    add(r.url);
    for (const [n, v] of r.headers ?? []) if (n.toLowerCase() === 'location') add(v, r.url);
  }
  for (const u of [...urls]) {
    if (u.protocol !== 'http:') continue;
    const up = new URL(u.href); up.protocol = 'https:';
    if (effectivePort(u) === 80) up.port = ''; else up.port = String(effectivePort(u));
    urls.push(up);
  }
  return urls;
}

export function formFields(body) {
  if (!body) return [];
  const decode = s => { try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch { return s; } };
  return body.split('&').map(pair => {
    const eq = pair.indexOf('=');
    return eq < 0 ? [decode(pair), ''] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))];
  });
}

// What the tool serves for one scenario, and how the page is opened:
// {token, config (the harness's CFG), routes, jar, documents, startUrl, realPage}, or {failure}.
export function prepareScenario(scenario, passThrough = new Set()) {
  const request = scenario.request;
  const page = parse(scenario.page);
  if (!page || !isHttp(page)) return { failure: 'the page URL must be http or https to run in the browser' };
  if (passThrough.has(page.origin)) return { failure: `the page origin ${page.origin} is passed through; the tool must serve the page` };

  const token = crypto.randomBytes(8).toString('hex');
  const routes = [];
  for (const r of scenario.server ?? []) {
    const headers = (r.headers ?? []).map(([n, v]) => [n, v]);
    // A body as text, as bytes (bodyBase64: a real server's image), or the usual content of its type.
    const body = r.body !== undefined && r.body !== null ? Buffer.from(r.body, 'utf8')
      : typeof r.bodyBase64 === 'string' ? Buffer.from(r.bodyBase64, 'base64') : usualBody(headers);
    routes.push({ method: r.method ?? '*', url: wireUrl(r.url), status: r.status ?? 200, headers, body });
  }
  const realPage = wireUrl(scenario.page);
  const config = {
    token, via: request.via, url: request.url, method: request.method ?? 'GET', headers: request.headers ?? [],
    body: request.body !== undefined && request.body !== null && request.via !== 'form' ? request.body : null,
    formFields: formFields(request.body), mode: request.mode ?? null, credentials: request.credentials ?? null,
    crossorigin: request.crossorigin ?? null, enctype: request.enctype ?? null,
    referrerPolicy: typeof request.referrerPolicy === 'string' ? request.referrerPolicy : null,
    // request.formTarget "_top" submits the form into the page's own (top-level) browsing context;
    // request.userActivation makes the link click / form submission happen in a user gesture
    // (scenario.experiment's knobs of the same names, from before the format had them, still work).
    formTarget: request.formTarget ?? scenario.experiment?.formTarget ?? null,
    userActivation: !!(request.userActivation ?? scenario.experiment?.userActivation),
  };
  // The jar (scenario `cookies`, this project's definition): before the page loads, each entry in
  // order is stored as if a response from `url` had carried `Set-Cookie: setCookie`, received by a
  // TOP-LEVEL navigation to `url` (so a Partitioned cookie is keyed by url's own site); with
  // `embeddedIn: P`, that response was loaded in an iframe of a top-level page at P (the partition
  // key is P's site, and the set is a cross-site one when url is cross-site to P). Realised by really
  // navigating the scenario's tab (its fresh browser context) there: the tool serves `url` with 200
  // and that one Set-Cookie line (and P as a page that frames url), then the page is loaded.
  const jar = (Array.isArray(scenario.cookies) ? scenario.cookies : []).map((c, i) => ({
    index: i, url: wireUrl(String(c.url)), setCookie: String(c.setCookie ?? ''),
    embeddedIn: typeof c.embeddedIn === 'string' ? wireUrl(c.embeddedIn) : null,
    setTime: [],   // what the browser said about the response that carried the line
  }));
  const documents = [];
  for (const c of jar) {
    if (c.embeddedIn) documents.push({ url: c.embeddedIn, html: framingDocument(c.url), remaining: 1 });
    documents.push({ url: c.url, html: '<!DOCTYPE html>\n<title>corslab cookie</title>\n', remaining: 1,
                     headers: [['Set-Cookie', c.setCookie]] });
  }
  const pageHeaders = (Array.isArray(scenario.pageHeaders) ? scenario.pageHeaders : []).map(([n, v]) => [String(n), String(v)]);
  documents.push({ url: realPage, html: harnessDocument(config), remaining: 1, headers: pageHeaders });
  // The page is opened as written (a fragment, user:pass@ kept: the document's URL is the browser's
  // business); the server sees it without them.
  let startUrl = scenario.page;
  if (scenario.pageSandboxed) {
    startUrl = `${page.origin}/__corslab/sandbox-${token}`;
    documents.push({ url: startUrl, html: sandboxOuterDocument(realPage), remaining: 1 });
  }
  return { token, config, routes, jar, documents, startUrl, realPage };
}

// The command line both runners take. Returns {json, passThrough: Set of origins, files, extra: {option: value}}.
export function parseCommandLine(argv, usage, valueOptions = []) {
  let json = false;
  const passThrough = new Set(), files = [], extra = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--pass-through' || a.startsWith('--pass-through=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const u = value && parse(value);
      if (!u || !isHttp(u)) { process.stderr.write(`--pass-through needs an http(s) origin, not ${value}\n`); process.exit(2); }
      passThrough.add(u.origin);
    } else if (valueOptions.includes(a)) extra[a] = argv[++i];
    else if (a === '-h' || a === '--help') usage(0);
    else if (a.startsWith('--')) usage(2);
    else files.push(a);
  }
  if (!files.length) usage(2);
  return { json, passThrough, files, extra };
}

// [{file, s}] or [{file, error}] for each file, in order.
export function loadScenarios(files) {
  return files.map(file => {
    try {
      const s = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (s.format !== 'corslab-scenario/1' || !s.page || !s.request?.url || !s.request?.via) throw new Error('not a corslab-scenario/1 file');
      return { file, s };
    } catch (e) { return { file, error: e.message }; }
  });
}

export function describe(r) {
  if (r.failure) return `${r.file}: FAILED: ${r.failure}\n`;
  const verdictLine = r.blocked ? `Blocked (${r.category}) — ${r.error ?? 'no error class reported'}`
                                : `Allowed (${r.category})${r.readable ? ', readable' : ', not readable'}${r.error ? ` — ${r.error}` : ''}`;
  let text = `${r.file}\n  Verdict: ${verdictLine}\n  preflight ${r.preflight}, sent ${r.sent}, blocked ${r.blocked}, readable ${r.readable}, status ${r.status}\n`;
  for (const e of r.exchanges) {
    text += `    [${e.kind}] ${e.method} ${e.url} -> ${e.status}\n`;
    for (const [n, v] of e.requestHeaders) if (/^(origin|access-control-request-.*|cookie|authorization|referer|sec-fetch-(site|mode|dest|user))$/i.test(n)) text += `        ${n}: ${v}\n`;
  }
  if (r.cookiesNotSent?.length) text += `  Cookies not sent: ${r.cookiesNotSent.map(c => `${c.name} (${c.reason})`).join(', ')}\n`;
  if (r.firefoxReason) text += `  Firefox reason: ${r.firefoxReason}\n`;
  if (r.message) text += `  Console (${r.engine}):\n    ${r.message}\n`;
  return text;
}
