// The pages har-agreement.mjs records: each page's script makes a seeded random list of requests, one
// after another (each awaited, its error caught), and leaves what script saw of each in
// window.__harAgreement = {done: true, results: [...]}. Also the page origin's own server (Node):
// the pages, a tiny "ready" page, and a few same-origin endpoints.
import http from 'node:http';
import https from 'node:https';

// Safelisted request headers (a preflight is not needed for them) and ones that need one.
const SAFE_HEADERS = [['Accept', 'application/json'], ['Accept-Language', 'de'], ['Content-Language', 'en'],
  ['Content-Type', 'text/plain'], ['Content-Type', 'application/x-www-form-urlencoded'],
  ['Content-Type', 'multipart/form-data; boundary=corslab'], ['Range', 'bytes=0-5']];
const UNSAFE_HEADERS = [['X-Custom', '1'], ['Content-Type', 'application/json'], ['Authorization', 'Bearer t0k3n'],
  ['X-Requested-With', 'XMLHttpRequest'], ['X-Trace', 'abc'], ['Accept', 'text/"x"'], ['Cache-Control', 'no-cache'],
  ['Content-Type', 'text/xml']];

// One request of a page. `configs` are the nginx configurations (lib/nginx-configs.mjs), `pageOrigin`
// the page's origin. {i, api, url, method, headers, body, mode, credentials, withCredentials,
// crossOrigin, config (the configuration's name, or null for a same-origin request)}.
export function makePageRequest(rng, i, configs, pageOrigin) {
  const { rand, chance, pick, weighted } = rng;
  const r = { i, api: 'fetch', url: null, method: 'GET', headers: [], body: null, mode: null, credentials: null,
              withCredentials: false, crossOrigin: null, config: null };
  const same = chance(0.08);
  r.api = same ? weighted([['fetch', 3], ['xhr', 1]])
               : weighted([['fetch', 12], ['xhr', 5], ['img', 1.2], ['script', 0.6], ['stylesheet', 0.6]]);
  const query = chance(0.25) ? `?v=${1 + Math.floor(rand() * 3)}` : '';
  if (same) {
    r.url = `${pageOrigin}/same/${pick(['data', 'items', 'go'])}${query}`;
  } else {
    const config = pick(configs);
    r.config = config.name;
    const path = {
      fetch: () => weighted([['/api', 6], ['/go', 3], ['/f/c.css', 1], ['/f/p.png', 0.5]]),
      xhr: () => weighted([['/api', 6], ['/go', 3], ['/f/c.css', 1]]),
      img: () => weighted([['/f/p.png', 5], ['/api', 2], ['/go', 3]]),
      script: () => weighted([['/f/s.js', 5], ['/api', 2], ['/go', 3]]),
      stylesheet: () => weighted([['/f/c.css', 5], ['/api', 2], ['/go', 3]]),
    }[r.api]();
    r.url = `${config.origin}${path}${query}`;
  }
  if (r.api === 'img' || r.api === 'script' || r.api === 'stylesheet') {
    r.crossOrigin = weighted([[null, 3], ['anonymous', 1.5], ['use-credentials', 1]]);
    return r;
  }
  r.method = weighted([['GET', 10], ['POST', 5], ['PUT', 3], ['DELETE', 2], ['PATCH', 2], ['HEAD', 1.5], ['OPTIONS', 0.5], ['patch', 0.5]]);
  const headers = [];
  if (chance(0.45)) headers.push(pick(SAFE_HEADERS));
  if (chance(0.4)) headers.push(pick(UNSAFE_HEADERS));
  const seen = new Set();
  for (const [n, v] of headers) { if (seen.has(n.toLowerCase())) continue; seen.add(n.toLowerCase()); r.headers.push([n, v]); }
  if (r.method !== 'GET' && r.method !== 'HEAD') {
    const kind = weighted([[null, 2], ['text', 3], ['urlencoded', 1.5], ['formdata', 1], ['blob', 1]]);
    if (kind === 'text') r.body = { kind, text: '{"x":1}' };
    else if (kind === 'urlencoded') r.body = { kind, fields: [['a', '1'], ['b', 'two words']] };
    else if (kind === 'formdata') r.body = { kind, fields: [['a', '1']] };
    else if (kind === 'blob') r.body = { kind, text: '{"x":1}', type: pick(['application/json', 'text/plain', 'application/octet-stream']) };
  }
  if (r.api === 'fetch') {
    r.mode = weighted([[null, 7], ['cors', 1], ['no-cors', 2]]);
    r.credentials = weighted([[null, 4], ['omit', 1.5], ['same-origin', 1.5], ['include', 3]]);
  } else {
    r.withCredentials = chance(0.4);
  }
  return r;
}

// The request as page script writes it (for reports).
export function describeRequest(r) {
  const q = JSON.stringify;
  const body = b => !b ? null : b.kind === 'text' ? q(b.text) : b.kind === 'urlencoded' ? `new URLSearchParams(${q(b.fields)})`
    : b.kind === 'formdata' ? `formData(${q(b.fields)})` : `new Blob([${q(b.text)}], {type: ${q(b.type)}})`;
  switch (r.api) {
    case 'fetch': {
      const init = [`method: ${q(r.method)}`];
      if (r.headers.length) init.push(`headers: ${q(r.headers)}`);
      if (r.body) init.push(`body: ${body(r.body)}`);
      if (r.mode) init.push(`mode: ${q(r.mode)}`);
      if (r.credentials) init.push(`credentials: ${q(r.credentials)}`);
      return `fetch(${q(r.url)}, {${init.join(', ')}})`;
    }
    case 'xhr':
      return `xhr.open(${q(r.method)}, ${q(r.url)})${r.withCredentials ? '; withCredentials = true' : ''}`
        + r.headers.map(([n, v]) => `; setRequestHeader(${q(n)}, ${q(v)})`).join('') + `; send(${body(r.body) ?? ''})`;
    default:
      return `<${{ img: 'img src', script: 'script src', stylesheet: 'link rel=stylesheet href' }[r.api]}=${q(r.url)}${r.crossOrigin ? ` crossorigin=${q(r.crossOrigin)}` : ''}>`;
  }
}

const PAGE_SCRIPT = String.raw`
(function () {
  const TIMEOUT_MS = 10000;
  const makeBody = b => {
    if (!b) return null;
    if (b.kind === 'text') return b.text;
    if (b.kind === 'urlencoded') return new URLSearchParams(b.fields);
    if (b.kind === 'formdata') { const f = new FormData(); for (const [n, v] of b.fields) f.append(n, v); return f; }
    return new Blob([b.text], {type: b.type});
  };
  async function viaFetch(r, out) {
    const init = {method: r.method};
    if (r.headers.length) init.headers = r.headers;
    const body = makeBody(r.body);
    if (body !== null) init.body = body;
    if (r.mode) init.mode = r.mode;
    if (r.credentials) init.credentials = r.credentials;
    const res = await fetch(r.url, init);
    out.status = res.status; out.type = res.type;
    try { await res.arrayBuffer(); } catch (e) { out.bodyError = String(e); }
  }
  function viaXhr(r, out) {
    return new Promise((resolve, reject) => {
      const x = new XMLHttpRequest();
      x.open(r.method, r.url, true);
      x.withCredentials = r.withCredentials;
      for (const [n, v] of r.headers) x.setRequestHeader(n, v);
      x.onload = () => { out.status = x.status; resolve(); };
      x.onerror = () => { out.status = x.status; reject(new Error('XMLHttpRequest error event')); };
      x.onabort = () => reject(new Error('XMLHttpRequest abort event'));
      x.send(makeBody(r.body));
    });
  }
  function viaElement(r, out) {
    return new Promise((resolve, reject) => {
      let el;
      if (r.api === 'img') el = new Image();
      else if (r.api === 'script') el = document.createElement('script');
      else { el = document.createElement('link'); el.rel = 'stylesheet'; }
      if (r.crossOrigin) el.crossOrigin = r.crossOrigin;
      el.onload = () => resolve();
      el.onerror = () => reject(new Error(r.api + ' error event'));
      if (r.api === 'img') el.src = r.url;
      else if (r.api === 'script') { el.src = r.url; document.head.appendChild(el); }
      else { el.href = r.url; document.head.appendChild(el); }
    });
  }
  async function one(r) {
    const out = {i: r.i, failed: false, error: null, status: null, type: null};
    const run = r.api === 'fetch' ? viaFetch : r.api === 'xhr' ? viaXhr : viaElement;
    let timer;
    try {
      await Promise.race([run(r, out), new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS); })]);
    } catch (e) {
      out.failed = true; out.error = String(e && e.name ? e.name + ': ' + e.message : e);
    }
    clearTimeout(timer);
    return out;
  }
  window.addEventListener('error', () => {}, true);
  (async () => {
    const results = [];
    for (const r of PLAN) results.push(await one(r));
    window.__harAgreement = {done: true, results};
    console.log('har-agreement done');
  })();
})();
`;

export function pageDocument(title, plan) {
  const json = JSON.stringify(plan).replace(/<\//g, '<\\/').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + title + '</title><link rel="icon" href="data:,"></head><body>\n'
    + '<script>const PLAN = ' + json + ';' + PAGE_SCRIPT + '</script>\n</body></html>\n';
}

// The page origin's server on 127.0.0.1:port (0: any): GET /ready, GET /page/N (pages[N]), and
// /same/data, /same/items (any method: 200 JSON), /same/go (302 to /same/data); HTTPS when `tls` is
// {key, cert}. Resolves to {port, close()}.
export function startPageServer(pages, { port = 0, tls = null } = {}) {
  const handler = (req, res) => {
    const url = new URL(req.url, 'http://page.invalid');
    const send = (status, headers, body = '') => { res.writeHead(status, { 'Cache-Control': 'no-store', ...headers }); res.end(req.method === 'HEAD' ? '' : body); };
    req.resume();
    req.on('end', () => {
      const m = /^\/page\/(\d+)$/.exec(url.pathname);
      if (req.method === 'GET' && url.pathname === '/ready') return send(200, { 'Content-Type': 'text/html; charset=utf-8' }, '<!DOCTYPE html><title>ready</title><link rel="icon" href="data:,">ready\n');
      if (req.method === 'GET' && m && pages[Number(m[1])] !== undefined) return send(200, { 'Content-Type': 'text/html; charset=utf-8' }, pages[Number(m[1])]);
      if (url.pathname === '/same/go') return send(302, { Location: '/same/data' });
      if (url.pathname === '/same/data' || url.pathname === '/same/items') {
        if (req.method === 'OPTIONS') return send(204, {});
        return send(200, { 'Content-Type': 'application/json' }, '{"same": true}');
      }
      send(404, { 'Content-Type': 'text/plain' }, 'not found');
    });
  };
  const server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ port: server.address().port, close: () => { server.closeAllConnections?.(); server.close(); } }));
  });
}
