#!/usr/bin/env node
// Runs every golden scenario recorded in Chromium 156 (tests/data/golden/*.cors.json with
// expect.source "chromium-156") through run-chromium.mjs and prints, per field, how often the browser
// agrees with the file's `expect`.
//
//   node tests/browser/compare-goldens.mjs [--results FILE.jsonl] [--save FILE.jsonl] [--verbose] [GOLDEN...]
//
// --results reads verdicts saved earlier instead of running the browser; --save keeps this run's.
// Exit status 0 when every compared field agrees, 1 otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const goldenDir = path.resolve(here, '../data/golden');
const MAIN_FIELDS = ['preflight', 'sent', 'blocked', 'readable', 'error'];

const args = process.argv.slice(2);
let resultsFile = null, saveFile = null, verbose = false;
let files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--results') resultsFile = args[++i];
  else if (args[i] === '--save') saveFile = args[++i];
  else if (args[i] === '--verbose' || args[i] === '-v') verbose = true;
  else files.push(args[i]);
}
if (!files.length) files = fs.readdirSync(goldenDir).filter(f => f.endsWith('.cors.json')).sort().map(f => path.join(goldenDir, f));
const goldens = files.map(file => ({ file, s: JSON.parse(fs.readFileSync(file, 'utf8')) }))
  .filter(({ s }) => s.expect?.source === 'chromium-156');

let lines;
if (resultsFile) {
  lines = fs.readFileSync(resultsFile, 'utf8');
} else {
  const run = spawnSync(process.execPath, [path.join(here, 'run-chromium.mjs'), '--json', ...goldens.map(g => g.file)],
                        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024 });
  lines = run.stdout;
  if (saveFile) fs.writeFileSync(saveFile, lines);
}
const results = new Map();
for (const line of lines.split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  results.set(path.resolve(r.file), r);
}

const header = (exchange, name) => {
  const values = exchange.requestHeaders.filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v);
  return values.length ? values.join(', ') : null;
};
const first = (r, kind) => r.exchanges.find(e => e.kind === kind);
const last = r => [...r.exchanges].reverse().find(e => e.kind !== 'preflight');
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// null when it agrees, else a short text of what differs.
function mismatch(key, expected, r) {
  const differs = actual => same(actual, expected) ? null : `${key}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  const headersPresent = (exchange) => {
    if (!exchange) return `${key}: no such exchange`;
    for (const [n, v] of Object.entries(expected)) {
      const got = header(exchange, n);
      if (got !== v) return `${key}: ${n} is ${got === null ? 'absent' : JSON.stringify(got)}, expected ${JSON.stringify(v)}`;
    }
    return null;
  };
  const headersAbsent = (exchange) => {
    if (!exchange) return `${key}: no such exchange`;
    for (const n of expected) if (header(exchange, n) !== null) return `${key}: ${n} was sent`;
    return null;
  };
  switch (key) {
    case 'preflight': case 'sent': case 'blocked': case 'readable': case 'origin': case 'category': case 'sameOrigin':
    case 'error': case 'message':
      return differs(r[key] ?? null);
    case 'failedParameter': return differs(r.failedParameter ?? '');
    case 'exposedHeaders': return differs(r.exposedHeaders);
    case 'sentRequests': return differs(r.exchanges.filter(e => e.kind !== 'preflight').length);
    case 'wire': return differs(r.exchanges.map(e => [e.kind, e.method, e.url]));
    case 'preflightRequestHeaders': return headersPresent(first(r, 'preflight'));
    case 'mainRequestHeaders': return headersPresent(first(r, 'main'));
    case 'mainRequestHeadersAbsent': return headersAbsent(first(r, 'main'));
    case 'lastRequestHeaders': return headersPresent(last(r));
    case 'lastRequestHeadersAbsent': return headersAbsent(last(r));
    // The jar's cookies the main request did not carry, [{name, reason}] in jar order, exactly.
    case 'cookiesNotSent': return differs(r.cookiesNotSent ?? null);
    // One entry per exchange in wire order, {kind, headers: {Name: value or null (absent)}}; only the
    // names given are compared.
    case 'exchangeHeaders': {
      if (!Array.isArray(expected)) return `${key}: not a list`;
      if (expected.length !== r.exchanges.length)
        return `${key}: ${r.exchanges.length} exchanges (${r.exchanges.map(e => e.kind).join(', ')}), expected ${expected.length}`;
      for (let i = 0; i < expected.length; i++) {
        const want = expected[i], got = r.exchanges[i];
        if (want.kind !== got.kind) return `${key}[${i}]: kind ${got.kind}, expected ${want.kind}`;
        for (const [n, v] of Object.entries(want.headers ?? {})) {
          const value = header(got, n);
          if (value !== v) return `${key}[${i}] (${got.kind}): ${n} is ${value === null ? 'absent' : JSON.stringify(value)}, expected ${v === null ? 'absent' : JSON.stringify(v)}`;
        }
      }
      return null;
    }
    default: return undefined;   // not observable here (sameSite, cookies, preflightCacheSeconds)
  }
}

const tally = new Map();   // field -> {agree, total}
const count = (field, ok) => {
  const t = tally.get(field) ?? { agree: 0, total: 0 };
  t.total++; if (ok) t.agree++;
  tally.set(field, t);
};
const disagreements = [];
let failures = 0, allAgree = 0;
for (const { file, s } of goldens) {
  const r = results.get(path.resolve(file));
  const name = path.basename(file, '.cors.json');
  if (!r || r.failure) {
    failures++;
    disagreements.push(`${name}: ${r ? r.failure : 'no result'}`);
    for (const f of MAIN_FIELDS) if (f in s.expect || f === 'preflight' || f === 'sent') count(f, false);
    continue;
  }
  const problems = [];
  for (const [key, expected] of Object.entries(s.expect)) {
    if (key === 'source') continue;
    const m = mismatch(key, expected, r);
    if (m === undefined) continue;
    count(key, m === null);
    if (m) problems.push(m);
  }
  if (problems.length) disagreements.push(`${name}: ${problems.join('; ')}`);
  else allAgree++;
  if (verbose) process.stdout.write(`${problems.length ? 'DIFF' : 'ok  '} ${name}\n`);
}

const order = [...MAIN_FIELDS, ...[...tally.keys()].filter(k => !MAIN_FIELDS.includes(k)).sort()];
process.stdout.write(`${goldens.length} golden scenarios from Chromium 156; ${failures} could not run; `
  + `${allAgree} agree on every field they state\n`);
process.stdout.write('field                      agree / stated\n');
for (const field of order) {
  const t = tally.get(field);
  if (!t) continue;
  const pct = (100 * t.agree / t.total).toFixed(1);
  process.stdout.write(`${(MAIN_FIELDS.includes(field) ? '* ' : '  ') + field.padEnd(25)}${String(t.agree).padStart(5)} / ${String(t.total).padEnd(5)} ${pct}%\n`);
}
process.stdout.write('(* the five fields the project compares; the others are checked where a golden states them)\n');
if (disagreements.length) process.stdout.write('\nDisagreements:\n' + disagreements.map(d => `  ${d}\n`).join(''));
process.exitCode = disagreements.length ? 1 : 0;
