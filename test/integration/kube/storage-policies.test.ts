/**
 * MonitoredService storage policies end to end: a real kube-apiserver (the operator on a token
 * bound to exactly config/rbac), the controller with the storage-policy component, and the metrics
 * store on a real PostgreSQL. Covers status.storagePolicies, the finalizer's life cycle and a
 * clean-up that fails.
 */
import { CoreV1Api, CustomObjectsApi, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP, VERSION } from '../../../src/api/index.js';
import { Controller } from '../../../src/controller/index.js';
import { acceptingRuntime, combine } from '../../../src/controller/runtime.js';
import { STORAGE_POLICIES_FINALIZER, StoragePolicyComponent } from '../../../src/controller/storage-policies.js';
import type { OpenMetricStore } from '../../../src/storage/metrics/store.js';
import { KubernetesSource } from '../../../src/sources/kubernetes/index.js';
import { adminKubeConfig } from '../../support/kube.js';
import { eventually, useOperatorSandbox } from '../../support/kube-operator.js';
import { openTestMetricStore } from '../../support/metric-store.js';

interface Policy {
  name: string;
  state: string;
  message?: string;
  lastSuccessTime?: string;
  nextRunTime?: string;
}
interface Ms {
  metadata: { name: string; finalizers?: string[]; deletionTimestamp?: string };
  status?: { storagePolicies?: Policy[] };
}

describe('MonitoredService storage policies on a real API server', () => {
  const sandbox = useOperatorSandbox('policies');
  let ns: string;
  let custom: CustomObjectsApi;
  let core: CoreV1Api;
  let source: KubernetesSource;
  let controller: Controller;
  let store: OpenMetricStore;
  let storageDown = false;

  const body = (name: string, spec: Record<string, unknown>) => ({ apiVersion: `${GROUP}/${VERSION}`, kind: 'MonitoredService', metadata: { name }, spec: { selector: { matchLabels: { app: name } }, ...spec } });
  const ref = (name: string) => ({ group: GROUP, version: VERSION, namespace: ns, plural: 'monitoredservices', name });
  const read = async (name: string) => (await custom.getNamespacedCustomObject(ref(name))) as Ms;
  const gone = (name: string) =>
    eventually(async () => {
      const o = await read(name).catch((err: Error & { code?: number }) => {
        if (err.code === 404) return undefined;
        throw err;
      });
      if (o) throw new Error(`${name} still there: ${JSON.stringify(o.metadata)}`);
    });

  beforeAll(async () => {
    const admin = adminKubeConfig(sandbox.coords);
    custom = admin.makeApiClient(CustomObjectsApi);
    core = admin.makeApiClient(CoreV1Api);
    ns = sandbox.namespace;
    store = await openTestMetricStore('postgres');
    const kc = sandbox.operatorKc;
    source = new KubernetesSource(kc, { namespace: ns });
    await eventually(() => source.start(), 10_000);
    const accepting = acceptingRuntime();
    const policies = new StoragePolicyComponent(
      () => {
        if (storageDown) throw new Error('storage is not ready (connecting)');
        return store;
      },
      { pollMs: 200 },
    );
    controller = new Controller(source, kc, { ...accepting, services: combine(accepting.services, policies) }, { resyncMs: 500 });
    controller.start();
  });

  afterAll(async () => {
    await controller?.stop();
    await source?.stop();
  });

  it('gives no finalizer to a service without policies', async () => {
    await custom.createNamespacedCustomObject({ ...ref(''), body: body('plain', {}) });
    await eventually(async () => expect((await store.services.states(`${ns}/plain`)).length === 0 && controller.status.lastStatus(`MonitoredService/${ns}/plain`)).toBeTruthy());
    expect((await read('plain')).metadata.finalizers).toBeUndefined();
    expect((await read('plain')).status?.storagePolicies).toBeUndefined();
  });

  it('creates the policies, adds the finalizer first, and reports each policy in status', async () => {
    await custom.createNamespacedCustomObject({
      ...ref(''),
      body: body('checkout', { retention: { metrics: '30d', traces: '7d' }, rollups: [{ metric: 'http_requests_total{code=~"5.."}', interval: '1h', retention: '90d' }] }),
    });
    const o = await eventually(async () => {
      const x = await read('checkout');
      if ((x.status?.storagePolicies?.length ?? 0) !== 3) throw new Error(JSON.stringify(x.status));
      return x;
    });
    expect(o.metadata.finalizers).toEqual([STORAGE_POLICIES_FINALIZER]);
    const byName = Object.fromEntries(o.status!.storagePolicies!.map((p) => [p.name.split('/')[0] === 'rollup' ? 'rollup' : p.name, p]));
    expect(byName['retention/traces']).toMatchObject({ state: 'Pending', message: expect.stringMatching(/does not store traces/) });
    // 30d is longer than the installation's 15d (2w1d) default: capped, and the status says so.
    expect(byName['retention/metrics']).toMatchObject({ state: 'Pending', message: expect.stringMatching(/capped at the installation retention 2w1d/) });
    expect(byName.rollup?.name).toMatch(/^rollup\/1h\/[0-9a-f]{8}$/);
    expect((await store.services.states(`${ns}/checkout`)).map((s) => s.name).sort()).toEqual(o.status!.storagePolicies!.map((p) => p.name).sort());

    // A maintenance run makes the jobs run; the component publishes the result into status.
    await store.runMaintenance();
    const ran = await eventually(async () => {
      const x = await read('checkout');
      const metrics = x.status?.storagePolicies?.find((p) => p.name === 'retention/metrics');
      if (metrics?.state !== 'Active') throw new Error(JSON.stringify(x.status));
      return metrics;
    });
    expect(Date.parse(ran.lastSuccessTime!)).toBeLessThanOrEqual(Date.parse(ran.nextRunTime!));
  });

  it('removes the finalizer when the spec stops asking for policies', async () => {
    await custom.patchNamespacedCustomObject(
      { ...ref('checkout'), body: [{ op: 'remove', path: '/spec/rollups' }, { op: 'remove', path: '/spec/retention' }] },
      setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
    );
    await eventually(async () => {
      const x = await read('checkout');
      if (x.metadata.finalizers?.length) throw new Error(JSON.stringify(x.metadata));
    });
    expect(await store.services.states(`${ns}/checkout`)).toEqual([]);
  });

  it('on deletion removes the policies, keeps the raw data, then releases the finalizer', async () => {
    await custom.createNamespacedCustomObject({ ...ref(''), body: body('cart', { retention: { metrics: '1d' } }) });
    await eventually(async () => expect((await read('cart')).metadata.finalizers).toEqual([STORAGE_POLICIES_FINALIZER]));
    const app = store.appender();
    app.append({ __name__: 'up', job: `${ns}/cart` }, Date.now(), 1);
    await app.commit();
    await custom.deleteNamespacedCustomObject(ref('cart'));
    await gone('cart');
    expect(await store.services.states(`${ns}/cart`)).toEqual([]);
    expect(await store.querier().select([{ name: 'job', type: '=', value: `${ns}/cart` }], 0, Date.now() + 1000)).toHaveLength(1);
  });

  it('keeps the finalizer and warns while clean-up fails, and finishes once it can', async () => {
    await custom.createNamespacedCustomObject({ ...ref(''), body: body('orders', { rollups: [{ metric: 'up', interval: '5m' }] }) });
    await eventually(async () => expect((await read('orders')).metadata.finalizers).toEqual([STORAGE_POLICIES_FINALIZER]));
    // The finalizer goes on before the policy is stored: wait for both before storage fails.
    await eventually(async () => expect(await store.services.states(`${ns}/orders`)).toHaveLength(1));
    storageDown = true;
    await custom.deleteNamespacedCustomObject(ref('orders'));
    await eventually(async () => {
      const events = (await core.listNamespacedEvent({ namespace: ns })).items.filter((e) => e.involvedObject.name === 'orders' && e.reason === 'CleanupFailed');
      expect(events[0]?.message).toMatch(/storage is not ready/);
    });
    // Services without policies do not depend on storage.
    await custom.createNamespacedCustomObject({ ...ref(''), body: body('static', {}) });
    await eventually(async () => {
      const c = ((await read('static')).status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions?.find((x) => x.type === 'Ready');
      expect(c?.status).toBe('True');
    });
    const stuck = await read('orders');
    expect(stuck.metadata.deletionTimestamp).toBeDefined();
    expect(stuck.metadata.finalizers).toEqual([STORAGE_POLICIES_FINALIZER]);
    expect(await store.services.states(`${ns}/orders`)).toHaveLength(1);
    storageDown = false;
    await gone('orders');
    expect(await store.services.states(`${ns}/orders`)).toEqual([]);
  });
});
