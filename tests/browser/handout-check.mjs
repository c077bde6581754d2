#!/usr/bin/env node
// Opens a handout (corslab-cli export --html) in headless Chromium and checks that it stands alone:
// every network request is recorded over the DevTools protocol, and anything besides the file itself
// fails the check, as does a console error (a Content-Security-Policy refusal would be one). Then the
// page's parts are counted in the DOM (a section, an SVG diagram with arrows, the triple, the steps)
// and a screenshot of the whole page is taken.
//
//   node tests/browser/handout-check.mjs HANDOUT.html [--screenshot OUT.png] [--width PX]
//
// Exit 0 when the page is whole, 1 when not, 77 when Chromium is not installed (ctest's skip).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Browser } from './lib/cdp.mjs';

const CHROMIUM = process.env.CORSLAB_CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT_MS = 20000;

function usage(code) {
  (code ? process.stderr : process.stdout).write('usage: node tests/browser/handout-check.mjs HANDOUT.html [--screenshot OUT.png] [--width PX]\n');
  process.exit(code);
}

function parseArgs(argv) {
  const options = { file: null, screenshot: null, width: 1200 };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    if (arg === '--screenshot') options.screenshot = argv[++i];
    else if (arg === '--width') options.width = Number(argv[++i]);
    else if (arg === '-h' || arg === '--help') usage(0);
    else if (!options.file) options.file = arg;
    else usage(2);
  }
  if (!options.file || (options.screenshot === undefined)) usage(2);
  return options;
}

// What the DOM says the page holds.
const PARTS = `(() => {
  const svgs = [...document.querySelectorAll('figure svg')];
  return {
    title: document.title,
    sections: document.querySelectorAll('section.scenario').length,
    banners: document.querySelectorAll('.banner .headline').length,
    triples: document.querySelectorAll('table.triple').length,
    tripleCells: document.querySelectorAll('table.triple td.equal, table.triple td.different').length,
    steps: document.querySelectorAll('ol.steps li').length,
    specLinks: document.querySelectorAll('ol.steps a.spec[href^="https://"]').length,
    diagrams: svgs.length,
    drawnDiagrams: svgs.filter(svg => svg.getBBox().width > 100 && svg.getBBox().height > 100).length,
    arrows: document.querySelectorAll('svg .request-arrow').length,
    height: document.documentElement.scrollHeight,
  };
})()`;

function withTimeout(promise, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), TIMEOUT_MS); })])
    .finally(() => clearTimeout(timer));
}

async function check(options) {
  const file = path.resolve(options.file);
  if (!fs.existsSync(file)) throw new Error(`${file}: not there`);
  const fileUrl = pathToFileURL(file).href;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corslab-handout-'));
  const browser = await Browser.launch({
    executable: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--remote-debugging-pipe', `--user-data-dir=${userDataDir}`, '--no-first-run',
      '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-extensions', '--disable-default-apps', '--hide-scrollbars', 'about:blank'],
  });
  const requests = [];
  const problems = [];
  try {
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
    let loaded;
    const loadFired = new Promise(resolve => { loaded = resolve; });
    browser.on((method, params, session) => {
      if (session !== sessionId) return;
      if (method === 'Network.requestWillBeSent') requests.push(params.request.url);
      else if (method === 'Log.entryAdded' && params.entry.level === 'error') problems.push(`console: ${params.entry.text}`);
      else if (method === 'Runtime.exceptionThrown') problems.push(`exception: ${params.exceptionDetails.text}`);
      else if (method === 'Page.loadEventFired') loaded();
    });
    await Promise.all(['Network.enable', 'Page.enable', 'Log.enable', 'Runtime.enable'].map(m => browser.send(m, {}, sessionId)));
    await browser.send('Emulation.setDeviceMetricsOverride', { width: options.width, height: 900, deviceScaleFactor: 1, mobile: false }, sessionId);
    await browser.send('Page.navigate', { url: fileUrl }, sessionId);
    await withTimeout(loadFired, 'the load event');
    await new Promise(resolve => setTimeout(resolve, 500));   // anything late (fonts, lazy loads) shows up too
    const parts = (await browser.send('Runtime.evaluate', { expression: PARTS, returnByValue: true }, sessionId)).result.value;

    const strip = url => url.split('#')[0];
    for (const url of requests) {
      if (strip(url) !== fileUrl) problems.push(`requested something besides the file: ${url}`);
    }
    if (!requests.some(url => strip(url) === fileUrl)) problems.push('the file itself was never requested');
    if (parts.sections < 1) problems.push('no scenario section');
    if (parts.banners !== parts.sections) problems.push(`${parts.banners} banners for ${parts.sections} sections`);
    if (parts.diagrams !== parts.sections || parts.drawnDiagrams !== parts.diagrams)
      problems.push(`${parts.drawnDiagrams} of ${parts.diagrams} diagrams drawn for ${parts.sections} sections`);
    if (parts.triples !== parts.sections || parts.tripleCells < 4) problems.push(`${parts.triples} triples, ${parts.tripleCells} cells`);
    if (parts.steps < 1 || parts.specLinks !== parts.steps) problems.push(`${parts.specLinks} spec links for ${parts.steps} steps`);
    if (parts.arrows < parts.sections) problems.push(`${parts.arrows} request arrows`);

    if (options.screenshot) {
      await browser.send('Emulation.setDeviceMetricsOverride', { width: options.width, height: Math.min(parts.height, 16000), deviceScaleFactor: 1, mobile: false }, sessionId);
      const { data } = await browser.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true }, sessionId);
      fs.writeFileSync(options.screenshot, Buffer.from(data, 'base64'));
    }
    return { file, requests, parts, problems };
  } finally {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

const options = parseArgs(process.argv.slice(2));
if (!fs.existsSync(CHROMIUM)) {
  process.stdout.write(`${CHROMIUM} is not installed: skipped\n`);
  process.exit(77);
}
try {
  const result = await check(options);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  process.exit(result.problems.length ? 1 : 0);
} catch (error) {
  process.stderr.write(`handout-check: ${error.message}\n`);
  process.exit(1);
}
