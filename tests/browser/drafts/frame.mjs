// Framing drafts (issue 11): X-Frame-Options and CSP frame-ancestors on the framed document.
// Goldens tests/data/golden/frame-*.cors.json.
import { A, SS, XS, HA, ct, route, redirect, html, scenario } from './common.mjs';

const d = [];
const add = (name, o) => d.push(scenario(`frame-${name}`, o));
const XFO = v => ['X-Frame-Options', v];
const FA = v => ['Content-Security-Policy', `frame-ancestors ${v}`];
const frame = (url, headers, o = {}) => ({ request: { via: 'iframe', url }, server: [html(url, headers)], ...o });

add('xfo-deny-cross-origin', {
  title: 'X-Frame-Options: DENY, cross-origin frame',
  notes: 'DENY refuses every framing; the frame shows an error page.',
  ...frame(`${XS}/frame`, [XFO('DENY')]),
});
add('xfo-deny-same-origin', {
  title: 'X-Frame-Options: DENY, same-origin frame',
  notes: 'DENY refuses the page\'s own origin too.',
  ...frame(`${A}/frame`, [XFO('DENY')]),
});
add('xfo-sameorigin-same-origin', {
  title: 'X-Frame-Options: SAMEORIGIN, same-origin frame',
  notes: 'The page frames its own origin: allowed.',
  ...frame(`${A}/frame`, [XFO('SAMEORIGIN')]),
});
add('xfo-sameorigin-cross-origin', {
  title: 'X-Frame-Options: SAMEORIGIN, cross-site frame',
  notes: 'other.example refuses to be framed by app.example.com.',
  ...frame(`${XS}/frame`, [XFO('SAMEORIGIN')]),
});
add('xfo-sameorigin-same-site', {
  title: 'X-Frame-Options: SAMEORIGIN, same-site frame',
  notes: 'SAMEORIGIN means origin: api.example.com refuses app.example.com.',
  ...frame(`${SS}/frame`, [XFO('SAMEORIGIN')]),
});
add('xfo-lower-case', {
  title: 'X-Frame-Options: deny in lower case',
  notes: 'The value is case-insensitive.',
  ...frame(`${XS}/frame`, [XFO('deny')]),
});
add('xfo-invalid-value', {
  title: 'An invalid X-Frame-Options value is ignored',
  notes: 'X-Frame-Options: ALLOWALL is no standard directive, but Chromium knows it as an explicit allow: the frame loads without a console message.',
  ...frame(`${XS}/frame`, [XFO('ALLOWALL')]),
});
add('xfo-allow-from', {
  title: 'X-Frame-Options: ALLOW-FROM is not supported',
  notes: 'ALLOW-FROM https://app.example.com is an invalid value for Chromium: ignored with a console error, the frame loads.',
  ...frame(`${XS}/frame`, [XFO('ALLOW-FROM https://app.example.com')]),
});
add('xfo-conflicting-values', {
  title: 'Conflicting X-Frame-Options values',
  notes: 'Two lines, DENY and SAMEORIGIN, on a same-origin frame: conflicting values fall back to DENY.',
  ...frame(`${A}/frame`, [XFO('DENY'), XFO('SAMEORIGIN')]),
});
add('xfo-repeated-sameorigin', {
  title: 'X-Frame-Options: SAMEORIGIN twice',
  notes: 'Two equal lines combine to "SAMEORIGIN, SAMEORIGIN", which is still SAMEORIGIN.',
  ...frame(`${A}/frame`, [XFO('SAMEORIGIN'), XFO('SAMEORIGIN')]),
});
add('xfo-and-frame-ancestors', {
  title: 'frame-ancestors wins over X-Frame-Options',
  notes: 'X-Frame-Options: DENY and Content-Security-Policy: frame-ancestors https://app.example.com: the CSP directive decides, the frame loads.',
  ...frame(`${XS}/frame`, [XFO('DENY'), FA('https://app.example.com')]),
});
add('fa-none', {
  title: "frame-ancestors 'none'",
  notes: 'No page may frame it.',
  ...frame(`${XS}/frame`, [FA("'none'")]),
});
add('fa-none-same-origin', {
  title: "frame-ancestors 'none', same-origin frame",
  notes: "'none' refuses the page's own origin too.",
  ...frame(`${A}/frame`, [FA("'none'")]),
});
add('fa-self-same-origin', {
  title: "frame-ancestors 'self', same-origin frame",
  notes: 'The page frames its own origin.',
  ...frame(`${A}/frame`, [FA("'self'")]),
});
add('fa-self-cross-origin', {
  title: "frame-ancestors 'self', cross-site frame",
  notes: "'self' is other.example itself, not app.example.com.",
  ...frame(`${XS}/frame`, [FA("'self'")]),
});
add('fa-explicit-origin', {
  title: 'frame-ancestors naming the page\'s origin',
  notes: 'frame-ancestors https://app.example.com.',
  ...frame(`${XS}/frame`, [FA('https://app.example.com')]),
});
add('fa-explicit-other-origin', {
  title: 'frame-ancestors naming another origin',
  notes: 'frame-ancestors https://cdn.example.net does not include app.example.com.',
  ...frame(`${XS}/frame`, [FA('https://cdn.example.net')]),
});
add('fa-scheme-source', {
  title: 'frame-ancestors https:',
  notes: 'A scheme source allows every https page.',
  ...frame(`${XS}/frame`, [FA('https:')]),
});
add('fa-scheme-source-http-page', {
  title: 'frame-ancestors https: and an http page',
  notes: 'http://app.example.com frames an https document that allows only https: ancestors.',
  page: `${HA}/`,
  ...frame(`${XS}/frame`, [FA('https:')]),
});
add('fa-wildcard-host', {
  title: 'frame-ancestors https://*.example.com',
  notes: 'A wildcard host source matches app.example.com.',
  ...frame(`${XS}/frame`, [FA('https://*.example.com')]),
});
add('fa-star', {
  title: 'frame-ancestors *',
  notes: 'The star allows any (network-scheme) ancestor.',
  ...frame(`${XS}/frame`, [FA('*')]),
});
add('fa-report-only', {
  title: "frame-ancestors 'none' in report-only",
  notes: 'Content-Security-Policy-Report-Only blocks nothing.',
  ...frame(`${XS}/frame`, [['Content-Security-Policy-Report-Only', "frame-ancestors 'none'"]]),
});
add('fa-in-meta-ignored', {
  title: 'frame-ancestors in a <meta> element is ignored',
  notes: 'The directive only counts in a response header; the frame\'s document carries it in <meta http-equiv>.',
  request: { via: 'iframe', url: `${XS}/frame` },
  server: [route(`${XS}/frame`, { headers: [ct('text/html')], body: '<meta http-equiv="Content-Security-Policy" content="frame-ancestors \'none\'"><p>frame</p>' })],
});
add('redirect-to-xfo-deny', {
  title: 'A frame redirected to a document that refuses framing',
  notes: 'app.example.com/r → other.example/frame with X-Frame-Options: DENY.',
  request: { via: 'iframe', url: `${A}/r` },
  server: [redirect(`${A}/r`, `${XS}/frame`), html(`${XS}/frame`, [XFO('DENY')])],
});
add('xfo-on-redirect-ignored', {
  title: 'X-Frame-Options on a redirect response',
  notes: 'The 302 itself says X-Frame-Options: DENY; only the final document\'s answer counts.',
  request: { via: 'iframe', url: `${XS}/r` },
  server: [redirect(`${XS}/r`, `${XS}/frame`, [XFO('DENY')]), html(`${XS}/frame`)],
});
add('form-into-xfo-deny', {
  title: 'A form submitted into a frame that refuses framing',
  notes: 'The form POSTs into a frame of the page; the answer has X-Frame-Options: DENY.',
  request: { via: 'form', url: `${XS}/submit`, method: 'POST', body: 'a=1' },
  server: [html(`${XS}/submit`, [XFO('DENY')])],
});
add('navigate-top-level-not-subject', {
  title: 'X-Frame-Options does not stop a top-level navigation',
  notes: 'Following a link to a document with X-Frame-Options: DENY and frame-ancestors \'none\'.',
  request: { via: 'navigate', url: `${XS}/landing` },
  server: [html(`${XS}/landing`, [XFO('DENY'), FA("'none'")])],
});

export default d;
