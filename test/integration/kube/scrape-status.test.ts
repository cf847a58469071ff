/**
 * ScrapeTarget live figures end to end on a real kube-apiserver and a real PostgreSQL: a scraping
 * side (ScrapeManager writing into the metrics store, reporting its targets' state as an ingest
 * replica would) and the operator's controller reading that state into the status.
 */
import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GROUP, VERSION, type ScrapeTarget } from '../../../src/api/index.js';
import { Controller } from '../../../src/controller/index.js';
import { acceptingRuntime } from '../../../src/controller/runtime.js';
import { targetSetsFor } from '../../../src/discovery/scrapetarget.js';
import { ScrapeManager } from '../../../src/scrape/manager.js';
import { reportTargetState, TargetStateReader, type TargetStateReporter } from '../../../src/scrape/state.js';
import { KubernetesSource } from '../../../src/sources/kubernetes/index.js';
import type { OpenMetricStore } from '../../../src/storage/metrics/store.js';
import { openTestDb, type TestDb } from '../../support/db.js';
import { adminKubeConfig, kubeConfigFor, uniqueNamespace } from '../../support/kube.js';
import { eventually, installCrds, kubectl, operatorToken } from '../../support/kube-operator.js';
import { migrateAndOpenStore } from '../../support/metric-store.js';
import { startTarget, type FixtureTarget } from '../../support/scrape-targets.js';

const kube = inject('kube');

interface StStatus {
  activeTargets?: number;
  upTargets?: number;
  downTargets?: number;
  lastScrapeTime?: string;
  lastError?: string;
}

describe('ScrapeTarget status from the scraping replicas', () => {
  let ns: string;
  let custom: CustomObjectsApi;
  let t: TestDb;
  let store: OpenMetricStore;
  let source: KubernetesSource;
  let controller: Controller;
  let reader: TargetStateReader;
  let manager: ScrapeManager;
  let reporter: TargetStateReporter;
  let good: FixtureTarget;
  let bad: FixtureTarget;

  const read = async () =>
    (await custom.getNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: 'scrapetargets', name: 'shop' })) as ScrapeTarget & {
      metadata: { resourceVersion: string };
      status?: StStatus;
    };
  const statusOf = (expected: StStatus) =>
    eventually(async () => {
      const o = await read();
      expect(o.status).toMatchObject(expected);
      return o;
    }, 20_000);

  beforeAll(async () => {
    if (!kube) throw new Error('no kube-apiserver provided');
    await installCrds(kube);
    const admin = adminKubeConfig(kube);
    custom = admin.makeApiClient(CustomObjectsApi);
    ns = uniqueNamespace('scrapestatus');
    await admin.makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: ns } } });
    const operatorKc = kubeConfigFor(kube, await operatorToken(kube, ns), 'sightline-operator');
    t = await openTestDb('postgres');
    store = await migrateAndOpenStore(t.db, { maintenanceIntervalMs: 0 });
    good = await startTarget('shop_orders_total 3\n');
    bad = await startTarget();
    bad.handle((_req, res) => {
      res.writeHead(503);
      res.end('down for maintenance');
    });

    // The operator: controller + the reader of the reported state.
    source = new KubernetesSource(operatorKc, { namespace: ns });
    await eventually(() => source.start(), 10_000);
    reader = new TargetStateReader({ db: t.db }, { pollMs: 300 });
    reader.start();
    controller = new Controller(source, operatorKc, { ...acceptingRuntime(), scrape: reader }, { resyncMs: 500 });
    controller.start();

    // The scraping side: the ScrapeTarget as the API server stores it (defaults filled in), scraped and reported.
    await custom.createNamespacedCustomObject({
      group: GROUP, version: VERSION, namespace: ns, plural: 'scrapetargets',
      body: { apiVersion: `${GROUP}/${VERSION}`, kind: 'ScrapeTarget', metadata: { name: 'shop' }, spec: { staticTargets: [good.address, bad.address], endpoints: [{ interval: '1s', scrapeTimeout: '800ms' }] } },
    });
    manager = new ScrapeManager(store);
    await manager.sync(targetSetsFor(await read()));
    reporter = reportTargetState(manager, { db: t.db }, 'sightline-ingest-0', { pollMs: 200 });
  });

  afterAll(async () => {
    await reporter?.stop();
    await manager?.stop();
    await controller?.stop();
    await reader?.stop();
    await source?.stop();
    await good?.close();
    await bad?.close();
    await store?.close();
    await t?.close();
  });

  it('shows targets up and down with the last error, in the status and in kubectl get', async () => {
    const o = await statusOf({ activeTargets: 2, upTargets: 1, downTargets: 1 });
    expect(o.status?.lastError).toBe(`http://${bad.address}/metrics: server returned HTTP status 503 Service Unavailable`);
    expect(o.status?.lastScrapeTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const out = await kubectl(kube!, ['get', 'scrapetargets', '-n', ns]);
    expect(out).toMatch(/^NAME\s+TARGETS\s+UP\s+READY\s+REASON\s+AGE\n/);
    expect(out).toMatch(/shop\s+2\s+1\s+True\s+Reconciled\s+\d+s/);
    const wide = await kubectl(kube!, ['get', 'scrapetargets', '-n', ns, '-o', 'wide']);
    expect(wide).toContain(`http://${bad.address}/metrics: server returned HTTP status 503`);
  });

  it('clears the error when the target recovers', async () => {
    bad.serve('shop_orders_total 1\n');
    const o = await statusOf({ activeTargets: 2, upTargets: 2, downTargets: 0 });
    expect(o.status?.lastError).toBeUndefined();
  });

  it('leaves the status alone while scrapes go on unchanged', async () => {
    await controller.idle();
    await new Promise((r) => setTimeout(r, 1_000));
    const before = { rv: (await read()).metadata.resourceVersion, writes: controller.status.writes };
    await new Promise((r) => setTimeout(r, 3_000)); // three scrapes, fifteen reports, ten reads, six resyncs
    expect((await read()).metadata.resourceVersion).toBe(before.rv);
    expect(controller.status.writes - before.writes).toBe(0);
  });

  it('drops the targets of a replica that stopped', async () => {
    await reporter.stop();
    await statusOf({ activeTargets: 2, upTargets: 0, downTargets: 0 });
  });
});
