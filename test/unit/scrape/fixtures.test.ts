import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createParser, parseExposition } from '../../../src/scrape/parser/index.js';
import type { Labels } from '../../../src/model/labels.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/exposition/${name}`, import.meta.url), 'utf8');
const sampleLines = (page: string) => page.split('\n').filter((l) => l !== '' && !l.startsWith('#'));

describe('node_exporter 1.5.0 page (text 0.0.4)', () => {
  const page = fixture('node-exporter-1.5.0.prom');
  const { samples, metadata } = parseExposition(page, 'text/plain; version=0.0.4; charset=utf-8');

  it('yields one sample per sample line and metadata for every family', () => {
    expect(samples).toHaveLength(sampleLines(page).length);
    expect(metadata.size).toBe(page.split('\n').filter((l) => l.startsWith('# HELP ')).length);
    expect([...metadata.values()].filter((m) => m.type === 'unknown')).toHaveLength(47);
  });

  it('reads labels, values and types as written', () => {
    const uname = samples.find((s) => s.name === 'node_uname_info')!;
    expect(uname.labels).toMatchObject({ __name__: 'node_uname_info', machine: 'x86_64', sysname: 'Linux', version: '#1 SMP PREEMPT_DYNAMIC @0' });
    expect(samples.find((s) => s.name === 'node_cpu_seconds_total')!.labels).toEqual({ __name__: 'node_cpu_seconds_total', cpu: '0', mode: 'idle' });
    expect(metadata.get('go_gc_duration_seconds')).toMatchObject({ type: 'summary', help: 'A summary of the pause duration of garbage collection cycles.' });
    // Summary quantiles are normalized the way Prometheus stores them.
    expect(samples.filter((s) => s.name === 'go_gc_duration_seconds').map((s) => s.labels.quantile)).toEqual(['0.0', '0.25', '0.5', '0.75', '1.0']);
  });

  it('gives the same series texts on a second parse, so a scrape cache can skip label parsing', () => {
    const cache = new Map<string, Labels>();
    for (let round = 0; round < 2; round++) {
      const p = createParser(page, 'text/plain');
      let misses = 0;
      while (p.next()) {
        if (cache.has(p.series())) continue;
        misses++;
        cache.set(p.series(), p.labels());
      }
      expect(misses).toBe(round === 0 ? samples.length : 0);
    }
  });
});

describe('prom-client 15.1.3 page (OpenMetrics 1.0)', () => {
  const page = fixture('prom-client-15.1.3.om');
  const { samples, metadata } = parseExposition(page, 'application/openmetrics-text; version=1.0.0; charset=utf-8');

  it('yields every sample, family and exemplar', () => {
    expect(samples).toHaveLength(sampleLines(page).length);
    expect(metadata.size).toBe(page.split('\n').filter((l) => l.startsWith('# TYPE ')).length);
    const exemplars = samples.filter((s) => s.exemplar !== undefined);
    expect(exemplars.map((s) => s.exemplar!.labels.trace_id)).toEqual([
      '4bf92f3577b34da6a3ce929d0e0e4736',
      '0af7651916cd43dd8448eb211c80319c',
      '4bf92f3577b34da6a3ce929d0e0e4736',
    ]);
    expect(exemplars[0]!.exemplar).toMatchObject({ value: 0.042, timestampMs: expect.any(Number) as number });
  });

  it('reads counters, histograms and help escapes', () => {
    expect(metadata.get('http_requests')).toEqual({ type: 'counter', help: 'Requests served, by "route"\\path', unit: '' });
    expect(samples.find((s) => s.name === 'http_requests_total')!.value).toBe(3);
    const buckets = samples.filter((s) => s.name === 'http_request_duration_seconds_bucket' && s.labels.method === 'GET');
    expect(buckets.map((s) => s.labels.le)).toEqual(['0.005', '0.01', '0.05', '0.1', '0.5', '1.0', '5.0', '+Inf']);
    expect(metadata.get('nodejs_version_info')?.type).toBe('gauge');
  });
});
