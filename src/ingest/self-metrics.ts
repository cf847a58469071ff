/** Receivers' own metrics, in prom-client's default registry (served by the web server's /metrics). */
import { Counter, Histogram, register } from 'prom-client';

export type Receiver = 'otlp-http' | 'otlp-grpc' | 'remote-write' | 'push';

/** Reuses a metric already in the registry: a second import of this module must not throw. */
function metric<T>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

const requests = metric(
  'sightline_ingest_requests_total',
  () => new Counter({ name: 'sightline_ingest_requests_total', help: 'Ingest requests by receiver and response status code.', labelNames: ['receiver', 'code'] }),
);

const samplesReceived = metric(
  'sightline_ingest_samples_received_total',
  () => new Counter({ name: 'sightline_ingest_samples_received_total', help: 'Samples stored by ingest receivers.', labelNames: ['receiver'] }),
);

const samplesRejected = metric(
  'sightline_ingest_samples_rejected_total',
  () =>
    new Counter({
      name: 'sightline_ingest_samples_rejected_total',
      help: 'Samples (remote write) or data points (OTLP) rejected by ingest receivers, by reason.',
      labelNames: ['receiver', 'reason'],
    }),
);

const duration = metric(
  'sightline_ingest_request_duration_seconds',
  () =>
    new Histogram({
      name: 'sightline_ingest_request_duration_seconds',
      help: 'Time to handle one ingest request, storage commit included.',
      labelNames: ['receiver'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    }),
);

/** Records one finished request. */
export function observeRequest(receiver: Receiver, code: number | string, seconds: number): void {
  requests.inc({ receiver, code: String(code) });
  duration.observe({ receiver }, seconds);
}

export function countStored(receiver: Receiver, samples: number): void {
  if (samples > 0) samplesReceived.inc({ receiver }, samples);
}

export function countRejected(receiver: Receiver, byReason: ReadonlyMap<string, number>): void {
  for (const [reason, n] of byReason) samplesRejected.inc({ receiver, reason }, n);
}
