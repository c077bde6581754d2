#!/usr/bin/env node
// Issue 11: corslab-cli against real Chromium 156 on the web-platform-tests CORS set
// (tests/browser/wpt-cors/, made by wpt-cors-set.mjs), and both against what each WPT subtest asserts.
//
//   node tests/browser/wpt-cors-agreement.mjs [--results FILE.jsonl] [--save FILE.jsonl]
//        [--cli PATH] [--markdown FILE] [--verbose] [SCENARIO...]
//
// --results reads run-chromium.mjs --json output saved earlier instead of running the browser;
// --save keeps this run's. The CLI defaults to $CORSLAB_CLI, else /work/main/build/app/corslab-cli,
// else build/app/corslab-cli of the checkout.
//
// Per field (preflight, sent, blocked, readable, error) agreement of corslab with Chromium, and
// "exact": all five agree. Then the WPT assertions (fetch rejects or resolves, x-did-preflight, the
// headers script sees, Referer, Cookie) checked against Chromium (where Chromium fails a WPT
// assertion: a Chromium failure of the test, or a translation bug) and against corslab.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIELDS = ['preflight', 'sent', 'blocked', 'readable', 'error'];

const args = process.argv.slice(2);
let resultsFile = null, saveFile = null, markdown = null, verbose = false, cli = process.env.CORSLAB_CLI ?? null;
let files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--results') resultsFile = args[++i];
  else if (args[i] === '--save') saveFile = args[++i];
  else if (args[i] === '--markdown') markdown = args[++i];
  else if (args[i] === '--cli') cli = args[++i];
  else if (args[i] === '--verbose' || args[i] === '-v') verbose = true;
  else files.push(args[i]);
}
if (!cli) cli = ['/work/main/build/app/corslab-cli', path.resolve(here, '../../build/app/corslab-cli')].find(p => fs.existsSync(p));
const setDir = path.join(here, 'wpt-cors');
if (!files.length) files = fs.readdirSync(setDir).filter(f => f.endsWith('.cors.json')).sort().map(f => path.join(setDir, f));
const scenarios = files.map(file => ({ file: path.resolve(file), name: path.basename(file, '.cors.json'), s: JSON.parse(fs.readFileSync(file, 'utf8')) }));

// Chromium
let lines;
if (resultsFile) lines = fs.readFileSync(resultsFile, 'utf8');
else {
  const run = spawnSync('nice', [process.execPath, path.join(here, 'run-chromium.mjs'), '--json', ...scenarios.map(x => x.file)],
                        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024 });
  lines = run.stdout;
  if (saveFile) fs.writeFileSync(saveFile, lines);
}
const chromium = new Map();
for (const line of lines.split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  chromium.set(path.resolve(r.file), r);
}
const engine = [...chromium.values()].find(r => r.engine)?.engine ?? 'Chromium (unknown version)';

// corslab: one object per line, in the order of the files (in batches, for the command line's length)
const corslab = new Map();
for (let i = 0; i < scenarios.length; i += 50) {
  const batch = scenarios.slice(i, i + 50);
  const run = spawnSync(cli, ['check', '--json', ...batch.map(x => x.file)], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const out = run.stdout.split('\n').filter(l => l.trim());
  if (out.length !== batch.length) { process.stderr.write(`corslab-cli: ${out.length} verdicts for ${batch.length} files\n${run.stderr}`); process.exit(1); }
  batch.forEach((x, j) => corslab.set(x.file, JSON.parse(out[j])));
}

const header = (exchange, name) => {
  if (!exchange) return undefined;
  const values = exchange.requestHeaders.filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v);
  return values.length ? values.join('; ') : null;
};
const firstOf = (v, kind) => v.exchanges.find(e => e.kind === kind);
const lastRequest = v => [...v.exchanges].reverse().find(e => e.kind !== 'preflight');

// What the WPT subtest asserts, checked on a verdict: list of failed assertions (empty: passes).
function wptFailures(w, v) {
  const out = [];
  if (w.rejects !== v.blocked) out.push(w.rejects ? 'fetch() should reject but resolves' : `fetch() should resolve but rejects (${v.error ?? 'no error class'})`);
  if (w.rejects) return out;
  if (w.opaque && v.readable) out.push('response should be opaque');
  if (!w.opaque && !v.readable && !v.blocked) out.push('response should be readable (type cors)');
  if (w.didPreflight !== undefined && w.didPreflight !== v.preflight) out.push(`x-did-preflight should be ${w.didPreflight ? 1 : 0}`);
  if (w.exposed) {
    const exposed = new Set((v.exposedHeaders ?? []).map(h => h.toLowerCase()));
    for (const [name, want] of Object.entries(w.exposed)) if (exposed.has(name) !== want) out.push(`header ${name} should ${want ? '' : 'not '}be exposed`);
  }
  if (w.referer !== undefined) {
    const pre = header(firstOf(v, 'preflight'), 'Referer'), main = header(lastRequest(v), 'Referer');
    if (pre !== w.referer) out.push(`preflight Referer ${JSON.stringify(pre)}, WPT expects ${JSON.stringify(w.referer)}`);
    if (main !== w.referer) out.push(`request Referer ${JSON.stringify(main)}, WPT expects ${JSON.stringify(w.referer)}`);
  }
  if (w.cookie !== undefined) {
    const got = header(lastRequest(v), 'Cookie');
    if (got !== w.cookie) out.push(`Cookie ${JSON.stringify(got)}, WPT expects ${JSON.stringify(w.cookie)}`);
  }
  return out;
}

const tally = Object.fromEntries(FIELDS.map(f => [f, 0]));
let exact = 0, compared = 0;
const failures = [], disagreements = [], chromiumVsWpt = [], corslabVsWpt = [];
const perFile = new Map();   // WPT file -> {n, exact}
let chromiumPassesWpt = 0, corslabPassesWpt = 0;
for (const x of scenarios) {
  const c = chromium.get(x.file), m = corslab.get(x.file);
  const wptFile = x.s.source?.wpt ?? '?';
  const pf = perFile.get(wptFile) ?? { n: 0, exact: 0 }; perFile.set(wptFile, pf);
  if (!c || c.failure) { failures.push(`${x.name}: ${c ? c.failure : 'no Chromium result'}`); pf.n++; continue; }
  compared++; pf.n++;
  const diffs = FIELDS.filter(f => JSON.stringify(c[f] ?? null) !== JSON.stringify(m[f] ?? null));
  for (const f of FIELDS) if (!diffs.includes(f)) tally[f]++;
  if (!diffs.length) { exact++; pf.exact++; }
  else disagreements.push({ name: x.name, subtest: x.s.source?.subtest, diffs: diffs.map(f => `${f}: Chromium ${JSON.stringify(c[f] ?? null)}, corslab ${JSON.stringify(m[f] ?? null)}`) });
  if (x.s.wpt) {
    const cw = wptFailures(x.s.wpt, c), mw = wptFailures(x.s.wpt, m);
    if (cw.length) chromiumVsWpt.push({ name: x.name, subtest: x.s.source?.subtest, failed: cw }); else chromiumPassesWpt++;
    if (mw.length) corslabVsWpt.push({ name: x.name, subtest: x.s.source?.subtest, failed: mw }); else corslabPassesWpt++;
  }
  if (verbose) process.stdout.write(`${diffs.length ? 'DIFF' : 'ok  '} ${x.name}\n`);
}

const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : '—') + '%';
const text = [];
text.push(`${scenarios.length} WPT CORS scenarios; ${engine}; ${failures.length} could not run in the browser; ${compared} compared`);
text.push('');
text.push('| field | agree / compared | % |');
text.push('| --- | --- | --- |');
for (const f of FIELDS) text.push(`| ${f} | ${tally[f]} / ${compared} | ${pct(tally[f], compared)} |`);
text.push(`| **exact (all five)** | ${exact} / ${compared} | ${pct(exact, compared)} |`);
text.push('');
text.push('| WPT file | scenarios | exact |');
text.push('| --- | --- | --- |');
for (const [f, t] of [...perFile].sort()) text.push(`| ${f} | ${t.n} | ${t.exact} |`);
text.push('');
text.push(`WPT's own assertions: Chromium passes ${chromiumPassesWpt} / ${compared} (${pct(chromiumPassesWpt, compared)}), corslab ${corslabPassesWpt} / ${compared} (${pct(corslabPassesWpt, compared)})`);
const list = (title, items, fmt) => { if (items.length) { text.push('', `${title} (${items.length}):`); for (const i of items) text.push(`- ${fmt(i)}`); } };
list('Could not run', failures, f => f);
list('corslab vs Chromium disagreements', disagreements, d => `${d.name} ("${d.subtest}"): ${d.diffs.join('; ')}`);
list('Chromium fails the WPT assertion', chromiumVsWpt, d => `${d.name} ("${d.subtest}"): ${d.failed.join('; ')}`);
list('corslab fails the WPT assertion', corslabVsWpt, d => `${d.name} ("${d.subtest}"): ${d.failed.join('; ')}`);
process.stdout.write(text.join('\n') + '\n');
if (markdown) fs.writeFileSync(markdown, text.join('\n') + '\n');
process.exitCode = disagreements.length || failures.length ? 1 : 0;
