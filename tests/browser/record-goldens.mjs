#!/usr/bin/env node
// Records what Chromium 156 does with draft scenarios: runs them through run-chromium.mjs and writes
// the observed `expect` into each file (source "chromium-156"), so a golden's expectation is never
// written by hand and can be recorded again at any time.
//
//   node tests/browser/record-goldens.mjs [--runs N] [--out DIR] [--dry-run] DRAFT.cors.json...
//
// --runs N   run every draft N times (default 2); a draft whose runs disagree on any recorded field, or
//            that fails to run (timeout, ...), is NOT written and is listed as flaky / failed
// --out DIR  write the recorded files into DIR (default: over the drafts themselves)
// --dry-run  print what would be recorded, write nothing
//
// Recorded: preflight, sent, blocked, readable, error, message (when blocked), cookiesNotSent (when
// the scenario's jar has cookies), and exchangeHeaders: per exchange in wire order {kind, headers} with the
// values of Origin, Cookie, Referer, Sec-Fetch-Site, Sec-Fetch-Mode, Sec-Fetch-Dest, Sec-Fetch-User
// (null when absent). Exit status 0 when every draft was recorded.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const RECORDED_HEADERS = ['Origin', 'Cookie', 'Referer', 'Sec-Fetch-Site', 'Sec-Fetch-Mode', 'Sec-Fetch-Dest', 'Sec-Fetch-User'];

const header = (exchange, name) => {
  const values = exchange.requestHeaders.filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v);
  return values.length ? values.join(', ') : null;
};

export function expectOf(scenario, r) {
  const expect = { source: 'chromium-156', preflight: r.preflight, sent: r.sent, blocked: r.blocked, readable: r.readable,
                   error: r.error ?? null };
  if (r.blocked) expect.message = r.message ?? null;
  if (Array.isArray(scenario.cookies) && scenario.cookies.length) expect.cookiesNotSent = r.cookiesNotSent ?? null;
  expect.exchangeHeaders = r.exchanges.map(e => ({
    kind: e.kind, headers: Object.fromEntries(RECORDED_HEADERS.map(n => [n, header(e, n)])),
  }));
  return expect;
}

function runAll(files) {
  const run = spawnSync('nice', [process.execPath, path.join(here, 'run-chromium.mjs'), '--json', ...files],
                        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024 });
  const results = new Map();
  for (const line of run.stdout.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    results.set(path.resolve(r.file), r);
  }
  return results;
}

async function main() {
  const args = process.argv.slice(2);
  let runs = 2, out = null, dryRun = false;
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--runs') runs = Math.max(1, Number(args[++i]) || 1);
    else if (args[i] === '--out') out = path.resolve(args[++i]);
    else if (args[i] === '--dry-run') dryRun = true;
    else if (args[i].startsWith('--')) { process.stderr.write(`unknown option ${args[i]}\n`); process.exit(2); }
    else files.push(path.resolve(args[i]));
  }
  if (!files.length) { process.stderr.write('usage: node tests/browser/record-goldens.mjs [--runs N] [--out DIR] [--dry-run] DRAFT.cors.json...\n'); process.exit(2); }

  const drafts = files.map(file => ({ file, s: JSON.parse(fs.readFileSync(file, 'utf8')) }));
  const observed = new Map(files.map(f => [f, []]));
  for (let i = 0; i < runs; i++) {
    const results = runAll(files);
    for (const f of files) observed.get(f).push(results.get(f) ?? { failure: 'no result' });
  }

  let bad = 0;
  for (const { file, s } of drafts) {
    const name = path.basename(file);
    const rs = observed.get(file);
    const failure = rs.find(r => r.failure);
    if (failure) { bad++; process.stdout.write(`FAILED ${name}: ${failure.failure}\n`); continue; }
    const expects = rs.map(r => expectOf(s, r));
    const texts = expects.map(e => JSON.stringify(e));
    if (texts.some(t => t !== texts[0])) {
      bad++;
      process.stdout.write(`FLAKY  ${name}:\n${texts.map(t => '    ' + t).join('\n')}\n`);
      continue;
    }
    const { expect: _old, ...rest } = s;
    const recorded = { ...rest, expect: expects[0] };
    const target = out ? path.join(out, name) : file;
    if (dryRun) process.stdout.write(`${name}: ${texts[0]}\n`);
    else {
      fs.writeFileSync(target, JSON.stringify(recorded, null, 2) + '\n');
      process.stdout.write(`ok     ${name}\n`);
    }
  }
  process.stdout.write(`${drafts.length - bad} of ${drafts.length} recorded${bad ? `, ${bad} not (failed or flaky)` : ''}\n`);
  process.exitCode = bad ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
