#!/usr/bin/env node
// Does `corslab-cli har` agree with real Chromium on HARs that real Chromium recorded, against servers
// no one here tuned for?
//
//   nice node tests/browser/har-agreement.mjs [--seed N] [--pages N] [--per N] [--configs N]
//        [--scheme http|https|both] [--recorders devtools,playwright] [--keep DIR]
//        [--save-test-data DIR] [--cli PATH] [--verbose]
//
// Defaults: seed 20261203, 12 pages x 60 requests, 24 configurations per scheme, both schemes, both
// recorders, build/app/corslab-cli (or $CORSLAB_CLI), Chromium /usr/bin/chromium (or $CORSLAB_CHROMIUM).
//
// 1. Servers: random nginx CORS configurations (lib/nginx-configs.mjs, the generator probe-agreement.mjs
//    uses; seeded, nothing chosen by hand), --configs per scheme, one server block each on its own
//    loopback port, all in ONE nginx (Debian's nginx-light, /usr/sbin/nginx) with a prefix of its own.
//    Chromium reaches http configuration i as http://apiI.app.test or http://apiI.other.test and https
//    configuration i (HTTP/2, the loopback test certificate of lib/identity.mjs, accepted by its SPKI
//    hash) as https://sapiI.app.test or https://sapiI.other.test: --host-resolver-rules map each host and
//    default port to its nginx port. The pages are http://app.test/page/N and https://app.test/page/N
//    (a Node server each); with --scheme both even pages are https, odd ones http, and a page's requests
//    go to its own scheme's servers (no mixed content).
//    Cookies: sid on .app.test (SameSite=Lax: sent to the page's site, also to apiI.app.test), and on
//    every .other.test server a SameSite=Lax one (never sent cross-site) and over https a
//    SameSite=None; Secure one, which Chromium 156 does not send either: it blocks third-party cookies
//    by default (CDP's associatedCookies say blockedReasons UserPreferences, in the default profile and
//    in the browser contexts ours and Playwright's are).
// 2. Pages: each page's script makes --per random requests (lib/har-page.mjs), one after another (each
//    awaited, its error caught): fetch() with GET/HEAD/POST/PUT/DELETE/PATCH/OPTIONS/patch, safelisted
//    and other headers, text / URLSearchParams / FormData / Blob bodies, credentials
//    omit/same-origin/include, mode cors/no-cors, XHR with and without withCredentials,
//    <img>/<script>/<link rel=stylesheet> with and without crossorigin, /go redirects where the
//    configuration has them (nginx chains them across servers), and some same-origin requests.
// 3. Every page runs in a fresh browser context once per recorder (lib/har-recorders.mjs):
//    devtools             Chrome DevTools' own code writes the HAR: Chromium 156's bundled DevTools
//                         frontend (/devtools/inspector.html of --remote-debugging-port) attached to the
//                         page's tab, its Network panel recording, then the panel's own export,
//                         NetworkLogView.exportAll({sanitize: false}) = "Export HAR (with sensitive
//                         data)", saved through InspectorFrontendHost as a download. From the same
//                         recording "devtools-sanitized": exportAll({sanitize: true}) = the toolbar
//                         button's default "Export HAR (sanitized)" (Cookie, Set-Cookie, Authorization
//                         removed). Nothing is rebuilt from CDP events: DevTools' HAR writer
//                         (front_end/models/har/Log.ts, Writer.ts) wrote every byte.
//    playwright           playwright-core's chromium.launch({executablePath: '/usr/bin/chromium'}),
//                         browser.newContext({recordHar: {path}}), the context closed when the page is
//                         done. (Playwright adds its own switches, e.g. --disable-features=...,
//                         AvoidCorsURLLoaderRestartOnRedirect,ThirdPartyStoragePartitioning,...)
//    The browser's truth for every request comes from a CDP session of the tool's own on the page
//    (Network.requestWillBeSent, responseReceived, loadingFailed: corsErrorStatus, blockedReason) and
//    from the page's script: blocked = fetch() rejected / XHR, img, script or link fired error.
// 4. `corslab-cli har FILE --json` on every HAR; its requests are matched to the browser's by method,
//    first URL and order. Reported per recorder: cross-origin requests found, blocked agreement (the
//    model's `blocked` against what script saw), error agreement (the model's `error` — its prediction
//    when the HAR does not record the reason — against Chromium's CorsError, or OpaqueResponseBlocked /
//    TooManyRedirects / InvalidRedirect for those net errors, null when none; lib/classify.mjs), and
//    every disagreement with both sides, a likely cause, the HAR entries and the nginx server blocks
//    involved, then the disagreements grouped by likely cause. Same-origin requests are counted apart.
//    --keep DIR keeps the HARs, truth (page-N.RECORDER.truth.json), plans.json, nginx/, corslab-cli.json,
//    rows.json (every cross-origin request: plan item, truth, the model's verdict) and report.txt.
//    --save-test-data DIR copies the first page of each scheme (RECORDER-SCHEME.har and .truth.json)
//    and the nginx configuration (chromium-nginx.conf) there; other files there are left alone
//    (tests/data/har/recorded/ was made so).
//
// Exit 0 when every cross-origin request the browser made is found in every HAR, blocked and error
// agree on >= 95% in both DevTools HARs (with sensitive data and sanitized), blocked on >= 95% in the
// Playwright HARs; 1 otherwise; 2 on bad usage. corslab-cli runs under nice; run the whole under nice
// too (Chromium inherits it). Needs tests/browser/node_modules (npm ci) for playwright-core; never
// downloads a browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRandom, freePorts, makeConfig, serverBlockText, startNginx } from './lib/nginx-configs.mjs';
import { makePageRequest, describeRequest, pageDocument, startPageServer } from './lib/har-page.mjs';
import { DevToolsRecorder, PlaywrightRecorder } from './lib/har-recorders.mjs';
import { identity } from './lib/identity.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const pageOriginOf = scheme => `${scheme}://app.test`;
const THRESHOLD = 0.95;

// ---------- options ----------
const opts = { seed: 20261203, pages: 12, per: 60, configs: 24, scheme: 'both', keep: null, verbose: false, recorders: ['devtools', 'playwright'],
               saveTestData: null, cli: process.env.CORSLAB_CLI ?? path.join(root, 'build', 'app', 'corslab-cli') };
const USAGE = 'usage: nice node tests/browser/har-agreement.mjs [--seed N] [--pages N] [--per N] [--configs N]\n'
  + '       [--scheme http|https|both] [--recorders devtools,playwright] [--keep DIR] [--save-test-data DIR] [--cli PATH] [--verbose]\n';
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const next = () => { if (i + 1 >= process.argv.length) { process.stderr.write(USAGE); process.exit(2); } return process.argv[++i]; };
  if (a === '--seed') opts.seed = Number(next());
  else if (a === '--pages') opts.pages = Number(next());
  else if (a === '--per') opts.per = Number(next());
  else if (a === '--configs') opts.configs = Number(next());
  else if (a === '--scheme') opts.scheme = next();
  else if (a === '--keep') opts.keep = path.resolve(next());
  else if (a === '--recorders') opts.recorders = next().split(',').filter(Boolean);
  else if (a === '--save-test-data') opts.saveTestData = path.resolve(next());
  else if (a === '--cli') opts.cli = path.resolve(next());
  else if (a === '--verbose' || a === '-v') opts.verbose = true;
  else if (a === '--help' || a === '-h') { process.stdout.write(USAGE); process.exit(0); }
  else { process.stderr.write(USAGE); process.exit(2); }
}
if (![opts.seed, opts.pages, opts.per, opts.configs].every(Number.isInteger) || opts.pages < 1 || opts.per < 1 || opts.configs < 1
    || !opts.recorders.length || opts.recorders.some(r => !['devtools', 'playwright'].includes(r))
    || !['http', 'https', 'both'].includes(opts.scheme)) { process.stderr.write(USAGE); process.exit(2); }
const schemes = opts.scheme === 'both' ? ['https', 'http'] : [opts.scheme];

const log = text => process.stderr.write(text + '\n');
const vlog = text => { if (opts.verbose) log(text); };
const pct = (a, t) => (t ? `${(100 * a / t).toFixed(1)}%` : '-');

// ---------- corslab-cli ----------
function runCli(harFile) {
  for (let attempt = 0; attempt < 8; attempt++) {
    for (let i = 0; i < 120 && !fs.existsSync(opts.cli); i++) spawnSync('sleep', ['1']);   // being rebuilt
    const res = spawnSync('nice', ['-n', '10', opts.cli, 'har', harFile, '--json'], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 300000 });
    if ((res.error && res.error.code === 'ENOENT') || (!fs.existsSync(opts.cli) && res.status !== 0)) { spawnSync('sleep', ['5']); continue; }
    if (res.status !== 0 && res.status !== null && !res.stdout) return { failure: `corslab-cli har exit ${res.status}: ${(res.stderr ?? '').trim().slice(0, 500)}` };
    const requests = [];
    let bad = 0;
    for (const line of (res.stdout ?? '').split('\n')) { if (line.startsWith('{')) { try { requests.push(JSON.parse(line)); } catch { bad++; } } }
    const stderr = [(res.stderr ?? '').trim(), bad ? `${bad} output lines are not JSON` : '', res.signal ? `killed by ${res.signal}` : ''].filter(Boolean).join('; ');
    if (res.signal || bad) return { failure: `corslab-cli har: ${stderr.slice(0, 500)}` };
    return { requests, stderr };
  }
  return { failure: `${opts.cli} is missing` };
}

// ---------- reports ----------
const fmt = v => (v === undefined ? 'undefined' : JSON.stringify(v));
const outcome = (blocked, error) => `${blocked ? 'blocked' : 'allowed'}${error ? ` ${error}` : ''}`;

function headerList(headers, re) {
  return (headers ?? []).filter(h => re.test(h.name)).map(h => `${h.name}: ${h.value}`);
}

const REQUEST_HEADERS = /^(origin|cookie|authorization|content-type|access-control-request-.*|x-.*|accept|accept-language|content-language|range|cache-control)$/i;
const RESPONSE_HEADERS = /^(access-control-.*|location|content-type|vary|x-content-type-options)$/i;

function entryExcerpt(entry, index) {
  const lines = [];
  const rt = entry._resourceType ? ` ${entry._resourceType}` : '';
  const err = entry.response?._error ? ` _error ${entry.response._error}` : entry.response?._failureText ? ` _failureText ${entry.response._failureText}` : '';
  const init = entry._initiator?.type ? ` (_initiator ${entry._initiator.type}${entry._initiator.type === 'preflight' ? ` ${entry._initiator.url}` : ''})` : '';
  lines.push(`[${index}]${rt} ${entry.request?.method} ${entry.request?.url} -> ${entry.response?.status}${err}${init}${entry._fromCache ? ` _fromCache ${entry._fromCache}` : ''}${entry.response?.redirectURL ? ` redirectURL ${entry.response.redirectURL}` : ''}`);
  const rq = headerList(entry.request?.headers, REQUEST_HEADERS);
  const rs = headerList(entry.response?.headers, RESPONSE_HEADERS);
  lines.push(`      request:  ${rq.length ? rq.join(' | ') : '(none of interest)'}${entry.request?.cookies?.length ? `  cookies: ${entry.request.cookies.map(c => c.name).join(',')}` : ''}`);
  lines.push(`      response: ${rs.length ? rs.join(' | ') : '(none of interest)'}`);
  return lines.map(l => '    ' + l).join('\n');
}

function compare(recorder, pageIndex, truthList, model, plan) {
  const unused = model.map((m, k) => ({ m, k }));
  const rows = [];
  for (const t of truthList) {
    const at = unused.findIndex(({ m }) => m.method === t.method && m.url === t.url);
    const m = at >= 0 ? unused.splice(at, 1)[0].m : null;
    rows.push({ recorder, page: pageIndex, t, m, plan: t.plan !== null ? plan[t.plan] : null });
  }
  return { rows, extra: unused.map(({ m }) => m) };
}

// What most likely made the two sides differ, from what the page's script did (its plan item) and
// what the HAR holds. A hint for reading the report; the figures do not depend on it.
function likelyCause(d, harCache) {
  const { t, m, plan } = d;
  if (!m) return 'not found: its entries were joined to another request (a redirect hop matched by URL alone?)';
  const entries = m.entries ?? [];
  // The pages make one request at a time: a request's entries (hops, preflights) are contiguous.
  if (entries.length && Math.max(...entries) - Math.min(...entries) + 1 !== entries.length)
    return 'wrong redirect chain: an entry of another request was joined as a hop (matched by URL alone?)';
  const har = harCache(d.harFile);
  const es = entries.map(k => har.log.entries[k]).filter(Boolean);
  const last = [...es].reverse().find(e => e._resourceType !== 'preflight' && e.request?.method !== 'OPTIONS') ?? es[es.length - 1];
  if (last && last.response?.redirectURL && last.response.status >= 300 && last.response.status < 400 && !last.response._error && !last.response._failureText)
    return 'redirect chain cut short: the next hop\'s entry is in the HAR but was joined to another request';
  const header = name => es.map(e => (e.request?.headers ?? []).find(h => h.name.toLowerCase() === name)?.value).find(v => v !== undefined) ?? null;
  const sanitized = d.recorder === 'devtools-sanitized' ? ' (the sanitized export removes Cookie and Authorization)' : '';
  if (m.note && d.fields.every(f => f === 'error')) return 'reason not recorded: the HAR has no response headers for the failed request, the model predicts from none';
  if (plan && plan.mode !== 'no-cors' && (plan.api === 'fetch' || plan.api === 'xhr')) {
    // The headers the model's request has: its main exchange's, else (never sent) those its preflight names.
    const main = (m.exchanges ?? []).find(e => e.kind === 'main');
    const pre = (m.exchanges ?? []).find(e => e.kind === 'preflight');
    const acrh = list => list.filter(([n]) => n.toLowerCase() === 'access-control-request-headers').flatMap(([, v]) => v.split(',').map(x => x.trim().toLowerCase()).filter(Boolean));
    let lost = [];
    if (main) {
      const has = new Set(main.requestHeaders.map(([n]) => n.toLowerCase()));
      lost = plan.headers.filter(([n]) => !has.has(n.toLowerCase())).map(([n]) => n);
    } else if (pre) {
      // Never sent: compare the preflight's Access-Control-Request-Headers, the model's and the HAR's.
      const has = new Set(acrh(pre.requestHeaders));
      const recorded = es.filter(e => e.request?.method === 'OPTIONS').flatMap(e => acrh((e.request.headers ?? []).map(h => [h.name, h.value])));
      lost = [...new Set(recorded)].filter(n => !has.has(n));
    }
    if (lost.length) return `script-set header${lost.length > 1 ? 's' : ''} ${lost.join(', ')} missing from the model's request${sanitized}`;
  }
  if (plan?.mode === 'no-cors') {
    const sfm = header('sec-fetch-mode');
    return `fetch mode "no-cors" judged as "cors": ${sfm ? `Sec-Fetch-Mode: ${sfm} in the HAR` : `no Sec-Fetch-Mode in the HAR (${new URL(t.url).protocol === 'http:' ? 'http origin: not sent' : 'provisional headers only'})`}; recorded ${m.recorded?.error || 'success'}`;
  }
  const credentialed = plan && (plan.credentials === 'include' || plan.withCredentials || plan.crossOrigin === 'use-credentials');
  if (credentialed && header('cookie') === null)
    return `credentials "include" but no Cookie in the HAR${sanitized || (m.preflight ? ' (the preflight failed: the request itself was never sent)' : ' (no cookie to send)')}`;
  if (m.recorded?.status === 304) return '304 (revalidated from the HTTP cache) taken as the final response';
  if (/BLOCKED_BY_ORB/.test(m.recorded?.error ?? '')) return 'the HAR records net::ERR_BLOCKED_BY_ORB';
  if (plan && ['img', 'script', 'stylesheet'].includes(plan.api))
    return t.blocked && !t.error ? `${plan.api} failed in Chromium with no network error (decoding / MIME type)` : `${plan.api}: content type or body sniffing`;
  return '?';
}

function describeDisagreement(d, dir, byName, configOf, harCache) {
  const { t, m, plan } = d;
  const out = [];
  out.push(`\n=== ${d.recorder} page ${d.page}${plan ? ` #${plan.i}` : ''}: ${d.fields.join(', ')} differ`);
  out.push(`  likely:    ${d.cause}`);
  out.push(`  script:    ${plan ? describeRequest(plan) : `${t.method} ${t.url} (no plan item)`}`);
  out.push(`  chromium:  ${outcome(t.blocked, t.error)}${t.corsError ? `, corsError ${t.corsError} failedParameter ${fmt(t.failedParameter)}` : ''}${t.netError ? `, ${t.netError}` : ''}${t.blockedReason ? ` (blockedReason ${t.blockedReason})` : ''}; script saw ${t.script ? (t.script.failed ? t.script.error : `status ${t.script.status}${t.script.type ? ` ${t.script.type}` : ''}`) : '?'}; hops ${t.hops.join(' -> ')}${t.fromCache ? ' (from cache)' : ''}`);
  if (!m) out.push(`  corslab:   (no request for ${t.method} ${t.url} in the HAR's verdicts)`);
  else {
    out.push(`  corslab:   ${outcome(m.blocked, m.error)}, failedParameter ${fmt(m.failedParameter)}, preflight ${m.preflight}, sent ${m.sent}${m.assumedPreflight ? ', assumedPreflight' : ''}; recorded ${JSON.stringify(m.recorded)}`);
    if (m.note) out.push(`  note:      ${m.note}`);
    if (m.message) out.push(`  message:   ${m.message}`);
    const credentials = (m.steps ?? []).find(s => s.check === 'Request setup');
    if (credentials) out.push(`  model's request: ${credentials.detail}`);
    const har = harCache(d.harFile);
    out.push(`  HAR entries ${JSON.stringify(m.entries)} of ${path.basename(d.harFile)}:`);
    for (const k of m.entries ?? []) if (har.log.entries[k]) out.push(entryExcerpt(har.log.entries[k], k));
  }
  const involved = new Set();
  if (plan?.config !== null && plan?.config !== undefined) involved.add(plan.config);
  for (const u of t.hops) { const c = configOf(u); if (c !== null) involved.add(c); }
  for (const c of involved) {
    out.push(`  server ${c} (${byName.get(c).origin}):`);
    out.push(serverBlockText(byName.get(c), path.join(dir, 'nginx', 'files'), '  | '));
  }
  return out.join('\n');
}

// ---------- main ----------
async function main() {
  const dir = opts.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'corslab-har-agreement-'));
  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'nginx'), { recursive: true });
  const rng = createRandom(opts.seed);

  // Servers: per scheme, --configs configurations; configuration i is apiI (http) or sapiI (https), on
  // the page's site (.app.test) or another (.other.test), at the scheme's default port.
  const id = identity();
  const configs = [];
  const setOf = {};
  for (const scheme of schemes) {
    const ports = await freePorts(opts.configs, configs.map(c => c.port));
    const originByPort = new Map();
    const sameSite = ports.map(() => rng.chance(0.6));
    ports.forEach((p, i) => originByPort.set(p, `${scheme}://${scheme === 'https' ? 'sapi' : 'api'}${i}.${sameSite[i] ? 'app' : 'other'}.test`));
    setOf[scheme] = ports.map((_, i) => Object.assign(makeConfig(rng, i, ports, pageOriginOf(scheme), {
      serverOrigin: p => originByPort.get(p), looseDomain: 'app\\.test', name: `${scheme}${i}`,
      tls: scheme === 'https' ? { certPath: id.certPath, keyPath: id.keyPath } : null }), { scheme, sameSite: sameSite[i] }));
    configs.push(...setOf[scheme]);
  }
  const byName = new Map(configs.map(c => [c.name, c]));
  const configOf = url => { try { const u = new URL(url); const c = configs.find(x => x.origin === u.origin); return c ? c.name : null; } catch { return null; } };

  // Pages: page p is https when p is even (with --scheme both), its requests go to its scheme's servers.
  const plans = [], pageSchemes = [];
  for (let p = 0; p < opts.pages; p++) {
    const scheme = schemes[p % schemes.length];
    const plan = [];
    for (let k = 0; k < opts.per; k++) plan.push(makePageRequest(rng, k, setOf[scheme], pageOriginOf(scheme)));
    plans.push(plan);
    pageSchemes.push(scheme);
  }
  const pageOrigins = pageSchemes.map(pageOriginOf);
  const pageUrls = plans.map((_, p) => `${pageOrigins[p]}/page/${p}`);
  const documents = plans.map((plan, p) => pageDocument(`har-agreement seed ${opts.seed} page ${p}`, plan));
  fs.writeFileSync(path.join(dir, 'plans.json'), JSON.stringify(plans, null, 1));

  const nginx = await startNginx(path.join(dir, 'nginx'), configs);
  const pageServers = { http: await startPageServer(documents), https: await startPageServer(documents, { tls: id }) };
  const rules = [`MAP app.test:80 127.0.0.1:${pageServers.http.port}`, `MAP app.test:443 127.0.0.1:${pageServers.https.port}`,
    ...configs.map(c => `MAP ${new URL(c.origin).hostname}:${c.scheme === 'https' ? 443 : 80} 127.0.0.1:${c.port}`),
    'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  // The page site's cookie (sent to the same-site servers too); every cross-site server's own: a
  // SameSite=Lax one (never sent cross-site) and, over https, a SameSite=None; Secure one.
  const cookies = [{ name: 'sid', value: 'app', domain: '.app.test', path: '/', sameSite: 'Lax' }];
  for (const c of configs.filter(x => !x.sameSite)) {
    cookies.push({ name: 'sid', value: c.name, url: `${c.origin}/`, sameSite: 'Lax' });
    if (c.scheme === 'https') cookies.push({ name: 'sid3p', value: c.name, url: `${c.origin}/`, secure: true, sameSite: 'None' });
  }
  const switches = [`--ignore-certificate-errors-spki-list=${id.spkiHash}`];
  log(`${configs.length} nginx configurations (${schemes.join(', ')}; ${configs.filter(c => c.sameSite).length} on the page's site), ${opts.pages} pages x ${opts.per} requests, seed ${opts.seed}; work dir ${dir}`);

  // Record.
  const runs = [];   // {recorder, page, harFile, truthList, version}
  const versions = {};
  const timeoutMs = 30000 + opts.per * 12000;
  try {
    if (opts.recorders.includes('devtools')) {
      const rec = await DevToolsRecorder.launch({ rules, switches, workDir: dir, log: vlog });
      versions.devtools = rec.version;
      try {
        for (let p = 0; p < opts.pages; p++) {
          const files = { sensitive: path.join(dir, `page-${p}.devtools.har`), sanitized: path.join(dir, `page-${p}.devtools-sanitized.har`) };
          const { truth, results } = await rec.recordPage({ pageUrl: pageUrls[p], readyUrl: `${pageOrigins[p]}/ready`, cookies,
            exports: [[false, files.sensitive], [true, files.sanitized]], timeoutMs });
          const truthList = truth.requestsOf(pageOrigins[p], plans[p], results);
          fs.writeFileSync(path.join(dir, `page-${p}.devtools.truth.json`), JSON.stringify({ results, requests: truthList }, null, 1));
          runs.push({ recorder: 'devtools', page: p, harFile: files.sensitive, truthList, results });
          runs.push({ recorder: 'devtools-sanitized', page: p, harFile: files.sanitized, truthList, results });
          log(`devtools: page ${p + 1}/${opts.pages} recorded (${truthList.length} requests)`);
        }
      } finally { await rec.close(); }
    }
    if (opts.recorders.includes('playwright')) {
      const rec = await PlaywrightRecorder.launch({ rules, switches, log: vlog });
      versions.playwright = rec.version;
      try {
        for (let p = 0; p < opts.pages; p++) {
          const harFile = path.join(dir, `page-${p}.playwright.har`);
          const { truth, results } = await rec.recordPage({ pageUrl: pageUrls[p], cookies, harPath: harFile, timeoutMs });
          const truthList = truth.requestsOf(pageOrigins[p], plans[p], results);
          fs.writeFileSync(path.join(dir, `page-${p}.playwright.truth.json`), JSON.stringify({ results, requests: truthList }, null, 1));
          runs.push({ recorder: 'playwright', page: p, harFile, truthList, results });
          log(`playwright: page ${p + 1}/${opts.pages} recorded (${truthList.length} requests)`);
        }
      } finally { await rec.close(); }
    }
  } finally {
    pageServers.http.close();
    pageServers.https.close();
    nginx.stop();
  }

  // Judge and compare.
  const harFiles = new Map();
  const harCache = file => { if (!harFiles.has(file)) harFiles.set(file, JSON.parse(fs.readFileSync(file, 'utf8'))); return harFiles.get(file); };
  const recorders = [...new Set(runs.map(r => r.recorder))];
  const stats = Object.fromEntries(recorders.map(r => [r, { byScheme: {}, cross: 0, inHar: 0, found: 0, blocked: 0, error: 0, same: 0, sameFound: 0, sameBlocked: 0, extra: [], failures: [], harBytes: 0, entries: 0 }]));
  const disagreements = [];
  const allRows = [];
  const cliOut = {};
  for (const run of runs) {
    const s = stats[run.recorder];
    s.harBytes += fs.statSync(run.harFile).size;
    s.entries += harCache(run.harFile).log.entries.length;
    const cli = runCli(run.harFile);
    if (cli.failure) { s.failures.push(`page ${run.page}: ${cli.failure}`); continue; }
    if (cli.stderr) s.failures.push(`page ${run.page}: corslab-cli stderr: ${cli.stderr.slice(0, 500)}`);
    cliOut[path.basename(run.harFile)] = cli.requests;
    const { rows, extra } = compare(run.recorder, run.page, run.truthList, cli.requests, plans[run.page]);
    s.extra.push(...extra.map(m => `page ${run.page}: ${m.method} ${m.url} (${outcome(m.blocked, m.error)})`));
    // The HAR's own entries (not preflights) by method and URL: is each request of the browser's in it?
    const inHar = new Map();
    for (const e of harCache(run.harFile).log.entries) {
      if (e._resourceType === 'preflight' || e._initiator?.type === 'preflight') continue;
      const key = `${e.request?.method} ${e.request?.url}`;
      inHar.set(key, (inHar.get(key) ?? 0) + 1);
    }
    for (const row of rows) {
      const { t, m } = row;
      const key = `${t.method} ${t.url}`;
      const recorded = (inHar.get(key) ?? 0) > 0;
      if (recorded) inHar.set(key, inHar.get(key) - 1);
      if (recorded && !t.sameOrigin) s.inHar++;
      if (t.sameOrigin) {
        s.same++;
        if (m) { s.sameFound++; if (m.blocked === t.blocked) s.sameBlocked++; }
        continue;
      }
      s.cross++;
      const fields = [];
      if (!m) fields.push('missing');
      else {
        s.found++;
        if (m.blocked === t.blocked) s.blocked++; else fields.push('blocked');
        if ((m.error ?? null) === (t.error ?? null)) s.error++; else fields.push('error');
      }
      const scheme = new URL(t.url).protocol.replace(':', '');
      const b = (s.byScheme[scheme] ??= { cross: 0, found: 0, blocked: 0, error: 0 });
      b.cross++; if (m) { b.found++; if (m.blocked === t.blocked) b.blocked++; if ((m.error ?? null) === (t.error ?? null)) b.error++; }
      if (fields.length) { const d = { ...row, fields, harFile: run.harFile }; d.cause = likelyCause(d, harCache); disagreements.push(d); }
      allRows.push({ recorder: row.recorder, page: row.page, fields, plan: row.plan, truth: t, model: m && { ...m, steps: undefined, fix: undefined } });
    }
  }
  if (opts.keep) {
    fs.writeFileSync(path.join(dir, 'corslab-cli.json'), JSON.stringify(cliOut, null, 1));
    fs.writeFileSync(path.join(dir, 'rows.json'), JSON.stringify(allRows, null, 1));
  }

  // The two runs are of the same plans: where did Chromium itself differ between them?
  const truthDiffs = [];
  if (recorders.includes('devtools') && recorders.includes('playwright')) {
    for (let p = 0; p < opts.pages; p++) {
      const a = runs.find(r => r.recorder === 'devtools' && r.page === p), b = runs.find(r => r.recorder === 'playwright' && r.page === p);
      if (!a || !b) continue;
      const byPlan = new Map(b.truthList.filter(t => t.plan !== null).map(t => [t.plan, t]));
      for (const ta of a.truthList) {
        const tb = ta.plan !== null ? byPlan.get(ta.plan) : null;
        if (!tb) continue;
        if (ta.blocked !== tb.blocked || ta.error !== tb.error)
          truthDiffs.push(`page ${p} #${ta.plan}: devtools run ${outcome(ta.blocked, ta.error)}, playwright run ${outcome(tb.blocked, tb.error)}: ${describeRequest(plans[p][ta.plan])}`);
      }
    }
  }

  // Print.
  const out = [];
  for (const d of disagreements) out.push(describeDisagreement(d, dir, byName, configOf, harCache));
  const classes = new Map();
  for (const d of disagreements) {
    const key = d.cause.replace(/; recorded .*$/, '');
    if (!classes.has(key)) classes.set(key, { key, count: {}, pairs: new Map(), examples: [] });
    const c = classes.get(key);
    c.count[d.recorder] ??= {};
    for (const f of d.fields) c.count[d.recorder][f] = (c.count[d.recorder][f] ?? 0) + 1;
    const pair = `${d.m ? `corslab ${outcome(d.m.blocked, d.m.error)}` : 'not found'} / chromium ${outcome(d.t.blocked, d.t.error)}`;
    c.pairs.set(pair, (c.pairs.get(pair) ?? 0) + 1);
    if (c.examples.length < 3) c.examples.push(`${d.recorder} page ${d.page}${d.plan ? ` #${d.plan.i}` : ''}`);
  }
  if (truthDiffs.length) out.push(`\nChromium itself differed between the DevTools run and the Playwright run (${truthDiffs.length}):\n  ${truthDiffs.join('\n  ')}`);
  for (const r of recorders) {
    const s = stats[r];
    if (s.failures.length) out.push(`\n${r}: problems:\n  ${s.failures.join('\n  ')}`);
    if (s.extra.length && opts.verbose) out.push(`\n${r}: corslab-cli requests with no request of the browser's (${s.extra.length}):\n  ${s.extra.join('\n  ')}`);
  }
  if (classes.size) {
    out.push(`\nDisagreements by likely cause (fields differing per recorder):`);
    const total = c => Object.values(c.count).reduce((n, f) => n + Object.values(f).reduce((x, y) => x + y, 0), 0);
    for (const c of [...classes.values()].sort((a, b) => total(b) - total(a))) {
      out.push(`  ${c.key}`);
      out.push(`      ${Object.entries(c.count).map(([r, f]) => `${r}: ${Object.entries(f).map(([k, n]) => `${k} ${n}`).join(', ')}`).join('; ')}`);
      out.push(`      ${[...c.pairs].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([p, n]) => `${p} (${n})`).join('; ')}`);
      out.push(`      e.g. ${c.examples.join(', ')}`);
    }
  }
  const how = { devtools: 'Chrome DevTools frontend, Network panel exportAll({sanitize: false}) = "Export HAR (with sensitive data)"',
                'devtools-sanitized': 'the same recording, exportAll({sanitize: true}) = the toolbar\'s "Export HAR (sanitized)"',
                playwright: `playwright-core ${playwrightVersion()} newContext({recordHar})` };
  out.push(`\ncorslab-cli har against Chromium ${versions.devtools ?? versions.playwright} on HARs it recorded: ${configs.length} untuned nginx configurations, ${opts.pages} pages x ${opts.per} requests (seed ${opts.seed}):`);
  let pass = true;
  for (const r of recorders) {
    const s = stats[r];
    const gateError = r !== 'playwright';
    const ok = s.failures.filter(f => !f.includes('stderr')).length === 0 && s.cross > 0 && s.found === s.cross
      && s.blocked / s.cross >= THRESHOLD && (!gateError || s.error / s.cross >= THRESHOLD);
    if (!ok) pass = false;
    out.push(`  ${r}: ${how[r]}; ${s.entries} entries, ${(s.harBytes / 1024).toFixed(0)} KiB`);
    out.push(`    cross-origin requests        ${s.cross} (the browser's); with an entry of their own in the HAR ${s.inHar}`);
    out.push(`    cross-origin requests found  ${s.found}/${s.cross} (${pct(s.found, s.cross)})`);
    out.push(`    blocked agrees               ${s.blocked}/${s.cross} (${pct(s.blocked, s.cross)})`);
    out.push(`    error agrees                 ${s.error}/${s.cross} (${pct(s.error, s.cross)})${gateError ? '' : '   (not gated)'}`);
    for (const [scheme, b] of Object.entries(s.byScheme).sort())
      out.push(`    ${(scheme + ' pages').padEnd(29)}found ${b.found}/${b.cross}, blocked ${b.blocked}/${b.cross} (${pct(b.blocked, b.cross)}), error ${b.error}/${b.cross} (${pct(b.error, b.cross)})`);
    out.push(`    same-origin: found ${s.sameFound}/${s.same}, blocked agrees ${s.sameBlocked}/${s.same}; corslab-cli requests with no browser request ${s.extra.length}   ${ok ? 'PASS' : 'FAIL'}`);
  }
  out.push(`  ${pass ? 'PASS' : 'FAIL'}: found 100% everywhere, DevTools blocked and error >= 95%, Playwright blocked >= 95%`);
  const text = out.join('\n') + '\n';
  process.stdout.write(text);
  if (opts.keep) fs.writeFileSync(path.join(dir, 'report.txt'), text);

  if (opts.saveTestData) saveTestData(dir, runs, plans, pageSchemes, versions);
  if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true });
  process.exitCode = pass ? 0 : 1;
}

function playwrightVersion() {
  try { return JSON.parse(fs.readFileSync(path.join(here, 'node_modules', 'playwright-core', 'package.json'), 'utf8')).version; } catch { return '?'; }
}

// The first page of each scheme: its HARs and, beside each, the browser's outcome of every
// cross-origin request in it; the nginx configuration (its prefix replaced by /PREFIX).
function saveTestData(dir, runs, plans, pageSchemes, versions) {
  const out = opts.saveTestData;
  fs.mkdirSync(out, { recursive: true });
  for (const scheme of schemes) {
    const page = pageSchemes.indexOf(scheme);
    if (page < 0) continue;
    for (const run of runs.filter(r => r.page === page)) {
      const name = `${run.recorder}-${scheme}`;
      fs.copyFileSync(run.harFile, path.join(out, `${name}.har`));
      const truth = {
        recorder: run.recorder,
        chromium: versions[run.recorder === 'playwright' ? 'playwright' : 'devtools'],
        seed: opts.seed, page: `${pageOriginOf(scheme)}/page/${page}`,
        command: `node tests/browser/har-agreement.mjs --seed ${opts.seed} --pages ${opts.pages} --per ${opts.per} --configs ${opts.configs}${opts.scheme === 'both' ? '' : ` --scheme ${opts.scheme}`} --save-test-data DIR`,
        requests: run.truthList.filter(t => !t.sameOrigin).map(t => {
          const plan = t.plan !== null ? plans[page][t.plan] : null;
          return { method: t.method, url: t.url, blocked: t.blocked, corsError: t.corsError, failedParameter: t.failedParameter,
                   error: t.error, netError: t.netError, i: plan ? plan.i : null, script: plan ? describeRequest(plan) : null };
        }),
      };
      fs.writeFileSync(path.join(out, `${name}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
      const size = fs.statSync(path.join(out, `${name}.har`)).size;
      log(`saved ${name}.har (${(size / 1024).toFixed(0)} KiB${size > 300 * 1024 ? ', OVER 300 KiB' : ''}) and ${name}.truth.json (${truth.requests.length} cross-origin requests) to ${out}`);
    }
  }
  const conf = fs.readFileSync(path.join(dir, 'nginx', 'nginx.conf'), 'utf8').replaceAll(path.join(dir, 'nginx'), '/PREFIX')
    .replaceAll(identity().certPath, '/PREFIX/cert.pem').replaceAll(identity().keyPath, '/PREFIX/key.pem');
  fs.writeFileSync(path.join(out, 'chromium-nginx.conf'), conf);
}

main().catch(e => { process.stderr.write(`har-agreement: ${e.stack ?? e}\n`); process.exit(1); });
