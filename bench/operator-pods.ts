/**
 * Operator memory while it watches many pods: `sightline operator` (the built CLI, as its own
 * process) against a real kube-apiserver holding N pods with realistic labels and scrape
 * annotations (no kubelet runs, so they stay Pending). Prints the operator's RSS once its caches
 * are synced and again after it settles, and the RSS per watched pod.
 * Run: npm run build && npx tsx bench/operator-pods.ts [pods=10000]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreV1Api } from '@kubernetes/client-node';
import { adminKubeConfig, kubeconfigYaml, startKubeApiServer } from '../test/support/kube.js';
import { installCrds, operatorToken } from '../test/support/kube-operator.js';
import { cliPath } from '../test/support/cli.js';
import { freePort } from '../test/support/postgres.js';

const PODS = Number(process.argv[2] ?? 10_000);
const ns = 'pods-bench';
const rssMiB = (pid: number): number => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

const server = await startKubeApiServer();
const dir = mkdtempSync(join(tmpdir(), 'sightline-pods-bench-'));
try {
  await installCrds(server);
  const core = adminKubeConfig(server).makeApiClient(CoreV1Api);
  await core.createNamespace({ body: { metadata: { name: ns } } });
  const created = performance.now();
  for (let i = 0; i < PODS; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, PODS - i) }, (_, j) => {
        const n = i + j;
        const app = `app-${n % 200}`;
        return core.createNamespacedPod({
          namespace: ns,
          body: {
            metadata: {
              name: `${app}-${n}`,
              labels: { 'app.kubernetes.io/name': app, 'app.kubernetes.io/part-of': `team-${n % 20}`, 'pod-template-hash': `h${n % 1000}` },
              annotations: n % 2 === 0 ? { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9102' } : {},
            },
            spec: { containers: [{ name: 'app', image: `registry.example/${app}:1.0`, ports: [{ name: 'http', containerPort: 8080 }, { name: 'metrics', containerPort: 9102 }] }] },
          },
        });
      }),
    );
  }
  console.log(`created ${PODS} pods in ${((performance.now() - created) / 1000).toFixed(0)} s`);

  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, kubeconfigYaml(server.url, server.caCert, 'sightline-operator', await operatorToken(server, ns)), { mode: 0o600 });
  const port = await freePort();
  const dead = `postgres://postgres@127.0.0.1:${await freePort()}/x`;
  const proc = spawn(process.execPath, [cliPath, 'operator', '--storage', dead, '--kubeconfig', kubeconfig, '--watch-namespace', ns, '--web.listen-address', `127.0.0.1:${port}`, '--log.level', 'warn'], { stdio: 'ignore' });
  try {
    const started = performance.now();
    // Readiness waits for storage too (absent here), so watch the caches-synced reason go away.
    for (;;) {
      const res = await fetch(`http://127.0.0.1:${port}/-/ready`).catch(() => undefined);
      const body = res ? ((await res.json().catch(() => ({}))) as { error?: string }) : undefined;
      if (body && !body.error?.includes('caches not synced')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const synced = rssMiB(proc.pid!);
    console.log(`operator caches synced after ${((performance.now() - started) / 1000).toFixed(1)} s; RSS ${synced.toFixed(0)} MiB`);
    await new Promise((r) => setTimeout(r, 20_000));
    const settled = rssMiB(proc.pid!);
    console.log(`conditions: ${cpus().length} cores, Node ${process.version}, kube-apiserver v1.34.4 + etcd on the same machine, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`operator RSS watching ${PODS} pods (half with prometheus.io annotations), after 20 s: ${settled.toFixed(0)} MiB (${((settled * 1024) / PODS).toFixed(1)} KiB per pod, all-inclusive)`);
  } finally {
    proc.kill('SIGTERM');
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
