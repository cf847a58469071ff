/** Health probes against real loopback servers: status rules, no redirects, deadlines, TLS, TCP. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeHttp, probeTcp } from '../../../src/health/probe.js';
import { startTarget, type FixtureTarget } from '../../support/scrape-targets.js';

let server: FixtureTarget;

beforeAll(async () => {
  server = await startTarget();
  server.handle((req, res) => {
    const code = Number(req.url?.slice(1)) || 200;
    if (code === 999) return; // never answers
    res.writeHead(code, code === 302 ? { Location: '/404' } : {});
    res.end();
  });
});
afterAll(() => server.close());

const at = (path: string) => new URL(`http://${server.address}${path}`);

describe('HTTP probe', () => {
  it('accepts any 2xx or 3xx when expectedStatus is 0, without following redirects', async () => {
    expect(await probeHttp(at('/200'), 0, 1000)).toMatchObject({ ok: true, error: '' });
    expect(await probeHttp(at('/302'), 0, 1000)).toMatchObject({ ok: true });
    expect(await probeHttp(at('/404'), 0, 1000)).toMatchObject({ ok: false, error: 'HTTP status 404' });
    expect(await probeHttp(at('/500'), 0, 1000)).toMatchObject({ ok: false, error: 'HTTP status 500' });
  });

  it('requires the exact status when one is expected', async () => {
    expect(await probeHttp(at('/204'), 204, 1000)).toMatchObject({ ok: true });
    expect(await probeHttp(at('/200'), 204, 1000)).toMatchObject({ ok: false, error: 'HTTP status 200 (expected 204)' });
  });

  it('gives up at the timeout and reports how long it waited', async () => {
    const r = await probeHttp(at('/999'), 0, 200);
    expect(r).toMatchObject({ ok: false, error: 'timeout after 200ms' });
    expect(r.seconds).toBeGreaterThanOrEqual(0.19);
    expect(r.seconds).toBeLessThan(0.5);
  });

  it('probes https without verifying the certificate, as the kubelet does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sightline-probe-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'key.pem', '-out', 'cert.pem', '-days', '1', '-subj', '/CN=pod'], { cwd: dir, stdio: 'ignore' });
      const https = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => res.end('ok'));
      await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
      try {
        expect(await probeHttp(new URL(`https://127.0.0.1:${(https.address() as AddressInfo).port}/`), 0, 2000)).toMatchObject({ ok: true });
      } finally {
        https.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('TCP probe', () => {
  it('passes on connect and fails on a refused port', async () => {
    const [host, port] = server.address.split(':');
    expect(await probeTcp(host!, Number(port), 1000)).toMatchObject({ ok: true });
    const closed = createNetServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect((await probeTcp('127.0.0.1', closedPort, 1000)).error).toMatch(/ECONNREFUSED/);
  });
});
