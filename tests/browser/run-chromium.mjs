#!/usr/bin/env node
// Performs corslab scenarios in real Chromium (Debian's /usr/bin/chromium) and reports what the
// browser did, in the terms of the project's verdict JSON (docs/scenario-format.md).
//
//   node tests/browser/run-chromium.mjs [--json] [--pass-through ORIGIN]... FILE.cors.json...
//
// One headless Chromium for all files, a fresh browser context per scenario. Every origin of every
// scenario is served from its own loopback port; Chromium's --host-resolver-rules maps
// "host:port" to "127.0.0.1:realport", so URLs, Host headers, origins and console texts keep the
// scenario's host names AND ports: nothing is rewritten. Unknown hosts resolve to nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser } from './lib/cdp.mjs';
import { LoopbackServers, wireUrl } from './lib/server.mjs';
import { REPORT_PREFIX } from './lib/harness.mjs';
import { isHttp, effectivePort, hostPortKey, isLoopbackName, parse, scenarioUrls, prepareScenario,
         parseCommandLine, loadScenarios, describe } from './lib/scenario.mjs';
import { buildVerdict, cookieVerdict } from './lib/verdict.mjs';
import { certDir, identity } from './lib/identity.mjs';

const TIMEOUT_MS = 10000;
const CHROMIUM = process.env.CORSLAB_CHROMIUM ?? '/usr/bin/chromium';

function usage(code) {
  (code ? process.stderr : process.stdout).write(
`usage: node tests/browser/run-chromium.mjs [--json] [--pass-through ORIGIN]... FILE.cors.json...
  --json               one verdict object per line
  --pass-through ORIGIN  do not serve ORIGIN (e.g. http://127.0.0.1:8081): its requests go to the
                       server already listening on 127.0.0.1 at that origin's port; repeatable
  --cdp-log FILE       append every DevTools protocol event to FILE (debugging)
The test certificate (for an https pass-through server) is ${certDir()}/cert.pem, key.pem.
`);
  process.exit(code);
}

// ---------- one scenario ----------

class Runner {
  // scenario.browser: settings of the browser itself (see main: one browser per setting).
  async applyBrowserSettings(scenario, sessionId) {}

  constructor(browser, servers, passThrough, cdpLog) {
    this.browser = browser;
    this.servers = servers;
    this.passThrough = passThrough;   // Set of origins
    this.cdpLog = cdpLog;
  }

  async run(file, scenario) {
    const request = scenario.request;
    const prepared = prepareScenario(scenario, this.passThrough);
    if (prepared.failure) return { file, failure: prepared.failure };
    const { token, config, routes, jar, documents, startUrl } = prepared;

    const log = [];
    const state = { routes, documents, log, onLog: null };
    const consoleTexts = [];
    const failures = [];
    const requests = new Map();   // requestId -> {urls, method, type, hops: [], extra: [], responses: []}
    const wireOrder = [];         // pass-through exchanges (DevTools protocol), merged into the log
    let observation = null, navigating = false, finished = false;
    // 'cookies' while the jar is being filled (only set-time cookie events count), then 'page'.
    let phase = jar.length ? 'cookies' : 'page';
    const cookieRequests = new Map();   // requestId -> url, in the cookie phase
    let cookieEntry = null;             // the jar entry being set
    let loaded = null;                  // resolves on the tab's next load event
    let mainSession = null;
    let storedCookies = [];
    let finish, settleTimer = null;
    const done = new Promise(resolve => { finish = resolve; });
    const settle = ms => { clearTimeout(settleTimer); settleTimer = setTimeout(() => finish('done'), ms); };
    const isInternal = url => documents.some(d => d.url === url) || /\/favicon\.ico$/.test(url) && !/\/favicon\.ico$/.test(request.url);
    const blockingText = text => /^(Mixed Content: .* This request has been blocked|Blocked form submission to )/.test(text);

    state.onLog = entry => {
      if (navigating && !entry.internal && !(entry.status >= 300 && entry.status < 400)) settle(scenario.pageSandboxed ? 150 : 500);
    };

    let context = null;
    const sessions = new Set();
    const setupSession = async (sessionId, isPage) => {
      sessions.add(sessionId);
      const calls = [
        this.browser.send('Network.enable', {}, sessionId),
        this.browser.send('Runtime.enable', {}, sessionId),
        this.browser.send('Log.enable', {}, sessionId),
        this.browser.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId),
      ];
      if (isPage) calls.push(this.browser.send('Page.enable', {}, sessionId));
      await Promise.all(calls.map(p => p.catch(() => {})));
      if (!isPage) await this.browser.send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => {});
    };

    const onEvent = (method, p, sessionId) => {
      if (this.cdpLog) fs.appendFileSync(this.cdpLog, JSON.stringify({ method, sessionId, params: p }) + '\n');
      if (finished) return;
      if (method === 'Target.attachedToTarget') {
        if (p.targetInfo.browserContextId && context && p.targetInfo.browserContextId !== context) return;
        setupSession(p.sessionId, false);
        return;
      }
      if (sessionId && !sessions.has(sessionId)) return;
      if (phase === 'cookies') {
        if (method === 'Network.requestWillBeSent') cookieRequests.set(p.requestId, p.request.url);
        else if (method === 'Network.responseReceivedExtraInfo' && cookieEntry) {
          cookieEntry.setTime.push({ requestId: p.requestId, headers: p.headers, blockedCookies: p.blockedCookies ?? [],
                                     exemptedCookies: p.exemptedCookies ?? [], cookiePartitionKey: p.cookiePartitionKey ?? null,
                                     cookiePartitionKeyOpaque: p.cookiePartitionKeyOpaque ?? false });
        } else if (method === 'Page.loadEventFired' && sessionId === mainSession) loaded?.();
        return;
      }
      switch (method) {
        case 'Runtime.consoleAPICalled': {
          const first = p.args?.[0]?.value;
          if (typeof first === 'string' && first.startsWith(REPORT_PREFIX)) {
            let report; try { report = JSON.parse(first.slice(REPORT_PREFIX.length)); } catch { return; }
            if (report.token !== token) return;
            observation = report;
            if (report.phase === 'navigating') {
              navigating = true;
              if (config.userActivation)
                this.browser.send('Runtime.evaluate', { expression: '__corslabGo()', userGesture: true }, sessionId).catch(() => {});
            } else settle(150);
            return;
          }
          consoleTexts.push((p.args ?? []).map(a => a.value ?? a.description ?? '').join(' '));
          return;
        }
        case 'Log.entryAdded': {
          const text = p.entry?.text ?? '';
          consoleTexts.push(text);
          if (['form', 'navigate', 'iframe'].includes(request.via) && blockingText(text)) settle(navigating ? 100 : 50);
          return;
        }
        case 'Runtime.exceptionThrown': {
          const d = p.exceptionDetails ?? {};
          consoleTexts.push(d.exception?.description ?? d.text ?? '');
          return;
        }
        case 'Network.requestWillBeSent': {
          let r = requests.get(p.requestId);
          if (!r) { r = { urls: [], method: p.request.method, type: p.type, hops: [], extra: [], responses: [] }; requests.set(p.requestId, r); }
          r.urls.push(p.request.url);
          r.hops.push({ url: p.request.url, method: p.request.method });
          return;
        }
        case 'Network.requestWillBeSentExtraInfo': {
          let r = requests.get(p.requestId);
          if (!r) { r = { urls: [], method: null, type: null, hops: [], extra: [], responses: [] }; requests.set(p.requestId, r); }
          r.extra.push({ headers: p.headers, order: wireOrder.length, associatedCookies: p.associatedCookies ?? [] });
          wireOrder.push({ requestId: p.requestId, index: r.extra.length - 1, time: process.hrtime.bigint() });
          return;
        }
        case 'Network.responseReceivedExtraInfo': {
          const r = requests.get(p.requestId);
          if (r) r.responses.push({ status: p.statusCode, headersText: p.headersText, headers: p.headers });
          return;
        }
        case 'Network.loadingFailed': {
          const r = requests.get(p.requestId);
          const url = r?.urls[0] ?? '';
          if (isInternal(url)) return;
          failures.push(p);
          if (navigating) settle(100);
          return;
        }
      }
    };

    this.servers.setState(state);
    const off = this.browser.on(onEvent);
    const timer = setTimeout(() => finish('timeout'), TIMEOUT_MS);
    let outcome;
    try {
      context = (await this.browser.send('Target.createBrowserContext', { disposeOnDetach: true })).browserContextId;
      if (finished) throw new Error('timed out');
      const { targetId } = await this.browser.send('Target.createTarget', { url: 'about:blank', browserContextId: context });
      const { sessionId } = await this.browser.send('Target.attachToTarget', { targetId, flatten: true });
      mainSession = sessionId;
      await setupSession(sessionId, true);
      await this.applyBrowserSettings(scenario, sessionId);
      const target = parse(request.url);
      // A scenario with a `cookies` list (even an empty one) gets exactly that jar; one without the
      // field keeps the old probe cookie.
      if (Array.isArray(scenario.cookies)) {
        for (const c of jar) {
          cookieEntry = c;
          const load = new Promise(resolve => { loaded = resolve; });
          const navigated = await this.browser.send('Page.navigate', { url: c.embeddedIn ?? c.url }, sessionId).catch(e => ({ errorText: e.message }));
          if (navigated?.errorText) c.navigationError = navigated.errorText;
          else await Promise.race([load, new Promise(resolve => setTimeout(resolve, 4000))]);
          if (finished) throw new Error('timed out');
        }
        cookieEntry = null;
        const all = await this.browser.send('Network.getAllCookies', {}, sessionId).catch(() => ({ cookies: [] }));
        storedCookies = all.cookies ?? [];
        for (const c of jar) for (const st of c.setTime) st.url = cookieRequests.get(st.requestId) ?? null;
        if (jar.length) log.length = 0;
        phase = 'page';
      } else if (target && isHttp(target)) {
        // A cookie on the target's host, to see whether the request carries credentials.
        const cookie = { name: 'corslab', value: '1', url: `${target.origin}/`, path: '/' };
        if (target.protocol === 'https:') Object.assign(cookie, { secure: true, sameSite: 'None' });
        await this.browser.send('Network.setCookie', cookie, sessionId).catch(() => {});
      }
      this.browser.send('Page.navigate', { url: startUrl }, sessionId).catch(e => finish('error: ' + e.message));
      outcome = await done;
    } catch (e) {
      outcome = 'error: ' + e.message;
    }
    finished = true;
    clearTimeout(timer);
    clearTimeout(settleTimer);
    off();
    if (context) {
      await Promise.race([this.browser.send('Target.disposeBrowserContext', { browserContextId: context }).catch(() => {}),
                          new Promise(resolve => setTimeout(resolve, 3000))]);
    }
    this.servers.setState(null);
    this.servers.dropConnections();

    if (outcome === 'timeout') return { file, failure: 'timed out' };
    if (outcome !== 'done') return { file, failure: outcome };

    // Pass-through origins never reach the tool's servers: their exchanges come from the DevTools
    // protocol (wire headers of requestWillBeSentExtraInfo, status of responseReceivedExtraInfo).
    const merged = [...log];
    if (this.passThrough.size) {
      for (const w of wireOrder) {
        const r = requests.get(w.requestId);
        const hop = r.hops[w.index] ?? r.hops[r.hops.length - 1];
        if (!hop) continue;
        const u = parse(hop.url);
        if (!u || !this.passThrough.has(u.origin)) continue;
        const headers = Object.entries(r.extra[w.index].headers ?? {}).flatMap(([n, v]) => String(v).split('\n').map(x => [n, x]));
        const method = r.type === 'Preflight' ? 'OPTIONS' : hop.method;
        const response = r.responses[w.index];
        const responseHeaders = response?.headersText
          ? response.headersText.split('\r\n').slice(1).filter(l => l.includes(':')).map(l => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()])
          : Object.entries(response?.headers ?? {}).flatMap(([n, v]) => String(v).split('\n').map(x => [n, x]));
        merged.push({ method, url: wireUrl(hop.url), target: u.pathname + u.search, headers, status: response?.status ?? 0,
                      responseHeaders, internal: false, time: w.time, passedThrough: true });
      }
      merged.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    }
    const verdict = buildVerdict(scenario, { log: merged, observation: observation ?? {}, failures, consoleTexts });
    if (jar.length) {
      // The main request's DevTools record: the first non-preflight hop at the main exchange's URL.
      const main = verdict.exchanges.find(e => e.kind === 'main') ?? null;
      let mainExtra = null;
      if (main) {
        for (const w of wireOrder) {
          const r = requests.get(w.requestId);
          if (!r || r.type === 'Preflight') continue;
          const hop = r.hops[w.index];
          if (hop && wireUrl(hop.url) === main.url && hop.method !== 'OPTIONS') { mainExtra = r.extra[w.index]; break; }
        }
      }
      Object.assign(verdict, cookieVerdict({ jar, stored: storedCookies, main, mainExtra }));
    }
    return { file, ...verdict, engine: this.engine };
  }
}

// ---------- main ----------

async function main() {
  const { json, passThrough, files, extra } = parseCommandLine(process.argv.slice(2), usage, ['--cdp-log']);
  const cdpLog = extra['--cdp-log'] ?? null;
  const scenarios = loadScenarios(files);

  // Ports: one listener per host:port the scenarios name (http and https share it), kept for the whole
  // run. A page origin given as http://127.0.0.1:PORT or http://localhost:PORT is served on PORT itself.
  const id = identity();
  const servers = new LoopbackServers(id);
  const keys = new Map();   // "host:port" -> real port, or the pass-through port
  const passKeys = new Map();
  for (const o of passThrough) { const u = new URL(o); passKeys.set(hostPortKey(u), effectivePort(u)); }
  const exactPorts = new Map();
  for (const { s } of scenarios) {
    if (!s) continue;
    const page = parse(s.page);
    if (page && isHttp(page) && isLoopbackName(page.hostname) && page.port) exactPorts.set(hostPortKey(page), effectivePort(page));
  }
  const byRealPort = new Map();
  for (const [key, port] of exactPorts) {
    if (passKeys.has(key)) continue;
    if (!byRealPort.has(port)) {
      try { byRealPort.set(port, await servers.listen(port)); }
      catch (e) { process.stderr.write(`cannot serve the page origin on port ${port}: ${e.message}\n`); process.exit(1); }
    }
    keys.set(key, port);
  }
  for (const { s } of scenarios) {
    if (!s) continue;
    for (const u of scenarioUrls(s)) {
      const key = hostPortKey(u);
      if (keys.has(key) || passKeys.has(key)) continue;
      keys.set(key, await servers.listen(0));
    }
  }
  const rules = [...[...passKeys].map(([key, port]) => `MAP ${key} 127.0.0.1:${port}`),
                 ...[...keys].map(([key, port]) => `MAP ${key} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'];

  // One browser per cookie setting (scenario browser.thirdPartyCookies), launched when a scenario first
  // needs it. The setting is the profile preference Chrome's settings page writes
  // (chrome://settings/cookies): profile.cookie_controls_mode 0 = "Allow third-party cookies",
  // 1 = "Block third-party cookies" (2, Chrome's default, blocks them in Incognito only; the browser
  // contexts made here per scenario are off-the-record, so 2 would block them too).
  const browsers = new Map();   // setting -> {browser, runner, userDataDir}
  const cleanups = [];
  const cleanup = () => { for (const c of cleanups) c(); };
  process.on('exit', cleanup);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { cleanup(); process.exit(130); });
  const launch = async setting => {
    if (browsers.has(setting)) return browsers.get(setting);
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corslab-chromium-'));
    fs.mkdirSync(path.join(userDataDir, 'Default'), { recursive: true });
    fs.writeFileSync(path.join(userDataDir, 'Default', 'Preferences'),
                     JSON.stringify({ profile: { cookie_controls_mode: setting === 'block' ? 1 : 0 } }));
    const browser = await Browser.launch({
      executable: CHROMIUM,
      logFile: path.join(userDataDir, 'chromium.log'),
      args: ['--headless=new', '--no-sandbox', '--remote-debugging-pipe', `--user-data-dir=${userDataDir}`,
        `--host-resolver-rules=${rules.join(', ')}`, `--ignore-certificate-errors-spki-list=${id.spkiHash}`,
        '--no-proxy-server', '--no-first-run', '--no-default-browser-check', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-extensions', '--disable-default-apps',
        // HTTPS-Upgrades would turn the scenario's http navigations (an http page, a link to http) into
        // https ones; the scenarios mean http.
        '--disable-features=HttpsUpgrades',
        '--autoplay-policy=no-user-gesture-required', '--mute-audio', '--password-store=basic', '--use-mock-keychain',
        // Extra switches for experiments, split on spaces.
        ...(process.env.CORSLAB_CHROMIUM_FLAGS ?? '').split(' ').filter(Boolean),
        'about:blank'],
    });
    cleanups.push(() => { browser.kill(); try { fs.rmSync(userDataDir, { recursive: true, force: true }); } catch {} });
    const version = await browser.send('Browser.getVersion');
    const runner = new Runner(browser, servers, passThrough, cdpLog);
    runner.engine = version.product.replace(/^(Headless)?Chrome\//, 'Chromium/');
    const entry = { browser, runner, userDataDir };
    browsers.set(setting, entry);
    return entry;
  };

  let failed = 0;
  try {
    for (const { file, s, error } of scenarios) {
      let result;
      if (error) result = { file, failure: error };
      else {
        const setting = s.browser?.thirdPartyCookies === 'block' ? 'block' : 'allow';
        const { browser, runner } = await launch(setting);
        if (browser.closed) { process.stderr.write('chromium exited\n'); break; }
        result = await runner.run(file, s);
        if (s.browser && typeof s.browser === 'object') result.thirdPartyCookies = setting;
      }
      if (result.failure) failed++;
      process.stdout.write(json ? JSON.stringify(result) + '\n' : describe(result));
    }
  } finally {
    for (const { browser } of browsers.values()) await browser.close().catch(() => {});
    servers.close();
    cleanup();
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch(e => { process.stderr.write(`run-chromium: ${e.stack ?? e}\n`); process.exit(1); });
