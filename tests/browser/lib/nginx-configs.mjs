// Random, untuned nginx CORS configurations and one nginx (Debian's nginx-light, /usr/sbin/nginx) of
// our own to serve them: one `server` block per configuration on its own loopback port. Shared by
// probe-agreement.mjs (corslab-cli probe against Chromium) and har-agreement.mjs (HARs Chromium
// recorded against them). The generator draws from a seeded PRNG in a fixed order: the same seed gives
// the same configurations (and, in probe-agreement.mjs, the same requests after them).
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';

export const NGINX = '/usr/sbin/nginx';

// ---------- seeded PRNG (mulberry32) ----------
export function createRandom(seed) {
  let state = seed >>> 0;
  function rand() {
    state = (state + 0x6D2B79F5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  const chance = p => rand() < p;
  const pick = list => list[Math.floor(rand() * list.length)];
  function weighted(pairs) {           // [[value, weight], ...]
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = rand() * total;
    for (const [v, w] of pairs) { if ((r -= w) < 0) return v; }
    return pairs[pairs.length - 1][0];
  }
  function subset(pool, min, max) {
    const n = min + Math.floor(rand() * (max - min + 1));
    const copy = [...pool], out = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
    return out;
  }
  return { rand, chance, pick, weighted, subset };
}

// ---------- ports ----------
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

// `count` distinct free loopback ports, none of them in `avoid`.
export async function freePorts(count, avoid = []) {
  const ports = [];
  while (ports.length < count) { const p = await freePort(); if (!avoid.includes(p) && !ports.includes(p)) ports.push(p); }
  return ports;
}

export function waitForPort(port, ms) {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => { s.destroy(); resolve(); });
      s.once('error', () => { s.destroy(); if (Date.now() > deadline) reject(new Error(`nginx does not listen on ${port}`)); else setTimeout(attempt, 50); });
    };
    attempt();
  });
}

// ---------- configurations ----------

// A 1x1 PNG, a stylesheet and a script, served as static files under /f/.
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
export const FILES = { 'p.png': PNG, 'c.css': 'body { color: rgb(1, 2, 3); }\n', 's.js': 'window.probeAgreement = 1;\n' };

// One configuration: `rng` from createRandom, `i` its index, `ports` every configuration's port (a
// redirect goes to a later one), `pageOrigin` the origin the pages run on. Options:
//   serverOrigin(port)  the origin a configuration is reached at (default http://127.0.0.1:PORT); it
//                       names the configuration's `origin` and its redirect targets. nginx listens on
//                       127.0.0.1:PORT either way (a browser maps other host names there).
//   looseDomain         the regex an unanchored `map` entry matches (default example\.test)
//   tls                 {certPath, keyPath}: the server speaks HTTPS (HTTP/2 and HTTP/1.1) with them
//   name                what names the configuration's nginx variables and server_name (default i;
//                       configurations of one nginx need distinct ones)
// Returns {index, port, origin, httpContext, server (with FILESDIR for the files' directory), redirectTarget}.
export function makeConfig(rng, i, ports, pageOrigin, { serverOrigin = p => `http://127.0.0.1:${p}`, looseDomain = 'example\\.test', tls = null, name = i } = {}) {
  const { chance, pick, weighted, subset } = rng;
  const port = ports[i];
  const pageUrl = new URL(pageOrigin);
  const pageHostPattern = pageUrl.hostname.replace(/\./g, '\\.');
  const always = chance(0.5) ? ' always' : '';
  const acaoKind = weighted([['exact-page', 3], ['exact-app', 2], ['other', 1], ['star', 3], ['reflect', 3], ['null', 1], ['map', 3], ['none', 1]]);
  let httpContext = '';
  let acao = null;
  switch (acaoKind) {
    case 'exact-page': acao = pageOrigin; break;
    case 'exact-app': acao = 'https://app.example.test'; break;
    case 'other': acao = pick(['https://other.example.test', 'http://127.0.0.1', `http://localhost:${pageUrl.port || (pageUrl.protocol === 'https:' ? 443 : 80)}`]); break;
    case 'star': acao = '*'; break;
    case 'reflect': acao = '$http_origin'; break;
    case 'null': acao = 'null'; break;
    case 'map': {
      const entries = [];
      if (chance(0.6)) entries.push(chance(0.5) ? `"~^https://app\\.example\\.test$" $http_origin;` : `"https://app.example.test" $http_origin;`);
      if (chance(0.6)) entries.push(chance(0.5) ? `"~^http://${pageHostPattern}(:[0-9]+)?$" $http_origin;` : `"${pageOrigin}" "${pageOrigin}";`);
      if (chance(0.3)) entries.push(`"~${looseDomain}" $http_origin;`);   // unanchored: matches look-alikes too
      if (chance(0.2)) entries.push(`"null" "null";`);
      if (!entries.length) entries.push(`"https://app.example.test" $http_origin;`);
      httpContext = `map $http_origin $cors_origin_${name} {\n    default "";\n${entries.map(e => '    ' + e).join('\n')}\n}\n`;
      acao = `$cors_origin_${name}`;
      break;
    }
    case 'none': acao = null; break;
  }
  const acac = weighted([['true', 4], ['TRUE', 1], [null, 4]]);
  const methodPool = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'patch', '*'];
  const acam = chance(0.7) ? subset(methodPool, 1, 4).join(pick([', ', ',', ' , '])) : null;
  const headerPool = ['Content-Type', 'content-type', 'X-Custom', 'x-requested-with', 'Authorization', '*', 'X-Trace', 'Accept'];
  const acah = chance(0.7) ? subset(headerPool, 1, 3).join(pick([', ', ','])) : null;
  const maxAge = chance(0.4) ? pick(['0', '600', '86400', '-1']) : null;
  const vary = chance(0.5);
  const aceh = chance(0.2) ? 'X-Trace' : null;
  const nosniff = chance(0.2);

  const cors = [];
  const q = v => (/[\s,;]/.test(v) ? `"${v}"` : v);
  if (acao !== null) cors.push(`add_header Access-Control-Allow-Origin ${q(acao)}${always};`);
  if (acac) cors.push(`add_header Access-Control-Allow-Credentials ${acac}${always};`);
  if (vary) cors.push(`add_header Vary Origin${always};`);
  if (aceh) cors.push(`add_header Access-Control-Expose-Headers ${aceh}${always};`);
  if (nosniff) cors.push(`add_header X-Content-Type-Options nosniff${always};`);
  // The preflight headers at location level too, or only in the OPTIONS answer.
  const pfHeaders = [];
  if (acam) pfHeaders.push(`add_header Access-Control-Allow-Methods ${q(acam)}${always};`);
  if (acah) pfHeaders.push(`add_header Access-Control-Allow-Headers ${q(acah)}${always};`);
  if (maxAge) pfHeaders.push(`add_header Access-Control-Max-Age ${maxAge}${always};`);
  const pfEverywhere = chance(0.3);
  const locationHeaders = pfEverywhere ? [...cors, ...pfHeaders] : cors;

  // OPTIONS: no handling, or an `if` that answers it. add_header inside `if` replaces the location's
  // ones, so a configuration may or may not repeat them there.
  const optionsKind = weighted([['none', 2], ['full', 4], ['partial', 2], ['bare', 1]]);
  const optionsStatus = weighted([[204, 4], [200, 3], [403, 1], [405, 1]]);
  let optionsBlock = '';
  if (optionsKind !== 'none') {
    const inside = optionsKind === 'full' ? [...cors, ...pfHeaders] : optionsKind === 'partial' ? pfHeaders : [];
    optionsBlock = `if ($request_method = OPTIONS) {\n${inside.map(l => '    ' + l).join('\n')}${inside.length ? '\n' : ''}    return ${optionsStatus};\n}\n`;
  }

  const contentStatus = weighted([[200, 6], [201, 1], [404, 2], [500, 1]]);
  const contentType = pick(['application/json', 'text/plain', 'text/html', 'text/css', 'application/javascript', 'image/png']);
  const extraContentType = chance(0.15) ? pick(['application/json', 'text/plain; charset=utf-8', 'text/javascript']) : null;
  const bodies = { 'application/json': '{"ok": true}', 'text/plain': 'hello', 'text/html': '<!doctype html><p>hi</p>',
                   'text/css': 'p { color: red; }', 'application/javascript': 'var probed = 1;', 'image/png': 'not really a png' };
  const body = bodies[contentType];

  // /go: a redirect to another generated server (a higher index, so no loops), or to this one.
  const redirectStatus = pick([301, 302, 307, 308]);
  const later = ports.slice(i + 1);
  const targetPort = later.length && chance(0.85) ? pick(later) : port;
  const targetPath = pick(['/api', '/api', '/f/p.png', '/f/c.css', '/f/s.js', '/go']);
  const redirectTarget = `${serverOrigin(targetPort)}${targetPort === port && targetPath === '/go' ? '/api' : targetPath}`;
  const redirectCors = chance(0.7);
  const redirectOptions = chance(0.6);

  const mislabelFiles = chance(0.2);
  const ind = (text, n) => text.split('\n').filter(Boolean).map(l => ' '.repeat(n) + l).join('\n');
  const lines = [];
  lines.push(`server {`);
  if (tls) {
    lines.push(`    listen 127.0.0.1:${port} ssl http2;`);
    lines.push(`    ssl_certificate ${tls.certPath};`);
    lines.push(`    ssl_certificate_key ${tls.keyPath};`);
  } else {
    lines.push(`    listen 127.0.0.1:${port};`);
  }
  lines.push(`    server_name s${name};`);
  lines.push(`    default_type ${contentType};`);
  lines.push(`    location /api {`);
  if (locationHeaders.length) lines.push(ind(locationHeaders.join('\n'), 8));
  if (extraContentType) lines.push(`        add_header Content-Type "${extraContentType}";`);
  if (optionsBlock) lines.push(ind(optionsBlock, 8));
  lines.push(`        return ${contentStatus} '${body}';`);
  lines.push(`    }`);
  lines.push(`    location /f/ {`);
  lines.push(`        alias FILESDIR/;`);
  if (mislabelFiles) lines.push(`        types { } default_type text/plain;`);
  if (locationHeaders.length) lines.push(ind(locationHeaders.join('\n'), 8));
  if (optionsBlock) lines.push(ind(optionsBlock, 8));
  lines.push(`    }`);
  lines.push(`    location /go {`);
  if (redirectCors && locationHeaders.length) lines.push(ind(locationHeaders.join('\n'), 8));
  if (redirectOptions && optionsBlock) lines.push(ind(optionsBlock, 8));
  lines.push(`        return ${redirectStatus} ${redirectTarget};`);
  lines.push(`    }`);
  lines.push(`}`);
  return { index: i, name, port, origin: serverOrigin(port), httpContext, server: lines.join('\n') + '\n', redirectTarget };
}

// A configuration's server block as it runs (the files' directory filled in), each line prefixed.
export function serverBlockText(config, filesDir, prefix = '  | ') {
  return ((config.httpContext ? config.httpContext : '') + config.server.replaceAll('FILESDIR', filesDir))
    .split('\n').filter((l, k, all) => l !== '' || k < all.length - 1).map(l => prefix + l).join('\n');
}

// ---------- running ----------
export function nginxConf(dir, configs) {
  return `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path ${dir}/tmp/body;
    proxy_temp_path ${dir}/tmp/proxy;
    fastcgi_temp_path ${dir}/tmp/fastcgi;
    uwsgi_temp_path ${dir}/tmp/uwsgi;
    scgi_temp_path ${dir}/tmp/scgi;
    types { image/png png; text/css css; application/javascript js; text/html html; }
    default_type application/octet-stream;
${configs.map(c => c.httpContext).join('')}
${configs.map(c => c.server.replaceAll('FILESDIR', path.join(dir, 'files'))).join('\n')}
}
`;
}

// Writes DIR/nginx.conf and DIR/files, checks the configuration (nginx -t), starts nginx and waits
// until every configuration's port listens. Returns {stop(), child}. nginx is stopped when this
// process exits or is interrupted.
export async function startNginx(dir, configs) {
  fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'files'), { recursive: true });
  for (const [name, content] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, 'files', name), content);
  const confPath = path.join(dir, 'nginx.conf');
  fs.writeFileSync(confPath, nginxConf(dir, configs));
  const test = spawnSync(NGINX, ['-t', '-p', dir, '-c', confPath, '-e', path.join(dir, 'error.log')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  const child = spawn(NGINX, ['-p', dir, '-c', confPath, '-e', path.join(dir, 'error.log')], { stdio: 'ignore' });
  const stop = () => { if (child.exitCode === null && !child.killed) child.kill('SIGTERM'); };
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { stop(); process.exit(130); });
  for (const c of configs) await waitForPort(c.port, 10000);
  return { stop, child };
}
