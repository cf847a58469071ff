/**
 * Loopback scrape targets for tests: node:http servers whose handler a test can swap, recording
 * the requests they get; plus ScrapeTarget objects run through discovery as the operator would.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ScrapeTarget } from '../../src/api/index.js';
import { targetSetsFor, type ScrapeEndpointSpec, type TargetSet } from '../../src/discovery/scrapetarget.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FixtureTarget {
  address: string;
  requests: IncomingMessage[];
  /** Serves this page (text format) from now on. */
  serve(page: string, contentType?: string): void;
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export async function startTarget(page = ''): Promise<FixtureTarget> {
  let handler: Handler = () => undefined;
  const requests: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const target: FixtureTarget = {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    serve(body, contentType = 'text/plain; version=0.0.4') {
      handler = (_req, res) => {
        res.writeHead(200, { 'Content-Type': contentType });
        res.end(body);
      };
    },
    handle(h) {
      handler = h;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  target.serve(page);
  return target;
}

type EndpointOverrides = Partial<Omit<ScrapeEndpointSpec, 'relabelings' | 'metricRelabelings'>> & {
  relabelings?: Record<string, unknown>[];
  metricRelabelings?: Record<string, unknown>[];
};

/** The target sets of a ScrapeTarget with static addresses, defaults as the API server fills them. */
export function targetSets(
  name: string,
  addresses: string[],
  endpoint: EndpointOverrides = {},
  limits: { sampleLimit?: number; labelLimit?: number; targetLimit?: number } = {},
): TargetSet[] {
  const st = {
    apiVersion: 'monitoring.sightline.dev/v1alpha1',
    kind: 'ScrapeTarget',
    metadata: { name, namespace: 'default' },
    spec: {
      jobName: name,
      staticTargets: addresses,
      role: 'endpoints',
      endpoints: [{ path: '/metrics', scheme: 'http', interval: '200ms', scrapeTimeout: '150ms', honorLabels: false, honorTimestamps: true, ...endpoint }],
      sampleLimit: limits.sampleLimit ?? 0,
      labelLimit: limits.labelLimit ?? 0,
      targetLimit: limits.targetLimit ?? 0,
    },
  } as unknown as ScrapeTarget;
  return targetSetsFor(st);
}

/** Polls until the check returns a value other than undefined/false. */
export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}
