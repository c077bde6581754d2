// The page a scenario runs in. It performs the request the way `via` says and reports, once, what
// script saw, as one console line "corslab-report {json}" (a console line reaches the DevTools
// protocol from any frame, sandboxed ones included).
export const REPORT_PREFIX = 'corslab-report ';

const PAGE_SCRIPT = String.raw`
(function () {
  const out = {token: CFG.token, phase: 'done', blocked: false, loaded: false, readable: null,
               status: 0, headers: [], exception: null, scriptErrors: []};
  const report = () => console.log('corslab-report ' + JSON.stringify(out));
  const wait = ms => new Promise(r => setTimeout(r, ms));
  window.addEventListener('error', e => { if (e && e.message !== undefined) out.scriptErrors.push(String(e.message)); });
  const headerLines = text => text.trim() === '' ? [] : text.trim().split(/\r?\n/).map(line => {
    const i = line.indexOf(':'); return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
  });
  const failed = e => { out.blocked = true; out.readable = false; if (e) out.exception = String(e); };
  // request.referrerPolicy: fetch()'s init member, the referrerpolicy attribute of img, script, link,
  // iframe and a (navigate); form, xhr, font and media take none (only the page's policy applies).
  const policy = el => { if (CFG.referrerPolicy !== null && CFG.referrerPolicy !== undefined) el.setAttribute('referrerpolicy', CFG.referrerPolicy); };

  async function fetchIt() {
    const init = {method: CFG.method, headers: CFG.headers};
    if (CFG.mode) init.mode = CFG.mode;
    if (CFG.credentials) init.credentials = CFG.credentials;
    if (CFG.body !== null) init.body = CFG.body;
    if (CFG.referrerPolicy !== null && CFG.referrerPolicy !== undefined) init.referrerPolicy = CFG.referrerPolicy;
    try {
      const r = await fetch(CFG.url, init);
      out.type = r.type; out.status = r.status; out.finalUrl = r.url; out.headers = [...r.headers];
      try { out.bodyText = (await r.text()).slice(0, 200); } catch (e) { out.bodyError = String(e); }
      out.loaded = true;
      out.readable = r.type !== 'opaque' && r.type !== 'opaqueredirect';
    } catch (e) { failed(e); }
  }

  function xhr() {
    return new Promise(resolve => {
      const x = new XMLHttpRequest();
      try {
        x.open(CFG.method, CFG.url, true);
        if (CFG.credentials === 'include') x.withCredentials = true;
        for (const [n, v] of CFG.headers) x.setRequestHeader(n, v);
      } catch (e) { failed(e); return resolve(); }
      x.onload = () => {
        out.loaded = true; out.readable = true; out.status = x.status; out.finalUrl = x.responseURL;
        out.headers = headerLines(x.getAllResponseHeaders()); out.bodyText = String(x.responseText).slice(0, 200);
        resolve();
      };
      x.onerror = () => { out.status = x.status; failed(null); resolve(); };
      x.onabort = () => { failed('abort'); resolve(); };
      try { x.send(CFG.body); } catch (e) { failed(e); resolve(); }
    });
  }

  function img() {
    return new Promise(resolve => {
      const i = new Image();
      if (CFG.crossorigin) i.crossOrigin = CFG.crossorigin;
      policy(i);
      i.onload = () => {
        out.loaded = true;
        const c = document.createElement('canvas'); c.width = c.height = 1;
        const g = c.getContext('2d'); g.drawImage(i, 0, 0);
        try { g.getImageData(0, 0, 1, 1); out.readable = true; } catch (e) { out.readable = false; out.exception = String(e); }
        resolve();
      };
      i.onerror = () => { failed(null); resolve(); };
      i.src = CFG.url;
    });
  }

  function script() {
    return new Promise(resolve => {
      const s = document.createElement('script');
      if (CFG.crossorigin) s.crossOrigin = CFG.crossorigin;
      policy(s);
      s.onload = () => {
        out.loaded = true;
        if (out.scriptErrors.length) out.readable = !out.scriptErrors.includes('Script error.');
        resolve();
      };
      s.onerror = () => { failed(null); resolve(); };
      s.src = CFG.url;
      document.head.appendChild(s);
    });
  }

  function stylesheet() {
    return new Promise(resolve => {
      const l = document.createElement('link');
      l.rel = 'stylesheet';
      if (CFG.crossorigin) l.crossOrigin = CFG.crossorigin;
      policy(l);
      l.onload = () => {
        out.loaded = true;
        try { out.ruleCount = l.sheet.cssRules.length; out.readable = true; } catch (e) { out.readable = false; out.exception = String(e); }
        resolve();
      };
      l.onerror = () => { failed(null); resolve(); };
      l.href = CFG.url;
      document.head.appendChild(l);
    });
  }

  async function font() {
    const style = document.createElement('style');
    style.textContent = '@font-face { font-family: corslabprobe; src: url(' + JSON.stringify(CFG.url) + '); }';
    document.head.appendChild(style);
    try { out.fontsLoaded = (await document.fonts.load('16px corslabprobe')).length; } catch (e) { out.exception = String(e); }
    const face = [...document.fonts].find(f => f.family.replace(/"/g, '') === 'corslabprobe');
    out.fontStatus = face ? face.status : null;
    out.loaded = out.fontStatus === 'loaded';
  }

  function media() {
    return new Promise(resolve => {
      const a = document.createElement('audio');
      if (CFG.crossorigin) a.crossOrigin = CFG.crossorigin;
      a.preload = 'auto';
      a.onloadedmetadata = () => { out.loaded = true; resolve(); };
      a.onerror = () => { failed(a.error ? 'MediaError ' + a.error.code + ' ' + a.error.message : null); resolve(); };
      a.src = CFG.url;
      document.body.appendChild(a);
    });
  }

  function frameReadable(f) {
    try { const d = f.contentDocument; out.readable = d !== null; if (d) out.frameUrl = String(d.URL); }
    catch (e) { out.readable = false; out.exception = String(e); }
  }

  function iframe() {
    return new Promise(resolve => {
      const f = document.createElement('iframe');
      f.onload = () => { out.loaded = true; frameReadable(f); resolve(); };
      f.onerror = () => { out.blocked = true; resolve(); };
      policy(f);
      f.src = CFG.url;
      document.body.appendChild(f);
    });
  }

  function form() {
    return new Promise(resolve => {
      const f = document.createElement('iframe');
      f.name = 'corslabtarget';
      document.body.appendChild(f);
      const el = document.createElement('form');
      el.method = CFG.method; el.action = CFG.url; el.target = 'corslabtarget';
      if (CFG.enctype) el.enctype = CFG.enctype;
      for (const [n, v] of CFG.formFields) {
        const input = document.createElement('input');
        input.type = 'hidden'; input.name = n; input.value = v;
        el.appendChild(input);
      }
      document.body.appendChild(el);
      f.onload = () => { out.loaded = true; frameReadable(f); resolve(); };
      try { el.submit(); } catch (e) { out.exception = String(e); }
      setTimeout(() => { if (!out.loaded) out.submitted = false; resolve(); }, 1500);
    });
  }

  function navigate() {
    out.phase = 'navigating';
    report();
    const a = document.createElement('a');
    a.href = CFG.url; a.textContent = 'go';
    policy(a);
    document.body.appendChild(a);
    setTimeout(() => a.click(), 0);
    return null;
  }

  const run = {fetch: fetchIt, xhr, img, script, stylesheet, font, media, iframe, form, navigate}[CFG.via];
  const pending = run();
  if (pending === null) return;
  // No limit here: the runner reports a scenario that never settles as timed out.
  Promise.resolve(pending).then(() => setTimeout(report, 0));
})();
`;

export function harnessDocument(config) {
  const json = JSON.stringify(config).replace(/<\//g, '<\\/').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>corslab</title></head><body>\n'
    + '<script>const CFG = ' + json + ';' + PAGE_SCRIPT + '</script>\n</body></html>\n';
}

const escapeHtml = s => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sandboxOuterDocument(frameUrl) {
  return '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>corslab (sandbox)</title></head><body>\n'
    + `<iframe sandbox="allow-scripts" src="${escapeHtml(frameUrl)}"></iframe>\n</body></html>\n`;
}

// A top-level page whose only content is a frame of `frameUrl` (a cookie set in an embedded context).
export function framingDocument(frameUrl) {
  return '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>corslab (embedding)</title></head><body>\n'
    + `<iframe src="${escapeHtml(frameUrl)}"></iframe>\n</body></html>\n`;
}
