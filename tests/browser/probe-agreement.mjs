#!/usr/bin/env node
// Does `corslab-cli probe` agree with real Chromium on real, untuned nginx configurations?
//
//   node tests/browser/probe-agreement.mjs [--seed N] [--configs N] [--per N] [--dir DIR] [--verbose]
//
// Generates (seeded PRNG) random nginx CORS configurations, one server block per configuration on its
// own loopback port, and starts ONE nginx (Debian's nginx-light, /usr/sbin/nginx) with its own prefix
// in DIR. For random requests against them it runs
//   1. build/app/corslab-cli probe URL --origin O ... --json --save case.cors.json  (the model on the real answers)
//   2. node tests/browser/run-chromium.mjs --json --pass-through <every nginx origin> case*.cors.json
//      (Chromium 156 talking to the same nginx)
// and compares preflight, sent, blocked, error and status (what script sees: the last main exchange's
// status for a readable fetch/XHR, null otherwise). Prints the agreement per field and overall, and
// every disagreement with both sides and the nginx server blocks involved. Exit 0 when >= 98% of the
// cases agree on every field. Node 20, no npm dependencies.
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const CLI = process.env.CORSLAB_CLI ?? path.join(root, 'build', 'app', 'corslab-cli');
const RUNNER = path.join(here, 'run-chromium.mjs');
const NGINX = '/usr/sbin/nginx';
const FIELDS = ['preflight', 'sent', 'blocked', 'error', 'status'];

// ---------- options ----------
const opts = { seed: 20261202, configs: 60, per: 5, dir: null, verbose: false, batch: 50 };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const next = () => process.argv[++i];
  if (a === '--seed') opts.seed = Number(next());
  else if (a === '--configs') opts.configs = Number(next());
  else if (a === '--per') opts.per = Number(next());
  else if (a === '--dir') opts.dir = next();
  else if (a === '--batch') opts.batch = Number(next());
  else if (a === '--verbose') opts.verbose = true;
  else { process.stderr.write(`usage: node tests/browser/probe-agreement.mjs [--seed N] [--configs N] [--per N] [--dir DIR] [--batch N] [--verbose]\n`); process.exit(2); }
}

// ---------- seeded PRNG (mulberry32) ----------
let state = opts.seed >>> 0;
function rand() {
  state = (state + 0x6D2B79F5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const chance = p => rand() < p;
const pick = list => list[Math.floor(rand() * list.length)];
function weighted(pairs) {           // [[value, weight], ...]
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [v, w] of pairs) { if ((r -= w) < 0) return v; }
  return pairs[pairs.length - 1][0];
}
function subset(pool, min, max) {
  const n = min + Math.floor(rand() * (max - min + 1));
  const copy = [...pool], out = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
  return out;
}

// ---------- ports ----------
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

// ---------- configurations ----------
const NAMED_ORIGINS = ['https://app.example.test', 'http://app.example.test', 'https://evil.example.test'];

// A 1x1 PNG, a stylesheet and a script, served as static files.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
const FILES = { 'p.png': PNG, 'c.css': 'body { color: rgb(1, 2, 3); }\n', 's.js': 'window.probeAgreement = 1;\n' };

function makeConfig(i, ports, pageOrigin) {
  const port = ports[i];
  const always = chance(0.5) ? ' always' : '';
  const acaoKind = weighted([['exact-page', 3], ['exact-app', 2], ['other', 1], ['star', 3], ['reflect', 3], ['null', 1], ['map', 3], ['none', 1]]);
  let httpContext = '';
  let acao = null;
  switch (acaoKind) {
    case 'exact-page': acao = pageOrigin; break;
    case 'exact-app': acao = 'https://app.example.test'; break;
    case 'other': acao = pick(['https://other.example.test', 'http://127.0.0.1', `http://localhost:${pageOrigin.split(':')[2]}`]); break;
    case 'star': acao = '*'; break;
    case 'reflect': acao = '$http_origin'; break;
    case 'null': acao = 'null'; break;
    case 'map': {
      const entries = [];
      if (chance(0.6)) entries.push(chance(0.5) ? `"~^https://app\\.example\\.test$" $http_origin;` : `"https://app.example.test" $http_origin;`);
      if (chance(0.6)) entries.push(chance(0.5) ? `"~^http://127\\.0\\.0\\.1(:[0-9]+)?$" $http_origin;` : `"${pageOrigin}" "${pageOrigin}";`);
      if (chance(0.3)) entries.push(`"~example\\.test" $http_origin;`);   // unanchored: matches evil too
      if (chance(0.2)) entries.push(`"null" "null";`);
      if (!entries.length) entries.push(`"https://app.example.test" $http_origin;`);
      httpContext = `map $http_origin $cors_origin_${i} {\n    default "";\n${entries.map(e => '    ' + e).join('\n')}\n}\n`;
      acao = `$cors_origin_${i}`;
      break;
    }
    case 'none': acao = null; break;
  }
  const acac = weighted([['true', 4], ['TRUE', 1], [null, 4]]);
  const methodPool = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'patch', '*'];
  const acam = chance(0.7) ? subset(methodPool, 1, 4).join(pick([', ', ',', ' , '])) : null;
  const headerPool = ['Content-Type', 'content-type', 'X-Custom', 'x-requested-with', 'Authorization', '*', 'X-Trace', 'Accept'];
  const acah = chance(0.7) ? subset(headerPool, 1, 3).join(pick([', ', ','])) : null;
  const maxAge = chance(0.4) ? pick(['0', '600', '86400', '-1']) : null;
  const vary = chance(0.5);
  const aceh = chance(0.2) ? 'X-Trace' : null;
  const nosniff = chance(0.2);

  const cors = [];
  const q = v => (/[\s,;]/.test(v) ? `"${v}"` : v);
  if (acao !== null) cors.push(`add_header Access-Control-Allow-Origin ${q(acao)}${always};`);
  if (acac) cors.push(`add_header Access-Control-Allow-Credentials ${acac}${always};`);
  if (vary) cors.push(`add_header Vary Origin${always};`);
  if (aceh) cors.push(`add_header Access-Control-Expose-Headers ${aceh}${always};`);
  if (nosniff) cors.push(`add_header X-Content-Type-Options nosniff${always};`);
  // The preflight headers at location level too, or only in the OPTIONS answer.
  const pfHeaders = [];
  if (acam) pfHeaders.push(`add_header Access-Control-Allow-Methods ${q(acam)}${always};`);
  if (acah) pfHeaders.push(`add_header Access-Control-Allow-Headers ${q(acah)}${always};`);
  if (maxAge) pfHeaders.push(`add_header Access-Control-Max-Age ${maxAge}${always};`);
  const pfEverywhere = chance(0.3);
  const locationHeaders = pfEverywhere ? [...cors, ...pfHeaders] : cors;

  // OPTIONS: no handling, or an `if` that answers it. add_header inside `if` replaces the location's
  // ones, so a configuration may or may not repeat them there.
  const optionsKind = weighted([['none', 2], ['full', 4], ['partial', 2], ['bare', 1]]);
  const optionsStatus = weighted([[204, 4], [200, 3], [403, 1], [405, 1]]);
  let optionsBlock = '';
  if (optionsKind !== 'none') {
    const inside = optionsKind === 'full' ? [...cors, ...pfHeaders] : optionsKind === 'partial' ? pfHeaders : [];
    optionsBlock = `if ($request_method = OPTIONS) {\n${inside.map(l => '    ' + l).join('\n')}${inside.length ? '\n' : ''}    return ${optionsStatus};\n}\n`;
  }

  const contentStatus = weighted([[200, 6], [201, 1], [404, 2], [500, 1]]);
  const contentType = pick(['application/json', 'text/plain', 'text/html', 'text/css', 'application/javascript', 'image/png']);
  const extraContentType = chance(0.15) ? pick(['application/json', 'text/plain; charset=utf-8', 'text/javascript']) : null;
  const bodies = { 'application/json': '{"ok": true}', 'text/plain': 'hello', 'text/html': '<!doctype html><p>hi</p>',
                   'text/css': 'p { color: red; }', 'application/javascript': 'var probed = 1;', 'image/png': 'not really a png' };
  const body = bodies[contentType];

  // /go: a redirect to another generated server (a higher index, so no loops), or to this one.
  const redirectStatus = pick([301, 302, 307, 308]);
  const later = ports.slice(i + 1);
  const targetPort = later.length && chance(0.85) ? pick(later) : port;
  const targetPath = pick(['/api', '/api', '/f/p.png', '/f/c.css', '/f/s.js', '/go']);
  const redirectTarget = `http://127.0.0.1:${targetPort}${targetPort === port && targetPath === '/go' ? '/api' : targetPath}`;
  const redirectCors = chance(0.7);
  const redirectOptions = chance(0.6);

  const mislabelFiles = chance(0.2);
  const ind = (text, n) => text.split('\n').filter(Boolean).map(l => ' '.repeat(n) + l).join('\n');
  const lines = [];
  lines.push(`server {`);
  lines.push(`    listen 127.0.0.1:${port};`);
  lines.push(`    server_name s${i};`);
  lines.push(`    default_type ${contentType};`);
  lines.push(`    location /api {`);
  if (locationHeaders.length) lines.push(ind(locationHeaders.join('\n'), 8));
  if (extraContentType) lines.push(`        add_header Content-Type "${extraContentType}";`);
  if (optionsBlock) lines.push(ind(optionsBlock, 8));
  lines.push(`        return ${contentStatus} '${body}';`);
  lines.push(`    }`);
  lines.push(`    location /f/ {`);
  lines.push(`        alias FILESDIR/;`);
  if (mislabelFiles) lines.push(`        types { } default_type text/plain;`);
  if (locationHeaders.length) lines.push(ind(locationHeaders.join('\n'), 8));
  if (optionsBlock) lines.push(ind(optionsBlock, 8));
  lines.push(`    }`);
  lines.push(`    location /go {`);
  if (redirectCors && locationHeaders.length) lines.push(ind(locationHeaders.join('\n'), 8));
  if (redirectOptions && optionsBlock) lines.push(ind(optionsBlock, 8));
  lines.push(`        return ${redirectStatus} ${redirectTarget};`);
  lines.push(`    }`);
  lines.push(`}`);
  return { index: i, port, origin: `http://127.0.0.1:${port}`, httpContext, server: lines.join('\n') + '\n', redirectTarget };
}

// ---------- requests ----------
const SAFE_HEADERS = [['Accept', 'application/json'], ['Accept-Language', 'de'], ['Content-Language', 'en'],
                      ['Content-Type', 'text/plain'], ['Content-Type', 'application/x-www-form-urlencoded']];
const UNSAFE_HEADERS = [['X-Custom', '1'], ['Content-Type', 'application/json'], ['Authorization', 'Bearer t0k3n'],
                        ['X-Requested-With', 'XMLHttpRequest'], ['X-Trace', 'abc'], ['Accept', 'text/"x"']];

function makeRequest(config, pageOrigin) {
  const origin = weighted([[pageOrigin, 4], ['https://app.example.test', 3], ['http://app.example.test', 1], ['https://evil.example.test', 1], ['null', 2]]);
  const via = weighted([['fetch', 8], ['xhr', 4], ['img', 3], ['script', 2], ['stylesheet', 2], ['form', 2]]);
  const base = config.origin;
  const r = { origin, via, args: [] };
  const a = (...x) => r.args.push(...x);
  const pathFor = (file) => weighted([[file, 5], ['/api', 2], ['/go', 3]]);
  switch (via) {
    case 'fetch': case 'xhr': {
      r.url = base + weighted([['/api', 6], ['/go', 3], ['/f/c.css', 1]]);
      const method = weighted([['GET', 5], ['POST', 3], ['PUT', 2], ['DELETE', 1], ['PATCH', 1], ['patch', 1]]);
      if (method !== 'GET') a('--method', method);
      const headers = [];
      if (chance(0.5)) headers.push(pick(SAFE_HEADERS));
      if (chance(0.5)) headers.push(pick(UNSAFE_HEADERS));
      const seen = new Set();
      for (const [n, v] of headers) { if (seen.has(n.toLowerCase())) continue; seen.add(n.toLowerCase()); a('-H', `${n}: ${v}`); }
      if (method !== 'GET') a('--body', '{"x":1}');
      const cred = via === 'xhr' ? weighted([[null, 2], ['same-origin', 1], ['include', 2]])
                                 : weighted([[null, 2], ['omit', 1], ['same-origin', 1], ['include', 2]]);
      if (cred) a('--credentials', cred);
      break;
    }
    case 'img': case 'script': case 'stylesheet': {
      r.url = base + pathFor({ img: '/f/p.png', script: '/f/s.js', stylesheet: '/f/c.css' }[via]);
      const cred = weighted([[null, 3], ['same-origin', 2], ['include', 1]]);
      if (cred) a('--credentials', cred);
      break;
    }
    case 'form': {
      r.url = base + weighted([['/api', 3], ['/go', 1]]);
      if (chance(0.6)) { a('--method', 'POST'); a('--body', 'a=1'); }
      break;
    }
  }
  return r;
}

// ---------- running ----------
function nginxConf(dir, configs) {
  return `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path ${dir}/tmp/body;
    proxy_temp_path ${dir}/tmp/proxy;
    fastcgi_temp_path ${dir}/tmp/fastcgi;
    uwsgi_temp_path ${dir}/tmp/uwsgi;
    scgi_temp_path ${dir}/tmp/scgi;
    types { image/png png; text/css css; application/javascript js; text/html html; }
    default_type application/octet-stream;
${configs.map(c => c.httpContext).join('')}
${configs.map(c => c.server.replaceAll('FILESDIR', path.join(dir, 'files'))).join('\n')}
}
`;
}

function waitForPort(port, ms) {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => { s.destroy(); resolve(); });
      s.once('error', () => { s.destroy(); if (Date.now() > deadline) reject(new Error(`nginx does not listen on ${port}`)); else setTimeout(attempt, 50); });
    };
    attempt();
  });
}

function waitForBinary(file) {
  for (let i = 0; i < 120 && !fs.existsSync(file); i++) spawnSync('sleep', ['1']);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing`);
}

function runProbe(c) {
  for (let attempt = 0; attempt < 5; attempt++) {
    waitForBinary(CLI);
    const res = spawnSync('nice', ['-n', '10', CLI, 'probe', c.url, '--origin', c.origin, '--via', c.via, ...c.args,
                                   '--timeout', '5', '--json', '--save', c.file], { encoding: 'utf8', timeout: 60000 });
    if (res.error && res.error.code === 'ENOENT') { spawnSync('sleep', ['2']); continue; }
    const line = (res.stdout ?? '').split('\n').find(l => l.startsWith('{'));
    if (line) { try { return JSON.parse(line); } catch {} }
    if (!fs.existsSync(CLI)) { spawnSync('sleep', ['2']); continue; }
    return { failure: `exit ${res.status}: ${(res.stderr ?? '').trim().slice(0, 300)}` };
  }
  return { failure: 'corslab-cli missing' };
}

function runChromium(files, passThrough) {
  return new Promise((resolve) => {
    const args = ['-n', '10', process.execPath, RUNNER, '--json', ...passThrough.flatMap(o => ['--pass-through', o]), ...files];
    const child = spawn('nice', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '';
    child.stdout.on('data', d => { out += d; });
    child.stderr.on('data', d => { err += d; });
    child.on('close', () => {
      const results = new Map();
      for (const line of out.split('\n')) { if (!line.startsWith('{')) continue; try { const r = JSON.parse(line); results.set(r.file, r); } catch {} }
      if (err.trim() && opts.verbose) process.stderr.write(err);
      resolve(results);
    });
  });
}

// What script sees: the HTTP status of a readable fetch()/XHR response, else null.
function chromiumStatus(r, via) {
  if ((via !== 'fetch' && via !== 'xhr') || !r.readable) return null;
  return r.status ?? null;
}

const fmt = v => (v === undefined ? 'undefined' : JSON.stringify(v));

async function main() {
  const dir = opts.dir ? path.resolve(opts.dir) : fs.mkdtempSync(path.join(os.tmpdir(), 'corslab-probe-agreement-'));
  fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'files'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'cases'), { recursive: true });
  for (const [name, content] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, 'files', name), content);

  const pagePort = await freePort();
  const pageOrigin = `http://127.0.0.1:${pagePort}`;
  const ports = [];
  while (ports.length < opts.configs) { const p = await freePort(); if (p !== pagePort && !ports.includes(p)) ports.push(p); }
  const configs = ports.map((_, i) => makeConfig(i, ports, pageOrigin));
  fs.writeFileSync(path.join(dir, 'nginx.conf'), nginxConf(dir, configs));
  const test = spawnSync(NGINX, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { encoding: 'utf8' });
  if (test.status !== 0) { process.stderr.write(`nginx -t failed:\n${test.stderr}\n`); process.exit(1); }

  const nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { stdio: 'ignore' });
  const stopNginx = () => { if (nginx.exitCode === null && !nginx.killed) nginx.kill('SIGTERM'); };
  process.on('exit', stopNginx);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { stopNginx(); process.exit(130); });
  for (const p of ports) await waitForPort(p, 10000);

  // Cases.
  const cases = [];
  for (const config of configs) {
    for (let k = 0; k < opts.per; k++) {
      const r = makeRequest(config, pageOrigin);
      cases.push({ id: `c${String(config.index).padStart(2, '0')}-${k}`, config, ...r, file: path.join(dir, 'cases', `c${String(config.index).padStart(2, '0')}-${k}.cors.json`) });
    }
  }
  process.stderr.write(`${configs.length} nginx configurations on ports ${ports[0]}..., page ${pageOrigin}, ${cases.length} cases; work dir ${dir}\n`);

  // 1. The probe.
  for (const c of cases) {
    c.probe = runProbe(c);
    if (c.probe.failure || !fs.existsSync(c.file)) { c.skip = `probe failed: ${c.probe.failure ?? 'no scenario saved'}`; continue; }
    // A `null` origin is a sandboxed page; the probe puts it on the target's origin, which Chromium's
    // runner cannot serve (it is nginx). Its origin is opaque anywhere: serve it on the page port.
    const s = JSON.parse(fs.readFileSync(c.file, 'utf8'));
    if (c.origin === 'null' && s.pageSandboxed) { s.page = pageOrigin + '/'; fs.writeFileSync(c.file, JSON.stringify(s, null, 2)); }
  }
  process.stderr.write(`probed ${cases.filter(c => !c.skip).length} cases\n`);

  // 2. Chromium, one at a time, in batches (a fresh browser context per scenario either way).
  const passThrough = configs.map(c => c.origin);
  const runnable = cases.filter(c => !c.skip);
  for (let i = 0; i < runnable.length; i += opts.batch) {
    const batch = runnable.slice(i, i + opts.batch);
    const results = await runChromium(batch.map(c => c.file), passThrough);
    for (const c of batch) c.chromium = results.get(c.file) ?? { failure: 'no result' };
    process.stderr.write(`chromium: ${Math.min(i + opts.batch, runnable.length)}/${runnable.length}\n`);
  }
  stopNginx();

  // 3. Compare.
  const counts = Object.fromEntries(FIELDS.map(f => [f, { agree: 0, total: 0 }]));
  let agreeAll = 0, compared = 0;
  const disagreements = [], failures = [];
  for (const c of cases) {
    if (c.skip) { failures.push(`${c.id}: ${c.skip}`); continue; }
    if (c.chromium.failure) { failures.push(`${c.id}: chromium: ${c.chromium.failure}`); continue; }
    compared++;
    const model = { preflight: c.probe.preflight, sent: c.probe.sent, blocked: c.probe.blocked, error: c.probe.error ?? null, status: c.probe.status ?? null };
    const real = { preflight: c.chromium.preflight, sent: c.chromium.sent, blocked: c.chromium.blocked, error: c.chromium.error ?? null, status: chromiumStatus(c.chromium, c.via) };
    const differing = [];
    for (const f of FIELDS) {
      counts[f].total++;
      if (fmt(model[f]) === fmt(real[f])) counts[f].agree++; else differing.push(f);
    }
    if (!differing.length) agreeAll++;
    else disagreements.push({ c, model, real, differing });
  }

  const pct = (a, t) => (t ? (100 * a / t).toFixed(1) : '-');
  const out = [];
  for (const { c, model, real, differing } of disagreements) {
    out.push(`\n=== ${c.id}: ${differing.join(', ')} differ`);
    out.push(`  corslab-cli probe ${c.url} --origin ${c.origin} --via ${c.via} ${c.args.map(x => (/[\s'"]/.test(x) ? `'${x}'` : x)).join(' ')}`);
    for (const f of FIELDS) out.push(`  ${f.padEnd(9)} probe ${fmt(model[f]).padEnd(40)} chromium ${fmt(real[f])}${differing.includes(f) ? '   <--' : ''}`);
    out.push(`  probe exchanges:`);
    for (const e of c.probe.probe?.exchanges ?? []) {
      const first = String(e.request ?? e.requestBytes ?? '').split('\n')[0];
      const type = (e.responseHeaders ?? []).find(([n]) => n.toLowerCase() === 'content-type')?.[1];
      out.push(`    ${e.kind ?? ''} ${e.method ?? ''} ${e.url ?? first} -> ${e.status ?? ''}${type ? ` (${type})` : ''}${e.bodyLeftOut ? ' [binary body left out of the route]' : ''}`);
    }
    out.push(`  chromium exchanges:`);
    for (const e of c.chromium.exchanges ?? []) out.push(`    ${e.kind} ${e.method} ${e.url} -> ${e.status}`);
    if (c.chromium.message) out.push(`  chromium message: ${c.chromium.message}`);
    const blocks = [c.config];
    const hop = configs.find(x => x !== c.config && (c.chromium.exchanges ?? []).concat(c.probe.probe?.exchanges ?? []).some(e => String(e.url ?? '').startsWith(x.origin + '/')));
    if (hop) blocks.push(hop);
    for (const b of blocks) out.push((b.httpContext ? b.httpContext : '') + b.server.replaceAll('FILESDIR', path.join(dir, 'files')).split('\n').map(l => '  | ' + l).join('\n'));
  }
  if (failures.length) out.push(`\nnot compared (${failures.length}):\n  ${failures.join('\n  ')}`);
  out.push(`\nProbe against Chromium 156 on ${configs.length} untuned nginx configurations (seed ${opts.seed}), ${compared} cases compared:`);
  for (const f of FIELDS) out.push(`  ${f.padEnd(9)} ${counts[f].agree}/${counts[f].total} (${pct(counts[f].agree, counts[f].total)}%)`);
  out.push(`  overall   ${agreeAll}/${compared} (${pct(agreeAll, compared)}%) agree on every field`);
  process.stdout.write(out.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify(cases.map(c => ({ id: c.id, url: c.url, origin: c.origin, via: c.via, args: c.args, probe: c.probe, chromium: c.chromium, skip: c.skip })), null, 1));
  process.exitCode = compared && agreeAll / compared >= 0.98 ? 0 : 1;
}

main().catch(e => { process.stderr.write(`${e.stack ?? e}\n`); process.exit(1); });
