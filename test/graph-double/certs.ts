// Test PKI made with openssl at test time: a CA, a server certificate for 127.0.0.1 signed by it,
// and two client certificates for the certificate credential (one valid, one long expired).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DoublePki {
  dir: string;
  /** PEM of the CA that signed the server certificate (trust it with NODE_EXTRA_CA_CERTS or tlsOptions). */
  caCert: string;
  caCertPath: string;
  serverKey: string;
  serverCert: string;
  /** Key + certificate PEM of a valid app certificate (AZURE_CLIENT_CERTIFICATE_PATH). */
  appPemPath: string;
  appCert: string;
  /** Key + certificate PEM of an app certificate that expired in 2020. */
  expiredAppPemPath: string;
  expiredAppCert: string;
}

const openssl = (cwd: string, args: string[]) =>
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

function makeCa(dir: string): void {
  openssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '2',
    '-subj',
    '/CN=sspr-audit test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
}

function makeServerCert(dir: string): void {
  writeFileSync(
    join(dir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n',
  );
  openssl(dir, [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
    '-subj',
    '/CN=127.0.0.1',
  ]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.crt',
    '-days',
    '2',
    '-extfile',
    'server.ext',
  ]);
}

function makeAppCert(dir: string, name: string): void {
  openssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.crt`,
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
  ]);
}

/** A self-signed certificate valid only in January 2020 (openssl req cannot back-date, openssl ca can). */
function makeExpiredAppCert(dir: string, name: string): void {
  const db = join(dir, 'ca-db');
  mkdirSync(db, { recursive: true });
  writeFileSync(join(db, 'index.txt'), '');
  writeFileSync(join(db, 'serial'), '01\n');
  writeFileSync(
    join(dir, 'ca.cnf'),
    `[ca]\ndefault_ca = d\n[d]\ndatabase = ${db}/index.txt\nnew_certs_dir = ${db}\nserial = ${db}/serial\ndefault_md = sha256\npolicy = p\n[p]\ncommonName = supplied\n`,
  );
  openssl(dir, [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    `/CN=${name}`,
  ]);
  openssl(dir, [
    'ca',
    '-batch',
    '-config',
    'ca.cnf',
    '-selfsign',
    '-keyfile',
    `${name}.key`,
    '-in',
    `${name}.csr`,
    '-out',
    `${name}.crt`,
    '-startdate',
    '20200101000000Z',
    '-enddate',
    '20200201000000Z',
    '-notext',
  ]);
}

function pem(dir: string, name: string): string {
  const path = join(dir, `${name}.pem`);
  writeFileSync(
    path,
    readFileSync(join(dir, `${name}.key`), 'utf8') + readFileSync(join(dir, `${name}.crt`), 'utf8'),
    { mode: 0o600 },
  );
  return path;
}

let cached: DoublePki | undefined;

/** Removes this process's PKI folder (the root hook calls it before the leak check). */
export function removeTestPki(): void {
  if (cached) rmSync(cached.dir, { recursive: true, force: true });
  cached = undefined;
}

/** Creates the PKI once per process (RSA key generation is the slow part). */
export function testPki(): DoublePki {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'sspr-graph-double-'));
  // A process that made the PKI (the suite, a double run as a child) removes it when it exits.
  process.once('exit', removeTestPki);
  makeCa(dir);
  makeServerCert(dir);
  makeAppCert(dir, 'app');
  makeExpiredAppCert(dir, 'expired-app');
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  cached = {
    dir,
    caCert: read('ca.crt'),
    caCertPath: join(dir, 'ca.crt'),
    serverKey: read('server.key'),
    serverCert: read('server.crt'),
    appPemPath: pem(dir, 'app'),
    appCert: read('app.crt'),
    expiredAppPemPath: pem(dir, 'expired-app'),
    expiredAppCert: read('expired-app.crt'),
  };
  return cached;
}
