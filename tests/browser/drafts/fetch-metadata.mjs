// Fetch Metadata drafts (issue 11): Sec-Fetch-Site, -Mode, -Dest, -User on every kind of request.
// Goldens tests/data/golden/fetch-metadata-*.cors.json.
import { A, SS, XS, HA, HSS, HXS, ct, acao, ACAC, route, redirect, text, cors, png, js, css, font, wav, html, preflightOk, scenario } from './common.mjs';

const d = [];
const add = (name, o) => d.push(scenario(`fetch-metadata-${name}`, o));
const where = { 'same-origin': A, 'same-site': SS, 'cross-site': XS };

// fetch() in its three modes, xhr, and the elements, against the page's own origin, a same-site
// origin and another site.
for (const [rel, origin] of Object.entries(where)) {
  add(`fetch-cors-${rel}`, {
    title: `fetch() in cors mode, ${rel}`,
    notes: `A plain GET fetch from app.example.com to ${origin}: Sec-Fetch-Site says ${rel}, Mode cors, Dest empty.`,
    request: { via: 'fetch', url: `${origin}/items` }, server: [cors(`${origin}/items`, '*')],
  });
  add(`img-${rel}`, {
    title: `An image, ${rel}`,
    notes: `<img> from ${origin}: a no-cors request whose destination is image.`,
    request: { via: 'img', url: `${origin}/a.png` }, server: [png(`${origin}/a.png`)],
  });
  add(`iframe-${rel}`, {
    title: `A frame, ${rel}`,
    notes: `<iframe src> of ${origin}: a navigate-mode request whose destination is iframe; no user activation.`,
    request: { via: 'iframe', url: `${origin}/frame` }, server: [html(`${origin}/frame`)],
  });
  add(`navigate-${rel}`, {
    title: `A link followed by script, ${rel}`,
    notes: `The page clicks a link to ${origin} from script (a.click(), no user gesture): mode navigate, destination document; Sec-Fetch-User only goes with user activation.`,
    request: { via: 'navigate', url: `${origin}/landing` }, server: [html(`${origin}/landing`)],
  });
}
add('fetch-no-cors-cross-site', {
  title: 'fetch() in no-cors mode, cross-site',
  notes: "mode: 'no-cors' shows in Sec-Fetch-Mode.",
  request: { via: 'fetch', url: `${XS}/items`, mode: 'no-cors' }, server: [text(`${XS}/items`)],
});
add('fetch-no-cors-same-origin', {
  title: 'fetch() in no-cors mode, same-origin',
  notes: 'A same-origin no-cors fetch.',
  request: { via: 'fetch', url: `${A}/items`, mode: 'no-cors' }, server: [text(`${A}/items`)],
});
add('fetch-same-origin-mode', {
  title: "fetch() in same-origin mode",
  notes: "mode: 'same-origin' to the page's own origin.",
  request: { via: 'fetch', url: `${A}/items`, mode: 'same-origin' }, server: [text(`${A}/items`)],
});
add('fetch-post-cross-site', {
  title: 'A simple cross-site POST',
  notes: 'A POST with a text/plain body needs no preflight; the metadata is the same as for GET.',
  request: { via: 'fetch', url: `${XS}/items`, method: 'POST', headers: [['Content-Type', 'text/plain']], body: 'x' },
  server: [cors(`${XS}/items`, '*')],
});
add('preflight-cross-site', {
  title: 'A preflight and its request, cross-site',
  notes: 'A PUT with a JSON body: the OPTIONS preflight carries Sec-Fetch-* too (mode cors, dest empty).',
  request: { via: 'fetch', url: `${XS}/items`, method: 'PUT', headers: [['Content-Type', 'application/json']], body: '{}' },
  server: [preflightOk(`${XS}/items`, '*'), cors(`${XS}/items`, '*')],
});
add('xhr-cross-site', {
  title: 'XMLHttpRequest, cross-site',
  notes: 'An XHR is a cors-mode request with an empty destination, like fetch().',
  request: { via: 'xhr', url: `${XS}/items` }, server: [cors(`${XS}/items`, '*')],
});
add('xhr-same-origin', {
  title: 'XMLHttpRequest, same-origin',
  notes: 'The same to the page\'s origin.',
  request: { via: 'xhr', url: `${A}/items` }, server: [text(`${A}/items`)],
});
add('img-crossorigin-anonymous-cross-site', {
  title: 'An image with crossorigin=anonymous, cross-site',
  notes: 'The crossorigin attribute turns the image request into cors mode.',
  request: { via: 'img', url: `${XS}/a.png`, crossorigin: 'anonymous' }, server: [png(`${XS}/a.png`, [acao('*')])],
});
add('script-cross-site', {
  title: 'A classic script, cross-site',
  notes: '<script src> without crossorigin: no-cors, destination script.',
  request: { via: 'script', url: `${XS}/a.js` }, server: [js(`${XS}/a.js`)],
});
add('script-crossorigin-cross-site', {
  title: 'A script with crossorigin=anonymous, cross-site',
  notes: 'With crossorigin the script request is cors mode.',
  request: { via: 'script', url: `${XS}/a.js`, crossorigin: 'anonymous' }, server: [js(`${XS}/a.js`, [acao('*')])],
});
add('stylesheet-same-site', {
  title: 'A stylesheet, same-site',
  notes: '<link rel=stylesheet> from api.example.com: no-cors, destination style.',
  request: { via: 'stylesheet', url: `${SS}/a.css` }, server: [css(`${SS}/a.css`)],
});
add('font-cross-site', {
  title: 'A web font, cross-site',
  notes: 'Fonts are always cors mode; destination font.',
  request: { via: 'font', url: `${XS}/f.ttf` }, server: [font(`${XS}/f.ttf`, [acao('*')])],
});
add('media-cross-site', {
  title: 'Audio, cross-site',
  notes: '<audio> without crossorigin: no-cors, destination audio.',
  request: { via: 'media', url: `${XS}/a.wav` }, server: [wav(`${XS}/a.wav`)],
});
add('form-get-cross-site', {
  title: 'A form GET into a frame, cross-site',
  notes: 'The form submits into a frame of the page: mode navigate, destination iframe.',
  request: { via: 'form', url: `${XS}/search`, method: 'GET', body: 'q=1' }, server: [html(`${XS}/search?q=1`)],
});
add('form-post-same-origin', {
  title: 'A form POST into a frame, same-origin',
  notes: 'The same with POST to the page\'s origin.',
  request: { via: 'form', url: `${A}/submit`, method: 'POST', body: 'a=1' }, server: [html(`${A}/submit`)],
});
add('form-post-cross-site', {
  title: 'A form POST into a frame, cross-site',
  notes: 'A cross-site POST form submission; the script-driven submit has no user activation.',
  request: { via: 'form', url: `${XS}/submit`, method: 'POST', body: 'a=1' }, server: [html(`${XS}/submit`)],
});

// ---- trustworthiness: http, https, localhost ----
add('http-page-http-same-origin', {
  title: 'An http page fetching its own origin',
  notes: 'Sec-Fetch-* headers go only to potentially trustworthy URLs: http://app.example.com is not one.',
  page: `${HA}/`,
  request: { via: 'fetch', url: `${HA}/items` }, server: [text(`${HA}/items`)],
});
add('http-page-http-cross-site-img', {
  title: 'An http page loading an http image from another site',
  notes: 'Neither end is potentially trustworthy.',
  page: `${HA}/`,
  request: { via: 'img', url: `${HXS}/a.png` }, server: [png(`${HXS}/a.png`)],
});
add('http-page-navigate-http', {
  title: 'An http page following a link to another http site',
  notes: 'A navigation to a not potentially trustworthy URL.',
  page: `${HA}/`,
  request: { via: 'navigate', url: `${HXS}/landing` }, server: [html(`${HXS}/landing`)],
});
add('https-page-navigate-http', {
  title: 'An https page following a link to http',
  notes: 'The target URL is not potentially trustworthy, the page is.',
  request: { via: 'navigate', url: `${HXS}/landing` }, server: [html(`${HXS}/landing`)],
});
add('http-page-https-same-registrable-domain', {
  title: 'An http page fetching https on the same registrable domain',
  notes: 'The target is potentially trustworthy, so the headers go; schemeful same-site makes http://app.example.com and https://api.example.com cross-site.',
  page: `${HA}/`,
  request: { via: 'fetch', url: `${SS}/items` }, server: [cors(`${SS}/items`, '*')],
});
add('http-page-https-same-host', {
  title: 'An http page fetching its own host over https',
  notes: 'http://app.example.com and https://app.example.com: another origin, and (schemefully) another site.',
  page: `${HA}/`,
  request: { via: 'fetch', url: `${A}/items` }, server: [cors(`${A}/items`, '*')],
});
add('https-page-http-localhost', {
  title: 'An https page fetching http://localhost',
  notes: 'http://localhost is potentially trustworthy: mixed content allows it and Sec-Fetch-* go; the Referer does not (Chromium counts https to http as a downgrade, localhost or not).',
  request: { via: 'fetch', url: 'http://localhost:8080/items' }, server: [cors('http://localhost:8080/items', '*')],
});
add('localhost-page-same-origin', {
  title: 'A page on http://localhost fetching its own origin',
  notes: 'Both ends potentially trustworthy over plain http.',
  page: 'http://localhost:8080/',
  request: { via: 'fetch', url: 'http://localhost:8080/items' }, server: [text('http://localhost:8080/items')],
});
add('http-page-https-img-cross-site', {
  title: 'An http page loading an https image from another site',
  notes: 'The headers go to the potentially trustworthy target even from an http page.',
  page: `${HA}/`,
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});

// ---- redirects ----
add('redirect-same-origin-cross-site-same-origin', {
  title: 'An image redirected same-origin → cross-site → same-origin',
  notes: 'Sec-Fetch-Site reflects every URL the request has been at: after the cross-site hop it stays cross-site, even back home.',
  request: { via: 'img', url: `${A}/r1` },
  server: [redirect(`${A}/r1`, `${XS}/r2`), redirect(`${XS}/r2`, `${A}/a.png`), png(`${A}/a.png`)],
});
add('redirect-same-origin-same-site', {
  title: 'A fetch redirected from the page\'s origin to a same-site origin',
  notes: 'same-origin on the first hop, same-site on the second.',
  request: { via: 'fetch', url: `${A}/r` },
  server: [redirect(`${A}/r`, `${SS}/items`), cors(`${SS}/items`, '*')],
});
add('redirect-navigate-cross-site-back', {
  title: 'A link to another site that redirects back to the page\'s origin',
  notes: 'The navigation ends same-origin, but it went through other.example.',
  request: { via: 'navigate', url: `${XS}/r` },
  server: [redirect(`${XS}/r`, `${A}/landing`), html(`${A}/landing`)],
});
add('redirect-https-to-http', {
  title: 'A navigation redirected from https to http',
  notes: 'The second hop goes to a URL that is not potentially trustworthy.',
  request: { via: 'navigate', url: `${SS}/r` },
  server: [redirect(`${SS}/r`, `${HSS}/landing`), html(`${HSS}/landing`)],
});
add('redirect-iframe-same-site-to-same-origin', {
  title: 'A frame redirected from a same-site origin to the page\'s origin',
  notes: 'same-site first, then same-site again (the chain is not same-origin any more).',
  request: { via: 'iframe', url: `${SS}/r` },
  server: [redirect(`${SS}/r`, `${A}/frame`), html(`${A}/frame`)],
});

// ---- opaque origin ----
add('sandboxed-page-own-server', {
  title: 'A sandboxed page fetching its own server',
  notes: 'Without allow-same-origin the page\'s origin is opaque: every request it makes is cross-site.',
  pageSandboxed: true,
  request: { via: 'fetch', url: `${A}/items` }, server: [cors(`${A}/items`, '*')],
});
add('sandboxed-page-img', {
  title: 'A sandboxed page loading an image from its own server',
  notes: 'The same for a no-cors image.',
  pageSandboxed: true,
  request: { via: 'img', url: `${A}/a.png` }, server: [png(`${A}/a.png`)],
});

export default d;
