/** Shared set-up for receiver tests: receivers on loopback, reading stored samples back. */
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { otlpHttpPlugin } from '../../../src/ingest/otlp/http.js';
import { pushPlugin } from '../../../src/ingest/push.js';
import { remoteWritePlugin } from '../../../src/ingest/remote-write/http.js';
import type { ReceiverOptions } from '../../../src/ingest/http.js';
import type { LabelMatcher, MetricStore, Series } from '../../../src/storage/api.js';

export interface RunningReceivers {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** The HTTP receivers on one loopback fastify instance (in production OTLP has its own port). */
export async function startHttpReceivers(options: ReceiverOptions): Promise<RunningReceivers> {
  const app = Fastify({ logger: false });
  await app.register(otlpHttpPlugin, options);
  await app.register(remoteWritePlugin, options);
  await app.register(pushPlugin, options);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** Every stored series whose `__name__` is `name` (plus optional equality matchers). */
export function seriesNamed(store: MetricStore, name: string, extra: Record<string, string> = {}): Promise<Series[]> {
  const matchers: LabelMatcher[] = [{ name: '__name__', type: '=', value: name }, ...Object.entries(extra).map(([n, v]) => ({ name: n, type: '=' as const, value: v }))];
  return store.querier().select(matchers, 0, Date.now() + 3600_000);
}

/** The latest value of the only series matching; fails if there is not exactly one. */
export async function latestValue(store: MetricStore, name: string, extra: Record<string, string> = {}): Promise<number> {
  const series = await seriesNamed(store, name, extra);
  if (series.length !== 1) throw new Error(`expected one series ${name} ${JSON.stringify(extra)}, found ${series.length}`);
  const values = series[0]!.values;
  return values[values.length - 1]!;
}

export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms${lastError instanceof Error ? `: ${lastError.message}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
