#!/usr/bin/env node
// Writes the draft scenarios (issue 11: cookies, Fetch Metadata, Referer, CORP, COEP, framing; issue 14:
// firefox, the Chromium/Firefox differences) as
// DIR/<name>.cors.json, without `expect`; record them with
//   node tests/browser/record-goldens.mjs --out tests/data/golden DIR/*.cors.json
//
//   node tests/browser/drafts/write-drafts.mjs DIR [TOPIC...]     (TOPIC: cookies fetch-metadata referer corp coep frame firefox)
import fs from 'node:fs';
import path from 'node:path';

const TOPICS = ['cookies', 'fetch-metadata', 'referer', 'corp', 'coep', 'frame', 'firefox'];
const [dir, ...wanted] = process.argv.slice(2);
if (!dir) { process.stderr.write('usage: node tests/browser/drafts/write-drafts.mjs DIR [TOPIC...]\n'); process.exit(2); }
fs.mkdirSync(dir, { recursive: true });
const names = new Set();
let count = 0;
for (const topic of wanted.length ? wanted : TOPICS) {
  const { default: drafts } = await import(`./${topic}.mjs`);
  for (const { name, s } of drafts) {
    if (names.has(name)) throw new Error(`two drafts named ${name}`);
    names.add(name);
    fs.writeFileSync(path.join(dir, `${name}.cors.json`), JSON.stringify(s, null, 2) + '\n');
    count++;
  }
  process.stdout.write(`${topic}: ${drafts.length}\n`);
}
process.stdout.write(`${count} drafts in ${dir}\n`);
