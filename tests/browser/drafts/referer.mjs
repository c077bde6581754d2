// Referer drafts (issue 11): the Referer header under each referrer policy, the page's
// Referrer-Policy header against the request's own policy, redirects. Goldens
// tests/data/golden/referer-*.cors.json.
import { A, SS, XS, HA, HXS, ct, acao, route, redirect, text, cors, png, js, css, html, scenario } from './common.mjs';

const d = [];
const add = (name, o) => d.push(scenario(`referer-${name}`, o));
const PAGE = `${A}/account/settings?tab=2`;

// ---- the default ----
add('default-same-origin', {
  title: 'Default policy, same-origin fetch: the full URL',
  notes: 'strict-origin-when-cross-origin (the default) sends the whole page URL, query included, to the same origin.',
  page: PAGE, request: { via: 'fetch', url: `${A}/items` }, server: [text(`${A}/items`)],
});
add('default-cross-origin', {
  title: 'Default policy, cross-origin fetch: the origin only',
  notes: 'strict-origin-when-cross-origin sends only the origin (with a slash) to another origin.',
  page: PAGE, request: { via: 'fetch', url: `${XS}/items` }, server: [cors(`${XS}/items`, '*')],
});
add('default-same-site', {
  title: 'Default policy, same-site image: the origin only',
  notes: 'Referrer policies work by origin, not site: api.example.com gets the origin.',
  page: PAGE, request: { via: 'img', url: `${SS}/a.png` }, server: [png(`${SS}/a.png`)],
});
add('default-https-to-http', {
  title: 'Default policy, https page to an http URL: no Referer',
  notes: 'A link from https to http is a downgrade; strict-origin-when-cross-origin sends nothing.',
  page: PAGE, request: { via: 'navigate', url: `${HXS}/landing` }, server: [html(`${HXS}/landing`)],
});

// ---- each policy token on fetch(): same-origin, cross-origin; on a link: https → http ----
const POLICIES = ['no-referrer', 'no-referrer-when-downgrade', 'origin', 'origin-when-cross-origin', 'same-origin',
                  'strict-origin', 'strict-origin-when-cross-origin', 'unsafe-url'];
for (const policy of POLICIES) {
  add(`${policy}-same-origin`, {
    title: `referrerPolicy ${policy}, same-origin fetch`,
    notes: `fetch(url, {referrerPolicy: '${policy}'}) to the page's own origin.`,
    page: PAGE, request: { via: 'fetch', url: `${A}/items`, referrerPolicy: policy }, server: [text(`${A}/items`)],
  });
  add(`${policy}-cross-origin`, {
    title: `referrerPolicy ${policy}, cross-origin fetch`,
    notes: `fetch(url, {referrerPolicy: '${policy}'}) to other.example.`,
    page: PAGE, request: { via: 'fetch', url: `${XS}/items`, referrerPolicy: policy }, server: [cors(`${XS}/items`, '*')],
  });
  add(`${policy}-downgrade`, {
    title: `referrerpolicy ${policy} on a link from https to http`,
    notes: `<a referrerpolicy="${policy}"> from the https page to http://other.example.`,
    page: PAGE, request: { via: 'navigate', url: `${HXS}/landing`, referrerPolicy: policy }, server: [html(`${HXS}/landing`)],
  });
}

// ---- the page's Referrer-Policy header ----
add('page-header-no-referrer', {
  title: 'The page\'s Referrer-Policy: no-referrer',
  notes: 'The document\'s policy applies to its requests that set none of their own.',
  page: PAGE, pageHeaders: [['Referrer-Policy', 'no-referrer']],
  request: { via: 'fetch', url: `${A}/items` }, server: [text(`${A}/items`)],
});
add('page-header-unsafe-url-cross-origin', {
  title: 'The page\'s Referrer-Policy: unsafe-url, cross-origin image',
  notes: 'unsafe-url sends the whole URL (query included) everywhere.',
  page: PAGE, pageHeaders: [['Referrer-Policy', 'unsafe-url']],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('page-header-vs-attribute', {
  title: 'The element\'s referrerpolicy wins over the page\'s',
  notes: 'Page: no-referrer; <img referrerpolicy="unsafe-url">: the element\'s policy is used.',
  page: PAGE, pageHeaders: [['Referrer-Policy', 'no-referrer']],
  request: { via: 'img', url: `${XS}/a.png`, referrerPolicy: 'unsafe-url' }, server: [png(`${XS}/a.png`)],
});
add('page-header-vs-fetch-init', {
  title: 'fetch()\'s referrerPolicy wins over the page\'s',
  notes: 'Page: unsafe-url; fetch with referrerPolicy no-referrer.',
  page: PAGE, pageHeaders: [['Referrer-Policy', 'unsafe-url']],
  request: { via: 'fetch', url: `${XS}/items`, referrerPolicy: 'no-referrer' }, server: [cors(`${XS}/items`, '*')],
});
add('page-header-list-last-valid', {
  title: 'A Referrer-Policy list: the last token the browser knows wins',
  notes: 'Referrer-Policy: no-referrer, unsafe-url, bogus-policy — bogus-policy is unknown, so unsafe-url applies.',
  page: PAGE, pageHeaders: [['Referrer-Policy', 'no-referrer, unsafe-url, bogus-policy']],
  request: { via: 'fetch', url: `${XS}/items` }, server: [cors(`${XS}/items`, '*')],
});
add('page-header-invalid', {
  title: 'An unknown page Referrer-Policy is ignored',
  notes: 'Referrer-Policy: never — an old, non-standard token: the default applies.',
  page: PAGE, pageHeaders: [['Referrer-Policy', 'never']],
  request: { via: 'fetch', url: `${XS}/items` }, server: [cors(`${XS}/items`, '*')],
});
add('page-header-form', {
  title: 'A form takes the page\'s policy',
  notes: 'A form has no referrerpolicy attribute; the page\'s Referrer-Policy: unsafe-url applies to the cross-site POST.',
  page: PAGE, pageHeaders: [['Referrer-Policy', 'unsafe-url']],
  request: { via: 'form', url: `${XS}/submit`, method: 'POST', body: 'a=1' }, server: [html(`${XS}/submit`)],
});
add('page-header-xhr', {
  title: 'An XMLHttpRequest takes the page\'s policy',
  notes: 'XHR has no per-request policy; page Referrer-Policy: origin.',
  page: PAGE, pageHeaders: [['Referrer-Policy', 'origin']],
  request: { via: 'xhr', url: `${A}/items` }, server: [text(`${A}/items`)],
});

// ---- the page URL ----
add('page-url-fragment', {
  title: 'The fragment never goes in the Referer',
  notes: 'The page is https://app.example.com/account/settings?tab=2#billing; same-origin fetch: full URL without #billing.',
  page: `${PAGE}#billing`, request: { via: 'fetch', url: `${A}/items` }, server: [text(`${A}/items`)],
});
add('page-url-credentials', {
  title: 'user:pass@ never goes in the Referer',
  notes: 'The page was opened as https://user:pass@app.example.com/account/settings?tab=2; unsafe-url to another origin.',
  page: 'https://user:pass@app.example.com/account/settings?tab=2',
  request: { via: 'fetch', url: `${XS}/items`, referrerPolicy: 'unsafe-url' }, server: [cors(`${XS}/items`, '*')],
});

// ---- elements' referrerpolicy ----
add('img-attribute-no-referrer', {
  title: '<img referrerpolicy="no-referrer">',
  notes: 'The attribute removes the Referer from a same-origin image.',
  page: PAGE, request: { via: 'img', url: `${A}/a.png`, referrerPolicy: 'no-referrer' }, server: [png(`${A}/a.png`)],
});
add('script-attribute-origin', {
  title: '<script referrerpolicy="origin"> same-origin',
  notes: 'origin sends the origin even to the same origin.',
  page: PAGE, request: { via: 'script', url: `${A}/a.js`, referrerPolicy: 'origin' }, server: [js(`${A}/a.js`)],
});
add('stylesheet-attribute-unsafe-url', {
  title: '<link rel=stylesheet referrerpolicy="unsafe-url"> cross-origin',
  notes: 'The whole URL goes to the other origin.',
  page: PAGE, request: { via: 'stylesheet', url: `${XS}/a.css`, referrerPolicy: 'unsafe-url' }, server: [css(`${XS}/a.css`)],
});
add('iframe-attribute-no-referrer', {
  title: '<iframe referrerpolicy="no-referrer">',
  notes: 'A frame navigation without Referer.',
  page: PAGE, request: { via: 'iframe', url: `${XS}/frame`, referrerPolicy: 'no-referrer' }, server: [html(`${XS}/frame`)],
});
add('img-attribute-invalid', {
  title: 'An unknown referrerpolicy attribute value is ignored',
  notes: '<img referrerpolicy="bogus">: the page\'s policy (the default) applies.',
  page: PAGE, request: { via: 'img', url: `${A}/a.png`, referrerPolicy: 'bogus' }, server: [png(`${A}/a.png`)],
});
add('fetch-init-invalid', {
  title: 'An unknown referrerPolicy in fetch() is a TypeError',
  notes: "fetch(url, {referrerPolicy: 'bogus'}) rejects before anything is sent.",
  page: PAGE, request: { via: 'fetch', url: `${A}/items`, referrerPolicy: 'bogus' }, server: [text(`${A}/items`)],
});
add('fetch-init-empty', {
  title: "referrerPolicy '' in fetch() means the page's policy",
  notes: "The empty string is a valid value: no policy of the request's own.",
  page: PAGE, pageHeaders: [['Referrer-Policy', 'origin']],
  request: { via: 'fetch', url: `${A}/items`, referrerPolicy: '' }, server: [text(`${A}/items`)],
});

// ---- redirects ----
add('redirect-same-origin-to-cross-origin', {
  title: 'The Referer is computed again for each redirect hop',
  notes: 'A same-origin fetch (full URL) redirected to other.example: the second hop, now cross-origin, gets the origin only.',
  page: PAGE, request: { via: 'fetch', url: `${A}/r` },
  server: [redirect(`${A}/r`, `${XS}/items`), cors(`${XS}/items`, '*')],
});
add('redirect-cross-origin-to-same-origin', {
  title: 'A redirect back to the page\'s origin: the full URL again',
  notes: 'An image from other.example redirected to the page\'s origin: the Referer trimmed to the origin for the cross-origin hop stays trimmed on the same-origin one.',
  page: PAGE, request: { via: 'img', url: `${XS}/r` },
  server: [redirect(`${XS}/r`, `${A}/a.png`), png(`${A}/a.png`)],
});
add('redirect-response-policy', {
  title: 'A Referrer-Policy header on a redirect response changes the next hop',
  notes: 'The 302 from the page\'s origin says Referrer-Policy: no-referrer; the request to the Location follows it.',
  page: PAGE, request: { via: 'img', url: `${A}/r` },
  server: [redirect(`${A}/r`, `${A}/a.png`, [['Referrer-Policy', 'no-referrer']]), png(`${A}/a.png`)],
});
add('redirect-to-http', {
  title: 'A link redirected from https to http',
  notes: 'The default policy: the first hop (same-origin) gets the full URL, the http hop nothing.',
  page: PAGE, request: { via: 'navigate', url: `${A}/r` },
  server: [redirect(`${A}/r`, `${HXS}/landing`), html(`${HXS}/landing`)],
});
add('http-page-default', {
  title: 'An http page: cross-origin image gets the origin',
  notes: 'From http to http is no downgrade; strict-origin-when-cross-origin sends the origin.',
  page: `${HA}/account/settings?tab=2`, request: { via: 'img', url: `${HXS}/a.png` }, server: [png(`${HXS}/a.png`)],
});

export default d;
