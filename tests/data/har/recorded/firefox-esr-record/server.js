// Two loopback origins: page on http://127.0.0.1:P1, API on http://localhost:P2.
const http = require('http');
const fs = require('fs');
const P1 = +process.env.P1 || 47101, P2 = +process.env.P2 || 47102;
const PAGE = `http://127.0.0.1:${P1}`, API = `http://localhost:${P2}`;
const log = (...a) => console.log(new Date().toISOString(), ...a);
let truth = null, holders = [];

const page = `<!doctype html><html><head><meta charset="utf-8"><title>corslab firefox-esr recording</title></head><body>
<h1>corslab recording</h1><pre id="out"></pre>
<script>
const API = ${JSON.stringify(API)};
const cases = [
  ["allowed GET",                     "GET", API + "/ok", {}],
  ["GET without ACAO",                "GET", API + "/no-acao", {}],
  ["preflighted PUT allowed",         "PUT", API + "/items/1", {method: "PUT", headers: {"Content-Type": "application/json"}, body: "{\\"n\\":1}"}],
  ["PUT whose preflight fails",       "PUT", API + "/items/2", {method: "PUT", headers: {"Content-Type": "application/json"}, body: "{\\"n\\":2}"}],
  ["credentialed GET, ACAC true (sets cookie)", "GET", API + "/set-cookie", {credentials: "include"}],
  ["credentialed GET, wildcard ACAO", "GET", API + "/cred-wildcard", {credentials: "include"}],
  ["redirect to allowed",             "GET", API + "/redirect", {}],
  ["redirect to target without ACAO", "GET", API + "/redirect-bad", {}],
];
(async () => {
  const results = [];
  for (const [label, method, url, init] of cases) {   // one after another: order is stable in the HAR
    const r = {label, method, url, credentials: init.credentials || "same-origin"};
    try {
      const res = await fetch(url, init);
      r.blocked = false; r.status = res.status; r.finalUrl = res.url; r.redirected = res.redirected;
      r.body = await res.text();
    } catch (e) {
      r.blocked = true; r.error = String(e);
    }
    results.push(r);
  }
  document.getElementById("out").textContent = JSON.stringify(results, null, 1);
  await fetch("/truth", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({page: location.href, userAgent: navigator.userAgent, results})});
})();
</script>
<img src="/hold.png" alt="held until the script reports">
</body></html>`;

const start = `<!doctype html><title>start</title><p>waiting for the toolbox</p>
<script>setTimeout(() => { location.href = "/page"; }, ${+process.env.DELAY || 8000});</script>`;

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

http.createServer((req, res) => {
  log('PAGE', req.method, req.url);
  if (req.url === '/start') { res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8'}); return res.end(start); }
  if (req.url === '/page') { res.writeHead(200, {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store'}); return res.end(page); }
  if (req.url === '/hold.png') {
    const send = () => { res.writeHead(200, {'Content-Type': 'image/png', 'Cache-Control': 'no-store'}); res.end(png); };
    if (truth) return send();
    holders.push(send); setTimeout(() => { holders = holders.filter(h => h !== send); send(); }, 30000); return;
  }
  if (req.url === '/truth' && req.method === 'POST') {
    let b = ''; req.on('data', d => b += d); req.on('end', () => {
      truth = JSON.parse(b); fs.writeFileSync(process.env.TRUTH || 'truth-raw.json', JSON.stringify(truth, null, 2)); log('TRUTH', b);
      res.writeHead(204); res.end(); holders.splice(0).forEach(h => h());
    }); return;
  }
  if (req.url === '/favicon.ico') { res.writeHead(404); return res.end(); }
  res.writeHead(404); res.end('nope');
}).listen(P1, '127.0.0.1', () => log('page on', PAGE));

const api = (req, res) => {
  log('API', req.method, req.url, 'origin=' + req.headers.origin, 'cookie=' + (req.headers.cookie || ''));
  const json = {'Content-Type': 'application/json', 'Cache-Control': 'no-store'};
  const acao = {'Access-Control-Allow-Origin': PAGE};
  const drain = f => { req.resume(); req.on('end', f); };
  const u = req.url;
  if (u === '/ok' || u === '/ok-after-redirect') { res.writeHead(200, {...json, ...acao, 'Vary': 'Origin'}); return res.end('{"ok":true}'); }
  if (u === '/no-acao' || u === '/no-acao-after-redirect') { res.writeHead(200, json); return res.end('{"secret":true}'); }
  if (u === '/items/1') {
    if (req.method === 'OPTIONS') { res.writeHead(204, {...acao, 'Access-Control-Allow-Methods': 'GET, PUT', 'Access-Control-Allow-Headers': 'content-type', 'Access-Control-Max-Age': '0'}); return res.end(); }
    return drain(() => { res.writeHead(200, {...json, ...acao}); res.end('{"put":1}'); });
  }
  if (u === '/items/2') {
    if (req.method === 'OPTIONS') { res.writeHead(204, {...acao, 'Access-Control-Allow-Methods': 'GET', 'Access-Control-Max-Age': '0'}); return res.end(); }
    return drain(() => { res.writeHead(200, {...json, ...acao}); res.end('{"put":2}'); });
  }
  if (u === '/set-cookie') {
    res.writeHead(200, {...json, ...acao, 'Access-Control-Allow-Credentials': 'true', 'Set-Cookie': 'sid=abc123; Path=/; SameSite=None; Secure'});
    return res.end('{"cookie":"set"}');
  }
  if (u === '/cred-wildcard') { res.writeHead(200, {...json, 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true'}); return res.end('{"cred":true}'); }
  if (u === '/redirect') { res.writeHead(302, {...acao, 'Location': API + '/ok-after-redirect'}); return res.end(); }
  if (u === '/redirect-bad') { res.writeHead(302, {...acao, 'Location': API + '/no-acao-after-redirect'}); return res.end(); }
  res.writeHead(404, acao); res.end('{}');
};
http.createServer(api).listen(P2, '127.0.0.1', () => log('api on', API, '(127.0.0.1)'));
http.createServer(api).listen(P2, '::1', () => log('api on', API, '(::1)'));
