#!/usr/bin/env node
// Do the model's fixes hold in a real browser? Makes random scenarios no one here tuned for, keeps
// those Chromium 156 blocks (or, for reads, leaves unreadable), writes each one's fix with
// `corslab-cli check --apply-fix`, runs the fixed file in Chromium again and counts what passes.
//
//   node tests/browser/fix-agreement.mjs [--seed N] [--count N] [--cli PATH] [--keep DIR] [--verbose]
//
// Defaults: seed 20261201, 300 scenarios, build/app/corslab-cli. Exit status 0 when at least 98% of
// the fixed scenarios pass in Chromium, 1 otherwise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

const args = process.argv.slice(2);
let seed = 20261201, count = 300, cli = path.join(root, 'build/app/corslab-cli'), keep = null, verbose = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--seed') seed = Number(args[++i]);
  else if (args[i] === '--count') count = Number(args[++i]);
  else if (args[i] === '--cli') cli = path.resolve(args[++i]);
  else if (args[i] === '--keep') keep = path.resolve(args[++i]);
  else if (args[i] === '--verbose' || args[i] === '-v') verbose = true;
  else { process.stderr.write(`unknown argument ${args[i]}\n`); process.exit(2); }
}

// ---------- a seeded PRNG (mulberry32), one stream per scenario ----------

function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generator(index) {
  const rnd = mulberry32((seed ^ Math.imul(index + 1, 0x9E3779B1)) >>> 0);
  const chance = p => rnd() * 100 < p;
  const pick = list => list[Math.floor(rnd() * list.length)];
  const weighted = pairs => {   // [[value, weight], ...]
    let roll = rnd() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of pairs) { if ((roll -= w) < 0) return v; }
    return pairs[pairs.length - 1][0];
  };
  return { rnd, chance, pick, weighted };
}

const VIAS = ['fetch', 'xhr', 'img', 'script', 'stylesheet', 'media', 'font', 'form', 'navigate', 'iframe'];
const ELEMENT = new Set(['img', 'script', 'stylesheet', 'media']);
const DOCUMENT = new Set(['form', 'navigate', 'iframe']);

const JSON_BODY = '{"items":[1,2,3]}';
const HTML_BODY = '<!DOCTYPE html><html><body><p>hello</p></body></html>';

// [Content-Type, body] a route of this via is usually served with, or a wrong one.
function content(g, via) {
  const wrong = [['application/json', JSON_BODY], ['text/html', HTML_BODY], ['text/plain', 'hello'],
                 ['image/png', null], ['text/javascript', null], ['text/css', null], [null, JSON_BODY]];
  if (g.chance(DOCUMENT.has(via) ? 10 : 30))
    return DOCUMENT.has(via) ? g.pick([['application/json', JSON_BODY], ['text/plain', 'hello']]) : g.pick(wrong);
  switch (via) {
    case 'img': return [g.pick(['image/png', 'image/svg+xml']), null];
    case 'script': return [g.pick(['text/javascript', 'application/javascript']), null];
    case 'stylesheet': return ['text/css', null];
    case 'media': return ['audio/wav', null];
    case 'font': return ['font/ttf', null];
    case 'fetch': case 'xhr': return g.chance(80) ? ['application/json', JSON_BODY] : ['text/plain', 'hello'];
    default: return ['text/html', HTML_BODY];
  }
}

function allowOrigin(g, headers, page, sandboxed) {
  const v = g.weighted([['page', 40], ['*', 18], ['none', 20], ['null', sandboxed ? 20 : 3], ['other', 8], ['slash', 4], ['two', 7]]);
  if (v === 'page') headers.push(['Access-Control-Allow-Origin', page]);
  else if (v === '*') headers.push(['Access-Control-Allow-Origin', '*']);
  else if (v === 'null') headers.push(['Access-Control-Allow-Origin', 'null']);
  else if (v === 'other') headers.push(['Access-Control-Allow-Origin', g.pick(['https://evil.example.net', 'https://api.example.com', page.replace(/^https?/, s => (s === 'https' ? 'http' : 'https'))])]);
  else if (v === 'slash') headers.push(['Access-Control-Allow-Origin', page + '/']);
  else if (v === 'two') { headers.push(['Access-Control-Allow-Origin', page]); headers.push(['Access-Control-Allow-Origin', g.pick([page, '*'])]); }
}

function allowCredentials(g, headers) {
  const v = g.weighted([['true', 35], ['True', 5], ['none', 60]]);
  if (v !== 'none') headers.push(['Access-Control-Allow-Credentials', v]);
}

function methodOnWire(method) {
  const upper = method.toUpperCase();
  return ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'].includes(upper) ? upper : method;
}

function generate(index) {
  const g = generator(index);
  const pageOrigin = g.weighted([['https://app.example.com', 85], ['http://app.example.com', 15]]);
  const scheme = pageOrigin.slice(0, pageOrigin.indexOf(':'));
  const other = scheme === 'https' ? 'http' : 'https';
  const via = g.pick(VIAS);
  const sandboxed = !DOCUMENT.has(via) || via === 'form' ? g.chance(6) : false;
  const target = g.weighted([[pageOrigin, 8], [`${scheme}://api.example.com`, 35], [`${scheme}://api.example.net`, 35],
                             [`${scheme}://api.example.com:${scheme === 'https' ? 8443 : 8080}`, 10], [`${other}://api.example.com`, 7]]);
  const url = `${target}/r${index}`;
  const request = { via, url };
  const s = { format: 'corslab-scenario/1', title: `fix-agreement seed ${seed} #${index}`, page: `${pageOrigin}/`, request, server: [] };
  if (sandboxed) s.pageSandboxed = true;

  if (via === 'fetch' || via === 'xhr') {
    const method = g.weighted([['GET', 40], ['HEAD', 5], ['POST', 25], ['PUT', 10], ['DELETE', 7], ['PATCH', 8], ['patch', 5]]);
    if (method !== 'GET') request.method = method;
    if (via === 'fetch') {
      const mode = g.weighted([['cors', 75], ['no-cors', 20], ['same-origin', 5]]);
      if (mode !== 'cors') request.mode = mode;
      const credentials = g.weighted([['same-origin', 50], ['include', 35], ['omit', 15]]);
      if (credentials !== 'same-origin') request.credentials = credentials;
    } else if (g.chance(35)) {
      request.credentials = 'include';
    }
    const headers = [];
    const body = ['POST', 'PUT', 'PATCH', 'patch'].includes(method);
    if (body) request.body = g.pick(['{"a":1}', 'a=1', 'hello']);
    if (g.chance(body ? 65 : 8))
      headers.push(['Content-Type', g.pick(['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'application/json', 'application/json', 'text/xml'])]);
    const extra = g.weighted([[0, 55], [1, 33], [2, 12]]);
    for (let i = 0; i < extra; i++) {
      headers.push(g.weighted([[['Accept', 'application/json'], 10], [['Content-Language', 'de'], 6], [['X-Custom', '1'], 16],
                               [['X-Requested-With', 'XMLHttpRequest'], 8], [['Authorization', 'Bearer abc.def'], 10], [['X-Trace', '42'], 8]]));
    }
    if (headers.length) request.headers = headers;
  } else if (ELEMENT.has(via)) {
    const co = g.weighted([[null, 50], ['anonymous', 35], ['use-credentials', 15]]);
    if (co) request.crossorigin = co;
  } else if (via === 'form') {
    if (g.chance(55)) { request.method = 'POST'; request.body = 'a=1'; }
  }

  // Whether a preflight is likely: a server author who expects one answers OPTIONS far more often.
  const r = request;
  const wire = methodOnWire(r.method ?? 'GET');
  const unsafeHeader = (r.headers ?? []).some(([n, v]) => ['x-custom', 'x-requested-with', 'authorization', 'x-trace'].includes(n.toLowerCase())
    || (n.toLowerCase() === 'content-type' && (v.startsWith('application/json') || v === 'text/xml')));
  const preflightLikely = (via === 'fetch' || via === 'xhr') && (r.mode ?? 'cors') === 'cors' && (!['GET', 'HEAD', 'POST'].includes(wire) || unsafeHeader);
  const pageForAcao = sandboxed ? 'null' : pageOrigin;
  const credentialed = r.credentials === 'include' || r.crossorigin === 'use-credentials';

  const addPreflight = (routeUrl) => {
    const status = g.weighted([[204, 40], [200, 35], [404, 8], [500, 7], [302, 10]]);
    const headers = [];
    if (status === 302) headers.push(['Location', `${target}/preflight-moved`]);
    allowOrigin(g, headers, pageForAcao, sandboxed);
    if (credentialed || g.chance(20)) allowCredentials(g, headers);
    const m = g.weighted([[null, 25], ['same', 40], ['GET, POST', 20], ['*', 15]]);
    if (m === 'same') headers.push(['Access-Control-Allow-Methods', g.chance(50) ? wire : 'GET, POST, PUT, DELETE, PATCH, OPTIONS']);
    else if (m) headers.push(['Access-Control-Allow-Methods', m]);
    const names = [...new Set((r.headers ?? []).map(([n]) => n.toLowerCase()))];
    const h = g.weighted([[null, 30], ['same', 40], ['x-other', 15], ['*', 15]]);
    if (h === 'same' && names.length) headers.push(['Access-Control-Allow-Headers', names.join(', ')]);
    else if (h === 'x-other' || h === '*') headers.push(['Access-Control-Allow-Headers', h]);
    if (g.chance(30)) headers.push(['Access-Control-Max-Age', g.pick(['600', '0', '86400'])]);
    s.server.push({ method: 'OPTIONS', url: routeUrl, status, headers });
  };

  const addAnswer = (routeUrl, depth) => {
    if ((preflightLikely && g.chance(85)) || g.chance(6)) addPreflight(routeUrl);
    const headers = [];
    if (depth < 2 && g.chance(depth ? 10 : 22)) {
      const status = g.pick([301, 302, 303, 307, 308]);
      const hop = g.weighted([[target, 35], [pageOrigin, 15], [`${scheme}://cdn.example.net`, 30], [`${scheme}://api.example.com`, 20]]);
      const next = `${hop}/moved${depth}-${index}`;
      headers.push(['Location', g.chance(4) ? next.replace('://', '://user:pw@') : next]);
      if (g.chance(70)) allowOrigin(g, headers, pageForAcao, sandboxed);
      if (credentialed) allowCredentials(g, headers);
      s.server.push({ method: '*', url: routeUrl, status, headers });
      addAnswer(next, depth + 1);
      return;
    }
    // No 204 for a document: Chromium does not commit it, so no load event ever comes.
    const status = g.weighted([[200, 78], [404, 8], [500, 6], [204, DOCUMENT.has(via) ? 0 : 3], [403, 5]]);
    const [type, body] = content(g, via);
    if (type) headers.push(['Content-Type', type]);
    if (g.chance(15)) headers.push(['X-Content-Type-Options', 'nosniff']);
    if (!DOCUMENT.has(via) || g.chance(10)) {
      if (g.chance(85)) allowOrigin(g, headers, pageForAcao, sandboxed);
      if (credentialed || g.chance(15)) allowCredentials(g, headers);
    }
    if ((via === 'fetch' || via === 'xhr') && g.chance(20)) {
      headers.push(['X-Total', '3']);
      if (g.chance(60)) headers.push(['Access-Control-Expose-Headers', g.pick(['X-Total', '*'])]);
    }
    const route = { method: '*', url: routeUrl, status, headers };
    if (body != null && status !== 204) route.body = body;
    s.server.push(route);
  };
  addAnswer(url, 0);
  return s;
}

// ---------- running ----------

function runChromium(files) {
  const results = new Map();
  if (!files.length) return results;
  const run = spawnSync('nice', [process.execPath, path.join(here, 'run-chromium.mjs'), '--json', ...files],
                        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024 });
  for (const line of run.stdout.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    results.set(path.resolve(r.file), r);
  }
  return results;
}

const needsRead = r => r.category === 'read';
// Chromium blocked it, or (for a read) left it unreadable.
const fails = r => !!r.failure || r.blocked || (needsRead(r) && !r.readable);

function model(file) {
  for (let attempt = 0; attempt < 30; attempt++) {
    if (fs.existsSync(cli)) {
      const run = spawnSync(cli, ['check', '--json', file], { encoding: 'utf8' });
      if (run.status === 0) return JSON.parse(run.stdout.split('\n')[0]);
    }
    spawnSync('sleep', ['2']);   // another build may be replacing the binary
  }
  throw new Error(`${cli} check --json ${file} failed`);
}

function applyFix(file, out) {
  for (let attempt = 0; attempt < 30; attempt++) {
    if (fs.existsSync(cli)) {
      const run = spawnSync(cli, ['check', '--apply-fix', out, file], { encoding: 'utf8' });
      if (run.status === 0) return { written: true, unchanged: /already passes/.test(run.stdout) };
      if (/no fix makes/.test(run.stderr)) return { written: false };
    }
    spawnSync('sleep', ['2']);
  }
  throw new Error(`${cli} check --apply-fix ${out} ${file} failed`);
}

// The kind of fix: which fields and headers it changes.
function fixKind(before, after) {
  const kinds = new Set();
  for (const key of ['mode', 'url', 'crossorigin', 'credentials'])
    if (JSON.stringify(before.request[key]) !== JSON.stringify(after.request[key])) kinds.add(`request.${key}`);
  if (!!before.pageSandboxed !== !!after.pageSandboxed) kinds.add('pageSandboxed');
  if (after.server.length > before.server.length) kinds.add('new route');
  after.server.slice(after.server.length - before.server.length).forEach((route, i) => {
    const old = before.server[i];
    if (route.status !== old.status) kinds.add('status');
    const names = hs => new Map(hs.map(([n, v]) => [n.toLowerCase(), v]));
    const a = names(old.headers ?? []), b = names(route.headers ?? []);
    for (const [n, v] of b) if (a.get(n) !== v) kinds.add(n);
  });
  return [...kinds].sort().join(' + ') || 'none';
}

const dir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'corslab-fix-agreement-'));
fs.mkdirSync(dir, { recursive: true });
const files = [];
for (let i = 0; i < count; i++) {
  const file = path.join(dir, `s${String(i).padStart(3, '0')}.cors.json`);
  fs.writeFileSync(file, JSON.stringify(generate(i), null, 2) + '\n');
  files.push(file);
}
const before = runChromium(files);
// A scenario the harness could not run (e.g. timed out) says nothing about the model: left out.
const unrun = files.filter(f => !before.get(f) || before.get(f).failure);
const blocked = files.filter(f => before.get(f) && !before.get(f).failure && fails(before.get(f)));

const fixed = [], noFix = [], modelPasses = [];
for (const file of blocked) {
  const out = file.replace(/\.cors\.json$/, '.fixed.cors.json');
  const result = applyFix(file, out);
  const verdict = model(file);
  if (!result.written) { noFix.push({ file, verdict }); continue; }
  if (result.unchanged) { modelPasses.push({ file, verdict }); continue; }
  fixed.push({ file, out, verdict, kind: fixKind(JSON.parse(fs.readFileSync(file, 'utf8')), JSON.parse(fs.readFileSync(out, 'utf8'))) });
}
const after = runChromium(fixed.map(f => f.out));
const failures = [];
for (const f of fixed) {
  f.result = after.get(f.out);
  if (!f.result || fails(f.result)) failures.push(f);
}

const byKey = (list, key) => {
  const groups = new Map();
  for (const item of list) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups].sort((a, b) => b[1].length - a[1].length);
};
const s = JSON.parse;
const viaOf = f => { const r = s(fs.readFileSync(f, 'utf8')).request; return r.via + (r.mode ? `(${r.mode})` : '') + (r.crossorigin ? `[${r.crossorigin}]` : ''); };
const chromeError = r => (r.blocked ? r.error ?? 'blocked' : 'unreadable');
const allowed = fixed.length - failures.length;
const pct = n => (fixed.length ? (100 * n / fixed.length).toFixed(1) : '-');

console.log(`seed ${seed}, ${count} scenarios in ${dir}${unrun.length ? ` (${unrun.length} not run: ${unrun.map(f => path.basename(f)).join(' ')})` : ''}`);
console.log(`Chromium blocks (or leaves unreadable): ${blocked.length}`);
console.log(`  with a fix from the model:            ${fixed.length}`);
console.log(`  no fix offered by the model:          ${noFix.length}`);
console.log(`  model says it already passes:         ${modelPasses.length}`);
console.log(`fixed scenarios Chromium allows:        ${allowed}/${fixed.length} (${pct(allowed)}%)`);
if (failures.length) {
  console.log('\nfixes that fail in Chromium, by kind of fix and via:');
  for (const [key, group] of byKey(failures, f => `${f.kind} | ${viaOf(f.file)}`)) {
    console.log(`  ${group.length}  ${key}`);
    for (const f of group.slice(0, verbose ? 99 : 3))
      console.log(`       ${path.basename(f.out)}: Chromium ${f.result ? chromeError(f.result) : 'no result'}${f.result?.failure ? ' ' + f.result.failure : ''}`);
  }
}
const list = (title, items) => {
  if (!items.length) return;
  console.log(`\n${title}:`);
  for (const [key, group] of byKey(items, x => `${viaOf(x.file)} | Chromium ${chromeError(before.get(x.file))} | model ${x.verdict.error ?? (x.verdict.blocked ? 'blocked' : 'passes')}`)) {
    console.log(`  ${group.length}  ${key}`);
    if (verbose) for (const x of group) console.log(`       ${path.basename(x.file)}`);
  }
};
list('no fix offered', noFix);
list('model says the request already passes (a verdict disagreement, not a fix)', modelPasses);
if (verbose) {
  console.log('\nall fixes by kind:');
  for (const [key, group] of byKey(fixed, f => f.kind)) console.log(`  ${group.length}  ${key}`);
}
process.exit(fixed.length && allowed / fixed.length >= 0.98 ? 0 : 1);
