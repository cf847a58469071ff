/**
 * Cluster scraping latency: a real kube-apiserver, PostgreSQL and `sightline ingest` (the built
 * CLI, on a token bound to exactly the shipped ingest role) scraping N pods whose container ports
 * are loopback HTTP servers (no kubelet: pods get podIP 127.0.0.1 and phase Running through the
 * status subresource). Prints:
 * - ScrapeTarget created → an `up` sample of every selected pod queryable;
 * - N more pods created (a rollout) → all of them scraped, and how many scrape-manager syncs the
 *   churn cost (changes are coalesced, at most one sync a second).
 * Run: npm run build && npx tsx bench/cluster-scrape.ts [pods=100]
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { cliPath } from '../test/support/cli.js';
import { adminKubeConfig, kubeconfigYaml, startKubeApiServer } from '../test/support/kube.js';
import { ingestToken, installCrds } from '../test/support/kube-operator.js';
import { createDatabase, freePort, startPostgres } from '../test/support/postgres.js';

const PODS = Number(process.argv[2] ?? 100);
const INTERVAL = '1s';
const ns = 'cluster-scrape-bench';
const PAGE = `# TYPE demo_requests_total counter\n${Array.from({ length: 50 }, (_, i) => `demo_requests_total{code="${200 + i}"} ${i}`).join('\n')}\n`;

const kube = await startKubeApiServer();
const pgServer = await startPostgres();
const dir = mkdtempSync(join(tmpdir(), 'sightline-cluster-scrape-bench-'));
const servers: Server[] = [];
try {
  await installCrds(kube);
  const admin = adminKubeConfig(kube);
  const core = admin.makeApiClient(CoreV1Api);
  await core.createNamespace({ body: { metadata: { name: ns } } });

  const listen = async (): Promise<number> => {
    const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' }).end(PAGE));
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return (server.address() as AddressInfo).port;
  };
  const createPods = async (from: number, count: number): Promise<void> => {
    for (let i = from; i < from + count; i += 25) {
      await Promise.all(
        Array.from({ length: Math.min(25, from + count - i) }, async (_, j) => {
          const name = `web-${i + j}`;
          const port = await listen();
          const pod = await core.createNamespacedPod({ namespace: ns, body: { metadata: { name, labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'example/web', ports: [{ name: 'metrics', containerPort: port }] }] } } });
          await core.replaceNamespacedPodStatus({ namespace: ns, name, body: { ...pod, status: { phase: 'Running', podIP: '127.0.0.1', podIPs: [{ ip: '127.0.0.1' }] } } });
        }),
      );
    }
  };
  await createPods(0, PODS);

  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, kubeconfigYaml(kube.url, kube.caCert, 'sightline-ingest', await ingestToken(kube, ns)), { mode: 0o600 });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const storage = await createDatabase(pgServer.url, 'bench');
  const args = ['ingest', '--storage', storage, '--kubeconfig', kubeconfig, '--watch-namespace', ns, '--web.listen-address', `127.0.0.1:${port}`, '--otlp.http-listen-address', '127.0.0.1:0', '--otlp.grpc-listen-address', '127.0.0.1:0'];
  const proc = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let syncs = 0;
  proc.stderr.on('data', (d: Buffer) => (syncs += d.toString().split('scrape loops synced').length - 1));
  try {
    for (;;) {
      if ((await fetch(`${url}/-/ready`).catch(() => undefined))?.status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const scraped = async (): Promise<number> => {
      const res = (await (await fetch(`${url}/api/v1/query?query=${encodeURIComponent(`count(up{job="${ns}/web"} == 1)`)}`)).json()) as { data: { result: { value: [number, string] }[] } };
      return Number(res.data.result[0]?.value[1] ?? 0);
    };
    const until = async (n: number): Promise<number> => {
      const start = performance.now();
      while ((await scraped()) < n) await new Promise((r) => setTimeout(r, 50));
      return performance.now() - start;
    };

    await admin.makeApiClient(CustomObjectsApi).createNamespacedCustomObject({
      group: 'monitoring.sightline.dev',
      version: 'v1alpha1',
      namespace: ns,
      plural: 'scrapetargets',
      body: { apiVersion: 'monitoring.sightline.dev/v1alpha1', kind: 'ScrapeTarget', metadata: { name: 'web' }, spec: { role: 'pod', selector: { matchLabels: { app: 'web' } }, endpoints: [{ port: 'metrics', interval: INTERVAL, scrapeTimeout: INTERVAL }] } },
    });
    const applyMs = await until(PODS);

    const syncsBefore = syncs;
    const rollout = performance.now();
    await createPods(PODS, PODS);
    const createMs = performance.now() - rollout;
    const rolloutMs = createMs + (await until(2 * PODS));

    console.log(`conditions: ${cpus().length} cores, Node ${process.version}, kube-apiserver v1.34 + etcd + PostgreSQL on the same machine, ${INTERVAL} scrape interval, 50-series pages on loopback, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`ScrapeTarget created → an up sample of each of its ${PODS} pods queryable: ${(applyMs / 1000).toFixed(2)} s`);
    console.log(`${PODS} more pods created over ${(createMs / 1000).toFixed(1)} s → all ${2 * PODS} scraped ${(rolloutMs / 1000).toFixed(2)} s after the first creation; scrape-manager syncs for the churn: ${syncs - syncsBefore}`);
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.on('exit', r));
  }
} finally {
  for (const s of servers) s.close();
  await kube.stop();
  await pgServer.stop();
  rmSync(dir, { recursive: true, force: true });
}
