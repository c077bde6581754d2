// A Chrome DevTools Protocol client over --remote-debugging-pipe (fd 3: to the browser, fd 4: from
// it; one JSON message per NUL-terminated frame). Flat sessions: every message may carry sessionId.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export class Browser {
  static async launch({ executable = '/usr/bin/chromium', args = [], logFile = null }) {
    const stderr = logFile ? fs.openSync(logFile, 'a') : 'ignore';
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', stderr, 'pipe', 'pipe'], detached: false });
    const browser = new Browser(child);
    await new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('spawn', resolve);
    });
    return browser;
  }

  constructor(child) {
    this.child = child;
    this.nextId = 0;
    this.pending = new Map();
    this.listeners = new Set();
    this.closed = false;
    this.toBrowser = child.stdio[3];
    this.fromBrowser = child.stdio[4];
    this.toBrowser.on('error', () => {});
    let chunks = [];
    this.fromBrowser.on('data', data => {
      let start = 0;
      for (let i = data.indexOf(0); i >= 0; i = data.indexOf(0, start)) {
        chunks.push(data.subarray(start, i));
        const text = Buffer.concat(chunks).toString('utf8');
        chunks = [];
        start = i + 1;
        this.#dispatch(JSON.parse(text));
      }
      if (start < data.length) chunks.push(data.subarray(start));
    });
    child.once('exit', (code, signal) => {
      this.closed = true;
      for (const { reject } of this.pending.values()) reject(new Error(`chromium exited (${signal ?? code})`));
      this.pending.clear();
    });
  }

  #dispatch(message) {
    if (message.id !== undefined) {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter.resolve(message.result);
      return;
    }
    for (const listener of this.listeners) listener(message.method, message.params ?? {}, message.sessionId);
  }

  send(method, params = {}, sessionId = undefined) {
    if (this.closed) return Promise.reject(new Error('chromium is not running'));
    const id = ++this.nextId;
    const message = { id, method, params };
    if (sessionId) message.sessionId = sessionId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.toBrowser.write(JSON.stringify(message) + '\0');
    });
  }

  // listener(method, params, sessionId); returns a function that removes it.
  on(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  kill() {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      try { this.child.kill('SIGKILL'); } catch {}
    }
  }

  async close() {
    if (this.closed) return;
    const exited = new Promise(resolve => this.child.once('exit', resolve));
    this.send('Browser.close').catch(() => {});
    const timer = setTimeout(() => this.kill(), 2000);
    await exited;
    clearTimeout(timer);
  }
}
