/**
 * MonitoredService health checks on a real kube-apiserver: the operator's controller with the
 * HealthChecks component, pods given 127.0.0.1 through the status subresource (no kubelet), and
 * loopback HTTP/TCP servers as their endpoints; results read back through the Querier of a real
 * PostgreSQL metrics store.
 */
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { CoreV1Api, CustomObjectsApi, type KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP, VERSION } from '../../../src/api/index.js';
import { Controller } from '../../../src/controller/index.js';
import { acceptingRuntime, combine } from '../../../src/controller/runtime.js';
import { HEALTH_DURATION, HEALTH_UP, HealthChecks } from '../../../src/health/checks.js';
import { isStaleMarker } from '../../../src/model/samples.js';
import { KubernetesSource } from '../../../src/sources/kubernetes/index.js';
import type { Series } from '../../../src/storage/api.js';
import type { OpenMetricStore } from '../../../src/storage/metrics/store.js';
import { adminKubeConfig } from '../../support/kube.js';
import { eventually, kubectl, useOperatorSandbox } from '../../support/kube-operator.js';
import { openTestMetricStore } from '../../support/metric-store.js';
import { startTarget, type FixtureTarget } from '../../support/scrape-targets.js';


interface MsStatus {
  health?: string;
  endpointsUp?: number;
  endpointsTotal?: number;
  lastCheckTime?: string;
}

/** A loopback HTTP endpoint whose answer the test switches: healthy, failing (500) or slow. */
async function endpoint(): Promise<FixtureTarget & { port: number; mode(m: 'ok' | 'fail' | 'slow'): void }> {
  const t = await startTarget();
  const set = (m: 'ok' | 'fail' | 'slow'): void =>
    t.handle((_req, res) => {
      if (m === 'slow') {
        const timer = setTimeout(() => res.end('late'), 2_000);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      res.writeHead(m === 'ok' ? 200 : 500);
      res.end(m);
    });
  set('ok');
  return Object.assign(t, { port: Number(t.address.split(':')[1]), mode: set });
}

describe('MonitoredService health checks', () => {
  const sandbox = useOperatorSandbox('health');
  let ns: string;
  let custom: CustomObjectsApi;
  let core: CoreV1Api;
  let operatorKc: KubeConfig;
  let source: KubernetesSource;
  let controller: Controller;
  let health: HealthChecks;
  let store: OpenMetricStore;
  const servers: { close(): Promise<void> }[] = [];

  const createMs = (name: string, spec: Record<string, unknown>) =>
    custom.createNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: 'monitoredservices', body: { apiVersion: `${GROUP}/${VERSION}`, kind: 'MonitoredService', metadata: { name }, spec } });
  const readMs = async (name: string) =>
    (await custom.getNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: ns, plural: 'monitoredservices', name })) as { metadata: { resourceVersion: string }; status?: MsStatus };
  const statusOf = (name: string, expected: MsStatus, timeoutMs = 20_000) =>
    eventually(async () => {
      const o = await readMs(name);
      expect(o.status).toMatchObject(expected);
      return o;
    }, timeoutMs);

  /** A running pod on 127.0.0.1 whose container port `http` is `port`. */
  async function pod(name: string, app: string, port: number): Promise<void> {
    await core.createNamespacedPod({
      namespace: ns,
      body: { metadata: { name, labels: { app } }, spec: { containers: [{ name: 'app', image: 'app:1', ports: [{ name: 'http', containerPort: port }] }] } },
    });
    const created = await core.readNamespacedPod({ name, namespace: ns });
    await core.replaceNamespacedPodStatus({ name, namespace: ns, body: { ...created, status: { phase: 'Running', podIP: '127.0.0.1', podIPs: [{ ip: '127.0.0.1' }] } } });
  }

  const series = async (name: string, matchers: Record<string, string>): Promise<Series[]> =>
    store.querier().select(
      [{ name: '__name__', type: '=', value: name }, ...Object.entries(matchers).map(([n, value]) => ({ name: n, type: '=' as const, value }))],
      0,
      Date.now() + 60_000,
    );

  beforeAll(async () => {
    const admin = adminKubeConfig(sandbox.coords);
    custom = admin.makeApiClient(CustomObjectsApi);
    core = admin.makeApiClient(CoreV1Api);
    ns = sandbox.namespace;
    operatorKc = sandbox.operatorKc;
    store = await openTestMetricStore('postgres');
    source = new KubernetesSource(operatorKc, { namespace: ns });
    await eventually(() => source.start(), 10_000);
    health = new HealthChecks(source, store);
    controller = new Controller(source, operatorKc, { ...acceptingRuntime(), services: combine(health) }, { resyncMs: 500 });
    controller.start();
  });

  afterAll(async () => {
    await controller?.stop();
    await health?.stop();
    await source?.stop();
    for (const s of servers) await s.close();
  });

  it('rolls HTTP checks up into Degraded, Healthy and Down, stores the series, and respects failureThreshold', async () => {
    const [a, b, c] = [await endpoint(), await endpoint(), await endpoint()];
    servers.push(a, b, c);
    b.mode('fail');
    c.mode('slow');
    await pod('shop-a', 'shop', a.port);
    await pod('shop-b', 'shop', b.port);
    await pod('shop-c', 'shop', c.port);
    await createMs('shop', {
      selector: { matchLabels: { app: 'shop' } },
      healthCheck: { http: { port: 'http', path: '/healthz' }, interval: '1s', timeout: '300ms', failureThreshold: 2 },
    });

    const degraded = await statusOf('shop', { health: 'Degraded', endpointsUp: 1, endpointsTotal: 3 });
    expect(degraded.status?.lastCheckTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(a.requests[0]?.url).toBe('/healthz');
    expect(a.requests[0]?.headers['user-agent']).toBe('sightline-health-check');

    const up = await eventually(async () => {
      const all = await series(HEALTH_UP, { monitoredservice: 'shop' });
      expect(all).toHaveLength(3);
      return all;
    });
    const byPod = Object.fromEntries(up.map((s) => [s.labels.pod, s]));
    expect(byPod['shop-a']?.labels).toEqual({ __name__: HEALTH_UP, job: `${ns}/shop`, namespace: ns, monitoredservice: 'shop', pod: 'shop-a', instance: a.address, check: 'http' });
    expect([...byPod['shop-a']!.values].every((v) => v === 1)).toBe(true);
    expect([...byPod['shop-b']!.values].every((v) => v === 0)).toBe(true);
    // failureThreshold 2: the first failure gave no verdict, so no up sample, only its duration.
    const bDurations = (await series(HEALTH_DURATION, { pod: 'shop-b' }))[0]!;
    const bUp = (await series(HEALTH_UP, { pod: 'shop-b' }))[0]!;
    expect(bDurations.timestamps.length).toBe(bUp.timestamps.length + 1);
    const slow = (await series(HEALTH_DURATION, { pod: 'shop-c' }))[0]!;
    // The slow endpoint is cut off at the 300 ms timeout.
    expect(Math.max(...slow.values)).toBeGreaterThanOrEqual(0.29);
    expect(Math.max(...slow.values)).toBeLessThan(1);

    b.mode('ok');
    c.mode('ok');
    await statusOf('shop', { health: 'Healthy', endpointsUp: 3, endpointsTotal: 3 });

    // A healthy endpoint that starts failing stays up for failureThreshold - 1 checks.
    const switched = Date.now();
    a.mode('fail');
    b.mode('fail');
    c.mode('fail');
    await statusOf('shop', { health: 'Down', endpointsUp: 0, endpointsTotal: 3 });
    const after = (await series(HEALTH_UP, { pod: 'shop-a' }))[0]!;
    const since = [...after.values].filter((_, i) => after.timestamps[i]! > switched);
    // (A probe in flight at the switch may still add a passing 1 first.)
    expect(since.join('')).toMatch(/^1{1,2}0+$/);
  });

  it('checks TCP endpoints: an open port is up, a closed one down', async () => {
    const open = await endpoint();
    servers.push(open);
    const closed: Server = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await pod('cache-0', 'cache', open.port);
    await pod('cache-1', 'cache', closedPort);
    await createMs('cache', { selector: { matchLabels: { app: 'cache' } }, healthCheck: { tcp: { port: 'http' }, interval: '1s', timeout: '300ms', failureThreshold: 1 } });
    await statusOf('cache', { health: 'Degraded', endpointsUp: 1, endpointsTotal: 2 });
    const up = await series(HEALTH_UP, { monitoredservice: 'cache', check: 'tcp' });
    expect(Object.fromEntries(up.map((s) => [s.labels.instance, s.values.at(-1)]))).toEqual({ [open.address]: 1, [`127.0.0.1:${closedPort}`]: 0 });
    expect(await kubectl(sandbox.coords, ['get', 'monitoredservices', '-n', ns, 'cache'])).toMatch(/^NAME\s+HEALTH\s+UP\s+ENDPOINTS\s+READY\s+REASON\s+AGE\ncache\s+Degraded\s+1\s+2\s+True\s+Reconciled\s/);
  });

  it('is Unknown with no endpoints, and follows pods as they come and go, ending their series', async () => {
    await createMs('later', { selector: { matchLabels: { app: 'later' } }, healthCheck: { http: { port: 'http' }, interval: '1s', timeout: '300ms', failureThreshold: 1 } });
    await statusOf('later', { health: 'Unknown', endpointsUp: 0, endpointsTotal: 0 });
    const [x, y] = [await endpoint(), await endpoint()];
    servers.push(x, y);
    await pod('later-x', 'later', x.port);
    await pod('later-y', 'later', y.port);
    await statusOf('later', { health: 'Healthy', endpointsUp: 2, endpointsTotal: 2 });
    await core.deleteNamespacedPod({ name: 'later-y', namespace: ns, gracePeriodSeconds: 0 });
    await statusOf('later', { health: 'Healthy', endpointsUp: 1, endpointsTotal: 1 });
    await eventually(async () => {
      const [gone] = await series(HEALTH_UP, { pod: 'later-y' });
      expect(isStaleMarker(gone!.values.at(-1)!)).toBe(true);
    });
  });

  it('does not rewrite the status while nothing changes, though checks go on', async () => {
    await statusOf('cache', { health: 'Degraded' });
    await controller.idle();
    await new Promise((r) => setTimeout(r, 1_500));
    const before = { rv: (await readMs('cache')).metadata.resourceVersion, writes: controller.status.writes };
    const checksBefore = (await series(HEALTH_DURATION, { monitoredservice: 'cache' })).reduce((n, s) => n + s.values.length, 0);
    await new Promise((r) => setTimeout(r, 3_500));
    expect((await readMs('cache')).metadata.resourceVersion).toBe(before.rv);
    expect(controller.status.writes - before.writes).toBe(0);
    const checksAfter = (await series(HEALTH_DURATION, { monitoredservice: 'cache' })).reduce((n, s) => n + s.values.length, 0);
    expect(checksAfter).toBeGreaterThanOrEqual(checksBefore + 4);
  });
});
