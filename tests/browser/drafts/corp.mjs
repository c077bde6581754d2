// Cross-Origin-Resource-Policy drafts (issue 11). Goldens tests/data/golden/corp-*.cors.json.
import { A, SS, XS, HA, HSS, ct, acao, route, redirect, text, cors, png, js, css, wav, html, scenario } from './common.mjs';

const d = [];
const add = (name, o) => d.push(scenario(`corp-${name}`, o));
const CORP = v => ['Cross-Origin-Resource-Policy', v];

for (const [rel, origin] of [['same-origin', A], ['same-site', SS], ['cross-site', XS]]) {
  for (const policy of ['same-origin', 'same-site', 'cross-origin']) {
    add(`${policy}-img-${rel}`, {
      title: `CORP ${policy} on a ${rel} image`,
      notes: `<img> from ${origin} answered with Cross-Origin-Resource-Policy: ${policy}. A no-cors load that the policy refuses fails as a network error (the image's error event fires).`,
      request: { via: 'img', url: `${origin}/a.png` }, server: [png(`${origin}/a.png`, [CORP(policy)])],
    });
  }
}
add('same-origin-script-cross-site', {
  title: 'CORP same-origin on a cross-site script',
  notes: 'Classic scripts without crossorigin are no-cors: CORP applies.',
  request: { via: 'script', url: `${XS}/a.js` }, server: [js(`${XS}/a.js`, [CORP('same-origin')])],
});
add('same-site-stylesheet-cross-site', {
  title: 'CORP same-site on a cross-site stylesheet',
  notes: 'A no-cors stylesheet from another site.',
  request: { via: 'stylesheet', url: `${XS}/a.css` }, server: [css(`${XS}/a.css`, [CORP('same-site')])],
});
add('same-origin-media-cross-site', {
  title: 'CORP same-origin on cross-site audio',
  notes: 'A no-cors media load.',
  request: { via: 'media', url: `${XS}/a.wav` }, server: [wav(`${XS}/a.wav`, [CORP('same-origin')])],
});
add('same-origin-fetch-no-cors', {
  title: 'CORP same-origin on a no-cors fetch',
  notes: "fetch(url, {mode: 'no-cors'}) to another site: the promise rejects.",
  request: { via: 'fetch', url: `${XS}/a.png`, mode: 'no-cors' }, server: [png(`${XS}/a.png`, [CORP('same-origin')])],
});
add('same-origin-fetch-cors-not-subject', {
  title: 'CORP does not apply to CORS requests',
  notes: 'A cors-mode fetch allowed by Access-Control-Allow-Origin: * is readable whatever its Cross-Origin-Resource-Policy.',
  request: { via: 'fetch', url: `${XS}/items` }, server: [cors(`${XS}/items`, '*', [CORP('same-origin')])],
});
add('same-origin-img-crossorigin-not-subject', {
  title: 'CORP does not apply to a crossorigin image',
  notes: '<img crossorigin=anonymous> is a CORS request: CORS decides, not CORP.',
  request: { via: 'img', url: `${XS}/a.png`, crossorigin: 'anonymous' }, server: [png(`${XS}/a.png`, [acao('*'), CORP('same-origin')])],
});
add('same-origin-iframe-not-subject', {
  title: 'CORP does not apply to frames (without COEP)',
  notes: 'A frame of other.example answered with Cross-Origin-Resource-Policy: same-origin loads.',
  request: { via: 'iframe', url: `${XS}/frame` }, server: [html(`${XS}/frame`, [CORP('same-origin')])],
});
add('same-origin-navigate-not-subject', {
  title: 'CORP does not apply to navigations',
  notes: 'Following a link to a document with Cross-Origin-Resource-Policy: same-origin.',
  request: { via: 'navigate', url: `${XS}/landing` }, server: [html(`${XS}/landing`, [CORP('same-origin')])],
});
add('invalid-value', {
  title: 'An unknown CORP value is ignored',
  notes: 'Cross-Origin-Resource-Policy: same-orign (misspelt) is no policy: the image loads.',
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`, [CORP('same-orign')])],
});
add('upper-case-value', {
  title: 'CORP values are case-sensitive',
  notes: 'Cross-Origin-Resource-Policy: Same-Origin is not same-origin.',
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`, [CORP('Same-Origin')])],
});
add('two-values', {
  title: 'Two CORP lines',
  notes: 'same-origin and cross-origin on two header lines combine to "same-origin, cross-origin", which is no valid value.',
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`, [CORP('same-origin'), CORP('cross-origin')])],
});
add('redirect-hop-same-origin', {
  title: 'CORP on a redirect response',
  notes: 'The image\'s first hop, other.example/r, is a 302 with Cross-Origin-Resource-Policy: same-origin pointing back to the page\'s origin: Chromium checks CORP on the redirect response too.',
  request: { via: 'img', url: `${XS}/r` },
  server: [redirect(`${XS}/r`, `${A}/a.png`, [CORP('same-origin')]), png(`${A}/a.png`)],
});
add('redirect-to-cross-site-same-origin', {
  title: 'A same-origin image redirected to a CORP same-origin resource of another site',
  notes: 'app.example.com/r → other.example/a.png with Cross-Origin-Resource-Policy: same-origin.',
  request: { via: 'img', url: `${A}/r` },
  server: [redirect(`${A}/r`, `${XS}/a.png`), png(`${XS}/a.png`, [CORP('same-origin')])],
});
add('redirect-back-home-same-origin', {
  title: 'CORP same-origin after a cross-site hop back to the page\'s origin',
  notes: 'app.example.com/r1 → other.example/r2 → app.example.com/a.png with Cross-Origin-Resource-Policy: same-origin: the final response is same-origin to the page.',
  request: { via: 'img', url: `${A}/r1` },
  server: [redirect(`${A}/r1`, `${XS}/r2`), redirect(`${XS}/r2`, `${A}/a.png`), png(`${A}/a.png`, [CORP('same-origin')])],
});
add('same-site-http-page-https-img', {
  title: 'CORP same-site: an http page and an https image of the same registrable domain',
  notes: 'http://app.example.com and https://api.example.com share a registrable domain but not a scheme: Chromium 156 judges CORP same-site schemefully and refuses.',
  page: `${HA}/`,
  request: { via: 'img', url: `${SS}/a.png` }, server: [png(`${SS}/a.png`, [CORP('same-site')])],
});
add('same-site-http-page-http-img', {
  title: 'CORP same-site: http page, http image of the same registrable domain',
  notes: 'Both http.',
  page: `${HA}/`,
  request: { via: 'img', url: `${HSS}/a.png` }, server: [png(`${HSS}/a.png`, [CORP('same-site')])],
});
add('same-origin-http-page-https-same-host', {
  title: 'CORP same-origin: http page, https image of its own host',
  notes: 'http://app.example.com and https://app.example.com are different origins.',
  page: `${HA}/`,
  request: { via: 'img', url: `${A}/a.png` }, server: [png(`${A}/a.png`, [CORP('same-origin')])],
});
add('same-origin-sandboxed-page', {
  title: 'CORP same-origin and a sandboxed page',
  notes: 'The page\'s origin is opaque: even its own server\'s image is cross-origin to it.',
  pageSandboxed: true,
  request: { via: 'img', url: `${A}/a.png` }, server: [png(`${A}/a.png`, [CORP('same-origin')])],
});

export default d;
