import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { isStaleMarker } from '../../../src/model/samples.js';
import { startScraping, type Scraping } from '../../../src/scrape/index.js';
import { FilesSource } from '../../../src/sources/files/index.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import { startTarget, waitFor, type FixtureTarget } from '../../support/scrape-targets.js';

const manifest = (name: string, addresses: string[], interval = '200ms') => `apiVersion: monitoring.sightline.dev/v1alpha1
kind: ScrapeTarget
metadata:
  name: ${name}
spec:
  jobName: ${name}
  staticTargets: ${JSON.stringify(addresses)}
  endpoints:
    - interval: ${interval}
      scrapeTimeout: 150ms
`;

let dir: string;
let source: FilesSource;
let scraping: Scraping | undefined;
const targets: FixtureTarget[] = [];
afterEach(async () => {
  await scraping?.stop();
  await source.stop();
  for (const t of targets) await t.close();
  rmSync(dir, { recursive: true, force: true });
});

it('scrapes the ScrapeTargets of a manifests folder and follows their changes', async () => {
  const a = await startTarget('a_total 1\n');
  const b = await startTarget('b_total 2\n');
  targets.push(a, b);
  dir = mkdtempSync(join(tmpdir(), 'sightline-scrape-manifests-'));
  writeFileSync(join(dir, 'a.yaml'), manifest('alpha', [a.address]));
  source = new FilesSource(dir, { debounceMs: 20 });
  await source.start();
  const store = new MemoryStorage();
  scraping = await startScraping(source, store);
  const q = store.querier();
  const select = (name: string) => q.select([{ name: '__name__', type: '=', value: name }], 0, Date.now() + 1000);

  await waitFor(async () => (await select('a_total')).length === 1);
  const alphaLoop = scraping.manager.loopFor({ job: 'alpha', instance: a.address });
  expect(alphaLoop).toBeDefined();

  // A new manifest adds its loop and leaves the existing one alone.
  writeFileSync(join(dir, 'b.yaml'), manifest('beta', [b.address]));
  await waitFor(async () => (await select('b_total')).length === 1);
  expect(scraping.manager.loopFor({ job: 'alpha', instance: a.address })).toBe(alphaLoop);

  // Deleting a manifest stops its loop with staleness markers.
  unlinkSync(join(dir, 'b.yaml'));
  const stale = await waitFor(async () => {
    const s = (await select('b_total'))[0];
    return s && isStaleMarker(s.values[s.values.length - 1]!) ? s : undefined;
  });
  expect(stale.labels).toEqual({ __name__: 'b_total', job: 'beta', instance: b.address });
  expect(scraping.manager.loopCount).toBe(1);
  expect(scraping.manager.summaries().get('default/alpha/0')).toMatchObject({ discovered: 1, active: 1, up: 1, down: 0, lastError: '' });
});
