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
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRandom, freePort, freePorts, makeConfig, serverBlockText, startNginx } from './lib/nginx-configs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const CLI = process.env.CORSLAB_CLI ?? path.join(root, 'build', 'app', 'corslab-cli');
const RUNNER = path.join(here, 'run-chromium.mjs');
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

// ---------- seeded PRNG (mulberry32; the configurations draw from it first, then the requests) ----------
const rng = createRandom(opts.seed);
const { chance, pick, weighted } = rng;

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
  fs.mkdirSync(path.join(dir, 'cases'), { recursive: true });

  const pagePort = await freePort();
  const pageOrigin = `http://127.0.0.1:${pagePort}`;
  const ports = await freePorts(opts.configs, [pagePort]);
  const configs = ports.map((_, i) => makeConfig(rng, i, ports, pageOrigin));
  let nginx;
  try { nginx = await startNginx(dir, configs); }
  catch (e) { process.stderr.write(`${e.message}\n`); process.exit(1); }
  const stopNginx = nginx.stop;

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
    for (const b of blocks) out.push(serverBlockText(b, path.join(dir, 'files')));
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
