/**
 * One health probe, as the kubelet runs its HTTP and TCP probes: a fresh connection each time, no
 * redirects followed (a 3xx counts as healthy, like the kubelet), no certificate verification for
 * https (pods rarely serve certificates for their IP), and one deadline for the whole probe.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { errorMessage } from '../util/errors.js';

export interface ProbeResult {
  ok: boolean;
  seconds: number;
  /** Why the probe failed; empty when it passed. */
  error: string;
}

/** Runs `start` with a `settle` callback that only the first outcome (or the deadline) gets through. */
function withDeadline(timeoutMs: number, start: (settle: (error: string) => void) => () => void): Promise<ProbeResult> {
  const began = process.hrtime.bigint();
  return new Promise((resolve) => {
    let cleanup: () => void = () => undefined;
    let done = false;
    const settle = (error: string): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      cleanup();
      resolve({ ok: error === '', seconds: Number(process.hrtime.bigint() - began) / 1e9, error });
    };
    const timer = setTimeout(() => settle(`timeout after ${timeoutMs}ms`), timeoutMs);
    cleanup = start(settle);
  });
}

/** GET `url`; passes on `expectedStatus`, or on any 2xx/3xx when it is 0. */
export function probeHttp(url: URL, expectedStatus: number, timeoutMs: number): Promise<ProbeResult> {
  return withDeadline(timeoutMs, (settle) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'GET',
      agent: false,
      rejectUnauthorized: false,
      headers: { 'User-Agent': 'sightline-health-check', Accept: '*/*', Connection: 'close' },
    });
    req.on('response', (res) => {
      const code = res.statusCode ?? 0;
      const ok = expectedStatus === 0 ? code >= 200 && code < 400 : code === expectedStatus;
      res.destroy();
      settle(ok ? '' : `HTTP status ${code}${expectedStatus ? ` (expected ${expectedStatus})` : ''}`);
    });
    req.on('error', (err) => settle(errorMessage(err)));
    req.end();
    return () => req.destroy();
  });
}

export function probeTcp(host: string, port: number, timeoutMs: number): Promise<ProbeResult> {
  return withDeadline(timeoutMs, (settle) => {
    const socket = connect({ host, port });
    socket.on('connect', () => settle(''));
    socket.on('error', (err) => settle(errorMessage(err)));
    return () => socket.destroy();
  });
}
