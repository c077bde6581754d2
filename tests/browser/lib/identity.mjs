// The loopback test certificate (self-signed, made once with openssl in ~/.cache/corslab-chromium);
// Chromium accepts it by its SPKI hash only (--ignore-certificate-errors-spki-list).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';

export function certDir() {
  return path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'corslab-chromium');
}

// {cert, key (Buffers), certPath, keyPath, spkiHash (base64 SHA-256 of the SubjectPublicKeyInfo)}
export function identity() {
  const dir = certDir();
  const certPath = path.join(dir, 'cert.pem'), keyPath = path.join(dir, 'key.pem');
  if (!fs.existsSync(certPath) || !fs.existsSync(keyPath)) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-days', '3650', '-subj', '/CN=corslab chromium loopback', '-keyout', keyPath, '-out', certPath], { stdio: 'ignore' });
  }
  const cert = fs.readFileSync(certPath), key = fs.readFileSync(keyPath);
  const spki = new crypto.X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return { cert, key, certPath, keyPath, spkiHash: crypto.createHash('sha256').update(spki).digest('base64') };
}

// A test certificate naming the given hosts (DNS names and IP addresses) as subjectAltName, made once
// per set of names in certDir()/hosts-HASH; for Firefox, which accepts it through the WebDriver
// session's acceptInsecureCerts (self-signed), with the names matching each host's SNI.
export function identityForHosts(hosts) {
  const names = [...new Set(hosts.map(h => String(h).replace(/^\[|\]$/g, '').toLowerCase()))].sort();
  const san = names.map(h => (/^[\d.]+$/.test(h) || h.includes(':') ? `IP:${h}` : `DNS:${h}`)).join(',');
  const hash = crypto.createHash('sha256').update(san).digest('hex').slice(0, 16);
  const dir = path.join(certDir(), `hosts-${hash}`);
  const certPath = path.join(dir, 'cert.pem'), keyPath = path.join(dir, 'key.pem');
  if (!fs.existsSync(certPath) || !fs.existsSync(keyPath)) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-days', '3650', '-subj', '/CN=corslab loopback', '-addext', `subjectAltName=${san || 'DNS:localhost'}`,
      '-keyout', keyPath, '-out', certPath], { stdio: 'ignore' });
  }
  return { cert: fs.readFileSync(certPath), key: fs.readFileSync(keyPath), certPath, keyPath, names };
}
