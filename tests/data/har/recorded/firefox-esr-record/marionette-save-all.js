// Minimal Marionette client: in the chrome context, build the HAR exactly as the Network panel's
// "Save All As HAR" does (HarMenuUtils.saveAllAsHar -> HarExporter.save -> fetchHarData with the
// panel's displayed requests and connector), but write the string with IOUtils instead of the file dialog.
const net = require('net');
const [port, out] = [+process.argv[2], process.argv[3]];
const sock = net.connect(port, '127.0.0.1');
let buf = '', id = 0; const pending = new Map(); let greeted;
const greeting = new Promise(r => greeted = r);
sock.on('data', d => {
  buf += d.toString('utf8');
  for (;;) {
    const c = buf.indexOf(':'); if (c < 0) return;
    const n = +buf.slice(0, c); if (Buffer.byteLength(buf.slice(c + 1)) < n) return;
    const msg = JSON.parse(buf.slice(c + 1, c + 1 + n)); buf = buf.slice(c + 1 + n);
    if (!Array.isArray(msg)) { greeted(msg); continue; }
    const [, mid, err, res] = msg; const p = pending.get(mid); pending.delete(mid);
    err ? p.reject(new Error(JSON.stringify(err))) : p.resolve(res);
  }
});
const send = (name, params) => new Promise((resolve, reject) => {
  const m = JSON.stringify([0, ++id, name, params]); pending.set(id, {resolve, reject});
  sock.write(Buffer.byteLength(m) + ':' + m);
});
const script = `
const [outPath, done] = arguments;
(async () => {
  const { require } = ChromeUtils.importESModule("resource://devtools/shared/loader/Loader.sys.mjs");
  const { gDevTools } = require("devtools/client/framework/devtools");
  const win = Services.wm.getMostRecentWindow("navigator:browser");
  const toolbox = gDevTools.getToolboxForTab(win.gBrowser.selectedTab);
  if (!toolbox) throw new Error("no toolbox for the selected tab");
  const panel = await toolbox.selectTool("netmonitor");
  const api = panel.panelWin.Netmonitor.api;
  const { getDisplayedRequests } = require("devtools/client/netmonitor/src/selectors/index");
  const { HarExporter } = require("devtools/client/netmonitor/src/har/har-exporter");
  const requests = getDisplayedRequests(api.store.getState());
  const json = await HarExporter.fetchHarData({ connector: api.connector, items: requests });
  await IOUtils.writeUTF8(outPath, json);
  return { requests: requests.length, bytes: json.length, url: toolbox.target.url };
})().then(done, e => done({ error: String(e), stack: e.stack }));`;
(async () => {
  console.log('greeting', JSON.stringify(await greeting));
  await send('WebDriver:NewSession', { capabilities: {} });
  await send('Marionette:SetContext', { value: 'chrome' });
  const r = await send('WebDriver:ExecuteAsyncScript', { script, args: [out], scriptTimeout: 60000 });
  console.log('result', JSON.stringify(r));
  await send('WebDriver:DeleteSession', {}).catch(() => {});
  sock.end();
})().catch(e => { console.error('FAILED', e.message); process.exit(1); });
