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
