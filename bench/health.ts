/**
 * MonitoredService health-check figures on a real kube-apiserver + etcd and a real PostgreSQL:
 * `services` MonitoredServices × `pods` pods each (pods on 127.0.0.1, status set as a kubelet
 * would), every endpoint probed over HTTP every `interval` by the operator's HealthChecks
 * component, results stored in the metrics store.
 * - time from the last MonitoredService created until every one shows Healthy with all endpoints up;
 * - while steady: probes per second, the operator process's CPU per probe (µs; includes storing
 *   the results and, in this same process, the loopback servers answering), and status write calls
 *   (goal 0: nothing changes, so nothing is written).
 * Run: npx tsx bench/health.ts [services=50] [pods=10] [interval=5s] [steadySeconds=30]
 */
import os from 'node:os';
import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { GROUP, VERSION } from '../src/api/index.js';
import { Controller } from '../src/controller/index.js';
import { acceptingRuntime, combine } from '../src/controller/runtime.js';
import { HealthChecks } from '../src/health/checks.js';
import { KubernetesSource } from '../src/sources/kubernetes/index.js';
import { PostgresDb } from '../src/storage/db.js';
import { adminKubeConfig, startKubeApiServer } from '../test/support/kube.js';
import { operatorSandbox, type OperatorSandbox } from '../test/support/kube-operator.js';
import { migrateAndOpenStore } from '../test/support/metric-store.js';
import { createDatabase, startPostgres } from '../test/support/postgres.js';
import { startTarget } from '../test/support/scrape-targets.js';

const SERVICES = Number(process.argv[2] ?? 50);
const PODS = Number(process.argv[3] ?? 10);
const INTERVAL = process.argv[4] ?? '5s';
const STEADY_SECONDS = Number(process.argv[5] ?? 30);

const inBatches = async (n: number, fn: (i: number) => Promise<unknown>): Promise<void> => {
  for (let i = 0; i < n; i += 20) await Promise.all(Array.from({ length: Math.min(20, n - i) }, (_, j) => fn(i + j)));
};

const server = await startKubeApiServer();
let sandbox: OperatorSandbox | undefined;
const pgServer = await startPostgres();
try {
  const db = PostgresDb.open(await createDatabase(pgServer.url, 'bench'));
  const store = await migrateAndOpenStore(db, { maintenanceIntervalMs: 0 });
  // CRDs, a fresh namespace and the operator's least-privilege identity.
  sandbox = await operatorSandbox(server, 'bench');
  const { namespace: ns, operatorKc: kc } = sandbox;
  const admin = adminKubeConfig(server);
  const custom = admin.makeApiClient(CustomObjectsApi);
  const core = admin.makeApiClient(CoreV1Api);
  // Ten loopback servers stand for the pods' health endpoints.
  const targets = await Promise.all(Array.from({ length: 10 }, () => startTarget('ok')));
  let probes = 0;
  for (const t of targets) t.handle((_req, res) => (probes++, res.end('ok')));

  await inBatches(SERVICES * PODS, async (i) => {
    const name = `pod-${i}`;
    const port = Number(targets[i % targets.length]!.address.split(':')[1]);
    await core.createNamespacedPod({ namespace: ns, body: { metadata: { name, labels: { app: `svc-${Math.floor(i / PODS)}` } }, spec: { containers: [{ name: 'app', image: 'app:1', ports: [{ name: 'http', containerPort: port }] }] } } });
    const pod = await core.readNamespacedPod({ name, namespace: ns });
    await core.replaceNamespacedPodStatus({ name, namespace: ns, body: { ...pod, status: { phase: 'Running', podIP: '127.0.0.1', podIPs: [{ ip: '127.0.0.1' }] } } });
  });

  const source = new KubernetesSource(kc, { namespace: ns });
  await source.start();
  const health = new HealthChecks(source, store);
  const controller = new Controller(source, kc, { ...acceptingRuntime(), services: combine(health) }, { resyncMs: 30_000 });
  controller.start();
  await inBatches(SERVICES, (i) =>
    custom.createNamespacedCustomObject({
      group: GROUP, version: VERSION, namespace: ns, plural: 'monitoredservices',
      body: { apiVersion: `${GROUP}/${VERSION}`, kind: 'MonitoredService', metadata: { name: `svc-${i}` }, spec: { selector: { matchLabels: { app: `svc-${i}` } }, healthCheck: { http: { port: 'http' }, interval: INTERVAL, timeout: '1s' } } },
    }),
  );
  const created = performance.now();
  for (;;) {
    const items = ((await custom.listNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: 'monitoredservices' })) as { items: { status?: { health?: string; endpointsUp?: number } }[] }).items;
    if (items.filter((o) => o.status?.health === 'Healthy' && o.status.endpointsUp === PODS).length === SERVICES) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const healthy = performance.now();

  await controller.idle();
  const writesBefore = controller.status.writes;
  const probesBefore = probes;
  const cpuBefore = process.cpuUsage();
  await new Promise((r) => setTimeout(r, STEADY_SECONDS * 1000));
  const cpu = process.cpuUsage(cpuBefore);
  const steadyProbes = probes - probesBefore;
  const writes = controller.status.writes - writesBefore;

  console.log(`conditions: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), shared; kube-apiserver v1.34.4 + etcd on /dev/shm; PostgreSQL ${pgServer.url.startsWith('postgres://') ? 'local' : '?'}; Node ${process.version}`);
  console.log(`${SERVICES} MonitoredServices × ${PODS} pods = ${SERVICES * PODS} endpoints, HTTP check every ${INTERVAL}`);
  console.log(`all Healthy with every endpoint up ${((healthy - created) / 1000).toFixed(1)} s after the last MonitoredService was created (first probes wait for their offset within the interval)`);
  console.log(`steady ${STEADY_SECONDS} s: ${(steadyProbes / STEADY_SECONDS).toFixed(1)} probes/s; operator-process CPU ${(((cpu.user + cpu.system) / Math.max(1, steadyProbes))).toFixed(0)} µs per probe (probe + storing 2 samples + the loopback server's answer); status write calls ${writes} (${((writes * 60) / STEADY_SECONDS).toFixed(1)}/min)`);
  await controller.stop();
  await health.stop();
  await source.stop();
  for (const t of targets) await t.close();
  await store.close();
  await db.close();
} finally {
  await sandbox?.cleanup();
  await pgServer.stop();
  await server.stop();
}
