// Building blocks for the draft golden scenarios of tests/browser/drafts/*.mjs. A draft has no
// `expect`: tests/browser/record-goldens.mjs runs it in Chromium 156 and writes what it saw.
export const A = 'https://app.example.com';       // the page's origin, mostly
export const SS = 'https://api.example.com';      // same site, another origin
export const XS = 'https://other.example';        // another site
export const CDN = 'https://cdn.example.net';     // a third site
export const HA = 'http://app.example.com';
export const HSS = 'http://api.example.com';
export const HXS = 'http://other.example';

export const ct = type => ['Content-Type', type];
export const acao = origin => ['Access-Control-Allow-Origin', origin];
export const ACAC = ['Access-Control-Allow-Credentials', 'true'];

export function route(url, { status = 200, headers = [], body, method = '*' } = {}) {
  const r = { method, url, status, headers };
  if (body !== undefined) r.body = body;
  return r;
}
export const redirect = (from, to, extra = [], status = 302) => route(from, { status, headers: [['Location', to], ...extra] });
export const text = (url, extra = []) => route(url, { headers: [ct('text/plain'), ...extra], body: 'ok' });
// A CORS-readable answer, credentialed when `origin` is not "*".
export const cors = (url, origin, extra = []) =>
  route(url, { headers: [ct('text/plain'), acao(origin), ...(origin === '*' ? [] : [ACAC]), ...extra], body: 'ok' });
export const png = (url, extra = []) => route(url, { headers: [ct('image/png'), ...extra] });
export const js = (url, extra = []) => route(url, { headers: [ct('text/javascript'), ...extra] });
export const css = (url, extra = []) => route(url, { headers: [ct('text/css'), ...extra] });
export const font = (url, extra = []) => route(url, { headers: [ct('font/ttf'), ...extra] });
export const wav = (url, extra = []) => route(url, { headers: [ct('audio/wav'), ...extra] });
export const html = (url, extra = []) => route(url, { headers: [ct('text/html'), ...extra], body: '<p>frame</p>' });
export const preflightOk = (url, origin, methods = 'PUT', headers = 'content-type') => route(url, {
  method: 'OPTIONS', status: 204,
  headers: [acao(origin), ...(origin === '*' ? [] : [ACAC]), ['Access-Control-Allow-Methods', methods], ['Access-Control-Allow-Headers', headers]],
});

// A jar entry; `embeddedIn` for a cookie set by a frame of a top-level page at that URL.
export const cookie = (url, setCookie, embeddedIn) => (embeddedIn ? { url, setCookie, embeddedIn } : { url, setCookie });

// One draft: file name (without .cors.json) and the scenario, fields in the goldens' usual order.
// `cookies` is always written, [] when the jar is empty: run-chromium.mjs puts its old "corslab=1"
// probe cookie only into scenarios without the field.
export function scenario(name, { title, notes, page = `${A}/`, pageSandboxed, pageHeaders, browser, cookies = [], request, server = [] }) {
  const s = { format: 'corslab-scenario/1', title, notes, page };
  if (pageSandboxed) s.pageSandboxed = true;
  if (pageHeaders) s.pageHeaders = pageHeaders;
  if (browser) s.browser = browser;
  s.cookies = cookies;
  s.request = request;
  s.server = server;
  return { name, s };
}
