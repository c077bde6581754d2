// Cross-Origin-Embedder-Policy drafts (issue 11): the page's COEP and what it may load. Goldens
// tests/data/golden/coep-*.cors.json.
import { A, SS, XS, ct, acao, ACAC, route, redirect, text, cors, png, js, html, cookie, scenario } from './common.mjs';

const d = [];
const add = (name, o) => d.push(scenario(`coep-${name}`, o));
const CORP = v => ['Cross-Origin-Resource-Policy', v];
const COEP = v => [['Cross-Origin-Embedder-Policy', v]];
const REQUIRE = COEP('require-corp'), CREDLESS = COEP('credentialless');

add('require-corp-img-no-corp', {
  title: 'COEP require-corp: a cross-site image without CORP is blocked',
  notes: 'Under require-corp a no-cors response without Cross-Origin-Resource-Policy counts as same-origin only.',
  pageHeaders: REQUIRE, request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('require-corp-img-same-site-no-corp', {
  title: 'COEP require-corp: a same-site image without CORP is blocked too',
  notes: 'The default is same-origin, not same-site.',
  pageHeaders: REQUIRE, request: { via: 'img', url: `${SS}/a.png` }, server: [png(`${SS}/a.png`)],
});
add('require-corp-img-same-origin', {
  title: 'COEP require-corp: a same-origin image needs no CORP',
  notes: 'The page\'s own image loads.',
  pageHeaders: REQUIRE, request: { via: 'img', url: `${A}/a.png` }, server: [png(`${A}/a.png`)],
});
add('require-corp-img-corp-cross-origin', {
  title: 'COEP require-corp: CORP cross-origin lets the image in',
  notes: 'The resource opts in with Cross-Origin-Resource-Policy: cross-origin.',
  pageHeaders: REQUIRE, request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`, [CORP('cross-origin')])],
});
add('require-corp-img-corp-same-site', {
  title: 'COEP require-corp: CORP same-site for a same-site image',
  notes: 'api.example.com answers Cross-Origin-Resource-Policy: same-site.',
  pageHeaders: REQUIRE, request: { via: 'img', url: `${SS}/a.png` }, server: [png(`${SS}/a.png`, [CORP('same-site')])],
});
add('require-corp-img-crossorigin-cors', {
  title: 'COEP require-corp: a crossorigin image allowed by CORS',
  notes: '<img crossorigin=anonymous> with Access-Control-Allow-Origin: * needs no CORP.',
  pageHeaders: REQUIRE, request: { via: 'img', url: `${XS}/a.png`, crossorigin: 'anonymous' }, server: [png(`${XS}/a.png`, [acao('*')])],
});
add('require-corp-script-no-corp', {
  title: 'COEP require-corp: a cross-site script without CORP is blocked',
  notes: 'The same rule for a classic no-cors script.',
  pageHeaders: REQUIRE, request: { via: 'script', url: `${XS}/a.js` }, server: [js(`${XS}/a.js`)],
});
add('require-corp-fetch-no-cors', {
  title: 'COEP require-corp: a no-cors fetch without CORP rejects',
  notes: "fetch(url, {mode: 'no-cors'}) to another site.",
  pageHeaders: REQUIRE, request: { via: 'fetch', url: `${XS}/a.png`, mode: 'no-cors' }, server: [png(`${XS}/a.png`)],
});
add('require-corp-fetch-cors', {
  title: 'COEP require-corp: a CORS fetch is not affected',
  notes: 'CORS requests need no CORP under COEP.',
  pageHeaders: REQUIRE, request: { via: 'fetch', url: `${XS}/items` }, server: [cors(`${XS}/items`, '*')],
});
add('require-corp-img-redirect-no-corp', {
  title: 'COEP require-corp: an image redirected to another site without CORP',
  notes: 'app.example.com/r → other.example/a.png without Cross-Origin-Resource-Policy.',
  pageHeaders: REQUIRE, request: { via: 'img', url: `${A}/r` },
  server: [redirect(`${A}/r`, `${XS}/a.png`), png(`${XS}/a.png`)],
});
add('credentialless-img-no-corp', {
  title: 'COEP credentialless: a cross-site image without CORP loads, without cookies',
  notes: 'credentialless sends no-cors cross-origin requests without credentials, and then needs no CORP: the SameSite=None cookie stays.',
  pageHeaders: CREDLESS,
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('credentialless-img-same-origin-cookie', {
  title: 'COEP credentialless: same-origin images keep their cookies',
  notes: 'Only cross-origin no-cors requests lose credentials.',
  pageHeaders: CREDLESS,
  cookies: [cookie(`${A}/`, 'sid=1')],
  request: { via: 'img', url: `${A}/a.png` }, server: [png(`${A}/a.png`)],
});
add('credentialless-img-same-site-cookie', {
  title: 'COEP credentialless: a same-site image loses its cookie',
  notes: 'api.example.com is another origin: its Strict cookie is not sent under credentialless.',
  pageHeaders: CREDLESS,
  cookies: [cookie(`${SS}/`, 'sid=1; SameSite=Strict')],
  request: { via: 'img', url: `${SS}/a.png` }, server: [png(`${SS}/a.png`)],
});
add('credentialless-fetch-include', {
  title: 'COEP credentialless does not touch a credentialed CORS fetch',
  notes: "fetch with credentials: 'include' is a CORS request: its cookie goes.",
  pageHeaders: CREDLESS,
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'fetch', url: `${XS}/items`, credentials: 'include' }, server: [cors(`${XS}/items`, A)],
});
add('require-corp-iframe-no-coep-no-corp', {
  title: 'COEP require-corp: a cross-site frame with neither COEP nor CORP',
  notes: 'A frame document must itself send COEP, and cross-origin it must allow embedding with CORP.',
  pageHeaders: REQUIRE, request: { via: 'iframe', url: `${XS}/frame` }, server: [html(`${XS}/frame`)],
});
add('require-corp-iframe-corp-no-coep', {
  title: 'COEP require-corp: a cross-site frame with CORP but no COEP',
  notes: 'Cross-Origin-Resource-Policy: cross-origin but no Cross-Origin-Embedder-Policy on the frame.',
  pageHeaders: REQUIRE, request: { via: 'iframe', url: `${XS}/frame` }, server: [html(`${XS}/frame`, [CORP('cross-origin')])],
});
add('require-corp-iframe-coep-no-corp', {
  title: 'COEP require-corp: a cross-site frame with COEP but no CORP',
  notes: 'The frame sends Cross-Origin-Embedder-Policy: require-corp but no Cross-Origin-Resource-Policy.',
  pageHeaders: REQUIRE, request: { via: 'iframe', url: `${XS}/frame` }, server: [html(`${XS}/frame`, COEP('require-corp'))],
});
add('require-corp-iframe-coep-and-corp', {
  title: 'COEP require-corp: a cross-site frame with COEP and CORP loads',
  notes: 'Both Cross-Origin-Embedder-Policy: require-corp and Cross-Origin-Resource-Policy: cross-origin.',
  pageHeaders: REQUIRE, request: { via: 'iframe', url: `${XS}/frame` },
  server: [html(`${XS}/frame`, [...COEP('require-corp'), CORP('cross-origin')])],
});
add('require-corp-iframe-same-origin-no-coep', {
  title: 'COEP require-corp: a same-origin frame without COEP',
  notes: 'Even the page\'s own frame must send COEP.',
  pageHeaders: REQUIRE, request: { via: 'iframe', url: `${A}/frame` }, server: [html(`${A}/frame`)],
});
add('credentialless-iframe-no-coep', {
  title: 'COEP credentialless: a cross-site frame without COEP',
  notes: 'credentialless relaxes subresources, not frames.',
  pageHeaders: CREDLESS, request: { via: 'iframe', url: `${XS}/frame` }, server: [html(`${XS}/frame`, [CORP('cross-origin')])],
});
add('report-only-img', {
  title: 'COEP report-only blocks nothing',
  notes: 'Cross-Origin-Embedder-Policy-Report-Only: require-corp only reports.',
  pageHeaders: [['Cross-Origin-Embedder-Policy-Report-Only', 'require-corp']],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('invalid-value', {
  title: 'An unknown COEP value is no policy',
  notes: 'Cross-Origin-Embedder-Policy: require_corp (underscore) is ignored: the image loads.',
  pageHeaders: COEP('require_corp'), request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});

export default d;
