/**
 * Operator figures on a real kube-apiserver + etcd (test/k8s binaries, started here):
 * - 1,000 ScrapeTargets applied → time until every one shows Ready=True with observedGeneration 1;
 * - API write calls per minute of the idle operator afterwards (goal 0), counted by the status
 *   writer and cross-checked against the objects' resourceVersions and the namespace's Events.
 * The controller runs in-process as the least-privilege ServiceAccount (config/rbac).
 * Run: npx tsx bench/operator.ts [count] [idleSeconds]
 */
import os from 'node:os';
import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { GROUP, VERSION } from '../src/api/index.js';
import { Controller } from '../src/controller/index.js';
import { acceptingRuntime } from '../src/controller/runtime.js';
import { KubernetesSource } from '../src/sources/kubernetes/index.js';
import { adminKubeConfig, startKubeApiServer } from '../test/support/kube.js';
import { operatorSandbox, type OperatorSandbox } from '../test/support/kube-operator.js';

const COUNT = Number(process.argv[2] ?? 1000);
const IDLE_SECONDS = Number(process.argv[3] ?? 60);
const RESYNC_MS = 30_000;

interface Item {
  metadata: { name: string; generation: number; resourceVersion: string };
  status?: { observedGeneration?: number; conditions?: { type: string; status: string }[] };
}

const server = await startKubeApiServer();
let sandbox: OperatorSandbox | undefined;
try {
  // CRDs, a fresh namespace and the operator's least-privilege identity.
  sandbox = await operatorSandbox(server, 'bench');
  const { namespace: ns, operatorKc: kc } = sandbox;
  const admin = adminKubeConfig(server);
  const custom = admin.makeApiClient(CustomObjectsApi);
  const core = admin.makeApiClient(CoreV1Api);
  const source = new KubernetesSource(kc, { namespace: ns });
  await source.start();
  const controller = new Controller(source, kc, acceptingRuntime(), { resyncMs: RESYNC_MS });
  controller.start();

  const list = async () => ((await custom.listNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: 'scrapetargets' })) as { items: Item[] }).items;
  const started = performance.now();
  for (let i = 0; i < COUNT; i += 20) {
    await Promise.all(
      Array.from({ length: Math.min(20, COUNT - i) }, (_, j) =>
        custom.createNamespacedCustomObject({
          group: GROUP, version: VERSION, namespace: ns, plural: 'scrapetargets',
          body: { apiVersion: `${GROUP}/${VERSION}`, kind: 'ScrapeTarget', metadata: { name: `st-${i + j}` }, spec: { staticTargets: [`10.0.${(i + j) >> 8}.${(i + j) & 255}:9100`], endpoints: [{}] } },
        }),
      ),
    );
  }
  const applied = performance.now();
  for (;;) {
    const items = await list();
    const ready = items.filter((o) => o.status?.observedGeneration === o.metadata.generation && o.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
    if (ready.length === COUNT) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const allReady = performance.now();

  await controller.idle();
  const versions = (items: Item[]) => items.map((o) => `${o.metadata.name}@${o.metadata.resourceVersion}`).sort().join();
  const before = { versions: versions(await list()), events: (await core.listNamespacedEvent({ namespace: ns })).items.length, writes: controller.status.writes };
  await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
  const after = { versions: versions(await list()), events: (await core.listNamespacedEvent({ namespace: ns })).items.length, writes: controller.status.writes };

  console.log(`conditions: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), shared; kube-apiserver v1.34.4 + etcd on /dev/shm; Node ${process.version}`);
  console.log(`${COUNT} ScrapeTargets created in ${((applied - started) / 1000).toFixed(1)} s (20 concurrent creates)`);
  console.log(`all Ready with observedGeneration 1 after ${((allReady - started) / 1000).toFixed(1)} s from the first create (${((allReady - applied) / 1000).toFixed(1)} s after the last)`);
  console.log(`status writes during convergence: ${before.writes} (${(before.writes / COUNT).toFixed(2)} per object)`);
  const idleWrites = after.writes - before.writes;
  console.log(`idle ${IDLE_SECONDS} s with resync every ${RESYNC_MS / 1000} s: ${idleWrites} write calls (${((idleWrites * 60) / IDLE_SECONDS).toFixed(1)}/min); resourceVersions ${before.versions === after.versions ? 'unchanged' : 'CHANGED'}; Events ${after.events - before.events} new`);
  await controller.stop();
  await source.stop();
} finally {
  await sandbox?.cleanup();
  await server.stop();
}
