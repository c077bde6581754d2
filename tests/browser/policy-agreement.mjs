#!/usr/bin/env node
// Does `corslab-cli check --json` agree with real Chromium 156 (or, with --engine firefox, real Firefox
// ESR 153 against `check --engine firefox`) on scenarios no one here tuned for, across the wider policy
// of issue 11 (cookies, Referer, Fetch Metadata, CORS, CORP, COEP, framing)?
//
//   nice node tests/browser/policy-agreement.mjs --seed N --count M [--engine chromium|firefox]
//        [--save DIR] [--keep-going] [--cli PATH] [--verbose]
//   nice node tests/browser/policy-agreement.mjs --from DIR [--save DIR2] [--cli PATH]
//
// 1. Generates M scenarios (corslab-scenario/1 with the "Additions" fields) from a seeded PRNG
//    (mulberry32, lib/nginx-configs.mjs createRandom). The generator is written from the format
//    (docs/scenario-format.md, /work/shared/scenario-format.md) and the web's rules, never from where
//    the model is weak: every choice below is a uniform or fixed-weight draw over what the format
//    allows. It covers every `via`; pages on https://app.example.com, http://app.example.com and
//    http://localhost:8093 (sometimes sandboxed, sometimes with a Referrer-Policy and/or a COEP
//    header); targets same-origin, same-site (other host, other port), schemeful cross-site (the
//    other scheme), cross-site (http and https), localhost; fetch modes and credentials, XHR
//    withCredentials, crossorigin attributes; methods and headers that do or do not need a preflight,
//    with CORS answers that match the request or are spoilt in one place (origin, credentials,
//    methods, headers, status); 0-2 redirect hops (any of the targets above, 301/302/303/307/308,
//    sometimes with Set-Cookie or Referrer-Policy); a random jar of 1-4 cookies (random SameSite,
//    Secure, HttpOnly, Domain, Path, Partitioned, Max-Age, __Host-/__Secure- prefixes, set top-level
//    or embeddedIn another page); browser.thirdPartyCookies absent/allow/block; request.referrerPolicy
//    tokens (valid, sometimes unknown); CORP on responses; X-Frame-Options and CSP frame-ancestors
//    (and a frame's own COEP) on documents.
// 2. Runs them all through tests/browser/run-chromium.mjs --json (one batch, one Chromium per cookie
//    setting), or run-firefox.mjs --json with --engine firefox, and through `corslab-cli check --json
//    [--engine firefox]` (one file at a time).
// 3. Tallies agreement per field (preflight, sent, blocked, readable, error, cookiesNotSent — the last
//    where Chromium sent the main request) and per exchange (matched by index and kind; an exchange
//    one side has and the other has not, or of another kind, disagrees on every header) per header:
//    Cookie, Referer, Sec-Fetch-Site, Sec-Fetch-Mode, Sec-Fetch-Dest, Origin,
//    Access-Control-Request-Method, Access-Control-Request-Headers (both absent agrees; values of
//    repeated lines joined with ", "). Split by topic: "core" = scenarios with no embedding control
//    (no CORP, COEP, X-Frame-Options or frame-ancestors anywhere), "embedding" = the others; the wire
//    table also for the CORS scenarios (cors-mode request to another origin: fetch cors, xhr, font,
//    elements with crossorigin). Lists every disagreement (file, field, both sides, the scenario's
//    tags). Scenarios the runner could not run (failure, timeout, never reported) are listed apart and
//    not counted.
//    --save DIR keeps the scenarios (NNN-via.cors.json), chromium.jsonl, corslab.jsonl and report.txt
//    there (a scenario can then be rerun: node tests/browser/run-chromium.mjs DIR/NNN-via.cors.json).
//    --keep-going: when the runner dies part way (Chromium exited), run the scenarios it did not
//    report in a new batch (up to 3 times) instead of listing them as not run.
//    --from DIR: no generating and no browser: take the scenarios and the browser's verdicts a --save
//    run left in DIR (cases.jsonl, chromium.jsonl or firefox.jsonl) and check them again with
//    corslab-cli (after a model fix, say); --save DIR2 then keeps that run's corslab.jsonl and
//    report.txt in DIR2.
//    --engine firefox (issue 14): Firefox records no per-cookie reasons (WebDriver BiDi has none), so
//    cookiesNotSent is not compared, and the header table is reported, not gated.
//
// Exit 0 when preflight, sent, blocked, readable and error are >= 97% and (Chromium) every header on
// the CORS scenarios >= 98% (issues 11 and 14's "Done when"), 1 otherwise, 2 on bad usage. Node 20, no npm dependencies; run under nice (Chromium inherits it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRandom } from './lib/nginx-configs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const RUNNERS = { chromium: 'run-chromium.mjs', firefox: 'run-firefox.mjs' };
const BROWSER_NAMES = { chromium: 'Chromium', firefox: 'Firefox' };
const GATED = ['preflight', 'sent', 'blocked', 'readable', 'error'];   // issue 11's 97%; cookiesNotSent(Names) are reported, not gated
const HEADERS = ['Cookie', 'Referer', 'Sec-Fetch-Site', 'Sec-Fetch-Mode', 'Sec-Fetch-Dest', 'Origin',
                 'Access-Control-Request-Method', 'Access-Control-Request-Headers'];
const FIELD_THRESHOLD = 0.97, HEADER_THRESHOLD = 0.98;

// ---------- options ----------
const USAGE = 'usage: nice node tests/browser/policy-agreement.mjs --seed N --count M [--engine chromium|firefox] [--save DIR] [--keep-going] [--cli PATH] [--verbose]\n'
  + '       nice node tests/browser/policy-agreement.mjs --from DIR [--save DIR2] [--cli PATH] [--verbose]\n';
const opts = { seed: null, count: null, save: null, from: null, keepGoing: false, verbose: false, engine: 'chromium',
               cli: process.env.CORSLAB_CLI ?? path.join(root, 'build', 'app', 'corslab-cli') };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const next = () => { if (i + 1 >= process.argv.length) { process.stderr.write(USAGE); process.exit(2); } return process.argv[++i]; };
  if (a === '--seed') opts.seed = Number(next());
  else if (a === '--count') opts.count = Number(next());
  else if (a === '--save') opts.save = path.resolve(next());
  else if (a === '--keep-going') opts.keepGoing = true;
  else if (a === '--from') opts.from = path.resolve(next());
  else if (a === '--cli') opts.cli = path.resolve(next());
  else if (a === '--engine') opts.engine = next();
  else if (a === '--verbose' || a === '-v') opts.verbose = true;
  else if (a === '--help' || a === '-h') { process.stdout.write(USAGE); process.exit(0); }
  else { process.stderr.write(USAGE); process.exit(2); }
}
if (opts.from) {
  if (opts.seed !== null || opts.count !== null || !fs.existsSync(path.join(opts.from, 'cases.jsonl'))) { process.stderr.write(USAGE); process.exit(2); }
  opts.seed = JSON.parse(fs.readFileSync(path.join(opts.from, 'cases.jsonl'), 'utf8').split('\n')[0]).seed;
} else if (!Number.isInteger(opts.seed) || !Number.isInteger(opts.count) || opts.count < 1) { process.stderr.write(USAGE); process.exit(2); }
if (opts.from && fs.existsSync(path.join(opts.from, 'firefox.jsonl'))) opts.engine = 'firefox';
if (!RUNNERS[opts.engine]) { process.stderr.write(USAGE); process.exit(2); }
const RUNNER = path.join(here, RUNNERS[opts.engine]);
const BROWSER = BROWSER_NAMES[opts.engine];
const firefox = opts.engine === 'firefox';
const FIELDS = ['preflight', 'sent', 'blocked', 'readable', 'error', ...(firefox ? [] : ['cookiesNotSent', 'cookiesNotSentNames'])];
const log = t => process.stderr.write(t + '\n');

// ---------- the generator ----------
const rng = createRandom(opts.seed);
const { chance, pick, weighted } = rng;

const VIAS = ['fetch', 'xhr', 'form', 'navigate', 'img', 'script', 'stylesheet', 'font', 'media', 'iframe'];
const REFERRER_POLICIES = ['no-referrer', 'no-referrer-when-downgrade', 'origin', 'origin-when-cross-origin', 'same-origin',
                           'strict-origin', 'strict-origin-when-cross-origin', 'unsafe-url'];
const UNKNOWN_POLICIES = ['never', 'always', 'origin-only', 'Origin'];
const LOCALHOST = 'http://localhost:8093';

// Origins by their relation to the page (the page's own scheme decides the same-site ones).
function targetOrigin(kind, page) {
  const p = new URL(page);
  const isLocal = p.hostname === 'localhost';
  switch (kind) {
    case 'same-origin': return p.origin;
    case 'same-site-host': return isLocal ? LOCALHOST : `${p.protocol}//api.example.com`;
    case 'same-site-port': return isLocal ? 'http://localhost:8094' : `${p.protocol}//app.example.com:${p.protocol === 'https:' ? 8443 : 8080}`;
    case 'other-scheme': return isLocal ? 'https://localhost:8093' : `${p.protocol === 'https:' ? 'http:' : 'https:'}//${pick(['app', 'api'])}.example.com`;
    case 'cross-site-https': return pick(['https://other.example', 'https://cdn.other.example']);
    case 'cross-site-http': return pick(['http://other.example', 'http://cdn.other.example']);
    case 'localhost': return LOCALHOST;
  }
  throw new Error(kind);
}
const TARGET_KINDS = [['same-origin', 3], ['same-site-host', 3], ['same-site-port', 1], ['other-scheme', 1.5],
                      ['cross-site-https', 4], ['cross-site-http', 1.5], ['localhost', 1]];

const PATHS = { fetch: '/api/items?q=1', xhr: '/api/items?q=1', form: '/submit', navigate: '/next', img: '/img/a.png',
                script: '/js/a.js', stylesheet: '/css/a.css', font: '/fonts/a.ttf', media: '/media/a.wav', iframe: '/frame/' };
const TYPES = { fetch: 'application/json', xhr: 'text/plain', form: 'text/html', navigate: 'text/html', img: 'image/png',
                script: 'text/javascript', stylesheet: 'text/css', font: 'font/ttf', media: 'audio/wav', iframe: 'text/html' };
const SAFE_HEADERS = [['Accept', 'application/json'], ['Accept-Language', 'de'], ['Content-Language', 'en'],
                      ['Content-Type', 'text/plain'], ['Content-Type', 'application/x-www-form-urlencoded']];
const UNSAFE_HEADERS = [['X-Custom', '1'], ['Content-Type', 'application/json'], ['Authorization', 'Bearer t0k3n'],
                        ['X-Requested-With', 'XMLHttpRequest'], ['X-Trace', 'abc']];

// Does the request go in CORS mode (and so meet CORS answers)?
function corsMode(req) {
  if (req.via === 'fetch') return (req.mode ?? 'cors') === 'cors';   // same-origin mode never meets CORS answers
  if (req.via === 'xhr' || req.via === 'font') return true;
  if (['img', 'script', 'stylesheet', 'media'].includes(req.via)) return !!req.crossorigin;
  return false;
}
function credentialed(req) {
  if (req.via === 'fetch') return req.credentials === 'include';
  if (req.via === 'xhr') return req.credentials === 'include';
  return req.crossorigin === 'use-credentials';
}

// The CORS answer of a response: right for the request, or (sometimes) spoilt in one place.
function corsAnswer(req, origin, preflight) {
  const h = [];
  const spoil = chance(0.35) ? pick(preflight ? ['origin', 'credentials', 'methods', 'headers', 'status', 'absent'] : ['origin', 'credentials', 'absent']) : null;
  if (spoil === 'absent') return { headers: h, status: preflight ? pick([200, 204]) : null };
  const acao = spoil === 'origin' ? weighted([['https://evil.example', 2], ['null', 1], [`${origin}/`, 1], [`${origin}, https://evil.example`, 1]])
    : weighted([[origin, 4], ['*', credentialed(req) ? 1 : 3]]);
  h.push(['Access-Control-Allow-Origin', acao]);
  if (spoil === 'credentials' ? chance(0.3) : (credentialed(req) || chance(0.3))) h.push(['Access-Control-Allow-Credentials', spoil === 'credentials' ? 'TRUE' : 'true']);
  if (preflight) {
    const method = (req.method ?? 'GET');
    if (spoil === 'methods') h.push(['Access-Control-Allow-Methods', pick(['GET', 'POST', 'OPTIONS', 'HEAD'])]);
    else h.push(['Access-Control-Allow-Methods', weighted([[method, 3], [`GET, POST, ${method.toUpperCase()}`, 2], ['*', 1]])]);
    const names = [...new Set((req.headers ?? []).map(([n]) => n.toLowerCase()))];
    if (spoil === 'headers') h.push(['Access-Control-Allow-Headers', pick(['x-other', 'content-type', ''])]);
    else if (names.length) h.push(['Access-Control-Allow-Headers', weighted([[names.join(', '), 3], ['*', 1]])]);
  } else if (chance(0.3)) h.push(['Access-Control-Expose-Headers', pick(['X-Total', '*'])]);
  return { headers: h, status: preflight ? (spoil === 'status' ? pick([403, 500, 302]) : pick([200, 204])) : null };
}

function randomCorp() { return weighted([['same-origin', 3], ['same-site', 3], ['cross-origin', 3], ['same-orign', 1], ['Same-Origin', 0.5]]); }
function randomXfo() { return weighted([['DENY', 3], ['SAMEORIGIN', 3], ['ALLOWALL', 1], ['ALLOW-FROM https://app.example.com', 1], ['sameorigin', 1]]); }
function randomFrameAncestors(page) {
  const o = new URL(page).origin;
  return `frame-ancestors ${weighted([["'none'", 2], ["'self'", 2], [o, 2], ['https:', 1], ['*', 1], ['https://other.example', 1]])}`;
}

function randomCookie(i, page, origins) {
  const base = pick([page, ...origins]);
  const u = new URL(base);
  const url = `${u.origin}${pick(['/', '/api/set', '/img/'])}`;
  const prefix = weighted([['', 8], ['__Host-', 1], ['__Secure-', 1]]);
  const attrs = [];
  if (chance(0.3)) attrs.push(`Path=${pick(['/', '/api', '/img', '/nope'])}`);
  if (chance(0.25)) {
    const host = u.hostname;
    const reg = host === 'localhost' ? 'localhost' : host.split('.').slice(-2).join('.');
    attrs.push(`Domain=${weighted([[reg, 3], [host, 1], ['.' + reg, 1], ['other.example', 0.5], ['example.com', 0.5]])}`);
  }
  if (chance(0.5)) attrs.push('Secure');
  if (chance(0.15)) attrs.push('HttpOnly');
  const ss = weighted([[null, 3], ['Lax', 2], ['Strict', 1.5], ['None', 3], ['bogus', 0.5]]);
  if (ss) attrs.push(`SameSite=${ss}`);
  if (chance(0.12)) attrs.push('Partitioned');
  if (chance(0.2)) attrs.push(`Max-Age=${pick(['0', '3600'])}`);
  const c = { url, setCookie: [`${prefix}c${i}=v${i}`, ...attrs].join('; ') };
  // embeddedIn: a top-level page that frames `url`. An https page cannot frame a plain-http URL (mixed
  // content blocks the frame, so no response would ever set the cookie): such a jar entry is not one a
  // browser can have, and only the embedders that can frame `url` are drawn from.
  if (chance(0.15)) {
    const insecure = u.protocol === 'http:' && u.hostname !== 'localhost';
    const embedders = [page, 'https://other.example/host', 'https://app.example.com/embedder']
      .filter(p => !(insecure && new URL(p).protocol === 'https:'));
    if (embedders.length) c.embeddedIn = pick(embedders);
  }
  return c;
}

function makeScenario(n) {
  const via = pick(VIAS);
  const page = weighted([['https://app.example.com/page', 6], ['http://app.example.com/page', 2], [`${LOCALHOST}/page`, 1]]);
  const s = { format: 'corslab-scenario/1', title: '', page };
  if (chance(0.08)) s.pageSandboxed = true;
  const pageHeaders = [];
  if (chance(0.25)) pageHeaders.push(['Referrer-Policy', weighted([[pick(REFERRER_POLICIES), 6], [`${pick(REFERRER_POLICIES)}, ${pick(REFERRER_POLICIES)}`, 1], [`${pick(REFERRER_POLICIES)}, ${pick(UNKNOWN_POLICIES)}`, 1], [pick(UNKNOWN_POLICIES), 1]])]);
  if (chance(0.15)) pageHeaders.push(['Cross-Origin-Embedder-Policy', weighted([['require-corp', 3], ['credentialless', 3], ['unsafe-none', 0.5], ['require-corp; report-to="x"', 0.5]])]);
  if (pageHeaders.length) s.pageHeaders = pageHeaders;

  const req = { via };
  const kind = weighted(TARGET_KINDS);
  const first = targetOrigin(kind, page);
  if (via === 'fetch' || via === 'xhr') {
    req.method = weighted([['GET', 5], ['POST', 3], ['HEAD', 1], ['PUT', 1.5], ['DELETE', 1], ['PATCH', 1]]);
    const headers = [];
    if (chance(0.45)) headers.push(pick(SAFE_HEADERS));
    if (chance(0.4)) headers.push(pick(UNSAFE_HEADERS));
    const seen = new Set();
    const list = headers.filter(([hn]) => !seen.has(hn.toLowerCase()) && seen.add(hn.toLowerCase()));
    if (list.length) req.headers = list;
    if (!['GET', 'HEAD'].includes(req.method)) req.body = '{"x":1}';
    if (via === 'fetch') {
      const mode = weighted([[null, 5], ['cors', 1], ['no-cors', 2], ['same-origin', 1]]);
      if (mode) req.mode = mode;
      const cred = weighted([[null, 3], ['omit', 1], ['same-origin', 1], ['include', 3]]);
      if (cred) req.credentials = cred;
    } else if (chance(0.5)) req.credentials = 'include';
  } else if (via === 'form') {
    req.method = pick(['GET', 'POST']);
    req.body = 'a=1&b=two';
    if (chance(0.4)) req.enctype = pick(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);
  } else if (['img', 'script', 'stylesheet', 'media'].includes(via)) {
    const co = weighted([[null, 3], ['anonymous', 1.5], ['use-credentials', 1.5]]);
    if (co) req.crossorigin = co;
  }
  if (['fetch', 'img', 'script', 'stylesheet', 'iframe', 'navigate'].includes(via)) {
    const rp = weighted([[null, 6], ['valid', 3], ['unknown', 0.7]]);
    if (rp === 'valid') req.referrerPolicy = pick(REFERRER_POLICIES);
    else if (rp === 'unknown') req.referrerPolicy = pick(UNKNOWN_POLICIES);
  }

  // The chain: request.url, then 0-2 redirect targets.
  const hops = weighted([[0, 6], [1, 2.8], [2, 1.2]]);
  const chain = [first + (hops ? '/r0' : PATHS[via])];
  for (let k = 1; k <= hops; k++) chain.push(targetOrigin(weighted(TARGET_KINDS), page) + (k === hops ? PATHS[via] : `/r${k}`));
  req.url = chain[0];
  s.request = req;

  const pageOrigin = s.pageSandboxed ? 'null' : new URL(page).origin;
  const cors = corsMode(req);
  const embedding = { corp: false, xfo: false, frameAncestors: false, frameCoep: false };
  const server = [];
  chain.forEach((url, k) => {
    const last = k === chain.length - 1;
    if (cors) {
      const a = corsAnswer(req, pageOrigin, true);
      server.push({ method: 'OPTIONS', url, status: a.status, headers: a.headers });
    }
    const headers = [];
    let status = 200;
    if (!last) {
      status = pick([301, 302, 303, 307, 308]);
      headers.push(['Location', chain[k + 1]]);
      if (chance(0.2)) headers.push(['Set-Cookie', `r${k}=hop; Path=/${pick(['; SameSite=None; Secure', '; SameSite=Lax', ''])}`]);
      if (chance(0.1)) headers.push(['Referrer-Policy', pick(REFERRER_POLICIES)]);
    } else {
      headers.push(['Content-Type', TYPES[via]]);
      if (chance(0.08)) headers.push(['Set-Cookie', `fin=1; Path=/${pick(['; SameSite=None; Secure', ''])}`]);
    }
    if (cors) headers.push(...corsAnswer(req, pageOrigin, false).headers);
    if (chance(last ? 0.22 : 0.08)) { headers.push(['Cross-Origin-Resource-Policy', randomCorp()]); embedding.corp = true; }
    if (last && TYPES[via] === 'text/html') {
      if (chance(0.3)) { headers.push(['X-Frame-Options', randomXfo()]); embedding.xfo = true; }
      if (chance(0.2)) { headers.push(['Content-Security-Policy', randomFrameAncestors(page)]); embedding.frameAncestors = true; }
      if (chance(0.12)) { headers.push(['Cross-Origin-Embedder-Policy', 'require-corp']); embedding.frameCoep = true; }
    }
    const route = { method: '*', url, status, headers };
    if (last && (via === 'fetch' || via === 'xhr')) route.body = '{"ok":true}';
    if (last && TYPES[via] === 'text/html') route.body = '<!DOCTYPE html><title>target</title>';
    server.push(route);
  });
  s.server = server;

  const origins = [...new Set(chain.map(u => new URL(u).origin))];
  s.cookies = Array.from({ length: weighted([[1, 3], [2, 3], [3, 2], [4, 1]]) }, (_, i) => randomCookie(i + 1, page, origins));
  const tpc = weighted([[null, 4], ['allow', 3], ['block', 3]]);
  if (tpc) s.browser = { thirdPartyCookies: tpc };

  const tags = [via, kind, `${hops}hop`, cors ? 'cors' : 'no-cors'];
  if (s.pageSandboxed) tags.push('sandboxed');
  if (pageHeaders.some(([h]) => h === 'Cross-Origin-Embedder-Policy')) tags.push('coep');
  for (const [k, v] of Object.entries(embedding)) if (v) tags.push(k);
  if (req.referrerPolicy !== undefined) tags.push('referrerPolicy');
  if (pageHeaders.some(([h]) => h === 'Referrer-Policy')) tags.push('page-referrer-policy');
  if (tpc === 'block') tags.push('3pc-block');
  const topic = tags.some(t => ['coep', 'corp', 'xfo', 'frameAncestors', 'frameCoep'].includes(t)) ? 'embedding' : 'core';
  const crossOrigin = !!s.pageSandboxed || chain.some(u => new URL(u).origin !== new URL(page).origin);
  s.title = `policy-agreement seed ${opts.seed} #${n}: ${via} ${kind}${hops ? `, ${hops} redirect${hops > 1 ? 's' : ''}` : ''}`;
  s.notes = `Generated by tests/browser/policy-agreement.mjs --seed ${opts.seed}; tags: ${tags.join(' ')}`;
  return { n, s, tags, topic, corsScenario: cors && crossOrigin };
}

// ---------- running ----------
function runBrowser(files) {
  return new Promise(resolve => {
    const child = spawn('nice', ['-n', '10', process.execPath, RUNNER, '--json', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '', lines = 0;
    child.stdout.on('data', d => {
      out += d;
      const now = out.split('\n').length - 1;
      if (Math.floor(now / 25) > Math.floor(lines / 25)) log(`${opts.engine}: ${now}/${files.length}`);
      lines = now;
    });
    child.stderr.on('data', d => { err += d; });
    child.on('close', code => resolve({ out, err, code }));
  });
}

function runCli(file) {
  for (let attempt = 0; attempt < 8; attempt++) {
    for (let i = 0; i < 120 && !fs.existsSync(opts.cli); i++) spawnSync('sleep', ['1']);   // being rebuilt
    const res = spawnSync('nice', ['-n', '10', opts.cli, 'check', ...(firefox ? ['--engine', 'firefox'] : []), '--json', file], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 60000 });
    if (res.error?.code === 'ENOENT' || (!fs.existsSync(opts.cli) && res.status !== 0)) { spawnSync('sleep', ['5']); continue; }
    const line = (res.stdout ?? '').split('\n').find(l => l.startsWith('{'));
    if (!line) return { failure: `corslab-cli check exit ${res.status}: ${(res.stderr ?? '').trim().slice(0, 300)}` };
    try { return JSON.parse(line); } catch (e) { return { failure: `corslab-cli check: ${e.message}` }; }
  }
  return { failure: `${opts.cli} is missing` };
}

// ---------- comparing ----------
const headerOf = (exchange, name) => {
  const values = (exchange?.requestHeaders ?? []).filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v);
  return values.length ? values.join(', ') : null;
};
// cookiesNotSentNames: only which jar cookies stayed behind (not why: when two rules refuse a cookie,
// the reason named is a matter of precedence, and Chromium's DevTools lists several).
const valueOf = (verdict, field) => field === 'cookiesNotSentNames' ? verdict.cookiesNotSent : verdict[field];
const norm = (field, v) => {
  if (field === 'cookiesNotSent') return JSON.stringify((v ?? null) && v.map(c => ({ name: c.name, reason: c.reason })));
  if (field === 'cookiesNotSentNames') return JSON.stringify((v ?? null) && v.map(c => c.name));
  return JSON.stringify(v ?? null);
};
const pct = (a, t) => (t ? `${(100 * a / t).toFixed(1)}%` : '-');

async function main() {
  if (opts.from) return tally(...fromSaved(opts.from));
  const dir = opts.save ?? fs.mkdtempSync(path.join(os.tmpdir(), 'policy-agreement-'));
  fs.mkdirSync(dir, { recursive: true });
  const cases = [];
  for (let n = 0; n < opts.count; n++) {
    const c = makeScenario(n);
    c.file = path.join(dir, `${String(n).padStart(3, '0')}-${c.s.request.via}.cors.json`);
    fs.writeFileSync(c.file, JSON.stringify(c.s, null, 2) + '\n');
    cases.push(c);
  }
  log(`${cases.length} scenarios (seed ${opts.seed}) in ${dir}; ${cases.filter(c => c.topic === 'core').length} core, ${cases.filter(c => c.topic === 'embedding').length} with embedding controls`);

  // The browser: one batch (more only with --keep-going, for what a dead runner never reported).
  const browser = new Map();
  let pending = cases.map(c => c.file), rounds = 0, runnerErr = '', engine = null;
  const browserLines = [];
  while (pending.length && rounds < (opts.keepGoing ? 4 : 1)) {
    rounds++;
    const { out, err } = await runBrowser(pending);
    runnerErr += err;
    for (const line of out.split('\n')) {
      if (!line.startsWith('{')) continue;
      let r; try { r = JSON.parse(line); } catch { continue; }
      browser.set(path.resolve(r.file), r);
      browserLines.push(line);
      engine ??= r.engine ?? null;
    }
    pending = pending.filter(f => !browser.has(path.resolve(f)));
    if (pending.length) log(`runner stopped with ${pending.length} scenarios unreported${opts.keepGoing && rounds < 4 ? '; running them again' : ''}: ${err.trim().split('\n').slice(-2).join(' | ')}`);
  }
  if (opts.save) {
    fs.writeFileSync(path.join(dir, `${opts.engine}.jsonl`), browserLines.join('\n') + '\n');
    fs.writeFileSync(path.join(dir, 'cases.jsonl'), cases.map(c => JSON.stringify({ seed: opts.seed, n: c.n, name: path.basename(c.file), tags: c.tags, topic: c.topic, corsScenario: c.corsScenario })).join('\n') + '\n');
  }
  return tally(cases, browser, engine, dir, runnerErr);
}

// The scenarios and the browser's verdicts of a --save run (for --from).
function fromSaved(dir) {
  const cases = fs.readFileSync(path.join(dir, 'cases.jsonl'), 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l))
    .map(c => ({ ...c, file: path.join(dir, c.name) }));
  const browser = new Map();
  let engine = null;
  for (const line of fs.readFileSync(path.join(dir, `${opts.engine}.jsonl`), 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const r = JSON.parse(line);
    browser.set(path.resolve(dir, path.basename(r.file)), r);
    engine ??= r.engine ?? null;
  }
  log(`${cases.length} scenarios (seed ${opts.seed}) from ${dir}, ${BROWSER}'s verdicts as saved there`);
  return [cases, browser, engine, dir, ''];
}

async function tally(cases, browser, engine, dir, runnerErr) {
  log('corslab-cli: checking');
  const model = new Map();
  for (const c of cases) model.set(c.file, runCli(c.file));
  const outDir = opts.from ? opts.save : (opts.save ? dir : null);
  if (outDir) {
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, 'corslab.jsonl'), cases.map(c => JSON.stringify({ file: c.file, ...model.get(c.file), steps: undefined, fix: undefined })).join('\n') + '\n');
  }

  // Tally. groups: all, core, embedding; header tables also for the CORS scenarios.
  const GROUPS = ['all', 'core', 'embedding'];
  const fieldTally = Object.fromEntries(GROUPS.map(g => [g, Object.fromEntries(FIELDS.map(f => [f, { agree: 0, total: 0 }]))]));
  const HGROUPS = ['all', 'core', 'embedding', 'cors', 'cors-core'];
  const headerTally = Object.fromEntries(HGROUPS.map(g => [g, Object.fromEntries([...HEADERS, '(exchange)'].map(h => [h, { agree: 0, total: 0 }]))]));
  const notRun = [], modelFailed = [], disagreements = [];
  const counted = { all: 0, core: 0, embedding: 0, cors: 0, 'cors-core': 0 };
  for (const c of cases) {
    const b = browser.get(path.resolve(c.file));
    const m = model.get(c.file);
    const name = path.basename(c.file);
    if (!b || b.failure) { notRun.push(`${name}: ${b ? b.failure : 'never reported'} [${c.tags.join(' ')}]`); continue; }
    if (m.failure) { modelFailed.push(`${name}: ${m.failure}`); continue; }
    const groups = ['all', c.topic];
    const hgroups = [...groups, ...(c.corsScenario ? ['cors', ...(c.topic === 'core' ? ['cors-core'] : [])] : [])];
    for (const g of hgroups) counted[g]++;
    const diffs = [];
    for (const f of FIELDS) {
      if (f.startsWith('cookiesNotSent') && !b.sent) continue;   // defined for a main request the browser sent
      const bv = norm(f, valueOf(b, f)), mv = norm(f, valueOf(m, f));
      const ok = bv === mv;
      for (const g of groups) { fieldTally[g][f].total++; if (ok) fieldTally[g][f].agree++; }
      if (!ok && f !== 'cookiesNotSentNames') diffs.push(`${f}: ${opts.engine} ${bv}, corslab ${mv}`);
    }
    const be = b.exchanges ?? [], me = m.exchanges ?? [];
    for (let i = 0; i < Math.max(be.length, me.length); i++) {
      const x = be[i], y = me[i];
      const matched = x && y && x.kind === y.kind;
      for (const g of hgroups) { headerTally[g]['(exchange)'].total++; if (matched) headerTally[g]['(exchange)'].agree++; }
      if (!matched) diffs.push(`exchange ${i}: ${opts.engine} ${x ? `${x.kind} ${x.method} ${x.url}` : 'none'}, corslab ${y ? `${y.kind} ${y.method} ${y.url}` : 'none'}`);
      for (const h of HEADERS) {
        const bv = x ? headerOf(x, h) : null, mv = y ? headerOf(y, h) : null;
        const ok = matched && bv === mv;
        for (const g of hgroups) { headerTally[g][h].total++; if (ok) headerTally[g][h].agree++; }
        if (matched && !ok) diffs.push(`[${i} ${x.kind}] ${h}: ${opts.engine} ${bv === null ? 'absent' : JSON.stringify(bv)}, corslab ${mv === null ? 'absent' : JSON.stringify(mv)}`);
      }
    }
    if (diffs.length) disagreements.push({ name, tags: c.tags, diffs });
  }

  // Report.
  const out = [];
  const head = `${BROWSER} ${engine ?? '?'} against corslab ${gitHead()}${firefox ? ' --engine firefox' : ''}: ${cases.length} generated scenarios, seed ${opts.seed}${opts.from ? ` (${BROWSER}'s verdicts from ${opts.from})` : ''}`;
  out.push(head);
  out.push(`counted ${counted.all} (${counted.core} core, ${counted.embedding} embedding; ${counted.cors} CORS scenarios, ${counted['cors-core']} of them core); runner could not run ${notRun.length}; corslab-cli failed on ${modelFailed.length}`);
  out.push('');
  out.push('field                   all                 core                embedding');
  let pass = true;
  for (const f of FIELDS) {
    const cell = g => { const t = fieldTally[g][f]; return `${t.agree}/${t.total} ${pct(t.agree, t.total)}`.padEnd(20); };
    if (GATED.includes(f) && fieldTally.all[f].total && fieldTally.all[f].agree / fieldTally.all[f].total < FIELD_THRESHOLD) pass = false;
    out.push(`${(GATED.includes(f) ? f : f + ' (*)').padEnd(24)}${GROUPS.map(cell).join('')}`);
  }
  if (!firefox) out.push('(*) not gated; compared where Chromium sent the main request (Names: which cookies stayed behind, not why)');
  out.push('');
  out.push('per exchange        all                 core                embedding           CORS scenarios      CORS, core');
  for (const h of ['(exchange)', ...HEADERS]) {
    const cell = g => { const t = headerTally[g][h]; return `${t.agree}/${t.total} ${pct(t.agree, t.total)}`.padEnd(20); };
    if (!firefox && headerTally.cors[h].total && headerTally.cors[h].agree / headerTally.cors[h].total < HEADER_THRESHOLD) pass = false;
    out.push(`${(h === '(exchange)' ? 'exchange matched' : h).replace('Access-Control-Request-', 'AC-Request-').padEnd(20)}${HGROUPS.map(cell).join('')}`);
  }
  out.push('(exchanges matched by index and kind; an unmatched one disagrees on every header; both absent agrees)');
  out.push(`${pass ? 'PASS' : 'FAIL'}: preflight, sent, blocked, readable, error >= 97%${firefox ? ' (headers reported, not gated)' : ' and every header on the CORS scenarios >= 98%'} (all topics)`);
  if (notRun.length) out.push(`\nNot run by the runner (not counted, ${notRun.length}):\n  ${notRun.join('\n  ')}`);
  if (modelFailed.length) out.push(`\ncorslab-cli failed (not counted, ${modelFailed.length}):\n  ${modelFailed.join('\n  ')}`);
  if (disagreements.length) {
    out.push(`\nDisagreements (${disagreements.length} scenarios; files in ${dir}):`);
    for (const d of disagreements) out.push(`  ${d.name} [${d.tags.join(' ')}]\n      ${d.diffs.join('\n      ')}`);
  }
  const text = out.join('\n') + '\n';
  process.stdout.write(text);
  if (outDir) fs.writeFileSync(path.join(outDir, 'report.txt'), text);
  else if (!opts.from) fs.rmSync(dir, { recursive: true, force: true });
  if (opts.verbose && runnerErr.trim()) log(`runner stderr:\n${runnerErr.trim()}`);
  process.exitCode = pass ? 0 : 1;
}

// The commit of the checkout corslab-cli was built in (its build directory lies inside it).
function gitHead() {
  const r = spawnSync('git', ['-C', path.dirname(opts.cli), 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '?';
}

main().catch(e => { process.stderr.write(`policy-agreement: ${e.stack ?? e}\n`); process.exit(1); });
