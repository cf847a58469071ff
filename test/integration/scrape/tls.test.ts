import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ResolvedAuth } from '../../../src/scrape/http.js';
import { ScrapeManager } from '../../../src/scrape/manager.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import { targetSets, waitFor } from '../../support/scrape-targets.js';

/** A throwaway CA, a server certificate for `metrics.test` and a client certificate, made with openssl. */
function certificates(dir: string): Record<'ca' | 'serverCert' | 'serverKey' | 'clientCert' | 'clientKey', string> {
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=test-ca');
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=DNS:metrics.test\n');
  for (const [name, cn] of [['server', 'metrics.test'], ['client', 'scraper']] as const) {
    run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`);
    run('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', '1', ...(name === 'server' ? ['-extfile', 'san.ext'] : []));
  }
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  return { ca: read('ca.crt'), serverCert: read('server.crt'), serverKey: read('server.key'), clientCert: read('client.crt'), clientKey: read('client.key') };
}

let dir: string;
let server: Server;
let address: string;
let pem: ReturnType<typeof certificates>;
const clientNames: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sightline-scrape-tls-'));
  pem = certificates(dir);
  server = createServer({ cert: pem.serverCert, key: pem.serverKey, ca: pem.ca, requestCert: true, rejectUnauthorized: false }, (req, res) => {
    const peer = (req.socket as TLSSocket).getPeerCertificate();
    clientNames.push(typeof peer.subject?.CN === 'string' ? peer.subject.CN : '');
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('secure_total 1\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  address = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

async function scrapeWith(auth: ResolvedAuth): Promise<{ health: string; lastError: string }> {
  const manager = new ScrapeManager(new MemoryStorage(), { auth: () => auth });
  try {
    await manager.sync(targetSets('tls', [address], { scheme: 'https' }));
    const t = await waitFor(() => manager.targets().active.find((a) => a.health !== 'unknown'));
    return { health: t.health, lastError: t.lastError };
  } finally {
    await manager.stop();
  }
}

it('verifies the target against the CA and server name, presenting the client certificate', async () => {
  expect(await scrapeWith({ tls: { ca: pem.ca, serverName: 'metrics.test', cert: pem.clientCert, key: pem.clientKey } })).toEqual({ health: 'up', lastError: '' });
  expect(clientNames.at(-1)).toBe('scraper');
});

it('fails on an unknown CA or a wrong server name, unless verification is skipped', async () => {
  expect((await scrapeWith({})).lastError).toMatch(/self[- ]signed|unable to verify|certificate/i);
  expect((await scrapeWith({ tls: { ca: pem.ca, serverName: 'other.test' } })).lastError).toMatch(/other\.test/);
  expect(await scrapeWith({ tls: { insecureSkipVerify: true } })).toEqual({ health: 'up', lastError: '' });
});
