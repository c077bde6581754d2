#!/usr/bin/env node
// The Firefox differential test (issue 14): runs the goldens that carry an expectFirefox in real
// Firefox ESR 153 (run-firefox.mjs) and compares what Firefox did with `corslab-cli check --engine
// firefox --json`, the way tst_differential compares Qt WebEngine's Chromium 102 with the model.
//
//   node tests/browser/firefox-differential.mjs [--results FILE.jsonl] [--save FILE.jsonl] [--cli PATH] [GOLDEN...]
//
// Compared: preflight, sent, blocked, readable, error, firefoxReason. A golden listed in
// tests/data/firefox-unmodelled.json (the differences the model does not answer yet, which tst_golden
// expects to fail against the recording) may differ; any other difference fails the run, and a listed
// golden that now agrees is reported (remove it from the list). --results reads Firefox's verdicts saved
// earlier by --save instead of running Firefox (about 12 minutes for every golden on two cores).
// Exit 0 when nothing unexpected differs, 1 otherwise, 2 on bad usage. Needs /usr/bin/firefox-esr and
// `cd tests/browser && PUPPETEER_SKIP_DOWNLOAD=1 npm install`; the real ports run-firefox.mjs names free.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const FIELDS = ['preflight', 'sent', 'blocked', 'readable', 'error', 'firefoxReason'];
const USAGE = 'usage: node tests/browser/firefox-differential.mjs [--results FILE.jsonl] [--save FILE.jsonl] [--cli PATH] [GOLDEN...]\n';

let resultsFile = null, saveFile = null, cli = process.env.CORSLAB_CLI ?? path.join(root, 'build', 'app', 'corslab-cli');
let files = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const next = () => { if (i + 1 >= args.length) { process.stderr.write(USAGE); process.exit(2); } return args[++i]; };
  if (args[i] === '--results') resultsFile = next();
  else if (args[i] === '--save') saveFile = next();
  else if (args[i] === '--cli') cli = path.resolve(next());
  else if (args[i].startsWith('-')) { process.stderr.write(USAGE); process.exit(args[i] === '--help' ? 0 : 2); }
  else files.push(path.resolve(args[i]));
}
const goldenDir = path.join(root, 'tests', 'data', 'golden');
if (!files.length) files = fs.readdirSync(goldenDir).filter(f => f.endsWith('.cors.json')).sort().map(f => path.join(goldenDir, f));
files = files.filter(f => JSON.parse(fs.readFileSync(f, 'utf8')).expectFirefox);
if (!fs.existsSync(cli)) { process.stderr.write(`firefox-differential: ${cli} is missing (build first, or --cli)\n`); process.exit(2); }
const unmodelled = JSON.parse(fs.readFileSync(path.join(root, 'tests', 'data', 'firefox-unmodelled.json'), 'utf8')).unmodelled;

// Firefox's verdicts: run now, or read from --results.
let lines;
if (resultsFile) {
  lines = fs.readFileSync(resultsFile, 'utf8');
} else {
  const run = spawnSync(process.execPath, [path.join(here, 'run-firefox.mjs'), '--json', ...files],
                        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024 });
  lines = run.stdout;
  if (saveFile) fs.writeFileSync(saveFile, lines);
}
const browser = new Map();
for (const line of lines.split('\n')) {
  if (!line.startsWith('{')) continue;
  const r = JSON.parse(line);
  browser.set(path.basename(r.file), r);
}

const model = file => {
  const res = spawnSync(cli, ['check', '--engine', 'firefox', '--json', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const line = (res.stdout ?? '').split('\n').find(l => l.startsWith('{'));
  return line ? JSON.parse(line) : { failure: `corslab-cli exit ${res.status}: ${(res.stderr ?? '').trim().slice(0, 200)}` };
};

const tally = Object.fromEntries(FIELDS.map(f => [f, { agree: 0, total: 0 }]));
const unexpected = [], known = [], nowAgree = [], notRun = [];
for (const file of files) {
  const name = path.basename(file, '.cors.json');
  const b = browser.get(path.basename(file));
  if (!b || b.failure) { notRun.push(`${name}: ${b ? b.failure : 'never reported'}`); continue; }
  const m = model(file);
  if (m.failure) { unexpected.push(`${name}: ${m.failure}`); continue; }
  const diffs = [];
  for (const f of FIELDS) {
    const bv = JSON.stringify(b[f] ?? null), mv = JSON.stringify(m[f] ?? null);
    tally[f].total++;
    if (bv === mv) tally[f].agree++;
    else diffs.push(`${f}: firefox ${bv}, corslab ${mv}`);
  }
  const listed = name in unmodelled;
  if (diffs.length && listed) known.push(`${name}: ${diffs.join('; ')}`);
  else if (diffs.length) unexpected.push(`${name}: ${diffs.join('; ')}`);
  else if (listed && unmodelled[name].match(/^(preflight|sent|blocked|readable|error|firefoxReason):/)) nowAgree.push(name);
}

const out = [`Firefox against corslab --engine firefox: ${files.length} goldens with expectFirefox; ${notRun.length} not run`];
for (const f of FIELDS) {
  const t = tally[f];
  out.push(`  ${f.padEnd(14)} ${String(t.agree).padStart(4)} / ${t.total} ${t.total ? (100 * t.agree / t.total).toFixed(1) : '-'}%`);
}
out.push(`${unexpected.length} unexpected differences, ${known.length} listed in tests/data/firefox-unmodelled.json`);
if (unexpected.length) out.push('\nUnexpected (not in firefox-unmodelled.json):', ...unexpected.map(d => `  ${d}`));
if (nowAgree.length) out.push('\nListed for one of the compared fields, but agreeing now (update the list):', ...nowAgree.map(d => `  ${d}`));
if (notRun.length) out.push('\nNot run:', ...notRun.map(d => `  ${d}`));
if (known.length) out.push('\nKnown (listed):', ...known.map(d => `  ${d}`));
process.stdout.write(out.join('\n') + '\n');
process.exitCode = unexpected.length ? 1 : 0;
