/** The scrape engine's own metrics, in prom-client's default registry (served by /metrics). */
import { Counter, Gauge, Histogram, register } from 'prom-client';
import type { ScrapeFailure } from './http.js';

/** Reuses a metric already in the registry: a second import of this module must not throw. */
function metric<T>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

const duration = metric(
  'sightline_scrape_duration_seconds',
  () =>
    new Histogram({
      name: 'sightline_scrape_duration_seconds',
      help: 'Time of one scrape: request, parse, relabel and storage commit.',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    }),
);
const scraped = metric('sightline_scrape_samples_scraped_total', () => new Counter({ name: 'sightline_scrape_samples_scraped_total', help: 'Samples read from scraped pages.' }));
const appended = metric(
  'sightline_scrape_samples_appended_total',
  () => new Counter({ name: 'sightline_scrape_samples_appended_total', help: 'Samples (scraped, synthetic and staleness markers) committed to storage by scrape loops.' }),
);
const failed = metric(
  'sightline_scrape_failures_total',
  () => new Counter({ name: 'sightline_scrape_failures_total', help: 'Failed scrapes by reason.', labelNames: ['reason'] }),
);
const commitFailures = metric(
  'sightline_scrape_commit_failures_total',
  () => new Counter({ name: 'sightline_scrape_commit_failures_total', help: 'Storage commits of scrape results that failed (the samples are lost).' }),
);
const activeLoops = metric('sightline_scrape_active_loops', () => new Gauge({ name: 'sightline_scrape_active_loops', help: 'Scrape loops running.' }));

export const scrapeMetrics = {
  observeScrape(seconds: number, samplesScraped: number): void {
    duration.observe(seconds);
    if (samplesScraped > 0) scraped.inc(samplesScraped);
  },
  appended(n: number): void {
    if (n > 0) appended.inc(n);
  },
  failed(reason: ScrapeFailure): void {
    failed.inc({ reason });
  },
  commitFailed(): void {
    commitFailures.inc();
  },
  loops(delta: number): void {
    activeLoops.inc(delta);
  },
};
