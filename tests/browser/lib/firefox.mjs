// Firefox for run-firefox.mjs: the profile's preferences, the launch (headless, WebDriver BiDi on a
// loopback port, MOZ_LOG=ORB:5 into a file), and Firefox's console texts to their reason keys.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';

// Every preference the runner sets, and why. None of them changes what decides a cross-origin outcome
// (CORS, cookies and their partitioning, ORB, mixed content, SameSite, CORP, COEP, framing, HTTPS-First):
// those keep Firefox 153's defaults. Every other one only makes automation work: no first-run or
// welcome pages, no dialogs, and no background network traffic of Firefox's own (which
// network.dns.forceResolve would send to the loopback servers, where it would be noise).
export const FIREFOX_PREFS = [
  // The host mapping: every host name resolves to 127.0.0.1 (IP literals are not resolved;
  // ports are not remapped: the loopback servers listen on the scenarios' real ports).
  ['network.dns.forceResolve', '127.0.0.1'],
  // The Remote Agent would otherwise set its own "recommended" list at start-up, among them
  // privacy.trackingprotection.enabled=false, security.fileuri.strict_origin_policy=false and
  // browser.http.blank_page_with_error_response.enabled=true; off, so that this list is all there is.
  ['remote.prefs.recommended', false],
  // First run, welcome, default-browser and what's-new pages; session restore; quit dialogs.
  ['browser.shell.checkDefaultBrowser', false],
  ['browser.startup.page', 0],
  ['browser.startup.homepage', 'about:blank'],
  ['browser.startup.homepage_override.mstone', 'ignore'],
  ['startup.homepage_welcome_url', 'about:blank'],
  ['startup.homepage_welcome_url.additional', ''],
  ['browser.aboutwelcome.enabled', false],
  ['termsofuse.bypassNotification', true],
  ['browser.sessionstore.resume_from_crash', false],
  ['toolkit.startup.max_resumed_crashes', -1],
  ['browser.tabs.warnOnClose', false],
  ['browser.warnOnQuit', false],
  // New tab page content (stories, sponsored tiles, wallpapers, ads), never shown here but fetched.
  ['browser.newtabpage.enabled', false],
  ['browser.newtab.preload', false],
  ['browser.newtabpage.activity-stream.feeds.system.topstories', false],
  ['browser.newtabpage.activity-stream.feeds.section.topstories', false],
  ['browser.newtabpage.activity-stream.showSponsored', false],
  ['browser.newtabpage.activity-stream.showSponsoredTopSites', false],
  ['browser.newtabpage.activity-stream.testing.shouldInitializeFeeds', false],
  ['browser.topsites.contile.enabled', false],
  // Telemetry, health report, studies, Normandy.
  ['datareporting.policy.dataSubmissionEnabled', false],
  ['datareporting.healthreport.uploadEnabled', false],
  ['datareporting.usage.uploadEnabled', false],
  ['toolkit.telemetry.enabled', false],
  ['toolkit.telemetry.server', 'data:,'],
  ['app.normandy.enabled', false],
  ['app.normandy.api_url', ''],
  ['app.shield.optoutstudies.enabled', false],
  // Safe Browsing lookups and list updates.
  ['browser.safebrowsing.malware.enabled', false],
  ['browser.safebrowsing.phishing.enabled', false],
  ['browser.safebrowsing.downloads.enabled', false],
  ['browser.safebrowsing.downloads.remote.enabled', false],
  ['browser.safebrowsing.blockedURIs.enabled', false],
  ['browser.safebrowsing.update.enabled', false],
  // Remote Settings polling (the lists shipped with Firefox stay in force; only the updates are off).
  ['services.settings.server', 'data:,#remote-settings-dummy/v1'],
  // Captive-portal and connectivity probes, push service, updates of Firefox, add-ons and search.
  ['network.captive-portal-service.enabled', false],
  ['network.connectivity-service.enabled', false],
  ['dom.push.connection.enabled', false],
  ['app.update.disabledForTesting', true],
  ['app.update.auto', false],
  ['extensions.update.enabled', false],
  ['extensions.getAddons.cache.enabled', false],
  ['extensions.systemAddon.update.enabled', false],
  ['browser.search.update', false],
  ['browser.region.network.url', ''],
  ['geo.provider.network.url', ''],
  ['browser.ml.enable', false],
  ['browser.translations.enable', false],
  ['identity.fxaccounts.enabled', false],
];

// extraPrefs: a scenario's own browser setting (run-firefox.mjs: browser.thirdPartyCookies "block").
export function writeProfile(dir, extraPrefs = []) {
  const line = ([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`;
  fs.writeFileSync(path.join(dir, 'user.js'), [...FIREFOX_PREFS, ...extraPrefs].map(line).join('\n') + '\n');
}

// Starts Firefox headless with WebDriver BiDi on a free loopback port; resolves to
// {child, wsEndpoint, mozLogDir}. MOZ_LOG=ORB:5: the ORB decisions, which reach no console.
export async function launchFirefox({ executable, profileDir, logFile, extraPrefs = [] }) {
  writeProfile(profileDir, extraPrefs);
  const mozLogDir = path.join(profileDir, 'moz-log');
  fs.mkdirSync(mozLogDir, { recursive: true });
  const env = { ...process.env, MOZ_LOG: 'sync,timestamp,ORB:5', MOZ_LOG_FILE: path.join(mozLogDir, 'moz.log'),
                MOZ_CRASHREPORTER_DISABLE: '1', MOZ_DISABLE_AUTO_SAFE_MODE: '1' };
  const child = spawn(executable, ['--headless', '--no-remote', '--profile', profileDir, '--remote-debugging-port=0', 'about:blank'],
                      { stdio: ['ignore', 'ignore', 'pipe'], env, detached: false });
  const log = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : null;
  const wsEndpoint = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`firefox did not open WebDriver BiDi: ${text.slice(-500)}`)), 30000);
    child.once('error', e => { clearTimeout(timer); reject(e); });
    child.once('exit', code => { clearTimeout(timer); reject(new Error(`firefox exited (${code}): ${(text ?? "").slice(-500)}`)); });
    child.stderr.on('data', d => {
      log?.write(d);
      if (text === null) return;
      text += d;
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(text);
      if (m) { clearTimeout(timer); text = null; resolve(m[1]); }
    });
  });
  return { child, wsEndpoint, mozLogDir };
}

// Reads what the MOZ_LOG files gained since the last call (every process writes its own file).
export class MozLog {
  constructor(dir) { this.dir = dir; this.offsets = new Map(); }
  take() {
    let text = '';
    let names = [];
    try { names = fs.readdirSync(this.dir); } catch { return ''; }
    for (const name of names) {
      const file = path.join(this.dir, name);
      let size = 0;
      try { size = fs.statSync(file).size; } catch { continue; }
      const from = this.offsets.get(file) ?? 0;
      if (size <= from) continue;
      const fd = fs.openSync(file, 'r');
      const buf = Buffer.alloc(size - from);
      fs.readSync(fd, buf, 0, buf.length, from);
      fs.closeSync(fd);
      this.offsets.set(file, size);
      text += buf.toString('utf8');
    }
    return text;
  }
}

// ---------- console texts to reason keys ----------

// Firefox's own strings (the installed build's omni.ja, en-US), key -> text with %S / %1$S holes.
const PROPERTY_FILES = [
  'chrome/en-US/locale/en-US/global/security/security.properties',
  'chrome/en-US/locale/en-US/global/security/csp.properties',
  'chrome/en-US/locale/en-US/necko/necko.properties',
  'chrome/en-US/locale/en-US/global/css.properties',
  'chrome/en-US/locale/en-US/global/dom/dom.properties',
];

let table = null;
export function messageTable(omni = '/usr/lib/firefox-esr/omni.ja') {
  if (table) return table;
  table = [];
  for (const file of PROPERTY_FILES) {
    let text = '';
    try { text = execFileSync('unzip', ['-p', omni, file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }); }
    catch (e) { throw new Error(`cannot read ${file} from ${omni} (unzip): ${e.message}`); }
    for (const line of text.split('\n')) {
      const m = /^([A-Za-z0-9_.-]+)\s*=\s*(.*)$/.exec(line);
      if (!m || line.startsWith('#')) continue;
      const [, key, value] = m;
      const holes = [];
      const source = value.trim().split(/(%(?:\d+\$)?S)/).map(part => {
        const hole = /^%(?:(\d+)\$)?S$/.exec(part);
        if (!hole) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        holes.push(Number(hole[1] ?? holes.length + 1));
        return '([\\s\\S]*?)';
      }).join('');
      table.push({ key, text: value.trim(), re: new RegExp(`^${source}$`), holes });
    }
  }
  return table;
}

// {key, args: {1: ..., 2: ...}} for a console text Firefox printed, or null. The CSP prefix
// ("Content-Security-Policy: ") is taken off first.
export function reasonOf(text) {
  let t = String(text ?? '').trim();
  const csp = t.startsWith('Content-Security-Policy: ');
  if (csp) t = t.slice('Content-Security-Policy: '.length);
  for (const entry of messageTable()) {
    const m = entry.re.exec(t);
    if (!m) continue;
    const args = {};
    entry.holes.forEach((n, i) => { args[n] = m[i + 1]; });
    return { key: entry.key, args };
  }
  return null;
}

// Firefox reason keys to the project's (Chromium-style) error names where one key means one name;
// [main-request name, preflight name]. Keys meaning several Chromium names (CORSAllowOriginNotMatchingOrigin
// stands for AllowOriginMismatch, InvalidAllowOriginValue and a comma list; CORPBlocked for every CORP
// and COEP block) get null.
export const ERROR_OF_REASON = {
  CORSMissingAllowOrigin2: ['MissingAllowOriginHeader', 'PreflightMissingAllowOriginHeader'],
  CORSNotSupportingCredentials: ['WildcardOriginNotAllowed', 'PreflightWildcardOriginNotAllowed'],
  CORSMissingAllowCredentials: ['InvalidAllowCredentials', 'PreflightInvalidAllowCredentials'],
  CORSMultipleAllowOriginNotAllowed: ['MultipleAllowOriginValues', 'PreflightMultipleAllowOriginValues'],
  CORSPreflightDidNotSucceed3: ['PreflightInvalidStatus', 'PreflightInvalidStatus'],
  CORSMethodNotFound: ['MethodDisallowedByPreflightResponse', 'MethodDisallowedByPreflightResponse'],
  CORSMissingAllowHeaderFromPreflight2: ['HeaderDisallowedByPreflightResponse', 'HeaderDisallowedByPreflightResponse'],
  CORSInvalidAllowMethod: ['InvalidAllowMethodsPreflightResponse', 'InvalidAllowMethodsPreflightResponse'],
  CORSInvalidAllowHeader: ['InvalidAllowHeadersPreflightResponse', 'InvalidAllowHeadersPreflightResponse'],
  CORSRequestNotHttp: ['CorsDisabledScheme', 'CorsDisabledScheme'],
  BlockMixedActiveContent: ['MixedContent', 'MixedContent'],
  BlockMixedDisplayContent: ['MixedContent', 'MixedContent'],
  XFrameOptionsDeny: ['XFrameOptions', 'XFrameOptions'],
};

// The keys of texts that report a block of the scenario's request (the first one seen is the block's
// message). Other texts (cookie warnings, upgrade notes, deprecation warnings) are not blocks.
export const BLOCK_REASONS = new Set([
  ...Object.keys(ERROR_OF_REASON),
  'CORSDisabled', 'CORSDidNotSucceed2', 'CORSOriginHeaderNotAdded', 'CORSExternalRedirectNotAllowed',
  'CORSAllowOriginNotMatchingOrigin', 'CORPBlocked', 'MimeNotCss', 'MimeTypeMismatch2',
  'BlockScriptWithWrongMimeType2', 'CSPGenericViolation',
]);
// Blocks that fail an element or a frame without an exception the page sees.
export const POLICY_REASONS = new Set(['XFrameOptionsDeny', 'CORPBlocked', 'CSPGenericViolation']);
