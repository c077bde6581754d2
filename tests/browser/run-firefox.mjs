#!/usr/bin/env node
// Performs corslab scenarios in real Firefox (Debian's /usr/bin/firefox-esr, 153 ESR) and reports what
// the browser did, in the terms of the project's verdict JSON (docs/scenario-format.md), like
// run-chromium.mjs, plus `firefoxReason`: the key of Firefox's own string for the block.
//
//   node tests/browser/run-firefox.mjs [--json] [--pass-through ORIGIN]... FILE.cors.json...
//
// One headless Firefox for all files, driven over WebDriver BiDi with puppeteer-core (no browser is
// downloaded); a fresh user context (its own cookie jar, cache and storage) per scenario. The profile
// preference network.dns.forceResolve sends every host name to 127.0.0.1; it does not remap ports, so
// the loopback servers listen on the scenarios' real ports (80, 443, 8443, ...) and tell the hosts
// sharing a port apart by the Host header (and TLS SNI, one certificate naming every host). IP-literal
// hosts are not resolved: a loopback one (127.0.0.1, ::1) is served on that address, any other cannot
// be run. The test certificate is accepted through the session's acceptInsecureCerts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import puppeteer from 'puppeteer-core';
import { LoopbackServers, wireUrl, isLoopbackAddress, headerGet } from './lib/server.mjs';
import { REPORT_PREFIX } from './lib/harness.mjs';
import { buildVerdict } from './lib/verdict.mjs';
import { identityForHosts } from './lib/identity.mjs';
import { isHttp, effectivePort, hostPortKey, parse, scenarioUrls, prepareScenario, parseCommandLine,
         loadScenarios, describe } from './lib/scenario.mjs';
import { launchFirefox, MozLog, reasonOf, ERROR_OF_REASON, BLOCK_REASONS, POLICY_REASONS } from './lib/firefox.mjs';

const TIMEOUT_MS = 10000;
const FIREFOX = process.env.CORSLAB_FIREFOX ?? '/usr/bin/firefox-esr';

function usage(code) {
  (code ? process.stderr : process.stdout).write(
`usage: node tests/browser/run-firefox.mjs [--json] [--pass-through ORIGIN]... FILE.cors.json...
  --json               one verdict object per line
  --pass-through ORIGIN  do not serve ORIGIN (e.g. http://127.0.0.1:8081): its requests go to the
                       server already listening on 127.0.0.1 at that origin's port; repeatable
                       (its exchanges are those WebDriver BiDi's network events report)
  --bidi-log FILE      append every WebDriver BiDi event to FILE (debugging)
  --orb-log FILE       append the MOZ_LOG ORB lines of each scenario to FILE (debugging)
Uses ${FIREFOX} (CORSLAB_FIREFOX overrides); needs the real ports the scenarios name free on loopback.
`);
  process.exit(code);
}

// The address a host is served on: host names are resolved by network.dns.forceResolve (127.0.0.1);
// Firefox resolves localhost itself (to ::1 and 127.0.0.1), so both are served; an IP literal is
// its own address. null: an address no listener here may bind (a real host's).
function addressesOf(hostname) {
  const h = hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(h)) return isLoopbackAddress(h) ? [h] : null;
  if (h === 'localhost' || h.endsWith('.localhost')) return ['127.0.0.1', '::1'];
  return ['127.0.0.1'];
}

// ORB's MOZ_LOG lines (netwerk/protocol/http/OpaqueResponseUtils.cpp, "ORB" module): the blocker of
// each opaque response names its channel and URL ("OpaqueResponseBlocker: THIS  channel=CH, uri=URL");
// a block is "BlockOrFilterOpaqueResponse: CH Blocked: REASON" and/or "BlockResponse: THIS Sniffer is
// done, block response" ("Filtered:" replaces the body with an empty one: no error). Returns
// [{url, reason}] of the blocks.
export function orbBlocks(lines) {
  const urlOf = new Map();
  const blocks = [];
  for (const line of lines) {
    const body = line.replace(/^.*?[VDIWE]\/ORB /, '');
    let m = /^OpaqueResponseBlocker: (\w+)\s+channel=(\w+), uri=(\S+)/.exec(body);
    if (m) { urlOf.set(m[1], m[3]); urlOf.set(m[2], m[3]); continue; }
    m = /^BlockOrFilterOpaqueResponse: (\w+) Blocked: (.*)$/.exec(body);
    if (m) { blocks.push({ ptr: m[1], url: urlOf.get(m[1]) ?? null, reason: m[2].trim() }); continue; }
    m = /^BlockResponse: (\w+) .*block response/.exec(body);
    if (m && !blocks.some(b => b.url !== null && b.url === urlOf.get(m[1])))
      blocks.push({ ptr: m[1], url: urlOf.get(m[1]) ?? null, reason: 'sniffer: block response' });
  }
  return blocks.map(({ url, reason }) => ({ url, reason }));
}

const EXCEPTIONS = [
  [/is an url with embedded credentials/, 'MSG_URL_HAS_CREDENTIALS', 'UrlContainsCredentials'],
  // Firefox's text for a no-cors fetch with a method other than GET, HEAD, POST (the same text as for
  // a forbidden method, so only with mode no-cors).
  [/^TypeError: Window\.fetch: Invalid request method /, 'MSG_INVALID_REQUEST_METHOD', 'NoCorsMethodNotSafelisted', r => r.mode === 'no-cors'],
];

const NET_ERROR_NAMES = {
  // Firefox's net errors that mean one Chromium net error / block.
  NS_ERROR_REDIRECT_LOOP: 'TooManyRedirects',
  NS_ERROR_XFO_VIOLATION: 'XFrameOptions',
  NS_ERROR_CSP_FRAME_ANCESTOR_VIOLATION: 'FrameAncestors',
};
const POLICY_NET_ERRORS = new Set(['NS_ERROR_XFO_VIOLATION', 'NS_ERROR_CSP_FRAME_ANCESTOR_VIOLATION',
  'NS_ERROR_DOM_CORP_FAILED', 'NS_ERROR_DOM_COEP_FAILED']);

class Runner {
  constructor({ browser, servers, passThrough, bidiLog, orbLog, mozLog, unrunnable }) {
    this.browser = browser;
    this.conn = browser.connection;
    this.servers = servers;
    this.passThrough = passThrough;
    this.bidiLog = bidiLog;
    this.orbLog = orbLog;
    this.mozLog = mozLog;
    this.unrunnable = unrunnable;   // "host:port" -> why it cannot be served
    this.contextOwner = new Map();  // browsing context id -> user context id
  }

  send(method, params) { return this.conn.send(method, params).then(r => r.result); }

  async run(file, scenario) {
    const request = scenario.request;
    for (const u of scenarioUrls(scenario)) {
      const why = this.unrunnable.get(hostPortKey(u));
      if (why) return { file, failure: why };
    }
    const prepared = prepareScenario(scenario, this.passThrough);
    if (prepared.failure) return { file, failure: prepared.failure };
    const { token, config, routes, jar, documents, startUrl } = prepared;
    // Firefox's own background requests also reach the loopback servers (every name resolves there):
    // only the scenario's hosts count.
    const hosts = new Set(scenarioUrls(scenario).map(u => u.hostname.toLowerCase()));
    const ours = entry => { const u = parse(entry.url); return !!u && hosts.has(u.hostname.toLowerCase()); };

    const log = [];
    const state = { routes, documents, log, onLog: null };
    const consoleTexts = [];       // {text, level, context} of the page phase
    const jarConsole = [];         // console texts while the jar was filled
    const fetchErrors = [];        // network.fetchError of the page phase
    const bidiRequests = new Map();   // pass-through: request id -> {hops: [...]}
    const bidiOrder = [];
    const navigationEvents = [];   // navigationFailed / navigationAborted of the page phase
    const prompts = [];            // user prompts Firefox opened (and the runner dismissed)
    let observation = null, navigating = false, finished = false;
    let phase = 'setup';
    let userContext = null, topContext = null;
    let finish, settleTimer = null;
    const done = new Promise(resolve => { finish = resolve; });
    const settle = ms => { clearTimeout(settleTimer); settleTimer = setTimeout(() => finish('done'), ms); };
    const isInternal = url => documents.some(d => wireUrl(d.url) === wireUrl(url))
      || /\/favicon\.ico$/.test(url) && !/\/favicon\.ico$/.test(request.url);
    const mine = context => {
      for (let c = context, i = 0; c && i < 20; i++) {
        const owner = this.contextOwner.get(c);
        if (owner === undefined) return false;
        if (owner.userContext === userContext) return true;
        c = owner.parent;
      }
      return false;
    };

    state.onLog = entry => {
      if (!ours(entry) || isInternal(entry.url)) return;
      if (navigating && !entry.internal && !(entry.status >= 300 && entry.status < 400)) settle(scenario.pageSandboxed ? 150 : 500);
    };

    const handlers = {
      'browsingContext.contextCreated': p => {
        this.contextOwner.set(p.context, { userContext: p.userContext ?? this.contextOwner.get(p.parent)?.userContext, parent: p.parent ?? null });
      },
      'log.entryAdded': p => {
        if (finished || !mine(p.source?.context)) return;
        const first = p.args?.[0]?.value;
        if (p.type === 'console' && typeof first === 'string' && first.startsWith(REPORT_PREFIX)) {
          let report; try { report = JSON.parse(first.slice(REPORT_PREFIX.length)); } catch { return; }
          if (report.token !== token) return;
          observation = report;
          if (report.phase === 'navigating') {
            navigating = true;
            if (config.userActivation)
              this.send('script.callFunction', { functionDeclaration: '() => window.__corslabGo()', awaitPromise: false,
                target: { context: p.source.context }, userActivation: true }).catch(() => {});
          } else settle(300);
          return;
        }
        const text = p.text ?? (p.args ?? []).map(a => a.value ?? '').join(' ');
        if (phase === 'cookies') { jarConsole.push(text); return; }
        if (phase !== 'page') return;
        consoleTexts.push({ text, level: p.level, type: p.type });
        const reason = reasonOf(text);
        if (['form', 'navigate', 'iframe'].includes(request.via) && reason && BLOCK_REASONS.has(reason.key)) settle(navigating ? 150 : 300);
      },
      // After the page's link click or top-level form submission: the navigation ending in a document
      // (load), an error (navigationFailed: net error), or nothing (navigationAborted).
      'browsingContext.load': p => {
        if (finished || phase !== 'page' || !navigating || !mine(p.context) || isInternal(p.url ?? '')) return;
        settle(300);
      },
      'browsingContext.navigationFailed': p => {
        if (finished || phase !== 'page' || !mine(p.context)) return;
        navigationEvents.push({ event: 'navigationFailed', url: p.url ?? null });
        if (navigating) settle(300);
      },
      'browsingContext.navigationAborted': p => {
        if (finished || phase !== 'page' || !mine(p.context)) return;
        navigationEvents.push({ event: 'navigationAborted', url: p.url ?? null });
        if (navigating) settle(300);
      },
      // A dialog Firefox opens for the page (the warning before a form is sent from https to http): the
      // page waits on it. Recorded, and dismissed (the answer that sends nothing).
      'browsingContext.userPromptOpened': p => {
        if (finished || !mine(p.context)) return;
        prompts.push({ type: p.type, message: p.message ?? '' });
        this.send('browsingContext.handleUserPrompt', { context: p.context, accept: false }).catch(() => {});
      },
      'network.fetchError': p => {
        if (finished || phase !== 'page' || !mine(p.context)) return;
        const url = p.request?.url ?? '';
        if (isInternal(url)) return;
        fetchErrors.push({ url, errorText: p.errorText ?? '', destination: p.request?.destination ?? null,
                           navigation: p.navigation ?? null });
        // A frame whose document failed (COEP, X-Frame-Options, ...) may fire no load event at all.
        if (navigating) settle(150);
        else if (request.via === 'iframe' || request.via === 'form') settle(800);
      },
      'network.beforeRequestSent': p => {
        if (finished || phase !== 'page' || !this.passThrough.size || !mine(p.context)) return;
        const u = parse(p.request?.url ?? '');
        if (!u || !this.passThrough.has(u.origin)) return;
        const headers = (p.request.headers ?? []).map(h => [h.name, h.value?.value ?? '']);
        const hop = { method: p.request.method, url: wireUrl(p.request.url), target: u.pathname + u.search, headers,
                      status: 0, responseHeaders: [], internal: false, time: process.hrtime.bigint(), passedThrough: true };
        const id = `${p.request.request}#${p.redirectCount ?? 0}`;
        bidiRequests.set(id, hop);
        bidiOrder.push(hop);
      },
      'network.responseCompleted': p => {
        const hop = bidiRequests.get(`${p.request?.request}#${p.redirectCount ?? 0}`);
        if (!hop) return;
        hop.status = p.response?.status ?? 0;
        hop.responseHeaders = (p.response?.headers ?? []).map(h => [h.name, h.value?.value ?? '']);
      },
    };
    // A redirect's response comes with the next hop's beforeRequestSent, not responseCompleted.
    const onAny = {};
    for (const [event, fn] of Object.entries(handlers)) {
      onAny[event] = p => {
        if (this.bidiLog) fs.appendFileSync(this.bidiLog, JSON.stringify({ event, params: p }) + '\n');
        fn(p);
      };
      this.conn.on(event, onAny[event]);
    }

    this.servers.setState(state);
    this.mozLog.take();
    const timer = setTimeout(() => finish('timeout'), TIMEOUT_MS);
    let outcome;
    try {
      userContext = (await this.send('browser.createUserContext', {})).userContext;
      topContext = (await this.send('browsingContext.create', { type: 'tab', userContext })).context;
      this.contextOwner.set(topContext, { userContext, parent: null });
      if (finished) throw new Error('timed out');
      const target = parse(request.url);
      if (Array.isArray(scenario.cookies)) {
        phase = 'cookies';
        for (const c of jar) {
          const nav = this.send('browsingContext.navigate', { context: topContext, url: c.embeddedIn ?? c.url, wait: 'complete' })
            .catch(e => { c.navigationError = e.message; });
          await Promise.race([nav, new Promise(resolve => setTimeout(resolve, 4000))]);
          if (finished) throw new Error('timed out');
        }
        log.length = 0;
      } else if (target && isHttp(target)) {
        // A cookie on the target's host (unpartitioned: as if set by a top-level response from it), to
        // see whether the request carries credentials; run-chromium.mjs sets the same.
        const cookie = { name: 'corslab', value: { type: 'string', value: '1' }, domain: target.hostname, path: '/',
                         httpOnly: false, secure: target.protocol === 'https:', sameSite: target.protocol === 'https:' ? 'none' : 'lax' };
        if (target.protocol !== 'https:') delete cookie.sameSite;
        await this.send('storage.setCookie', { cookie, partition: { type: 'storageKey', userContext } }).catch(() => {});
      }
      phase = 'page';
      this.send('browsingContext.navigate', { context: topContext, url: startUrl, wait: 'none' }).catch(e => finish('error: ' + e.message));
      outcome = await done;
    } catch (e) {
      outcome = 'error: ' + e.message;
    }
    finished = true;
    clearTimeout(timer);
    clearTimeout(settleTimer);
    if (userContext) {
      await Promise.race([this.send('browser.removeUserContext', { userContext }).catch(() => {}),
                          new Promise(resolve => setTimeout(resolve, 3000))]);
    }
    for (const [event, fn] of Object.entries(onAny)) this.conn.off(event, fn);
    for (const [c, o] of this.contextOwner) if (o.userContext === userContext) this.contextOwner.delete(c);
    this.servers.setState(null);
    this.servers.dropConnections();
    // ORB decisions of this scenario (the log is written synchronously: MOZ_LOG=sync).
    const orbLines = this.mozLog.take().split('\n').filter(l => / D\/ORB | [VDIWE]\/ORB /.test(l));
    if (this.orbLog) fs.appendFileSync(this.orbLog, `== ${file}\n${orbLines.join('\n')}\n`);

    if (outcome === 'timeout') return { file, failure: 'timed out' };
    if (outcome !== 'done') return { file, failure: outcome };

    const merged = log.filter(ours);
    if (bidiOrder.length) {
      merged.push(...bidiOrder);
      merged.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    }
    // Only the scenario's hosts' responses (Firefox's own loads go through ORB too).
    const orb = orbBlocks(orbLines).filter(b => b.url === null || ours({ url: b.url }));
    const classification = classify({ consoleTexts, fetchErrors, orb, merged, request, observation: observation ?? {} });
    const verdict = buildVerdict(scenario, { log: merged, observation: observation ?? {}, failures: [],
                                              consoleTexts: consoleTexts.map(c => c.text), classification });
    verdict.firefoxReason = classification.firefoxReason;
    if (orb.length) verdict.orb = orb;
    if (observation?.exception) verdict.exception = observation.exception;
    if (fetchErrors.length) verdict.netErrors = fetchErrors.map(f => `${f.errorText} ${f.url}`);
    if (navigationEvents.length) verdict.navigationEvents = navigationEvents;
    if (prompts.length) verdict.userPrompts = prompts;
    if (jar.length) verdict.jarConsole = jarConsole.filter(t => /[Cc]ookie/.test(t));
    return { file, ...verdict, engine: this.engine };
  }
}

// The block's class from what Firefox said: the first console text whose reason key is a block
// (security.properties, csp.properties, necko.properties, css.properties), else ORB's log, else a net
// error of the request (network.fetchError).
function classify({ consoleTexts, fetchErrors, orb, merged, request, observation }) {
  const out = { error: null, failedParameter: null, message: null, firefoxReason: null, netError: false, policyBlocked: false, mixed: false };
  // A preflight went and the main request never did: the block was the preflight's.
  const favicon = e => e.target === '/favicon.ico' && !/\/favicon\.ico$/.test(request.url);
  const preflightFailed = merged.some(e => e.method === 'OPTIONS' && headerGet(e.headers, 'Access-Control-Request-Method') !== null)
    && !merged.some(e => !e.internal && !favicon(e) && !(e.method === 'OPTIONS' && headerGet(e.headers, 'Access-Control-Request-Method') !== null));
  // ORB works on the network response, before any document or console sees it.
  if (orb.length) {
    out.firefoxReason = 'ORB';
    out.error = 'OpaqueResponseBlocked';
  }
  for (const { text } of out.firefoxReason ? [] : consoleTexts) {
    const r = reasonOf(text);
    if (!r || !BLOCK_REASONS.has(r.key)) continue;
    if (r.key === 'CSPGenericViolation' && !/^frame-ancestors\b/.test(r.args[1] ?? '')) continue;
    out.firefoxReason = r.key;
    out.message = text;
    const names = ERROR_OF_REASON[r.key];
    if (names) out.error = preflightFailed ? names[1] : names[0];
    if (r.key === 'CSPGenericViolation') out.error = 'FrameAncestors';
    if (r.key === 'BlockMixedActiveContent' || r.key === 'BlockMixedDisplayContent') out.mixed = true;
    if (POLICY_REASONS.has(r.key)) out.policyBlocked = true;
    break;
  }
  // What fetch() and XMLHttpRequest throw before anything is sent (dom/bindings/Errors.msg), where
  // Firefox's text means one class.
  if (!out.firefoxReason && observation.exception) {
    for (const [re, key, error, when] of EXCEPTIONS) {
      if (!re.test(observation.exception) || (when && !when(request))) continue;
      out.firefoxReason = key; out.error = error; out.message = observation.exception;
      break;
    }
  }
  const netError = fetchErrors.find(f => f.errorText && !/NS_BINDING_ABORTED/.test(f.errorText));
  if (netError) {
    const name = /NS_[A-Z0-9_]+/.exec(netError.errorText)?.[0] ?? netError.errorText;
    if (!out.firefoxReason) {
      out.firefoxReason = name;
      out.error = NET_ERROR_NAMES[name] ?? null;
    } else if (!out.error && NET_ERROR_NAMES[name]) out.error = NET_ERROR_NAMES[name];
    if (POLICY_NET_ERRORS.has(name)) out.policyBlocked = true;
    // A navigation or frame that failed with a net error shows an error page: blocked.
    if (['navigate', 'form', 'iframe'].includes(request.via)) out.netError = true;
  }
  return out;
}

// ---------- main ----------

async function main() {
  const { json, passThrough, files, extra } = parseCommandLine(process.argv.slice(2), usage, ['--bidi-log', '--orb-log']);
  const bidiLog = extra['--bidi-log'] ?? null, orbLog = extra['--orb-log'] ?? null;
  const scenarios = loadScenarios(files);

  // Listeners: one per address and real port the scenarios name (http and https share it).
  const passPorts = new Set([...passThrough].map(o => effectivePort(new URL(o))));
  const passKeys = new Set([...passThrough].map(o => hostPortKey(new URL(o))));
  const wanted = new Map();      // "address|port" -> [address, port]
  const unrunnable = new Map();  // "host:port" -> why
  const names = new Set();
  for (const { s } of scenarios) {
    if (!s) continue;
    for (const u of scenarioUrls(s)) {
      const key = hostPortKey(u);
      if (passKeys.has(key)) continue;
      const addresses = addressesOf(u.hostname);
      if (!addresses) { unrunnable.set(key, `${u.hostname} is an IP address that is not loopback: Firefox would connect to it for real (forceResolve maps names only)`); continue; }
      names.add(u.hostname);
      for (const a of addresses) wanted.set(`${a}|${effectivePort(u)}`, [a, effectivePort(u)]);
    }
  }
  const id = identityForHosts([...names, 'localhost', '127.0.0.1', '::1']);
  const servers = new LoopbackServers(id);
  for (const [key, [address, port]] of wanted) {
    if (passPorts.has(port) && address === '127.0.0.1') continue;
    try { await servers.listen(port, address); }
    catch (e) {
      // ::1 may be missing on a machine without IPv6: 127.0.0.1 is enough for localhost then.
      if (address === '::1') continue;
      for (const { s } of scenarios) if (s) for (const u of scenarioUrls(s))
        if (effectivePort(u) === port && (addressesOf(u.hostname) ?? []).includes(address)) unrunnable.set(hostPortKey(u), `cannot listen on ${address}:${port}: ${e.message}`);
    }
  }

  // One Firefox per cookie setting (scenario browser.thirdPartyCookies), launched when a scenario first
  // needs it. No setting, or "allow": Firefox's default (network.cookie.cookieBehavior 5, Total Cookie
  // Protection: third-party cookies are partitioned, not refused; Firefox has no setting that is
  // Chrome's "allow" without turning the partitioning off, and its default is what is observed here).
  // "block": cookieBehavior 1, what Firefox's settings page writes for Custom > Cookies > "All
  // third-party cookies".
  const browsers = new Map();   // setting -> {browser, runner}
  const children = [], profiles = [];
  const cleanup = () => {
    for (const c of children) { try { c.kill('SIGKILL'); } catch {} }
    for (const d of profiles) { try { fs.rmSync(d, { recursive: true, force: true }); } catch {} }
  };
  process.on('exit', cleanup);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { cleanup(); process.exit(130); });
  const launch = async setting => {
    if (browsers.has(setting)) return browsers.get(setting);
    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corslab-firefox-'));
    profiles.push(profileDir);
    const extraPrefs = setting === 'block' ? [['network.cookie.cookieBehavior', 1]] : [];
    const launched = await launchFirefox({ executable: FIREFOX, profileDir, logFile: path.join(profileDir, 'firefox.log'), extraPrefs });
    children.push(launched.child);
    const browser = await puppeteer.connect({ browserWSEndpoint: `${launched.wsEndpoint}/session`, protocol: 'webDriverBiDi',
                                              acceptInsecureCerts: true, defaultViewport: null });
    const runner = new Runner({ browser, servers, passThrough, bidiLog, orbLog, mozLog: new MozLog(launched.mozLogDir), unrunnable });
    runner.engine = (await browser.version()).replace(/^firefox\//i, 'Firefox/');
    const entry = { browser, runner };
    browsers.set(setting, entry);
    return entry;
  };

  let failed = 0;
  try {
    for (const { file, s, error } of scenarios) {
      let result;
      if (error) result = { file, failure: error };
      else {
        const setting = s.browser?.thirdPartyCookies === 'block' ? 'block' : 'default';
        const { browser, runner } = await launch(setting);
        if (!browser.connected) { process.stderr.write('firefox exited\n'); break; }
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

main().catch(e => { process.stderr.write(`run-firefox: ${e.stack ?? e}\n`); process.exit(1); });
