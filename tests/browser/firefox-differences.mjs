#!/usr/bin/env node
// Where Firefox and Chromium differ, from the recordings in the golden files alone (no browser runs):
// every tests/data/golden/*.cors.json with both `expect` (chromium-156) and `expectFirefox`
// (firefox-153) is compared field by field. A field the file's `expect` does not record (older goldens
// have no preflight or exchangeHeaders) is not compared.
//
//   node tests/browser/firefox-differences.mjs [--list FIELD] [--headers] [GOLDEN...]
//
// --list FIELD   also list the goldens differing on FIELD (preflight, sent, blocked, readable, error,
//                exchangeHeaders), with both values
// --headers      count the exchangeHeaders differences by header name
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const goldenDir = path.resolve(here, '../data/golden');
const FIELDS = ['preflight', 'sent', 'blocked', 'readable', 'error', 'exchangeHeaders'];

const args = process.argv.slice(2);
const lists = new Set();
let headers = false;
let files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--list') lists.add(args[++i]);
  else if (args[i] === '--headers') headers = true;
  else files.push(args[i]);
}
if (!files.length) files = fs.readdirSync(goldenDir).filter(f => f.endsWith('.cors.json')).sort().map(f => path.join(goldenDir, f));

const counts = Object.fromEntries(FIELDS.map(f => [f, { compared: 0, differ: [] }]));
const byHeader = new Map();
let recorded = 0, withoutFirefox = [];
for (const file of files) {
  const s = JSON.parse(fs.readFileSync(file, 'utf8'));
  const name = path.basename(file, '.cors.json');
  if (!s.expectFirefox) { withoutFirefox.push(name); continue; }
  recorded++;
  const c = s.expect ?? {}, f = s.expectFirefox;
  for (const field of FIELDS) {
    if (c[field] === undefined) continue;
    counts[field].compared++;
    const a = JSON.stringify(c[field]), b = JSON.stringify(f[field]);
    if (a === b) continue;
    counts[field].differ.push({ name, chromium: c[field], firefox: f[field], reason: f.firefoxReason });
    if (field === 'exchangeHeaders') {
      const n = Math.max(c[field].length, f[field].length);
      for (let i = 0; i < n; i++) {
        const x = c[field][i], y = f[field][i];
        if (!x || !y || x.kind !== y.kind) { const k = `(exchange ${x?.kind ?? 'none'} vs ${y?.kind ?? 'none'})`; byHeader.set(k, [...(byHeader.get(k) ?? []), name]); continue; }
        for (const h of Object.keys(x.headers)) if (x.headers[h] !== y.headers[h]) byHeader.set(h, [...(byHeader.get(h) ?? []), name]);
      }
    }
  }
}

process.stdout.write(`${recorded} goldens with expectFirefox${withoutFirefox.length ? `, ${withoutFirefox.length} without: ${withoutFirefox.join(', ')}` : ''}\n\n`);
process.stdout.write('| field | compared | differ |\n| --- | --- | --- |\n');
for (const field of FIELDS) process.stdout.write(`| ${field} | ${counts[field].compared} | ${counts[field].differ.length} |\n`);
const any = new Set(FIELDS.flatMap(f => counts[f].differ.map(d => d.name)));
process.stdout.write(`\n${any.size} goldens differ on at least one field\n`);
if (headers) {
  process.stdout.write('\nexchangeHeaders differences by header (goldens):\n');
  for (const [h, names] of [...byHeader].sort((a, b) => b[1].length - a[1].length))
    process.stdout.write(`  ${h}: ${new Set(names).size}\n`);
}
for (const field of lists) {
  process.stdout.write(`\n${field}:\n`);
  for (const d of counts[field]?.differ ?? [])
    process.stdout.write(field === 'exchangeHeaders' ? `  ${d.name}\n`
      : `  ${d.name}: chromium ${JSON.stringify(d.chromium)}, firefox ${JSON.stringify(d.firefox)}${d.reason ? ` (${d.reason})` : ''}\n`);
}
