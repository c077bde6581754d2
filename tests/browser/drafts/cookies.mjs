// Cookie drafts (issue 11): which jar cookies go with which request, and which the browser refuses to
// store. Goldens tests/data/golden/cookie-*.cors.json.
import { A, SS, XS, CDN, HA, HSS, ct, acao, ACAC, route, redirect, text, cors, png, js, css, font, wav, html, preflightOk, cookie, scenario } from './common.mjs';

const d = [];
const add = (name, o) => d.push(scenario(`cookie-${name}`, o));
const fetchInclude = url => ({ via: 'fetch', url, credentials: 'include' });

// ---- SameSite on a credentialed cross-site / same-site fetch ----
for (const [attr, label] of [['SameSite=None; Secure', 'none'], ['SameSite=Lax; Secure', 'lax'], ['SameSite=Strict; Secure', 'strict'], ['Secure', 'unspecified']]) {
  add(`samesite-${label}-cross-site-fetch`, {
    title: `A SameSite ${label} cookie on a credentialed cross-site fetch`,
    notes: `The cookie "${attr}" was set by other.example itself; app.example.com fetches other.example with credentials: 'include'. Only SameSite=None cookies go on cross-site subresource requests; a cookie without SameSite counts as Lax.`,
    cookies: [cookie(`${XS}/`, `sid=1; ${attr}`)],
    request: fetchInclude(`${XS}/items`), server: [cors(`${XS}/items`, A)],
  });
  add(`samesite-${label}-same-site-fetch`, {
    title: `A SameSite ${label} cookie on a credentialed same-site fetch`,
    notes: `The cookie "${attr}" was set by api.example.com; app.example.com (same site, another origin) fetches it with credentials: 'include'. SameSite does not restrict same-site requests.`,
    cookies: [cookie(`${SS}/`, `sid=1; ${attr}`)],
    request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
  });
}
add('samesite-all-four-cross-site', {
  title: 'Four cookies, one of each SameSite kind, on a cross-site fetch',
  notes: 'One jar with None, Lax, Strict and unspecified cookies of other.example: only the SameSite=None one goes on the credentialed cross-site fetch, the others are listed with their SameSite reasons in jar order.',
  cookies: [cookie(`${XS}/`, 'n=1; SameSite=None; Secure'), cookie(`${XS}/`, 'l=1; SameSite=Lax; Secure'),
            cookie(`${XS}/`, 's=1; SameSite=Strict; Secure'), cookie(`${XS}/`, 'u=1; Secure')],
  request: fetchInclude(`${XS}/items`), server: [cors(`${XS}/items`, A)],
});

// ---- credentials modes ----
add('credentials-omit-same-origin', {
  title: "credentials: 'omit' sends no cookie even to the page's own origin",
  notes: 'A cookie of app.example.com and a same-origin fetch with credentials omit: the request carries no Cookie header at all.',
  cookies: [cookie(`${A}/`, 'sid=1')],
  request: { via: 'fetch', url: `${A}/items`, credentials: 'omit' }, server: [text(`${A}/items`)],
});
add('credentials-same-origin-same-origin', {
  title: "The default credentials mode sends cookies to the page's own origin",
  notes: "credentials 'same-origin' (the default) includes cookies for a same-origin request.",
  cookies: [cookie(`${A}/`, 'sid=1')],
  request: { via: 'fetch', url: `${A}/items` }, server: [text(`${A}/items`)],
});
add('credentials-same-origin-same-site', {
  title: "The default credentials mode sends no cookies to a same-site origin",
  notes: "credentials 'same-origin' is about the origin, not the site: api.example.com's cookie stays home on a fetch from app.example.com.",
  cookies: [cookie(`${SS}/`, 'sid=1; SameSite=Strict')],
  request: { via: 'fetch', url: `${SS}/items` }, server: [cors(`${SS}/items`, '*')],
});
add('xhr-with-credentials-cross-site', {
  title: 'XMLHttpRequest withCredentials carries a SameSite=None cookie cross-site',
  notes: 'xhr.withCredentials = true is credentials include: the SameSite=None; Secure cookie of other.example goes.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'xhr', url: `${XS}/items`, credentials: 'include' }, server: [cors(`${XS}/items`, A)],
});
add('xhr-without-credentials-same-site', {
  title: 'XMLHttpRequest without withCredentials sends no cookie to another origin',
  notes: 'A plain XHR to api.example.com (same site) is credentials same-origin: no cookie.',
  cookies: [cookie(`${SS}/`, 'sid=1')],
  request: { via: 'xhr', url: `${SS}/items` }, server: [cors(`${SS}/items`, '*')],
});
add('xhr-without-credentials-same-origin', {
  title: 'XMLHttpRequest to the same origin sends cookies without withCredentials',
  notes: 'withCredentials only matters across origins.',
  cookies: [cookie(`${A}/`, 'sid=1; SameSite=Strict')],
  request: { via: 'xhr', url: `${A}/items` }, server: [text(`${A}/items`)],
});

// ---- elements ----
add('img-cross-site-none', {
  title: 'An image from another site carries its SameSite=None cookie',
  notes: '<img> without crossorigin is a no-cors request with credentials include.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('img-cross-site-lax', {
  title: 'An image from another site does not carry its Lax cookie',
  notes: 'A cross-site subresource request is not a top-level navigation, so SameSite=Lax cookies stay.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=Lax; Secure')],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('img-same-site-strict', {
  title: 'An image from a same-site origin carries its Strict cookie',
  notes: 'api.example.com is same-site to app.example.com: even SameSite=Strict cookies go with a no-cors image.',
  cookies: [cookie(`${SS}/`, 'sid=1; SameSite=Strict')],
  request: { via: 'img', url: `${SS}/a.png` }, server: [png(`${SS}/a.png`)],
});
add('img-crossorigin-anonymous-cross-site', {
  title: 'crossorigin=anonymous leaves the cookie at home',
  notes: 'An <img crossorigin=anonymous> is a CORS request with credentials same-origin: a cross-site one sends no cookie.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'img', url: `${XS}/a.png`, crossorigin: 'anonymous' }, server: [png(`${XS}/a.png`, [acao('*')])],
});
add('img-crossorigin-use-credentials-cross-site', {
  title: 'crossorigin=use-credentials carries the SameSite=None cookie',
  notes: 'use-credentials is credentials include; the server answers with the exact origin and Access-Control-Allow-Credentials.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'img', url: `${XS}/a.png`, crossorigin: 'use-credentials' }, server: [png(`${XS}/a.png`, [acao(A), ACAC])],
});
add('script-cross-site-unspecified', {
  title: 'A cross-site script does not carry a cookie without SameSite',
  notes: 'A cookie without SameSite is Lax by default, and a <script> is a subresource.',
  cookies: [cookie(`${XS}/`, 'sid=1; Secure')],
  request: { via: 'script', url: `${XS}/a.js` }, server: [js(`${XS}/a.js`)],
});
add('script-cross-site-none', {
  title: 'A cross-site script carries a SameSite=None cookie',
  notes: 'Third-party cookies allowed (the default): the SameSite=None; Secure cookie goes with the script.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'script', url: `${XS}/a.js` }, server: [js(`${XS}/a.js`)],
});
add('stylesheet-cross-site-lax', {
  title: 'A cross-site stylesheet does not carry a Lax cookie',
  notes: '<link rel=stylesheet> is a subresource: SameSite=Lax cookies stay.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=Lax; Secure')],
  request: { via: 'stylesheet', url: `${XS}/a.css` }, server: [css(`${XS}/a.css`)],
});
add('font-cross-site-none', {
  title: 'A cross-site font sends no cookie, even SameSite=None',
  notes: 'Fonts are fetched in cors mode with credentials same-origin: nothing to send cross-origin.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'font', url: `${XS}/f.ttf` }, server: [font(`${XS}/f.ttf`, [acao('*')])],
});
add('media-cross-site-none', {
  title: 'Cross-site audio carries a SameSite=None cookie',
  notes: '<audio> without crossorigin is no-cors with credentials included.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'media', url: `${XS}/a.wav` }, server: [wav(`${XS}/a.wav`)],
});
add('iframe-cross-site-lax', {
  title: 'A cross-site frame does not carry a Lax cookie',
  notes: 'A frame navigation is not top-level: to another site SameSite=Lax cookies stay.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=Lax; Secure')],
  request: { via: 'iframe', url: `${XS}/frame` }, server: [html(`${XS}/frame`)],
});
add('iframe-cross-site-none', {
  title: 'A cross-site frame carries a SameSite=None cookie',
  notes: 'Third-party cookies allowed: the frame navigation sends the SameSite=None; Secure cookie.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'iframe', url: `${XS}/frame` }, server: [html(`${XS}/frame`)],
});
add('iframe-same-site-strict', {
  title: 'A same-site frame carries a Strict cookie',
  notes: 'The frame of api.example.com in app.example.com is a same-site context: Strict cookies go.',
  cookies: [cookie(`${SS}/`, 'sid=1; SameSite=Strict')],
  request: { via: 'iframe', url: `${SS}/frame` }, server: [html(`${SS}/frame`)],
});

// ---- navigations and forms ----
for (const [attr, label] of [['SameSite=Lax; Secure', 'lax'], ['SameSite=Strict; Secure', 'strict'], ['Secure', 'unspecified'], ['SameSite=None; Secure', 'none']]) {
  add(`navigate-cross-site-${label}`, {
    title: `A link to another site and its SameSite ${label} cookie`,
    notes: `A top-level GET navigation from app.example.com to other.example, whose cookie is "${attr}": Lax (and unspecified, Lax by default) cookies go on top-level cross-site GETs, Strict ones do not.`,
    cookies: [cookie(`${XS}/`, `sid=1; ${attr}`)],
    request: { via: 'navigate', url: `${XS}/landing` }, server: [html(`${XS}/landing`)],
  });
}
add('form-post-cross-site-unspecified', {
  title: 'A cross-site form POST into a frame does not carry a cookie without SameSite',
  notes: 'The form submits into a frame of the page (not top-level), so the Lax-by-default cookie stays; the two-minute "Lax allowing unsafe" exception is for top-level POSTs only.',
  cookies: [cookie(`${XS}/`, 'sid=1; Secure')],
  request: { via: 'form', url: `${XS}/submit`, method: 'POST', body: 'a=1' }, server: [html(`${XS}/submit`)],
});
add('form-post-cross-site-none', {
  title: 'A cross-site form POST into a frame carries a SameSite=None cookie',
  notes: 'SameSite=None; Secure cookies go with any cross-site request while third-party cookies are allowed.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'form', url: `${XS}/submit`, method: 'POST', body: 'a=1' }, server: [html(`${XS}/submit`)],
});
add('form-get-cross-site-lax', {
  title: 'A cross-site form GET into a frame does not carry a Lax cookie',
  notes: 'The safe method does not help: the navigation is a frame\'s, not top-level.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=Lax; Secure')],
  request: { via: 'form', url: `${XS}/search`, method: 'GET', body: 'q=1' }, server: [html(`${XS}/search?q=1`)],
});
add('form-post-same-site-strict', {
  title: 'A same-site form POST carries a Strict cookie',
  notes: 'api.example.com is same-site to the page: even Strict cookies go with the POST.',
  cookies: [cookie(`${SS}/`, 'sid=1; SameSite=Strict')],
  request: { via: 'form', url: `${SS}/submit`, method: 'POST', body: 'a=1' }, server: [html(`${SS}/submit`)],
});

// ---- schemeful same-site ----
add('schemeful-http-page-https-api-lax', {
  title: 'http page, https API of the same registrable domain: Lax cookie stays',
  notes: 'Same site is schemeful: http://app.example.com and https://api.example.com are cross-site, so the Lax cookie does not go.',
  page: `${HA}/`,
  cookies: [cookie(`${SS}/`, 'sid=1; SameSite=Lax; Secure')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, HA)],
});
add('schemeful-http-page-https-api-none', {
  title: 'http page, https API of the same registrable domain: SameSite=None goes',
  notes: 'The same cross-scheme request with a SameSite=None; Secure cookie.',
  page: `${HA}/`,
  cookies: [cookie(`${SS}/`, 'sid=1; SameSite=None; Secure')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, HA)],
});
add('schemeful-https-page-navigate-http-strict', {
  title: 'A link from https to http on the same registrable domain and a Strict cookie',
  notes: 'https://app.example.com navigates to http://api.example.com: schemefully cross-site, so the Strict cookie set over http does not go.',
  cookies: [cookie(`${HSS}/`, 'sid=1; SameSite=Strict')],
  request: { via: 'navigate', url: `${HSS}/landing` }, server: [html(`${HSS}/landing`)],
});
add('schemeful-http-page-http-api-strict', {
  title: 'http page, http API of the same registrable domain: Strict cookie goes',
  notes: 'Both http: same site, Strict cookies go on a credentialed fetch.',
  page: `${HA}/`,
  cookies: [cookie(`${HSS}/`, 'sid=1; SameSite=Strict')],
  request: fetchInclude(`${HSS}/items`), server: [cors(`${HSS}/items`, HA)],
});

// ---- Secure ----
add('secure-not-to-http', {
  title: 'A Secure cookie does not go to an http URL',
  notes: 'Set by https://api.example.com with Secure; the page http://app.example.com fetches http://api.example.com.',
  page: `${HA}/`,
  cookies: [cookie(`${SS}/`, 'sid=1; Secure')],
  request: fetchInclude(`${HSS}/items`), server: [cors(`${HSS}/items`, HA)],
});
add('secure-set-from-http-refused', {
  title: 'An http response cannot set a Secure cookie',
  notes: 'Set-Cookie with Secure from http://api.example.com is refused at set time.',
  page: `${HA}/`,
  cookies: [cookie(`${HSS}/`, 'sid=1; Secure')],
  request: fetchInclude(`${HSS}/items`), server: [cors(`${HSS}/items`, HA)],
});
add('third-party-block-lax-cross-site', {
  title: 'Block third-party cookies and a Lax cookie on a cross-site fetch',
  notes: 'Both rules refuse the Lax cookie; DevTools lists every reason, the verdict names the first.',
  browser: { thirdPartyCookies: 'block' },
  cookies: [cookie(`${XS}/`, 'lx=1; SameSite=Lax; Secure'), cookie(`${XS}/`, 'nn=1; SameSite=None; Secure')],
  request: fetchInclude(`${XS}/items`), server: [cors(`${XS}/items`, A)],
});
add('secure-and-samesite-cross-scheme', {
  title: 'A Secure Lax cookie, an http page and an http request to another site',
  notes: 'The cookie of https://other.example is Secure and Lax; http://app.example.com fetches http://other.example with credentials: both rules refuse it.',
  page: `${HA}/`,
  cookies: [cookie(`${XS}/`, 'sid=1; Secure; SameSite=Lax')],
  request: fetchInclude('http://other.example/items'), server: [cors('http://other.example/items', HA)],
});
add('secure-localhost', {
  title: 'http://localhost may set and receive a Secure cookie',
  notes: 'localhost is potentially trustworthy, so Secure cookies work over plain http there.',
  page: 'http://localhost:8080/',
  cookies: [cookie('http://localhost:8080/', 'sid=1; Secure')],
  request: { via: 'fetch', url: 'http://localhost:8080/items' }, server: [text('http://localhost:8080/items')],
});
add('samesite-none-without-secure-refused', {
  title: 'SameSite=None without Secure is refused',
  notes: 'Chromium stores no SameSite=None cookie that lacks Secure.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None')],
  request: fetchInclude(`${XS}/items`), server: [cors(`${XS}/items`, A)],
});
add('http-set-sent-to-https', {
  title: 'A cookie set over http goes to the same host over https',
  notes: 'A non-Secure cookie set by http://api.example.com goes with a credentialed fetch of https://api.example.com from the https page: Chromium 156 does not bind cookies to schemes.',
  cookies: [cookie(`${HSS}/`, 'sid=1')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('other-port', {
  title: 'A cookie set on another port of the same host',
  notes: 'Set by https://api.example.com:8443 and sent to https://api.example.com (port 443): Chromium 156 does not bind cookies to ports.',
  cookies: [cookie(`${SS}:8443/`, 'sid=1')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});

// ---- Domain ----
add('domain-parent-to-sibling', {
  title: 'Domain=example.com reaches a sibling subdomain',
  notes: 'Set by app.example.com with Domain=example.com; fetch of api.example.com with credentials.',
  cookies: [cookie(`${A}/`, 'sid=1; Domain=example.com')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('domain-leading-dot', {
  title: 'Domain=.example.com means the same as Domain=example.com',
  notes: 'The leading dot is ignored.',
  cookies: [cookie(`${A}/`, 'sid=1; Domain=.example.com')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('domain-host-only-not-to-sibling', {
  title: 'A host-only cookie does not reach a sibling subdomain',
  notes: 'Without Domain the cookie is for app.example.com only; the fetch goes to api.example.com.',
  cookies: [cookie(`${A}/`, 'sid=1')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('domain-other-site-refused', {
  title: 'Domain naming another site is refused',
  notes: 'api.example.com cannot set a cookie with Domain=other.example.',
  cookies: [cookie(`${SS}/`, 'sid=1; Domain=other.example')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('domain-public-suffix-refused', {
  title: 'Domain=github.io (a public suffix) is refused',
  notes: 'a.github.io may not set a cookie for the whole public suffix github.io.',
  page: 'https://a.github.io/',
  cookies: [cookie('https://a.github.io/', 'sid=1; Domain=github.io')],
  request: { via: 'fetch', url: 'https://a.github.io/items' }, server: [text('https://a.github.io/items')],
});
add('domain-tld-refused', {
  title: 'Domain=com is refused',
  notes: 'A top-level domain is a public suffix too.',
  cookies: [cookie(`${A}/`, 'sid=1; Domain=com')],
  request: { via: 'fetch', url: `${A}/items` }, server: [text(`${A}/items`)],
});
add('domain-ip-address', {
  title: 'Cookies of an IP address host',
  notes: 'http://127.0.0.1:18931 sets one cookie with Domain=127.0.0.1 (the host itself) and one with Domain=0.0.1 (a suffix of the address).',
  page: 'http://127.0.0.1:18931/',
  cookies: [cookie('http://127.0.0.1:18931/', 'a=1; Domain=127.0.0.1'), cookie('http://127.0.0.1:18931/', 'b=1; Domain=0.0.1')],
  request: { via: 'fetch', url: 'http://127.0.0.1:18931/items' }, server: [text('http://127.0.0.1:18931/items')],
});
add('domain-subdomain-of-request-refused', {
  title: 'Domain naming a subdomain of the setting host is refused',
  notes: 'app.example.com sets Domain=x.app.example.com, which the host does not domain-match.',
  cookies: [cookie(`${A}/`, 'sid=1; Domain=x.app.example.com')],
  request: { via: 'fetch', url: `${A}/items` }, server: [text(`${A}/items`)],
});

// ---- Path ----
add('path-match', {
  title: 'Path=/v1 goes to /v1/items',
  notes: 'The request path is under the cookie path.',
  cookies: [cookie(`${SS}/`, 'sid=1; Path=/v1')],
  request: fetchInclude(`${SS}/v1/items`), server: [cors(`${SS}/v1/items`, A)],
});
add('path-mismatch', {
  title: 'Path=/v2 does not go to /v1/items',
  notes: 'The request path is not under the cookie path.',
  cookies: [cookie(`${SS}/`, 'sid=1; Path=/v2')],
  request: fetchInclude(`${SS}/v1/items`), server: [cors(`${SS}/v1/items`, A)],
});
add('path-prefix-not-segment', {
  title: 'Path=/v does not match /v1/items',
  notes: 'Path matching is by whole segments: /v is not a directory prefix of /v1/items.',
  cookies: [cookie(`${SS}/`, 'sid=1; Path=/v')],
  request: fetchInclude(`${SS}/v1/items`), server: [cors(`${SS}/v1/items`, A)],
});
add('path-default-sent-below', {
  title: 'The default path is the directory of the setting URL',
  notes: 'Set by https://api.example.com/v1/login without Path: the cookie path is /v1, so it goes to /v1/items.',
  cookies: [cookie(`${SS}/v1/login`, 'sid=1')],
  request: fetchInclude(`${SS}/v1/items`), server: [cors(`${SS}/v1/items`, A)],
});
add('path-default-not-above', {
  title: 'The default path does not reach the parent directory',
  notes: 'Set by https://api.example.com/v1/login without Path (path /v1); the fetch of /items is outside it.',
  cookies: [cookie(`${SS}/v1/login`, 'sid=1')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('path-not-starting-with-slash', {
  title: 'A Path not starting with / is replaced by the default path',
  notes: 'Path=v1 is ignored; the cookie set by /v1/login gets the default path /v1.',
  cookies: [cookie(`${SS}/v1/login`, 'sid=1; Path=v1')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});

// ---- prefixes ----
add('host-prefix-ok', {
  title: 'A valid __Host- cookie',
  notes: '__Host-sid with Secure, Path=/ and no Domain is stored and goes on a credentialed fetch of its own host.',
  cookies: [cookie(`${SS}/`, '__Host-sid=1; Secure; Path=/')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('host-prefix-with-domain-refused', {
  title: '__Host- with a Domain attribute is refused',
  notes: '__Host- cookies must be host-only.',
  cookies: [cookie(`${SS}/`, '__Host-sid=1; Secure; Path=/; Domain=example.com')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('host-prefix-without-secure-refused', {
  title: '__Host- without Secure is refused',
  notes: '__Host- cookies must be Secure.',
  cookies: [cookie(`${SS}/`, '__Host-sid=1; Path=/')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('host-prefix-other-path-refused', {
  title: '__Host- with Path=/v1 is refused',
  notes: '__Host- cookies must have Path=/.',
  cookies: [cookie(`${SS}/`, '__Host-sid=1; Secure; Path=/v1')],
  request: fetchInclude(`${SS}/v1/items`), server: [cors(`${SS}/v1/items`, A)],
});
add('secure-prefix-without-secure-refused', {
  title: '__Secure- without Secure is refused',
  notes: '__Secure- cookies must be Secure.',
  cookies: [cookie(`${SS}/`, '__Secure-sid=1')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('secure-prefix-with-domain-ok', {
  title: 'A __Secure- cookie may have a Domain',
  notes: '__Secure-sid set by app.example.com with Secure and Domain=example.com goes to api.example.com.',
  cookies: [cookie(`${A}/`, '__Secure-sid=1; Secure; Domain=example.com')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('host-prefix-case-insensitive', {
  title: '__HOST- in capitals is held to the __Host- rules',
  notes: 'Chromium matches the prefixes case-insensitively: __HOST-sid with a Domain attribute is refused.',
  cookies: [cookie(`${SS}/`, '__HOST-sid=1; Secure; Path=/; Domain=example.com')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});

// ---- expiry, HttpOnly ----
add('max-age-zero-not-stored', {
  title: 'Max-Age=0 stores nothing',
  notes: 'A cookie that expires at once is not stored (it would delete an existing one).',
  cookies: [cookie(`${A}/`, 'sid=1; Max-Age=0')],
  request: { via: 'fetch', url: `${A}/items` }, server: [text(`${A}/items`)],
});
add('expires-past-not-stored', {
  title: 'An Expires date in the past stores nothing',
  notes: 'Expires=Thu, 01 Jan 1970 00:00:00 GMT.',
  cookies: [cookie(`${A}/`, 'sid=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT')],
  request: { via: 'fetch', url: `${A}/items` }, server: [text(`${A}/items`)],
});
add('max-age-zero-deletes-earlier', {
  title: 'Max-Age=0 deletes a cookie set before',
  notes: 'The jar first gets sid=1, then sid=2 with Max-Age=0 for the same name, domain and path: nothing is left to send.',
  cookies: [cookie(`${A}/`, 'sid=1'), cookie(`${A}/`, 'sid=2; Max-Age=0')],
  request: { via: 'fetch', url: `${A}/items` }, server: [text(`${A}/items`)],
});
add('max-age-wins-over-expires', {
  title: 'Max-Age wins over a past Expires',
  notes: 'Max-Age=3600 with Expires in 1970: Max-Age decides, the cookie is stored and sent.',
  cookies: [cookie(`${A}/`, 'sid=1; Max-Age=3600; Expires=Thu, 01 Jan 1970 00:00:00 GMT')],
  request: { via: 'fetch', url: `${A}/items` }, server: [text(`${A}/items`)],
});
add('httponly-sent', {
  title: 'An HttpOnly cookie still goes with fetch()',
  notes: 'HttpOnly hides the cookie from document.cookie, not from requests.',
  cookies: [cookie(`${SS}/`, 'sid=1; HttpOnly; Secure; SameSite=Lax')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});

// ---- order in the Cookie header ----
add('order-longer-path-first', {
  title: 'Cookies with longer paths come first',
  notes: 'a (Path=/) is set before b (Path=/v1); the request to /v1/items lists b first.',
  cookies: [cookie(`${SS}/`, 'a=1; Path=/'), cookie(`${SS}/`, 'b=2; Path=/v1')],
  request: fetchInclude(`${SS}/v1/items`), server: [cors(`${SS}/v1/items`, A)],
});
add('order-creation-time', {
  title: 'Cookies of the same path go in creation order',
  notes: 'z is set before a, both Path=/: z comes first, whatever the names.',
  cookies: [cookie(`${SS}/`, 'z=1'), cookie(`${SS}/`, 'a=2')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('order-domain-and-host', {
  title: 'Domain and host-only cookies of the same path: creation order',
  notes: 'd (Domain=example.com, set by app.example.com) then h (host-only of api.example.com), both Path=/.',
  cookies: [cookie(`${A}/`, 'd=1; Domain=example.com'), cookie(`${SS}/`, 'h=2')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('order-three-paths', {
  title: 'Three paths, set shortest last',
  notes: 'c (/v1/items), b (/v1), a (/) set in that order; the Cookie header is by path length.',
  cookies: [cookie(`${SS}/`, 'c=3; Path=/v1/items'), cookie(`${SS}/`, 'b=2; Path=/v1'), cookie(`${SS}/`, 'a=1; Path=/')],
  request: fetchInclude(`${SS}/v1/items`), server: [cors(`${SS}/v1/items`, A)],
});
add('same-name-two-paths', {
  title: 'Two cookies of one name on two paths both go',
  notes: 'id=root (Path=/) and id=v1 (Path=/v1) are two cookies; both go to /v1/items, the longer path first.',
  cookies: [cookie(`${SS}/`, 'id=root; Path=/'), cookie(`${SS}/`, 'id=v1; Path=/v1')],
  request: fetchInclude(`${SS}/v1/items`), server: [cors(`${SS}/v1/items`, A)],
});

// ---- Partitioned (CHIPS) ----
add('partitioned-top-level-set-cross-site-fetch', {
  title: 'A Partitioned cookie set on its own site does not go to it from another site',
  notes: 'other.example set the Partitioned cookie when visited top-level (partition: other.example); from app.example.com the partition differs.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure; Partitioned')],
  request: fetchInclude(`${XS}/items`), server: [cors(`${XS}/items`, A)],
});
add('partitioned-embedded-set-cross-site-fetch', {
  title: 'A Partitioned cookie set in a frame under app.example.com goes from app.example.com',
  notes: 'other.example set the cookie inside a frame of https://app.example.com/ (partition: example.com); a credentialed fetch from app.example.com carries it.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure; Partitioned', `${A}/`)],
  request: fetchInclude(`${XS}/items`), server: [cors(`${XS}/items`, A)],
});
add('partitioned-embedded-other-top-level', {
  title: 'A Partitioned cookie set under another top-level site does not go',
  notes: 'other.example set it inside a frame of https://cdn.example.net/; the page app.example.com is another partition.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure; Partitioned', `${CDN}/`)],
  request: fetchInclude(`${XS}/items`), server: [cors(`${XS}/items`, A)],
});
add('partitioned-embedded-third-party-block', {
  title: 'Blocking third-party cookies keeps Partitioned cookies working',
  notes: 'With "Block third-party cookies", other.example can still set and receive a Partitioned cookie under app.example.com.',
  browser: { thirdPartyCookies: 'block' },
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure; Partitioned', `${A}/`)],
  request: fetchInclude(`${XS}/items`), server: [cors(`${XS}/items`, A)],
});
add('partitioned-embedded-iframe', {
  title: 'A Partitioned cookie goes with a cross-site frame of the same top-level site',
  notes: 'Set by other.example in a frame under app.example.com, then app.example.com frames other.example again.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure; Partitioned', `${A}/`)],
  request: { via: 'iframe', url: `${XS}/frame` }, server: [html(`${XS}/frame`)],
});
add('partitioned-embedded-img', {
  title: 'A Partitioned cookie goes with a cross-site image of the same top-level site',
  notes: 'Set by other.example in a frame under app.example.com; the page loads an image from other.example.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure; Partitioned', `${A}/`)],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('partitioned-same-site-top-level', {
  title: 'A Partitioned cookie of a same-site origin set top-level',
  notes: 'api.example.com set it top-level (partition example.com); app.example.com (the same site) fetches api.example.com.',
  cookies: [cookie(`${SS}/`, 'sid=1; SameSite=None; Secure; Partitioned')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('partitioned-without-secure-refused', {
  title: 'Partitioned without Secure is refused',
  notes: 'A Partitioned cookie must be Secure: app.example.com\'s own "sid=1; Partitioned" (set top-level) is not stored, and DevTools names no reason for it.',
  cookies: [cookie(`${A}/`, 'sid=1; Partitioned')],
  request: { via: 'fetch', url: `${A}/items` }, server: [text(`${A}/items`)],
});
add('partitioned-none-without-secure-embedded-refused', {
  title: 'Partitioned SameSite=None without Secure, set in a frame, is refused',
  notes: 'other.example in a frame of app.example.com sends "SameSite=None; Partitioned" without Secure.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Partitioned', `${A}/`)],
  request: fetchInclude(`${XS}/items`), server: [cors(`${XS}/items`, A)],
});
add('partitioned-and-unpartitioned-same-name', {
  title: 'A partitioned and an unpartitioned cookie of one name',
  notes: 'other.example set sid=top top-level (unpartitioned) and sid=emb Partitioned in a frame under app.example.com; both are different cookies.',
  cookies: [cookie(`${XS}/`, 'sid=top; SameSite=None; Secure'), cookie(`${XS}/`, 'sid=emb; SameSite=None; Secure; Partitioned', `${A}/`)],
  request: fetchInclude(`${XS}/items`), server: [cors(`${XS}/items`, A)],
});

// ---- third-party cookie setting ----
add('third-party-block-fetch', {
  title: 'Block third-party cookies: no SameSite=None cookie on a cross-site fetch',
  notes: 'The user chose "Block third-party cookies"; other.example\'s unpartitioned SameSite=None cookie (set top-level) stays at home.',
  browser: { thirdPartyCookies: 'block' },
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: fetchInclude(`${XS}/items`), server: [cors(`${XS}/items`, A)],
});
add('third-party-allow-fetch', {
  title: 'Allow third-party cookies: the SameSite=None cookie goes on a cross-site fetch',
  notes: 'The same scenario with the setting said explicitly: allow.',
  browser: { thirdPartyCookies: 'allow' },
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: fetchInclude(`${XS}/items`), server: [cors(`${XS}/items`, A)],
});
add('third-party-block-img', {
  title: 'Block third-party cookies: no cookie on a cross-site image',
  notes: 'The no-cors image would carry a SameSite=None cookie; the setting blocks it.',
  browser: { thirdPartyCookies: 'block' },
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'img', url: `${XS}/a.png` }, server: [png(`${XS}/a.png`)],
});
add('third-party-block-iframe', {
  title: 'Block third-party cookies: no cookie on a cross-site frame',
  notes: 'A frame of other.example in app.example.com is a third-party context.',
  browser: { thirdPartyCookies: 'block' },
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'iframe', url: `${XS}/frame` }, server: [html(`${XS}/frame`)],
});
add('third-party-block-same-site', {
  title: 'Block third-party cookies does not touch same-site requests',
  notes: 'api.example.com is same-site to app.example.com: its cookie is first-party.',
  browser: { thirdPartyCookies: 'block' },
  cookies: [cookie(`${SS}/`, 'sid=1; SameSite=None; Secure')],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});
add('third-party-block-navigate', {
  title: 'Block third-party cookies does not touch top-level navigations',
  notes: 'Following a link to other.example makes it the first party.',
  browser: { thirdPartyCookies: 'block' },
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'navigate', url: `${XS}/landing` }, server: [html(`${XS}/landing`)],
});
add('third-party-block-set-embedded-refused', {
  title: 'Block third-party cookies: a frame cannot set an unpartitioned cookie',
  notes: 'other.example in a frame of app.example.com sends Set-Cookie SameSite=None; Secure without Partitioned; the setting refuses it.',
  browser: { thirdPartyCookies: 'block' },
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure', `${A}/`)],
  request: { via: 'navigate', url: `${XS}/landing` }, server: [html(`${XS}/landing`)],
});
add('third-party-allow-set-embedded', {
  title: 'Allow third-party cookies: a frame sets an unpartitioned cookie',
  notes: 'The same Set-Cookie from a frame of app.example.com is stored and goes on a later credentialed fetch from app.example.com.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure', `${A}/`)],
  request: fetchInclude(`${XS}/items`), server: [cors(`${XS}/items`, A)],
});
add('embedded-lax-set-refused', {
  title: 'A cross-site frame cannot set a Lax cookie',
  notes: 'other.example, framed by app.example.com, sends SameSite=Lax: a cross-site context may not set it.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=Lax; Secure', `${A}/`)],
  request: { via: 'navigate', url: `${XS}/landing` }, server: [html(`${XS}/landing`)],
});
add('embedded-unspecified-set-refused', {
  title: 'A cross-site frame cannot set a cookie without SameSite',
  notes: 'Without SameSite the cookie is Lax by default, so a cross-site frame cannot set it either.',
  cookies: [cookie(`${XS}/`, 'sid=1; Secure', `${A}/`)],
  request: { via: 'navigate', url: `${XS}/landing` }, server: [html(`${XS}/landing`)],
});
add('embedded-same-site-strict-set', {
  title: 'A same-site frame can set a Strict cookie',
  notes: 'api.example.com framed by app.example.com is a same-site context: its SameSite=Strict cookie is stored.',
  cookies: [cookie(`${SS}/`, 'sid=1; SameSite=Strict', `${A}/`)],
  request: fetchInclude(`${SS}/items`), server: [cors(`${SS}/items`, A)],
});

// ---- redirects ----
add('redirect-img-same-site-cross-site-back', {
  title: 'An image redirected same-site → cross-site → same-site: which hop carries which cookie',
  notes: 'api.example.com has a Lax and a None cookie, other.example a None one; the image goes api → other → api. Chromium judges SameSite per hop against the page (site for cookies), not the redirect chain.',
  cookies: [cookie(`${SS}/`, 'al=1; SameSite=Lax; Secure'), cookie(`${SS}/`, 'an=1; SameSite=None; Secure'), cookie(`${XS}/`, 'on=1; SameSite=None; Secure')],
  request: { via: 'img', url: `${SS}/r1` },
  server: [redirect(`${SS}/r1`, `${XS}/r2`), redirect(`${XS}/r2`, `${SS}/a.png`), png(`${SS}/a.png`)],
});
add('redirect-navigate-cross-site-to-same-site-strict', {
  title: 'A link to another site that redirects back to the page\'s site, and a Strict cookie',
  notes: 'app.example.com → other.example/r → 302 → api.example.com/landing; api.example.com has a Strict and a Lax cookie. Chromium 156 does not look at the redirect chain: the last hop, same-site to the page, carries both.',
  cookies: [cookie(`${SS}/`, 'st=1; SameSite=Strict'), cookie(`${SS}/`, 'lx=1; SameSite=Lax')],
  request: { via: 'navigate', url: `${XS}/r` },
  server: [redirect(`${XS}/r`, `${SS}/landing`), html(`${SS}/landing`)],
});
add('redirect-navigate-same-site-to-cross-site-lax', {
  title: 'A same-site link that redirects to another site, and its Lax and Strict cookies',
  notes: 'app.example.com → api.example.com/r → 302 → other.example/landing; other.example has a Lax and a Strict cookie.',
  cookies: [cookie(`${XS}/`, 'lx=1; SameSite=Lax; Secure'), cookie(`${XS}/`, 'st=1; SameSite=Strict; Secure')],
  request: { via: 'navigate', url: `${SS}/r` },
  server: [redirect(`${SS}/r`, `${XS}/landing`), html(`${XS}/landing`)],
});
add('redirect-fetch-cross-site-back-cors', {
  title: 'A credentialed fetch redirected cross-site and back',
  notes: 'app.example.com fetches api.example.com/r1 → other.example/r2 → api.example.com/items with credentials include; each hop answers CORS (after the first cross-origin hop for origin null). api.example.com has a Strict cookie.',
  cookies: [cookie(`${SS}/`, 'st=1; SameSite=Strict'), cookie(`${XS}/`, 'on=1; SameSite=None; Secure')],
  request: fetchInclude(`${SS}/r1`),
  server: [redirect(`${SS}/r1`, `${XS}/r2`, [acao(A), ACAC]), redirect(`${XS}/r2`, `${SS}/items`, [acao('null'), ACAC]), cors(`${SS}/items`, 'null')],
});
add('redirect-iframe-cross-site-back', {
  title: 'A frame redirected to another site and back, and a Strict cookie',
  notes: 'The frame goes api.example.com/r1 → other.example/r2 → api.example.com/frame; api.example.com\'s Strict cookie.',
  cookies: [cookie(`${SS}/`, 'st=1; SameSite=Strict')],
  request: { via: 'iframe', url: `${SS}/r1` },
  server: [redirect(`${SS}/r1`, `${XS}/r2`), redirect(`${XS}/r2`, `${SS}/frame`), html(`${SS}/frame`)],
});
add('redirect-set-cookie-on-hop', {
  title: 'A cookie set by a redirect response goes with the next hop',
  notes: 'The jar has none at first; api.example.com/r1 answers 302 with Set-Cookie and points to /items on the same origin.',
  cookies: [cookie(`${SS}/`, 'old=1')],
  request: fetchInclude(`${SS}/r1`),
  server: [redirect(`${SS}/r1`, `${SS}/items`, [acao(A), ACAC, ['Set-Cookie', 'hop=1; SameSite=None; Secure']]), cors(`${SS}/items`, A)],
});

// ---- preflights ----
add('preflight-carries-no-cookie', {
  title: 'A preflight never carries cookies',
  notes: 'A credentialed PUT with a JSON body to api.example.com: the OPTIONS preflight goes without the Cookie header, the PUT with it.',
  cookies: [cookie(`${SS}/`, 'sid=1')],
  request: { via: 'fetch', url: `${SS}/items`, method: 'PUT', credentials: 'include', headers: [['Content-Type', 'application/json']], body: '{}' },
  server: [preflightOk(`${SS}/items`, A), cors(`${SS}/items`, A)],
});
add('preflight-cross-site-none', {
  title: 'A cross-site preflight carries no SameSite=None cookie either',
  notes: 'The same to other.example with its SameSite=None; Secure cookie.',
  cookies: [cookie(`${XS}/`, 'sid=1; SameSite=None; Secure')],
  request: { via: 'fetch', url: `${XS}/items`, method: 'PUT', credentials: 'include', headers: [['Content-Type', 'application/json']], body: '{}' },
  server: [preflightOk(`${XS}/items`, A), cors(`${XS}/items`, A)],
});

// ---- sandboxed page ----
add('sandboxed-page-same-origin-url', {
  title: 'A sandboxed page (opaque origin) fetching its own server with credentials',
  notes: 'The page is in a sandboxed frame without allow-same-origin; it fetches app.example.com with credentials include. Its origin is opaque, so the request is cross-site.',
  pageSandboxed: true,
  cookies: [cookie(`${A}/`, 'lx=1; SameSite=Lax'), cookie(`${A}/`, 'nn=1; SameSite=None; Secure')],
  request: fetchInclude(`${A}/items`), server: [cors(`${A}/items`, 'null')],
});

export default d;
