#include "ui/live/harness.h"

#include <QJsonDocument>

namespace corslab::live {

namespace {

// Runs once when the document is parsed. Every outcome is printed as one console line,
// "corslab-live-report {json}", which reaches QWebEnginePage::javaScriptConsoleMessage from any
// frame (runJavaScript cannot await a promise nor reach a sandboxed frame).
constexpr char kHarnessScript[] = R"JS(
(function () {
  const out = {token: CFG.token, via: CFG.via, phase: 'done', blocked: false, loaded: false, readable: null,
               status: 0, headers: [], exception: null, scriptErrors: []};
  const report = () => console.log('corslab-live-report ' + JSON.stringify(out));
  const later = (ms) => new Promise(r => setTimeout(r, ms));
  const limit = (promise, ms) => Promise.race([promise, later(ms).then(() => { out.timedOut = true; })]);
  window.onerror = (message) => { out.scriptErrors.push(String(message)); };
  const parseAll = (text) => text.trim() === '' ? [] : text.trim().split(/\r?\n/).map(line => {
    const i = line.indexOf(':'); return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
  });

  async function viaFetch() {
    const init = {method: CFG.method, headers: CFG.headers};
    if (CFG.mode) init.mode = CFG.mode;
    if (CFG.credentials) init.credentials = CFG.credentials;
    if (CFG.body !== null) init.body = CFG.body;
    if (CFG.referrerPolicy !== undefined) init.referrerPolicy = CFG.referrerPolicy;
    try {
      const r = await fetch(CFG.url, init);
      out.type = r.type; out.status = r.status; out.redirected = r.redirected; out.finalUrl = r.url;
      out.headers = [...r.headers];
      try { out.bodyText = (await r.text()).slice(0, 200); } catch (e) { out.bodyError = String(e); }
      out.loaded = true;
      out.readable = r.type !== 'opaque' && r.type !== 'opaqueredirect';
    } catch (e) { out.blocked = true; out.readable = false; out.exception = String(e); }
  }

  function viaXhr() {
    return new Promise(resolve => {
      const x = new XMLHttpRequest();
      const fail = (e) => { out.blocked = true; out.readable = false; if (e) out.exception = String(e); resolve(); };
      try {
        x.open(CFG.method, CFG.url, true);
        if (CFG.credentials === 'include') x.withCredentials = true;
        for (const [n, v] of CFG.headers) x.setRequestHeader(n, v);
      } catch (e) { return fail(e); }
      x.onload = () => {
        out.loaded = true; out.readable = true; out.status = x.status; out.finalUrl = x.responseURL;
        out.headers = parseAll(x.getAllResponseHeaders()); out.bodyText = String(x.responseText).slice(0, 200);
        resolve();
      };
      x.onerror = () => { out.status = x.status; fail(null); };
      x.onabort = () => fail('abort');
      try { x.send(CFG.body); } catch (e) { fail(e); }
    });
  }

  function viaImg() {
    return new Promise(resolve => {
      const img = new Image();
      if (CFG.crossorigin) img.crossOrigin = CFG.crossorigin;
      if (CFG.referrerPolicy !== undefined) img.referrerPolicy = CFG.referrerPolicy;
      img.onload = () => {
        out.loaded = true;
        const canvas = document.createElement('canvas'); canvas.width = canvas.height = 1;
        const g = canvas.getContext('2d'); g.drawImage(img, 0, 0);
        try { g.getImageData(0, 0, 1, 1); out.readable = true; }
        catch (e) { out.readable = false; out.exception = String(e); }
        resolve();
      };
      img.onerror = () => { out.blocked = true; out.readable = false; resolve(); };
      img.src = CFG.url;
    });
  }

  function viaScript() {
    return new Promise(resolve => {
      const s = document.createElement('script');
      if (CFG.referrerPolicy !== undefined) s.referrerPolicy = CFG.referrerPolicy;
      if (CFG.crossorigin) s.crossOrigin = CFG.crossorigin;
      s.onload = () => {
        out.loaded = true;
        if (out.scriptErrors.length) out.readable = !out.scriptErrors.includes('Script error.');
        resolve();
      };
      s.onerror = () => { out.blocked = true; out.readable = false; resolve(); };
      s.src = CFG.url;
      document.head.appendChild(s);
    });
  }

  function viaStylesheet() {
    return new Promise(resolve => {
      const l = document.createElement('link');
      if (CFG.referrerPolicy !== undefined) l.referrerPolicy = CFG.referrerPolicy;
      l.rel = 'stylesheet';
      if (CFG.crossorigin) l.crossOrigin = CFG.crossorigin;
      l.onload = () => {
        out.loaded = true;
        try { out.ruleCount = l.sheet.cssRules.length; out.readable = true; }
        catch (e) { out.readable = false; out.exception = String(e); }
        resolve();
      };
      l.onerror = () => { out.blocked = true; out.readable = false; resolve(); };
      l.href = CFG.url;
      document.head.appendChild(l);
    });
  }

  async function viaFont() {
    const style = document.createElement('style');
    style.textContent = '@font-face { font-family: corslabprobe; src: url(' + JSON.stringify(CFG.url) + '); }';
    document.head.appendChild(style);
    try { out.fontsLoaded = (await document.fonts.load('16px corslabprobe')).length; }
    catch (e) { out.exception = String(e); }
    const face = [...document.fonts].find(f => f.family.replace(/"/g, '') === 'corslabprobe');
    out.fontStatus = face ? face.status : null;
    out.loaded = out.fontStatus === 'loaded';
  }

  function viaMedia() {
    return new Promise(resolve => {
      const a = document.createElement('audio');
      if (CFG.crossorigin) a.crossOrigin = CFG.crossorigin;
      a.preload = 'auto';
      a.onloadedmetadata = () => { out.loaded = true; resolve(); };
      a.onerror = () => {
        out.blocked = true; out.readable = false;
        if (a.error) out.exception = 'MediaError ' + a.error.code + ' ' + a.error.message;
        resolve();
      };
      a.src = CFG.url;
      document.body.appendChild(a);
    });
  }

  function frameReadable(frame) {
    try { const d = frame.contentDocument; out.readable = d !== null; if (d) out.frameUrl = String(d.URL); }
    catch (e) { out.readable = false; out.exception = String(e); }
  }

  function viaIframe() {
    return new Promise(resolve => {
      const f = document.createElement('iframe');
      if (CFG.referrerPolicy !== undefined) f.referrerPolicy = CFG.referrerPolicy;
      f.onload = () => { out.loaded = true; frameReadable(f); resolve(); };
      f.onerror = () => { out.blocked = true; resolve(); };
      f.src = CFG.url;
      document.body.appendChild(f);
      // A refused frame never loads (error pages are off).
      setTimeout(resolve, 2500);
    });
  }

  // The scenario's form, with its fields, submitting into `target`.
  function makeForm(target) {
    const form = document.createElement('form');
    form.method = CFG.method;
    form.action = CFG.url;
    if (CFG.enctype) form.enctype = CFG.enctype;
    form.target = target;
    for (const [n, v] of CFG.formFields) {
      const input = document.createElement('input');
      input.type = 'hidden'; input.name = n; input.value = v;
      form.appendChild(input);
    }
    document.body.appendChild(form);
    return form;
  }

  function viaForm() {
    if (CFG.formTarget === '_top') return viaTopLevelForm();
    return new Promise(resolve => {
      const f = document.createElement('iframe');
      f.name = 'corslabtarget';
      document.body.appendChild(f);
      const form = makeForm('corslabtarget');
      f.onload = () => { out.loaded = true; frameReadable(f); resolve(); };
      try { form.submit(); } catch (e) { out.exception = String(e); }
      // A blocked submission never loads the frame.
      setTimeout(() => { if (!out.loaded) { out.submitted = false; } resolve(); }, 1500);
    });
  }

  // A form whose target is the top-level page: like a link, the report goes first.
  function viaTopLevelForm() {
    out.phase = 'navigating';
    report();
    const form = makeForm('_top');
    setTimeout(() => form.submit(), 0);
    return null;
  }

  function viaNavigate() {
    out.phase = 'navigating';
    report();
    const a = document.createElement('a');
    if (CFG.referrerPolicy !== undefined) a.referrerPolicy = CFG.referrerPolicy;
    a.href = CFG.url;
    a.textContent = 'go';
    document.body.appendChild(a);
    setTimeout(() => a.click(), 0);
    return null;
  }

  const run = {fetch: viaFetch, xhr: viaXhr, img: viaImg, script: viaScript, stylesheet: viaStylesheet,
               font: viaFont, media: viaMedia, iframe: viaIframe, form: viaForm, navigate: viaNavigate}[CFG.via];
  const pending = run();
  if (pending === null) return;
  limit(Promise.resolve(pending), 4000).then(() => setTimeout(report, 0));
})();
)JS";

} // namespace

QByteArray harnessDocument(const QJsonObject &config)
{
    QByteArray json = QJsonDocument(config).toJson(QJsonDocument::Compact);
    // Keep "</script>" inside a string from closing the element.
    json.replace("</", "<\\/");
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>corslab live</title></head><body>\n"
           "<script>const CFG = " + json + ";" + QByteArray(kHarnessScript) + "</script>\n</body></html>\n";
}

QByteArray sandboxOuterDocument(const QString &frameUrl)
{
    QString escaped = frameUrl.toHtmlEscaped();
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>corslab live (sandbox)</title></head><body>\n"
           "<iframe sandbox=\"allow-scripts\" src=\"" + escaped.toUtf8() + "\"></iframe>\n</body></html>\n";
}

} // namespace corslab::live
