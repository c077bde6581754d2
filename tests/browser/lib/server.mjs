// Loopback listeners for corslab scenarios: every listener answers HTTP and HTTPS on one port (the
// first byte of a connection tells a TLS ClientHello, 0x16), writes each route's header lines exactly
// as listed (duplicates and order kept) and adds nothing but Content-Length. Only loopback addresses
// are bound (127.0.0.1 unless the caller names another loopback address, e.g. ::1 or 127.0.0.2).
import net from 'node:net';
import tls from 'node:tls';
import fs from 'node:fs';
import { Duplex } from 'node:stream';

const MAX_REQUEST = 4 * 1024 * 1024;

const REASONS = {100: 'Continue', 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 206: 'Partial Content',
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect',
  308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 500: 'Internal Server Error'};

// https://mimesniff.spec.whatwg.org/#javascript-mime-type
const JS_TYPES = new Set(['application/ecmascript', 'application/javascript', 'application/x-ecmascript',
  'application/x-javascript', 'text/ecmascript', 'text/javascript', 'text/javascript1.0', 'text/javascript1.1',
  'text/javascript1.2', 'text/javascript1.3', 'text/javascript1.4', 'text/javascript1.5', 'text/jscript',
  'text/livescript', 'text/x-ecmascript', 'text/x-javascript']);

export function headerGet(headers, name) {
  const lower = name.toLowerCase();
  const values = headers.filter(([n]) => n.toLowerCase() === lower).map(([, v]) => v);
  return values.length ? values.join(', ') : null;
}

function essence(headers) {
  const type = headerGet(headers, 'Content-Type');
  return type === null ? '' : type.split(';')[0].trim().toLowerCase();
}

let fontCache = null;
// A route without a body serves the usual content of its Content-Type, as ui/live does: a 1x1 SVG or
// PNG, 0.1 s of silent WAV, a real font, a script that throws, a one-rule stylesheet, else nothing.
export function usualBody(headers) {
  const type = essence(headers);
  if (type === 'image/svg+xml') return Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n');
  if (type.startsWith('image/'))
    return Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  if (type.startsWith('audio/') || type.startsWith('video/')) {
    const samples = 800;   // 8 kHz, 8-bit mono
    const wav = Buffer.alloc(44 + samples, 0x80);
    wav.write('RIFF', 0); wav.writeUInt32LE(36 + samples, 4); wav.write('WAVE', 8);
    wav.write('fmt ', 12); wav.writeUInt32LE(16, 16); wav.writeUInt16LE(1, 20); wav.writeUInt16LE(1, 22);
    wav.writeUInt32LE(8000, 24); wav.writeUInt32LE(8000, 28); wav.writeUInt16LE(1, 32); wav.writeUInt16LE(8, 34);
    wav.write('data', 36); wav.writeUInt32LE(samples, 40);
    return wav;
  }
  if (type.startsWith('font/') || type.startsWith('application/font-')) {
    const path = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
    try { fontCache ??= fs.readFileSync(path); }
    catch (e) { throw new Error(`a ${type} route without a body needs ${path} (install fonts-dejavu-core): ${e.message}`); }
    return fontCache;
  }
  if (JS_TYPES.has(type)) return Buffer.from("throw new Error('corslab-probe');\n");
  if (type === 'text/css') return Buffer.from('.corslab-probe { color: red; }\n');
  return Buffer.alloc(0);
}

// Routes and request URLs are compared as the wire carries them: parsed, no userinfo, no fragment.
export function wireUrl(url) {
  try {
    const u = new URL(url);
    u.username = ''; u.password = ''; u.hash = '';
    return u.href;
  } catch { return url; }
}

// 127.0.0.0/8 and ::1 (the only addresses a listener here may bind).
export function isLoopbackAddress(address) {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address) || address === '::1';
}

export class LoopbackServers {
  constructor({ key, cert }) {
    this.key = key; this.cert = cert;
    this.listeners = [];
    this.sockets = new Set();
    this.state = null;   // {routes, documents: [{url, html, remaining, headers?}], log, onLog}
  }

  // Listens on address:port (0: any free port; address 127.0.0.1 unless given); resolves to the port.
  listen(port = 0, address = '127.0.0.1') {
    if (!isLoopbackAddress(address)) return Promise.reject(new Error(`${address} is not a loopback address`));
    const server = net.createServer({ pauseOnConnect: false }, socket => this.#accept(socket));
    this.listeners.push(server);
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, address, () => resolve(server.address().port));
    });
  }

  // Scenario state the listeners answer from; `null` between scenarios (everything gets 404).
  setState(state) { this.state = state; }

  // Ends every open connection (kept-alive sockets must not carry into the next scenario).
  dropConnections() {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }

  close() {
    this.dropConnections();
    for (const l of this.listeners) l.close();
    this.listeners = [];
  }

  #accept(raw) {
    this.sockets.add(raw);
    raw.on('close', () => this.sockets.delete(raw));
    raw.on('error', () => {});
    raw.once('data', first => {
      if (first[0] === 0x16) {
        // TLS over a JS stream that starts with the bytes already read (a TLSSocket made on the raw
        // socket would read its handle directly and lose them).
        raw.pause();
        const stream = new Duplex({
          read() { raw.resume(); },
          write(chunk, encoding, callback) { raw.write(chunk, callback); },
          final(callback) { raw.end(); callback(); },
          destroy(error, callback) { raw.destroy(); callback(error); },
        });
        raw.on('data', d => { if (!stream.push(d)) raw.pause(); });
        raw.on('end', () => stream.push(null));
        raw.on('close', () => stream.destroy());
        stream.push(first);
        const secure = new tls.TLSSocket(stream, { isServer: true, key: this.key, cert: this.cert, ALPNProtocols: ['http/1.1'] });
        this.sockets.add(secure);
        secure.on('close', () => this.sockets.delete(secure));
        secure.on('error', () => {});
        this.#serve(secure, 'https');
      } else {
        raw.pause();
        raw.unshift(first);
        this.#serve(raw, 'http');
        raw.resume();
      }
    });
  }

  #serve(socket, scheme) {
    let buffer = Buffer.alloc(0);
    socket.on('data', chunk => {
      buffer = Buffer.concat([buffer, chunk]);
      if (buffer.length > MAX_REQUEST) { socket.destroy(); return; }
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const lines = buffer.subarray(0, end).toString('latin1').split('\r\n');
        const [method, target, version] = lines[0].split(' ');
        if (!version) { socket.destroy(); return; }
        const headers = [];
        for (const line of lines.slice(1)) {
          const colon = line.indexOf(':');
          if (colon > 0) headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
        }
        const length = Number(headerGet(headers, 'Content-Length') ?? 0) || 0;
        if (buffer.length < end + 4 + length) return;
        const body = buffer.subarray(end + 4, end + 4 + length);
        buffer = buffer.subarray(end + 4 + length);
        const host = headerGet(headers, 'Host') ?? '';
        let url;
        try { url = new URL(target.startsWith('/') ? `${scheme}://${host}${target}` : target).href; }
        catch { url = `${scheme}://${host}${target}`; }
        this.#answer(socket, { method, target, url, headers, body: body.toString('latin1'), scheme, localPort: socket.localPort ?? socket._parent?.localPort });
        if (socket.destroyed || socket.closing) return;
      }
    });
  }

  #answer(socket, request) {
    const state = this.state;
    let status = 404, headers = [], body = Buffer.alloc(0), internal = false;
    if (state) {
      const doc = state.documents.find(d => d.remaining > 0 && d.url === request.url && request.method === 'GET');
      if (doc) {
        doc.remaining--;
        internal = true;
        headers = [['Content-Type', 'text/html; charset=utf-8'], ['Cache-Control', 'no-store'], ...(doc.headers ?? [])];
        status = doc.status ?? 200;
        body = Buffer.from(doc.html);
      } else {
        const route = state.routes.find(r => (r.method === '*' || r.method === request.method) && r.url === request.url);
        if (route) { status = route.status; headers = route.headers; body = route.body; }
      }
    }
    // The status line carries exactly three digits, whatever the number (000-999: RFC 9112 status-code =
    // 3DIGIT); header lines go as written, surrounding spaces and tabs in a value included (no http
    // module here normalises them).
    let wire = `HTTP/1.1 ${String(status).padStart(3, '0')} ${REASONS[status] ?? 'Status'}\r\n`;
    for (const [n, v] of headers) wire += `${n}: ${v}\r\n`;
    const bodyless = (status >= 100 && status < 200) || status === 204 || status === 304;
    if (!bodyless && headerGet(headers, 'Content-Length') === null && headerGet(headers, 'Transfer-Encoding') === null)
      wire += `Content-Length: ${body.length}\r\n`;
    wire += '\r\n';
    const parts = [Buffer.from(wire, 'latin1')];
    if (!bodyless && request.method !== 'HEAD') parts.push(body);
    socket.write(Buffer.concat(parts));
    // Framing the route chose itself (its own Content-Length / Transfer-Encoding, Connection: close)
    // cannot be trusted for a following request on the same connection.
    const ownFraming = headerGet(headers, 'Content-Length') !== null || headerGet(headers, 'Transfer-Encoding') !== null
      || /close/i.test(headerGet(headers, 'Connection') ?? '');
    // A route's 1xx is its whole answer: close, so the browser does not wait for a final response
    // that never comes.
    const informational = status >= 100 && status < 200;
    if (ownFraming || informational) { socket.closing = true; socket.end(); }
    if (state) {
      const entry = { ...request, status, responseHeaders: headers, internal, time: process.hrtime.bigint() };
      state.log.push(entry);
      state.onLog?.(entry);
    }
  }
}
