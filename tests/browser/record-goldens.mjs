#!/usr/bin/env node
// Records what Chromium 156 does with draft scenarios: runs them through run-chromium.mjs and writes
// the observed `expect` into each file (source "chromium-156"), so a golden's expectation is never
// written by hand and can be recorded again at any time. With --engine firefox, runs them through
// run-firefox.mjs instead and writes `expectFirefox` (source "firefox-153"), leaving `expect` as it is.
//
//   node tests/browser/record-goldens.mjs [--engine chromium|firefox] [--runs N] [--out DIR] [--dry-run] DRAFT.cors.json...
//
// --runs N   run every draft N times (default 2); a draft whose runs disagree on any recorded field, or
//            that fails to run (timeout, ...), is NOT written and is listed as flaky / failed
// --out DIR  write the recorded files into DIR (default: over the drafts themselves)
// --dry-run  print what would be recorded, write nothing
//
// Recorded: preflight, sent, blocked, readable, error, message (when blocked), cookiesNotSent (when
// the scenario's jar has cookies), and exchangeHeaders: per exchange in wire order {kind, headers} with the
// values of Origin, Cookie, Referer, Sec-Fetch-Site, Sec-Fetch-Mode, Sec-Fetch-Dest, Sec-Fetch-User
// (null when absent). expectFirefox has the same fields, less cookiesNotSent (Firefox reports no
// per-cookie reasons; the Cookie header of exchangeHeaders shows what went), plus firefoxReason (the key of
// Firefox's string for the block, "ORB", or the net error's name; null when none).
// Exit status 0 when every draft was recorded.
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

export const ENGINES = {
  chromium: { runner: 'run-chromium.mjs', field: 'expect', source: 'chromium-156' },
  firefox: { runner: 'run-firefox.mjs', field: 'expectFirefox', source: 'firefox-153' },
};

export function expectOf(scenario, r, engine = 'chromium') {
  const expect = { source: ENGINES[engine].source, preflight: r.preflight, sent: r.sent, blocked: r.blocked, readable: r.readable,
                   error: r.error ?? null };
  if (r.blocked) expect.message = r.message ?? null;
  if (engine === 'firefox') expect.firefoxReason = r.firefoxReason ?? null;
  else if (Array.isArray(scenario.cookies) && scenario.cookies.length) expect.cookiesNotSent = r.cookiesNotSent ?? null;
  expect.exchangeHeaders = r.exchanges.map(e => ({
    kind: e.kind, headers: Object.fromEntries(RECORDED_HEADERS.map(n => [n, header(e, n)])),
  }));
  return expect;
}

function runAll(files, engine) {
  const run = spawnSync('nice', [process.execPath, path.join(here, ENGINES[engine].runner), '--json', ...files],
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
  let runs = 2, out = null, dryRun = false, engine = 'chromium';
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--runs') runs = Math.max(1, Number(args[++i]) || 1);
    else if (args[i] === '--out') out = path.resolve(args[++i]);
    else if (args[i] === '--dry-run') dryRun = true;
    else if (args[i] === '--engine') {
      engine = args[++i];
      if (!ENGINES[engine]) { process.stderr.write(`--engine is chromium or firefox, not ${engine}\n`); process.exit(2); }
    }
    else if (args[i].startsWith('--')) { process.stderr.write(`unknown option ${args[i]}\n`); process.exit(2); }
    else files.push(path.resolve(args[i]));
  }
  if (!files.length) { process.stderr.write('usage: node tests/browser/record-goldens.mjs [--engine chromium|firefox] [--runs N] [--out DIR] [--dry-run] DRAFT.cors.json...\n'); process.exit(2); }

  const drafts = files.map(file => ({ file, s: JSON.parse(fs.readFileSync(file, 'utf8')) }));
  const observed = new Map(files.map(f => [f, []]));
  for (let i = 0; i < runs; i++) {
    const results = runAll(files, engine);
    for (const f of files) observed.get(f).push(results.get(f) ?? { failure: 'no result' });
  }

  let bad = 0;
  for (const { file, s } of drafts) {
    const name = path.basename(file);
    const rs = observed.get(file);
    const failure = rs.find(r => r.failure);
    if (failure) { bad++; process.stdout.write(`FAILED ${name}: ${failure.failure}\n`); continue; }
    const expects = rs.map(r => expectOf(s, r, engine));
    const texts = expects.map(e => JSON.stringify(e));
    if (texts.some(t => t !== texts[0])) {
      bad++;
      process.stdout.write(`FLAKY  ${name}:\n${texts.map(t => '    ' + t).join('\n')}\n`);
      continue;
    }
    let recorded;
    if (engine === 'chromium') {
      const { expect: _old, ...rest } = s;
      recorded = { ...rest, expect: expects[0] };
    } else {
      // Beside `expect` (kept as it is), in place when there was one already.
      recorded = { ...s, [ENGINES[engine].field]: expects[0] };
    }
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
