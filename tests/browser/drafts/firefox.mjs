// Drafts aimed at the known differences between Chromium and Firefox (issue 14). Goldens
// tests/data/golden/firefox-*.cors.json, each recorded in both browsers: `expect` by run-chromium.mjs
// (record-goldens.mjs), `expectFirefox` by run-firefox.mjs (record-goldens.mjs --engine firefox).
// The names say what each scenario probes, not what either browser does: that is in the recordings.
import { A, SS, XS, CDN, HA, HSS, HXS, ct, acao, ACAC, route, redirect, text, cors, png, js, css, font, wav, html, preflightOk, cookie, scenario } from './common.mjs';

const d = [];
const add = (name, o) => d.push(scenario(`firefox-${name}`, o));
const include = url => ({ via: 'fetch', url, credentials: 'include' });
const T = 'https://third.example';

// ---- third-party cookies: Total Cookie Protection partitions them by top-level site ----
add('tcp-top-level-cookie-cross-site-img', {
  title: 'A cookie set top-level by other.example, then an image of other.example on app.example.com',
  notes: 'other.example set "sid=1; SameSite=None; Secure" when visited top-level (unpartitioned). The page app.example.com then loads <img src=https://other.example/a.png>: a third-party request.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('tcp-top-level-cookie-cross-site-fetch-include', {
  title: 'A top-level cookie of other.example on a credentialed cross-site fetch',
  notes: "The same jar; fetch(https://other.example/items, {credentials: 'include'}) answered with the page's origin and Access-Control-Allow-Credentials: true.",
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: include(`${XS}/items`), server: [cors(`${XS}/items`, A)],
});
add('tcp-top-level-cookie-cross-site-iframe', {
  title: 'A top-level cookie of other.example in a cross-site frame',
  notes: 'The same jar; app.example.com frames https://other.example/frame.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'iframe', url: `${XS}/frame` }, server: [html(`${XS}/frame`)],
});
add('tcp-top-level-cookie-same-site-img', {
  title: 'A top-level cookie of api.example.com on a same-site image',
  notes: 'api.example.com is another origin of the page\'s own site: not a third party, whatever the partitioning.',
  cookies: [cookie(`${SS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'img', url: `${SS}/a.png` }, server: [png(`${SS}/a.png`)],
});
add('tcp-top-level-cookie-navigate-cross-site', {
  title: 'A top-level cookie of other.example on a link to other.example',
  notes: 'A top-level navigation is first-party to its target: the cookie other.example set top-level belongs to that jar.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'navigate', url: `${XS}/landing` }, server: [html(`${XS}/landing`)],
});
add('tcp-embedded-cookie-same-top-img', {
  title: 'A cookie other.example set inside a frame of app.example.com, then an image from app.example.com',
  notes: 'other.example, framed by a top-level app.example.com page, set "sid=1; SameSite=None; Secure" (no Partitioned attribute). Then app.example.com loads an image of other.example: same top-level site as when the cookie was set.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure', `${A}/embed`)],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('tcp-embedded-cookie-other-top-img', {
  title: 'A cookie other.example set inside a frame of third.example, then an image from app.example.com',
  notes: 'other.example, framed by third.example, set "sid=1; SameSite=None; Secure" (no Partitioned attribute). Then app.example.com (another top-level site) loads an image of other.example.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure', `${T}/embed`)],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('tcp-embedded-cookie-then-top-level-navigate', {
  title: 'A cookie other.example set inside a frame of app.example.com, then a link to other.example',
  notes: 'The cookie was set by other.example as a third party (framed by app.example.com); the link then visits other.example top-level, where its own first-party jar applies.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure', `${A}/embed`)],
  request: { via: 'navigate', url: `${XS}/landing` }, server: [html(`${XS}/landing`)],
});
add('third-party-block-setting-img', {
  title: 'Third-party cookies blocked by the browser setting: a top-level cookie of other.example on its image',
  notes: 'browser.thirdPartyCookies "block" (Chrome: Block third-party cookies; Firefox: Custom, all third-party cookies). The same jar and image as firefox-tcp-top-level-cookie-cross-site-img.',
  browser: { thirdPartyCookies: 'block' },
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});

// ---- partitioned cookies (CHIPS) ----
add('partitioned-embedded-same-top-img', {
  title: 'A Partitioned cookie set in a frame of app.example.com, then an image from app.example.com',
  notes: 'other.example framed by app.example.com set "sid=1; SameSite=None; Secure; Partitioned" (partition key app.example.com). app.example.com then loads an image of other.example.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure; Partitioned', `${A}/embed`)],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('partitioned-embedded-other-top-img', {
  title: 'A Partitioned cookie set in a frame of third.example, then an image from app.example.com',
  notes: 'Partition key third.example; the request comes from a page of another top-level site.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure; Partitioned', `${T}/embed`)],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('partitioned-top-level-cross-site-img', {
  title: 'A Partitioned cookie other.example set top-level, then its image from app.example.com',
  notes: 'Set top-level on other.example, the cookie is partitioned by other.example itself; app.example.com is another top-level site.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure; Partitioned')],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('partitioned-without-secure-embedded', {
  title: 'Partitioned without Secure, set in a frame of app.example.com',
  notes: '"sid=1; SameSite=None; Partitioned" (no Secure) from other.example framed by app.example.com; then an image of other.example from app.example.com.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Partitioned', `${A}/embed`)],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});

// ---- SameSite defaults ----
add('samesite-unspecified-set-in-cross-site-frame', {
  title: 'A cookie without SameSite set by a cross-site frame, then sent from the same top-level site',
  notes: 'other.example framed by app.example.com sets "sid=1; Secure" (no SameSite). Then app.example.com loads an image of other.example. A browser that treats a missing SameSite as Lax refuses the set (a cross-site context); one that treats it as None stores it.',
  cookies: [cookie(`${XS}/`, 'sid=1; Secure', `${A}/embed`)],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('samesite-lax-set-in-cross-site-frame', {
  title: 'A SameSite=Lax cookie set by a cross-site frame',
  notes: 'other.example framed by app.example.com sets "sid=1; SameSite=Lax; Secure"; then an image of other.example from app.example.com.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=Lax; Secure', `${A}/embed`)],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('samesite-unspecified-sandboxed-page-own-server', {
  title: 'A sandboxed page fetches its own server: a cookie without SameSite',
  notes: 'app.example.com set "sid=1; Secure" (no SameSite) top-level. The page runs in a sandboxed frame (opaque origin) of app.example.com and loads an image of app.example.com: the request is cross-site for SameSite, first-party for partitioning.',
  pageSandboxed: true,
  cookies: [cookie(`${A}/`, 'sid=1; Secure')],
  request: { via: 'img', url: `${A}/a.png` }, server: [png(`${A}/a.png`)],
});
add('samesite-lax-sandboxed-page-own-server', {
  title: 'A sandboxed page fetches its own server: a SameSite=Lax cookie',
  notes: 'As firefox-samesite-unspecified-sandboxed-page-own-server with "sid=1; SameSite=Lax; Secure".',
  pageSandboxed: true,
  cookies: [cookie(`${A}/`, 'sid=1; SameSite=Lax; Secure')],
  request: { via: 'img', url: `${A}/a.png` }, server: [png(`${A}/a.png`)],
});
add('samesite-unspecified-schemeful-http-page-https-img', {
  title: 'http page, https image of the same registrable domain: a cookie without SameSite',
  notes: 'api.example.com set "sid=1; Secure" over https. The page http://app.example.com loads https://api.example.com/a.png: schemefully cross-site.',
  page: `${HA}/`,
  cookies: [cookie(`${SS}/`, 'sid=1; Secure')],
  request: { via: 'img', url: `${SS}/a.png` }, server: [png(`${SS}/a.png`)],
});
add('samesite-strict-same-origin-after-cross-site-redirect', {
  title: 'A Strict cookie of the page\'s own origin after a cross-site redirect (image)',
  notes: 'app.example.com set "st=1; SameSite=Strict; Secure". The page loads an image from other.example/r, which redirects (302) back to app.example.com/a.png: does the final hop carry the Strict cookie?',
  cookies: [cookie(`${A}/`, 'st=1; SameSite=Strict; Secure')],
  request: { via: 'img', url: `${XS}/r` }, server: [redirect(`${XS}/r`, `${A}/a.png`), png(`${A}/a.png`)],
});
add('samesite-lax-same-origin-after-cross-site-redirect-fetch', {
  title: 'A Lax cookie of the page\'s own origin after a cross-site redirect (fetch)',
  notes: "app.example.com set \"lx=1; SameSite=Lax; Secure\". fetch(https://other.example/r, {credentials: 'include'}) redirects (302) to app.example.com/items, which allows the now-null origin with credentials.",
  cookies: [cookie(`${A}/`, 'lx=1; SameSite=Lax; Secure')],
  request: include(`${XS}/r`),
  server: [redirect(`${XS}/r`, `${A}/items`, [acao(A), ACAC]), route(`${A}/items`, { headers: [ct('text/plain'), acao('null'), ACAC], body: 'ok' })],
});

// ---- muted errors of classic scripts ----
const scriptBody = (url, body) => route(url, { headers: [ct('text/javascript')], body });
for (const [label, body] of [
  ['throw-error-object', "throw new Error('corslab-probe');\n"],
  ['throw-string', "throw 'corslab-probe';\n"],
  ['reference-error', 'corslabUndefinedFunction();\n'],
  ['type-error', 'null.corslab;\n'],
  ['syntax-error', 'var = ;\n'],
]) {
  add(`script-cross-origin-${label}-muted`, {
    title: `A cross-origin classic script without crossorigin: ${label.replace(/-/g, ' ')}`,
    notes: `<script src=https://other.example/a.js> (no crossorigin) whose body is: ${body.trim()} The page's window.onerror reads the message; "Script error." means the error was muted.`,
    request: { via: 'script', url: `${XS}/a.js` }, server: [scriptBody(`${XS}/a.js`, body)],
  });
}
add('script-crossorigin-throw-error-object', {
  title: 'A cross-origin script with crossorigin=anonymous and CORS: a thrown Error',
  notes: 'The same throwing script, loaded in CORS mode and allowed (Access-Control-Allow-Origin: *): errors are not muted.',
  request: { via: 'script', url: `${XS}/a.js`, crossorigin: 'anonymous' },
  server: [route(`${XS}/a.js`, { headers: [ct('text/javascript'), acao('*')], body: "throw new Error('corslab-probe');\n" })],
});

// ---- stylesheet MIME types ----
for (const [label, type, origin] of [['text-plain-cross-origin', 'text/plain', XS], ['text-plain-same-origin', 'text/plain', A],
  ['text-html-cross-origin', 'text/html', XS], ['no-type-cross-origin', null, XS], ['css-charset-cross-origin', 'text/css; charset=utf-8', XS]]) {
  add(`stylesheet-${label}`, {
    title: `A stylesheet served as ${type ?? 'no Content-Type'} (${origin === A ? 'same origin' : 'cross origin'})`,
    notes: `<link rel=stylesheet href=${origin}/s.css> answered with ${type ? `Content-Type: ${type}` : 'no Content-Type'} and one CSS rule; the page is in standards mode.`,
    request: { via: 'stylesheet', url: `${origin}/s.css` },
    server: [route(`${origin}/s.css`, { headers: type ? [ct(type)] : [], body: '.corslab-probe { color: red; }\n' })],
  });
}

// ---- user:pass@ in subresource URLs ----
add('credentials-url-img-same-origin', {
  title: 'An image whose URL carries user:pass@ (same origin)',
  notes: '<img src=https://user:pass@app.example.com/a.png>.',
  request: { via: 'img', url: 'https://user:pass@app.example.com/a.png' }, server: [png(`${A}/a.png`)],
});
add('credentials-url-script-cross-origin', {
  title: 'A script whose URL carries user:pass@ (cross origin)',
  notes: '<script src=https://user:pass@other.example/a.js>.',
  request: { via: 'script', url: 'https://user:pass@other.example/a.js' }, server: [js(`${XS}/a.js`)],
});
add('credentials-url-stylesheet-cross-origin', {
  title: 'A stylesheet whose URL carries user:pass@',
  notes: '<link rel=stylesheet href=https://user:pass@other.example/s.css>.',
  request: { via: 'stylesheet', url: 'https://user:pass@other.example/s.css' }, server: [css(`${XS}/s.css`)],
});
// (A frame at a user:pass@ URL is left out: Chromium 156 neither loads nor fails it, the runner times out.)
add('credentials-redirect-img', {
  title: 'An image redirected to a URL with user:pass@',
  notes: 'app.example.com/r answers 302 Location: https://user:pass@app.example.com/a.png.',
  request: { via: 'img', url: `${A}/r` }, server: [redirect(`${A}/r`, 'https://user:pass@app.example.com/a.png'), png(`${A}/a.png`)],
});
add('credentials-url-xhr-cross-origin', {
  title: 'XMLHttpRequest to a URL with user:pass@',
  notes: 'xhr.open("GET", "https://user:pass@other.example/items"), answered with Access-Control-Allow-Origin: *.',
  request: { via: 'xhr', url: 'https://user:pass@other.example/items' }, server: [cors(`${XS}/items`, '*')],
});

// ---- Origin on same-origin crossorigin loads and fonts ----
add('origin-img-crossorigin-same-origin', {
  title: 'Origin on a same-origin <img crossorigin=anonymous>',
  notes: 'A CORS-mode image of the page\'s own origin: is the Origin header sent?',
  request: { via: 'img', url: `${A}/a.png`, crossorigin: 'anonymous' }, server: [png(`${A}/a.png`)],
});
add('origin-script-crossorigin-same-origin', {
  title: 'Origin on a same-origin <script crossorigin=anonymous>',
  notes: 'A CORS-mode script of the page\'s own origin.',
  request: { via: 'script', url: `${A}/a.js`, crossorigin: 'anonymous' }, server: [js(`${A}/a.js`)],
});
add('origin-stylesheet-crossorigin-same-origin', {
  title: 'Origin on a same-origin <link rel=stylesheet crossorigin=anonymous>',
  notes: 'A CORS-mode stylesheet of the page\'s own origin.',
  request: { via: 'stylesheet', url: `${A}/s.css`, crossorigin: 'anonymous' }, server: [css(`${A}/s.css`)],
});
add('origin-media-crossorigin-same-origin', {
  title: 'Origin on same-origin <audio crossorigin=anonymous>',
  notes: 'A CORS-mode media load of the page\'s own origin.',
  request: { via: 'media', url: `${A}/a.wav`, crossorigin: 'anonymous' }, server: [wav(`${A}/a.wav`)],
});
add('origin-font-same-origin', {
  title: 'Origin on a same-origin font',
  notes: '@font-face from the page\'s own origin (fonts are always CORS-mode requests).',
  request: { via: 'font', url: `${A}/f.ttf` }, server: [font(`${A}/f.ttf`)],
});
add('origin-font-cross-origin', {
  title: 'Origin on a cross-origin font',
  notes: '@font-face from other.example, allowed with Access-Control-Allow-Origin: *.',
  request: { via: 'font', url: `${XS}/f.ttf` }, server: [font(`${XS}/f.ttf`, [acao('*')])],
});
add('origin-fetch-get-same-origin', {
  title: 'Origin on a same-origin GET fetch',
  notes: 'fetch of the page\'s own origin, GET.',
  request: { via: 'fetch', url: `${A}/items` }, server: [text(`${A}/items`)],
});
add('origin-fetch-post-same-origin', {
  title: 'Origin on a same-origin POST fetch',
  notes: 'fetch of the page\'s own origin, POST with a text body.',
  request: { via: 'fetch', url: `${A}/items`, method: 'POST', body: 'a=1' }, server: [text(`${A}/items`)],
});

// ---- Origin on a preflight after a cross-origin redirect ----
add('preflight-after-cross-origin-redirect-origin', {
  title: 'The Origin of a preflight after a cross-origin redirect',
  notes: "fetch PUT https://api.example.com/r (preflighted, allowed) answered 307 to https://other.example/items: the second preflight's Origin (a tainted origin serialises as null).",
  request: { via: 'fetch', url: `${SS}/r`, method: 'PUT', headers: [['Content-Type', 'application/json']], body: '{}' },
  server: [preflightOk(`${SS}/r`, A, 'PUT', 'content-type'), redirect(`${SS}/r`, `${XS}/items`, [acao(A), ACAC], 307),
           route(`${XS}/items`, { method: 'OPTIONS', status: 204, headers: [acao('*'), ['Access-Control-Allow-Methods', 'PUT'], ['Access-Control-Allow-Headers', 'content-type']] }),
           cors(`${XS}/items`, '*')],
});
add('preflight-after-same-origin-to-cross-origin-redirect', {
  title: 'A same-origin fetch redirected cross-origin, needing a preflight there',
  notes: "fetch PUT app.example.com/r (same origin, no preflight) answered 307 to https://other.example/items: the preflight to other.example and its Origin.",
  request: { via: 'fetch', url: `${A}/r`, method: 'PUT', headers: [['Content-Type', 'application/json']], body: '{}' },
  server: [redirect(`${A}/r`, `${XS}/items`, [], 307),
           route(`${XS}/items`, { method: 'OPTIONS', status: 204, headers: [acao('*'), ['Access-Control-Allow-Methods', 'PUT'], ['Access-Control-Allow-Headers', 'content-type']] }),
           cors(`${XS}/items`, '*')],
});

// ---- preflight cache: only the Max-Age value is visible in one request ----
add('preflight-max-age-one-day', {
  title: 'A preflight answered with Access-Control-Max-Age: 86400',
  notes: 'One request cannot show the cache, but the preflight and the request are recorded with the long Max-Age (Firefox caps it at 24 h, Chromium at 2 h).',
  request: { via: 'fetch', url: `${XS}/items`, method: 'PUT', headers: [['Content-Type', 'application/json']], body: '{}' },
  server: [route(`${XS}/items`, { method: 'OPTIONS', status: 204, headers: [acao(A), ['Access-Control-Allow-Methods', 'PUT'], ['Access-Control-Allow-Headers', 'content-type'], ['Access-Control-Max-Age', '86400']] }),
           cors(`${XS}/items`, '*')],
});

// ---- ORB ----
for (const [label, type, body] of [
  ['html', 'text/html', '<!DOCTYPE html><p>secret</p>'], ['json', 'application/json', '{"secret": 1}'],
  ['text-plain', 'text/plain', 'secret'], ['xml', 'application/xml', '<?xml version="1.0"?><secret/>'],
  ['pdf', 'application/pdf', '%PDF-1.4\n'], ['octet-stream-png-bytes', 'application/octet-stream', null],
]) {
  const headers = [ct(type)];
  const r = body === null
    ? route(`${XS}/a`, { headers }) : route(`${XS}/a`, { headers, body });
  if (body === null) r.bodyBase64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  add(`orb-img-${label}`, {
    title: `ORB: a cross-origin <img> answered with ${type}`,
    notes: `A no-cors image load of https://other.example/a answered with Content-Type: ${type}${body === null ? ' and the bytes of a PNG' : ''}.`,
    request: { via: 'img', url: `${XS}/a` }, server: [r],
  });
}
add('orb-script-json', {
  title: 'ORB: a cross-origin classic script answered with JSON',
  notes: '<script src=https://other.example/a> answered with application/json {"secret": 1}.',
  request: { via: 'script', url: `${XS}/a` }, server: [route(`${XS}/a`, { headers: [ct('application/json')], body: '{"secret": 1}' })],
});
add('orb-img-nosniff-text-plain', {
  title: 'ORB: a cross-origin image, text/plain with nosniff',
  notes: 'Content-Type: text/plain, X-Content-Type-Options: nosniff, a PNG body.',
  request: { via: 'img', url: `${XS}/a` },
  server: [Object.assign(route(`${XS}/a`, { headers: [ct('text/plain'), ['X-Content-Type-Options', 'nosniff']] }),
    { bodyBase64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==' })],
});
add('orb-fetch-no-cors-json', {
  title: 'ORB: a no-cors fetch of JSON',
  notes: "fetch(https://other.example/a, {mode: 'no-cors'}) answered with application/json: an opaque response either way; does the fetch reject?",
  request: { via: 'fetch', url: `${XS}/a`, mode: 'no-cors' }, server: [route(`${XS}/a`, { headers: [ct('application/json')], body: '{"secret": 1}' })],
});
add('orb-media-html', {
  title: 'ORB: cross-origin <audio> answered with text/html',
  notes: 'A no-cors media load answered with an HTML document.',
  request: { via: 'media', url: `${XS}/a` }, server: [route(`${XS}/a`, { headers: [ct('text/html')], body: '<!DOCTYPE html><p>secret</p>' })],
});
add('orb-img-same-origin-html', {
  title: 'ORB does not apply to the page\'s own origin',
  notes: 'A same-origin <img> answered with text/html.',
  request: { via: 'img', url: `${A}/a` }, server: [route(`${A}/a`, { headers: [ct('text/html')], body: '<!DOCTYPE html><p>x</p>' })],
});

// ---- mixed content ----
add('mixed-img-upgraded', {
  title: 'https page, http image: upgraded?',
  notes: '<img src=http://other.example/a.png> on https://app.example.com; only the https URL is served.',
  request: { via: 'img', url: `${HXS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('mixed-img-only-http-served', {
  title: 'https page, http image served only over http',
  notes: 'The same image, served at http://other.example/a.png only (https answers 404).',
  request: { via: 'img', url: `${HXS}/a.png` }, server: [png(`${HXS}/a.png`)],
});
add('mixed-audio-upgraded', {
  title: 'https page, http audio',
  notes: '<audio src=http://other.example/a.wav>; only https is served.',
  request: { via: 'media', url: `${HXS}/a.wav` }, server: [wav(`${XS}/a.wav`)],
});
add('mixed-script-blocked', {
  title: 'https page, http script',
  notes: '<script src=http://other.example/a.js>, served over both schemes.',
  request: { via: 'script', url: `${HXS}/a.js` }, server: [js(`${HXS}/a.js`), js(`${XS}/a.js`)],
});
add('mixed-fetch-blocked', {
  title: 'https page, fetch of an http URL',
  notes: 'fetch(http://other.example/items), served over both schemes with Access-Control-Allow-Origin: *.',
  request: { via: 'fetch', url: `${HXS}/items` }, server: [cors(`${HXS}/items`, '*'), cors(`${XS}/items`, '*')],
});
add('mixed-iframe-blocked', {
  title: 'https page, http frame',
  notes: '<iframe src=http://other.example/frame>, served over both schemes.',
  request: { via: 'iframe', url: `${HXS}/frame` }, server: [html(`${HXS}/frame`), html(`${XS}/frame`)],
});
add('mixed-img-localhost', {
  title: 'https page, image from http://localhost',
  notes: 'http://localhost:8093/a.png is potentially trustworthy.',
  request: { via: 'img', url: 'http://localhost:8093/a.png' }, server: [png('http://localhost:8093/a.png')],
});
add('mixed-img-127-0-0-1', {
  title: 'https page, image from http://127.0.0.1',
  notes: 'http://127.0.0.1:8094/a.png is potentially trustworthy.',
  request: { via: 'img', url: 'http://127.0.0.1:8094/a.png' }, server: [png('http://127.0.0.1:8094/a.png')],
});
// (A form POST from https into a frame at an http URL is golden mixed-form: Firefox holds the page in
// form.submit() there, see README-firefox-observations.md.)
add('mixed-navigate-http', {
  title: 'https page, link to http',
  notes: 'A top-level navigation to http://other.example/landing is not mixed content.',
  request: { via: 'navigate', url: `${HXS}/landing` }, server: [html(`${HXS}/landing`), html(`${XS}/landing`)],
});

// ---- Fetch Metadata ----
add('fetch-metadata-media-dest', {
  title: 'Sec-Fetch-Dest of <audio>',
  notes: 'A cross-site audio load.',
  request: { via: 'media', url: `${XS}/a.wav` }, server: [wav(`${XS}/a.wav`)],
});
add('fetch-metadata-font-dest', {
  title: 'Sec-Fetch-Dest and Mode of a font',
  notes: 'A cross-site @font-face allowed with Access-Control-Allow-Origin: *.',
  request: { via: 'font', url: `${XS}/f.ttf` }, server: [font(`${XS}/f.ttf`, [acao('*')])],
});
add('fetch-metadata-form-into-frame', {
  title: 'Sec-Fetch-* of a form submitted into a frame',
  notes: 'A cross-site form POST into a frame of the page.',
  request: { via: 'form', url: `${XS}/form`, method: 'POST', body: 'a=1' }, server: [html(`${XS}/form`)],
});
add('fetch-metadata-preflight', {
  title: 'Sec-Fetch-* on a preflight',
  notes: 'A cross-site PUT fetch with a preflight.',
  request: { via: 'fetch', url: `${XS}/items`, method: 'PUT', headers: [['Content-Type', 'application/json']], body: '{}' },
  server: [preflightOk(`${XS}/items`, A), cors(`${XS}/items`, A)],
});
add('fetch-metadata-http-target', {
  title: 'Sec-Fetch-* to an http target',
  notes: 'The page http://app.example.com loads an image of http://other.example (not potentially trustworthy).',
  page: `${HA}/`,
  request: { via: 'img', url: `${HXS}/a.png` }, server: [png(`${HXS}/a.png`)],
});
add('fetch-metadata-redirect-same-origin-cross-site-same-origin', {
  title: 'Sec-Fetch-Site through same-origin → cross-site → same-origin',
  notes: 'An image of app.example.com/r1 → other.example/r2 → app.example.com/a.png.',
  request: { via: 'img', url: `${A}/r1` },
  server: [redirect(`${A}/r1`, `${XS}/r2`), redirect(`${XS}/r2`, `${A}/a.png`), png(`${A}/a.png`)],
});
add('fetch-metadata-iframe-same-site', {
  title: 'Sec-Fetch-* of a same-site frame',
  notes: '<iframe src=https://api.example.com/frame>.',
  request: { via: 'iframe', url: `${SS}/frame` }, server: [html(`${SS}/frame`)],
});

// ---- Referer across sites (policies that would send more than the default) ----
add('referer-unsafe-url-cross-site-img', {
  title: 'referrerpolicy=unsafe-url on a cross-site image',
  notes: 'The page https://app.example.com/account/settings?tab=2 loads an image of other.example with referrerpolicy="unsafe-url".',
  page: `${A}/account/settings?tab=2`,
  request: { via: 'img', url: `${XS}/a.png`, referrerPolicy: 'unsafe-url' }, server: [png(`${XS}/a.png`)],
});
add('referer-unsafe-url-same-site-img', {
  title: 'referrerpolicy=unsafe-url on a same-site image',
  notes: 'The same page and policy; the image is on api.example.com (same site).',
  page: `${A}/account/settings?tab=2`,
  request: { via: 'img', url: `${SS}/a.png`, referrerPolicy: 'unsafe-url' }, server: [png(`${SS}/a.png`)],
});
add('referer-no-referrer-when-downgrade-cross-site-fetch', {
  title: 'no-referrer-when-downgrade on a cross-site fetch',
  notes: "fetch(https://other.example/items, {referrerPolicy: 'no-referrer-when-downgrade'}) from https://app.example.com/account/settings?tab=2.",
  page: `${A}/account/settings?tab=2`,
  request: { via: 'fetch', url: `${XS}/items`, referrerPolicy: 'no-referrer-when-downgrade' }, server: [cors(`${XS}/items`, '*')],
});

// ---- CORP ----
add('corp-same-origin-img-cross-site', {
  title: 'CORP same-origin on a cross-site image',
  notes: 'Cross-Origin-Resource-Policy: same-origin on https://other.example/a.png.',
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`, [['Cross-Origin-Resource-Policy', 'same-origin']])],
});
add('corp-same-site-img-same-site', {
  title: 'CORP same-site on a same-site image',
  notes: 'Cross-Origin-Resource-Policy: same-site on https://api.example.com/a.png.',
  request: { via: 'img', url: `${SS}/a.png` }, server: [png(`${SS}/a.png`, [['Cross-Origin-Resource-Policy', 'same-site']])],
});
add('corp-same-site-http-page-https-img', {
  title: 'CORP same-site: http page, https image of the same registrable domain',
  notes: 'The page http://app.example.com loads https://api.example.com/a.png with Cross-Origin-Resource-Policy: same-site (schemeful same-site or not?).',
  page: `${HA}/`,
  request: { via: 'img', url: `${SS}/a.png` }, server: [png(`${SS}/a.png`, [['Cross-Origin-Resource-Policy', 'same-site']])],
});
add('corp-on-redirect-hop', {
  title: 'CORP on a redirect response',
  notes: 'other.example/r answers 302 with Cross-Origin-Resource-Policy: same-origin, pointing back to the page\'s origin.',
  request: { via: 'img', url: `${XS}/r` },
  server: [redirect(`${XS}/r`, `${A}/a.png`, [['Cross-Origin-Resource-Policy', 'same-origin']]), png(`${A}/a.png`)],
});

// ---- COEP ----
const COEP = v => [['Cross-Origin-Embedder-Policy', v]];
add('coep-require-corp-img-no-corp', {
  title: 'COEP require-corp: a cross-site image without CORP',
  notes: 'The page sends Cross-Origin-Embedder-Policy: require-corp.',
  pageHeaders: COEP('require-corp'),
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('coep-credentialless-img-cookie', {
  title: 'COEP credentialless: a cross-site image and its cookie',
  notes: 'other.example set "sid=1; SameSite=None; Secure" top-level; the page (COEP credentialless) loads its image without CORP.',
  pageHeaders: COEP('credentialless'),
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('coep-credentialless-same-site-img-cookie', {
  title: 'COEP credentialless: a same-site image and its cookie',
  notes: 'api.example.com set "sid=1; SameSite=None; Secure" top-level; the page (COEP credentialless) loads its image.',
  pageHeaders: COEP('credentialless'),
  cookies: [cookie(`${SS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'img', url: `${SS}/a.png` }, server: [png(`${SS}/a.png`)],
});
add('coep-require-corp-iframe-no-coep', {
  title: 'COEP require-corp: a cross-site frame with CORP but without COEP',
  notes: 'The frame answers Cross-Origin-Resource-Policy: cross-origin but sends no COEP of its own.',
  pageHeaders: COEP('require-corp'),
  request: { via: 'iframe', url: `${XS}/frame` }, server: [html(`${XS}/frame`, [['Cross-Origin-Resource-Policy', 'cross-origin']])],
});

// ---- framing ----
const XFO = v => ['X-Frame-Options', v];
const CSP = v => ['Content-Security-Policy', v];
for (const [label, headers] of [
  ['xfo-deny', [XFO('DENY')]], ['xfo-sameorigin-cross-origin', [XFO('SAMEORIGIN')]], ['xfo-allowall', [XFO('ALLOWALL')]],
  ['xfo-allow-from', [XFO('ALLOW-FROM https://app.example.com')]], ['xfo-conflicting', [XFO('DENY'), XFO('SAMEORIGIN')]],
  ['xfo-invalid', [XFO('corslab')]], ['frame-ancestors-none', [CSP("frame-ancestors 'none'")]],
  ['frame-ancestors-self-cross-origin', [CSP("frame-ancestors 'self'")]], ['frame-ancestors-allows-page-over-xfo-deny', [CSP('frame-ancestors https://app.example.com'), XFO('DENY')]],
]) {
  add(`frame-${label}`, {
    title: `A cross-origin frame answered with ${headers.map(([n, v]) => `${n}: ${v}`).join(' and ')}`,
    notes: `app.example.com frames https://other.example/frame, which answers ${headers.map(([n, v]) => `${n}: ${v}`).join(', ')}.`,
    request: { via: 'iframe', url: `${XS}/frame` }, server: [html(`${XS}/frame`, headers)],
  });
}
add('frame-xfo-sameorigin-same-origin', {
  title: 'A same-origin frame answered with X-Frame-Options: SAMEORIGIN',
  notes: 'app.example.com frames its own /frame.',
  request: { via: 'iframe', url: `${A}/frame` }, server: [html(`${A}/frame`, [XFO('SAMEORIGIN')])],
});
add('frame-xfo-on-redirect', {
  title: 'X-Frame-Options: DENY on a redirect response of a frame',
  notes: 'other.example/r answers 302 with X-Frame-Options: DENY to other.example/frame (no XFO).',
  request: { via: 'iframe', url: `${XS}/r` }, server: [redirect(`${XS}/r`, `${XS}/frame`, [XFO('DENY')]), html(`${XS}/frame`)],
});

export default d;
