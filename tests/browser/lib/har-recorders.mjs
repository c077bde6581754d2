// Two ways to record a HAR of one page run in real Chromium, plus the browser's own account of every
// request (the DevTools protocol's Network events) to compare the HAR's reader with.
//
// DevToolsRecorder: Chrome DevTools itself writes the HAR. Chromium is started with
// --remote-debugging-pipe (this tool's control connection) and --remote-debugging-port (the
// frontend's). For each page a fresh browser context gets the page's tab, and a second tab opens
// Chromium's own bundled DevTools frontend (/devtools/inspector.html from the remote-debugging HTTP
// endpoint, the same files as devtools://devtools/bundled/) connected to that tab with ?ws=. The Network
// panel is shown and records the page run; then its own export is called, the one behind the Network
// panel's "Export HAR" toolbar button and menu: NetworkLogView.exportAll({sanitize}) (sanitized: the
// default button, Cookie / Set-Cookie / Authorization removed; not sanitized: "Export HAR (with
// sensitive data)"). The frontend saves through InspectorFrontendHost, which in a tab is a download
// of a blob; Browser.setDownloadBehavior catches it. No field of the HAR is written here.
//
// PlaywrightRecorder: playwright-core's chromium.launch({executablePath: /usr/bin/chromium}) and
// browser.newContext({recordHar}) (Playwright's harTracer writes the HAR when the context closes).
//
// NetworkTruth collects Network.requestWillBeSent / responseReceived / loadingFailed /
// loadingFinished from the tool's own session on the page (a CDP session of its own in both cases).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser } from './cdp.mjs';
import { freePort } from './nginx-configs.mjs';
import { classifyLoadingFailed } from './classify.mjs';

export const CHROMIUM = process.env.CORSLAB_CHROMIUM ?? '/usr/bin/chromium';
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

// Switches for a root user on a closed network; plus HTTPS-Upgrades off (the pages are http).
export const COMMON_SWITCHES = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-extensions', '--disable-default-apps', '--password-store=basic', '--use-mock-keychain'];

// ---------- the browser's own account ----------

export class NetworkTruth {
  constructor() { this.requests = new Map(); this.order = []; }

  event(method, p) {
    switch (method) {
      case 'Network.requestWillBeSent': {
        let r = this.requests.get(p.requestId);
        if (!r) {
          r = { requestId: p.requestId, url: p.request.url, method: p.request.method, type: p.type ?? null,
                initiator: p.initiator?.type ?? null, hops: [p.request.url], statuses: [], failure: null, finished: false, fromCache: false };
          this.requests.set(p.requestId, r);
          this.order.push(r);
        } else {
          if (p.redirectResponse) r.statuses.push(p.redirectResponse.status);
          r.hops.push(p.request.url);
        }
        return;
      }
      case 'Network.responseReceived': { const r = this.requests.get(p.requestId); if (r) r.status = p.response.status; return; }
      case 'Network.requestServedFromCache': { const r = this.requests.get(p.requestId); if (r) r.fromCache = true; return; }
      case 'Network.loadingFailed': { const r = this.requests.get(p.requestId); if (r) r.failure = p; return; }
      case 'Network.loadingFinished': { const r = this.requests.get(p.requestId); if (r) r.finished = true; return; }
    }
  }

  // Every request the page's script made (not the document, not preflights), in the order they
  // started, each joined to the plan item that made it (same method and URL, in order) and what script
  // saw of it. {method, url, sameOrigin, blocked, corsError, failedParameter, error, netError,
  // blockedReason, hops, plan (index or null), script {failed, error, status, type}}.
  requestsOf(pageOrigin, plan, results) {
    const methodOf = r => (['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'].includes(r.method.toUpperCase()) ? r.method.toUpperCase() : r.method);
    const urlOf = u => { try { return new URL(u).href; } catch { return u; } };
    let next = 0;
    const out = [];
    for (const r of this.order) {
      if (r.type === 'Preflight' || r.initiator === 'preflight' || r.type === 'Document') continue;
      if (!/^https?:/.test(r.url)) continue;
      let k = next;
      while (k < plan.length && !(methodOf(plan[k]) === r.method && urlOf(plan[k].url) === r.url)) k++;
      const item = k < plan.length ? k : null;
      if (item !== null) next = k + 1;
      const script = item !== null ? results[item] ?? null : null;
      const f = r.failure;
      const cls = f ? classifyLoadingFailed(f) : null;
      out.push({
        method: r.method, url: r.url, sameOrigin: new URL(r.url).origin === pageOrigin,
        blocked: script ? script.failed : !!(f && !f.canceled),
        corsError: f?.corsErrorStatus?.corsError ?? null,
        failedParameter: f?.corsErrorStatus ? (f.corsErrorStatus.failedParameter ?? '') : null,
        error: cls?.error ?? null, netError: f?.errorText ?? null, blockedReason: f?.blockedReason ?? null,
        hops: r.hops, statuses: r.statuses, status: r.status ?? null, fromCache: r.fromCache, plan: item, script,
      });
    }
    return out;
  }
}

// ---------- DevTools writes it ----------

export class DevToolsRecorder {
  static async launch({ rules, switches = [], workDir, log = () => {} }) {
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corslab-har-devtools-'));
    const downloads = path.join(workDir, 'downloads');
    fs.mkdirSync(downloads, { recursive: true });
    const port = await freePort();
    const browser = await Browser.launch({
      executable: CHROMIUM, logFile: path.join(userDataDir, 'chromium.log'),
      args: [...COMMON_SWITCHES, '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable', ...switches, `--user-data-dir=${userDataDir}`,
        '--remote-debugging-pipe', `--remote-debugging-port=${port}`, `--remote-allow-origins=http://127.0.0.1:${port}`,
        `--host-resolver-rules=${rules}`, 'about:blank'],
    });
    const recorder = new DevToolsRecorder(browser, port, userDataDir, downloads, log);
    const version = await browser.send('Browser.getVersion');
    recorder.version = version.product.replace(/^(Headless)?Chrome\//, '');
    await browser.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: downloads, eventsEnabled: true });
    browser.on((method, p) => {
      if (method === 'Browser.downloadProgress' && (p.state === 'completed' || p.state === 'canceled')) {
        recorder.downloads.set(p.guid, p);
        for (const w of recorder.downloadWaiters) w();
      }
    });
    return recorder;
  }

  constructor(browser, port, userDataDir, downloadDir, log) {
    Object.assign(this, { browser, port, userDataDir, downloadDir, log });
    this.downloads = new Map();
    this.downloadWaiters = new Set();
  }

  async #evaluate(sessionId, expression, timeoutMs = 30000) {
    const call = this.browser.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
    const r = await Promise.race([call, sleep(timeoutMs).then(() => { throw new Error(`evaluation timed out: ${expression.slice(0, 80)}`); })]);
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  }

  async #poll(what, fn, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await fn().catch(() => null);
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(100);
    }
  }

  async #download(guidsBefore, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const fresh = [...this.downloads.values()].find(d => !guidsBefore.has(d.guid));
      if (fresh) {
        if (fresh.state !== 'completed') throw new Error('the DevTools export download was cancelled');
        return fresh.filePath ?? path.join(this.downloadDir, fresh.guid);
      }
      if (Date.now() > deadline) throw new Error('the DevTools export did not download');
      await new Promise(resolve => { const w = () => { this.downloadWaiters.delete(w); resolve(); }; this.downloadWaiters.add(w); setTimeout(w, 200); });
    }
  }

  // Runs one page; writes the HARs to exports {sanitize: false|true -> path}. Returns {truth, results}.
  async recordPage({ pageUrl, readyUrl, cookies, exports, timeoutMs }) {
    const b = this.browser;
    const truth = new NetworkTruth();
    const { browserContextId } = await b.send('Target.createBrowserContext', { disposeOnDetach: false });
    const targets = [];
    try {
      const { targetId } = await b.send('Target.createTarget', { url: 'about:blank', browserContextId });
      targets.push(targetId);
      const { sessionId } = await b.send('Target.attachToTarget', { targetId, flatten: true });
      let recording = false;
      const off = b.on((method, p, s) => { if (s === sessionId && recording) truth.event(method, p); });
      try {
        await b.send('Network.enable', {}, sessionId);
        await b.send('Page.enable', {}, sessionId);
        await b.send('Runtime.enable', {}, sessionId);
        await b.send('Network.setCookies', { cookies }, sessionId);

        // The frontend, in a tab of its own (default context), on the page's tab.
        const frontendUrl = `http://127.0.0.1:${this.port}/devtools/inspector.html?ws=127.0.0.1:${this.port}/devtools/page/${targetId}`;
        const fe = await b.send('Target.createTarget', { url: frontendUrl });
        targets.push(fe.targetId);
        const { sessionId: feSession } = await b.send('Target.attachToTarget', { targetId: fe.targetId, flatten: true });
        await b.send('Runtime.enable', {}, feSession);
        await this.#poll('the DevTools frontend to connect', () => this.#evaluate(feSession,
          `(async () => { const SDK = await import('./core/sdk/sdk.js');
             const t = SDK.TargetManager.TargetManager.instance().primaryPageTarget();
             return !!(t && t.model(SDK.NetworkManager.NetworkManager)); })()`, 5000), 30000);
        await this.#evaluate(feSession, `(async () => { const UI = await import('./ui/legacy/legacy.js');
             await UI.ViewManager.ViewManager.instance().showView('network'); return true; })()`);
        // A first navigation the frontend must see: then it records everything the real page does.
        await b.send('Page.navigate', { url: readyUrl }, sessionId);
        await this.#poll('the Network panel to record the ready page', () => this.#evaluate(feSession,
          `(async () => { const Logs = await import('./models/logs/logs.js');
             return Logs.NetworkLog.NetworkLog.instance().requests().some(r => r.url() === ${JSON.stringify(readyUrl)} && r.finished); })()`, 5000), 30000);

        recording = true;
        await b.send('Page.navigate', { url: pageUrl }, sessionId);
        const results = await this.#poll('the page to finish', () => this.#evaluate(sessionId,
          `window.__harAgreement && window.__harAgreement.done ? window.__harAgreement.results : null`, 5000), timeoutMs);
        await sleep(500);   // loadingFinished of the last request
        recording = false;

        for (const [sanitize, file] of exports) {
          const before = new Set(this.downloads.keys());
          const n = await this.#evaluate(feSession, `(async () => { const Network = await import('./panels/network/network.js');
             const view = Network.NetworkPanel.NetworkPanel.instance().networkLogView;
             const n = view.harRequests().length; await view.exportAll({sanitize: ${sanitize}}); return n; })()`);
          const saved = await this.#download(before, 30000);
          fs.renameSync(saved, file);
          this.log(`devtools: exported ${n} requests${sanitize ? ' (sanitized)' : ''} to ${file}`);
        }
        return { truth, results };
      } finally {
        off();
      }
    } finally {
      for (const t of targets.reverse()) await b.send('Target.closeTarget', { targetId: t }).catch(() => {});
      await Promise.race([b.send('Target.disposeBrowserContext', { browserContextId }).catch(() => {}), sleep(3000)]);
    }
  }

  async close() {
    await this.browser.close().catch(() => {});
    this.browser.kill();
    try { fs.rmSync(this.userDataDir, { recursive: true, force: true }); } catch {}
  }
}

// ---------- Playwright writes it ----------

export class PlaywrightRecorder {
  static async launch({ rules, switches = [], log = () => {} }) {
    let chromium;
    try { ({ chromium } = await import('playwright-core')); }
    catch (e) { throw new Error(`playwright-core is missing: run "npm ci" in tests/browser (${e.message})`); }
    // Playwright adds its own switches (--headless, --no-sandbox, --disable-features=HttpsUpgrades,...,
    // --disable-background-networking, ...); another --disable-features would replace its list.
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync', ...switches, `--host-resolver-rules=${rules}`] });
    const recorder = new PlaywrightRecorder(browser, log);
    recorder.version = browser.version();
    return recorder;
  }

  constructor(browser, log) { this.browser = browser; this.log = log; }

  async recordPage({ pageUrl, cookies, harPath, timeoutMs }) {
    const truth = new NetworkTruth();
    const context = await this.browser.newContext({ recordHar: { path: harPath } });
    try {
      await context.addCookies(cookies.map(c => ({ name: c.name, value: c.value, ...(c.url ? { url: c.url } : { domain: c.domain, path: c.path }),
                                                    sameSite: c.sameSite, ...(c.secure ? { secure: true } : {}) })));
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      let recording = true;
      for (const m of ['Network.requestWillBeSent', 'Network.responseReceived', 'Network.requestServedFromCache', 'Network.loadingFailed', 'Network.loadingFinished'])
        cdp.on(m, p => { if (recording) truth.event(m, p); });
      await cdp.send('Network.enable');
      await page.goto(pageUrl, { timeout: 30000 });
      await page.waitForFunction(() => window.__harAgreement && window.__harAgreement.done, null, { timeout: timeoutMs, polling: 100 });
      const results = await page.evaluate(() => window.__harAgreement.results);
      await page.waitForTimeout(500);
      recording = false;
      await cdp.detach().catch(() => {});
      return { truth, results };
    } finally {
      await context.close();   // writes the HAR
      this.log(`playwright: wrote ${harPath}`);
    }
  }

  async close() { await this.browser.close().catch(() => {}); }
}
