/**
 * `sightline import` as a user migrating from Prometheus runs it: the built CLI reads a backfilled
 * Debian Prometheus 2.42 through its remote-read endpoint (or the OpenMetrics file it was
 * backfilled from) into a PostgreSQL database, showing progress; the store then holds the history.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresDb } from '../../src/storage/db.js';
import { makeHistory, toOpenMetrics } from '../support/history.js';
import { migrateAndOpenStore } from '../support/metric-store.js';
import { postgresTestUrl } from '../support/db.js';
import { runCli } from '../support/cli.js';
import { backfillOpenMetrics, startPrometheus, type RunningPrometheus } from '../support/prometheus.js';

const HOUR = 3_600_000;
const START = Math.floor((Date.now() - 6 * HOUR) / 60_000) * 60_000;
const END = START + 3 * HOUR;
const history = makeHistory(START, 3 * HOUR);
const tmp = mkdtempSync(join(tmpdir(), 'sightline-import-e2e-'));
const omFile = join(tmp, 'history.om');
let prom: RunningPrometheus;

beforeAll(async () => {
  writeFileSync(omFile, toOpenMetrics(history));
  await backfillOpenMetrics(toOpenMetrics(history), join(tmp, 'tsdb'));
  prom = await startPrometheus({ scrapeTargets: [], tsdbPath: join(tmp, 'tsdb') });
}, 120_000);

afterAll(async () => {
  await prom?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** Samples per series name in the database at `url`, over the history's range. */
async function storedSamples(url: string): Promise<Record<string, number>> {
  const db = PostgresDb.open(url);
  const store = await migrateAndOpenStore(db, { maintenanceIntervalMs: 0 });
  try {
    const out: Record<string, number> = {};
    for (const s of await store.querier().select([{ name: '__name__', type: '=~', value: '.+' }], START - HOUR, END + HOUR)) {
      out[s.labels.__name__!] = (out[s.labels.__name__!] ?? 0) + s.timestamps.length;
    }
    return out;
  } finally {
    await store.close();
    await db.close();
  }
}

const count = (name: string): number => history.filter((s) => s.labels.__name__ === name).reduce((n, s) => n + s.timestamps.length, 0);
const iso = (ms: number): string => new Date(ms).toISOString();

describe('sightline import', () => {
  it('imports a Prometheus through remote read, slice by slice, with progress on stderr', async () => {
    const url = await postgresTestUrl();
    const res = runCli(['import', '--storage', url, '--from', `${prom.url}/api/v1/read`, '--match', '{__name__="imp_requests_total"}', '--match', '{room=~"r[0-4]"}', '--start', iso(START), '--end', String(END / 1000), '--slice', '1h']);
    expect(res.status, res.stderr).toBe(0);
    const samples = count('imp_requests_total') + count('imp_temperature_celsius');
    expect(res.stdout).toMatch(new RegExp(`^imported ${samples} samples of 10 series from ${prom.url}/api/v1/read in [\\d.]+ s \\(\\d+ samples/s\\)\\n$`));
    // Not a terminal: one progress line per slice, then the final state.
    const lines = res.stderr.trim().split('\n');
    expect(lines.map((l) => /^slice (\d)\/4 /.exec(l)?.[1])).toEqual(['1', '2', '3', '4', '4']);
    expect(lines.at(-1)).toMatch(new RegExp(`series 10  samples ${samples.toLocaleString('en-US')}  `));
    expect(await storedSamples(url)).toEqual({ imp_requests_total: count('imp_requests_total'), imp_temperature_celsius: count('imp_temperature_celsius') });
  });

  it('imports the OpenMetrics file promtool backfilled from, without a range: the whole file', async () => {
    const url = await postgresTestUrl();
    const res = runCli(['import', '--storage', url, '--from-file', omFile]);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`^imported ${history.reduce((n, s) => n + s.timestamps.length, 0)} samples of ${history.length} series from ${omFile}`));
    expect(await storedSamples(url)).toEqual({ imp_requests_total: count('imp_requests_total'), imp_temperature_celsius: count('imp_temperature_celsius'), other_metric: 1 });
  });

  it('checks a file whole before writing: a sample without a timestamp imports nothing', async () => {
    const url = await postgresTestUrl();
    const bad = join(tmp, 'bad.om');
    writeFileSync(bad, '# TYPE a gauge\na 1 1700000000\na 2\n# EOF\n');
    const res = runCli(['import', '--storage', url, '--from-file', bad]);
    expect(res.status).toBe(1);
    expect(res.stderr).toBe(`sightline import: ${bad}: sample 2 (a) has no timestamp: imported samples need one, as for promtool's backfill; nothing was imported\n`);
    expect(await storedSamples(url)).toEqual({});
  });

  it('reports a source that fails, with exit code 1', async () => {
    const url = await postgresTestUrl();
    const res = runCli(['import', '--storage', url, '--from', `${prom.url}/api/v1/nope`, '--match', '{job="api"}', '--start', iso(START), '--end', iso(END)]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/sightline import: remote read from .*\/api\/v1\/nope answered HTTP 404/);
  });

  it.each([
    [[], 'give exactly one of --from (a remote-read URL) or --from-file (an OpenMetrics file)'],
    [['--from', 'http://x/api/v1/read'], `--from needs at least one --match selector, e.g. --match '{__name__=~".+"}' for every series`],
    [['--from', 'http://x/api/v1/read', '--match', 'up +'], 'invalid value "up +" for --match: 1:5: parse error: unexpected end of input'],
    [['--from-file', 'x.om', '--start', 'yesterday'], 'invalid value "yesterday" for --start: expected Unix seconds or an RFC 3339 time, e.g. 2026-01-31T00:00:00Z'],
    [['--from', 'ftp://x'], 'invalid value "ftp://x" for --from: expected an http:// or https:// URL'],
  ])('refuses %j with exit code 2 and one line', (args, message) => {
    const res = runCli(['import', '--storage', 'postgres://127.0.0.1:1/x', ...args]);
    expect(res.stderr).toBe(`sightline: ${message}\n`);
    expect(res.status).toBe(2);
  });
});
