/**
 * The Kubernetes source under real failures, on a dedicated kube-apiserver + etcd (the watch cache
 * off, so a watch resumes straight from etcd) reached through a loopback TCP proxy the test can
 * cut: dropped connections are retried with backoff, and a resourceVersion compacted away in etcd
 * while disconnected yields a real `410 Gone`, after which the source relists and reports every
 * change it missed — none lost — and keeps following new ones.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { CoreV1Api, CustomObjectsApi, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP, VERSION } from '../../../src/api/index.js';
import type { ChangeEvent } from '../../../src/sources/types.js';
import { KubernetesSource } from '../../../src/sources/kubernetes/index.js';
import { adminKubeConfig, kubeConfigFor, startKubeApiServer, uniqueNamespace, type KubeApiServer } from '../../support/kube.js';
import { eventually, installCrds } from '../../support/kube-operator.js';

/** Forwards loopback TCP to the API server; `cut()` drops every connection and refuses new ones. */
class CuttableProxy {
  private readonly server: Server;
  private readonly open = new Set<Socket>();
  private cutOff = false;
  /** Connections refused while cut: the clients' reconnect attempts. */
  refused = 0;
  port = 0;

  constructor(private readonly targetPort: number) {
    this.server = createServer((client) => {
      if (this.cutOff) {
        this.refused++;
        client.destroy();
        return;
      }
      const upstream = connect(this.targetPort, '127.0.0.1');
      for (const [a, b] of [[client, upstream], [upstream, client]] as const) {
        this.open.add(a);
        a.pipe(b);
        a.on('error', () => b.destroy());
        a.on('close', () => {
          this.open.delete(a);
          b.destroy();
        });
      }
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  cut(): void {
    this.cutOff = true;
    for (const s of this.open) s.destroy();
  }

  restore(): void {
    this.cutOff = false;
  }

  close(): Promise<void> {
    this.cut();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Compacts etcd's history up to its current revision, through etcd's v3 JSON gateway. */
async function compactEtcd(etcdUrl: string): Promise<number> {
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${etcdUrl}${path}`, { method: 'POST', body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { header: { revision: string } };
  };
  const revision = Number((await post('/v3/kv/range', { key: Buffer.from('/').toString('base64') })).header.revision);
  await post('/v3/kv/compaction', { revision: String(revision), physical: true });
  return revision;
}

describe('Kubernetes source: dropped connections and 410 Gone', () => {
  let server: KubeApiServer;
  let proxy: CuttableProxy;
  let custom: CustomObjectsApi;
  let ns: string;
  let source: KubernetesSource;
  const events: string[] = [];

  const target = (name: string, address: string) => ({
    apiVersion: `${GROUP}/${VERSION}`,
    kind: 'ScrapeTarget',
    metadata: { name },
    spec: { staticTargets: [address], endpoints: [{}] },
  });
  const ref = { group: GROUP, version: VERSION, plural: 'scrapetargets' };
  const targetsOf = (name: string) => (source.get(`ScrapeTarget/${ns}/${name}`)?.spec as { staticTargets?: string[] } | undefined)?.staticTargets;

  beforeAll(async () => {
    // Watch cache off: a resumed watch reads etcd's history, which compaction really removes.
    server = await startKubeApiServer({ extraApiServerArgs: ['--watch-cache=false'] });
    await installCrds(server);
    const admin = adminKubeConfig(server);
    custom = admin.makeApiClient(CustomObjectsApi);
    ns = uniqueNamespace('resilience');
    await admin.makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: ns } } });
    proxy = new CuttableProxy(Number(new URL(server.url).port));
    await proxy.listen();
    source = new KubernetesSource(kubeConfigFor({ url: `https://127.0.0.1:${proxy.port}`, caCert: server.caCert }, server.adminToken), {
      namespace: ns,
      minBackoffMs: 100,
      maxBackoffMs: 1_000,
    });
    source.subscribe((e: ChangeEvent) => events.push(`${e.type} ${e.object.metadata.name}`));
  }, 120_000);

  afterAll(async () => {
    await source?.stop();
    await proxy?.close();
    await server?.stop();
  });

  it('reconnects a dropped connection with backoff and resumes the watch where it stopped, without relisting', async () => {
    await custom.createNamespacedCustomObject({ ...ref, namespace: ns, body: target('kept', '10.0.0.1:9100') });
    await source.start();
    const listsBefore = source.lists;
    const refusedBefore = proxy.refused;
    proxy.cut();
    await custom.createNamespacedCustomObject({ ...ref, namespace: ns, body: target('removed', '10.0.0.2:9100') });
    await new Promise((r) => setTimeout(r, 1_500));
    proxy.restore();
    await eventually(() => expect(targetsOf('removed')).toEqual(['10.0.0.2:9100']), 20_000);
    expect(events).toContain('added removed');
    expect(proxy.refused).toBeGreaterThan(refusedBefore);
    // History was still there: the watches resumed from their resourceVersion.
    expect(source.lists).toBe(listsBefore);
  }, 60_000);

  it('relists after a real 410 Gone and reports every change made while disconnected', async () => {
    expect(source.list().map((o) => o.metadata.name).sort()).toEqual(['kept', 'removed']);
    const listsBefore = source.lists;

    proxy.cut();
    // While the source is cut off: change, delete and create objects, then churn and compact
    // etcd so the resourceVersion the watches resume from no longer exists.
    await custom.patchNamespacedCustomObject(
      { ...ref, namespace: ns, name: 'kept', body: [{ op: 'replace', path: '/spec/staticTargets', value: ['10.0.0.9:9100'] }] },
      setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
    );
    await custom.deleteNamespacedCustomObject({ ...ref, namespace: ns, name: 'removed' });
    await custom.createNamespacedCustomObject({ ...ref, namespace: ns, body: target('added', '10.0.0.3:9100') });
    const core = adminKubeConfig(server).makeApiClient(CoreV1Api);
    await core.createNamespacedConfigMap({ namespace: ns, body: { metadata: { name: 'churn' }, data: { n: '0' } } });
    for (let n = 1; n <= 30; n++) await core.replaceNamespacedConfigMap({ namespace: ns, name: 'churn', body: { metadata: { name: 'churn' }, data: { n: String(n) } } });
    await compactEtcd(server.etcdUrl);
    const refusedBefore = proxy.refused;
    const cutAt = Date.now();
    await new Promise((r) => setTimeout(r, 3_000));
    const attempts = proxy.refused - refusedBefore;
    const cutMs = Date.now() - cutAt;
    proxy.restore();

    await eventually(() => {
      expect(targetsOf('kept')).toEqual(['10.0.0.9:9100']);
      expect(source.get(`ScrapeTarget/${ns}/removed`)).toBeUndefined();
      expect(targetsOf('added')).toEqual(['10.0.0.3:9100']);
    }, 20_000);
    expect(events).toEqual(expect.arrayContaining(['modified kept', 'deleted removed', 'added added']));
    // The watches could not resume (410 Gone): at least one informer listed again.
    expect(source.lists).toBeGreaterThan(listsBefore);
    // Reconnects backed off: 7 informers at 100 ms doubling to 1 s make ≈5 attempts each in 3 s
    // (without backoff it would be thousands).
    console.log(`reconnect attempts while cut off for ${cutMs} ms: ${attempts} (7 informers); relists: ${source.lists - listsBefore}`);
    expect(attempts).toBeGreaterThan(0);
    expect(attempts).toBeLessThanOrEqual(7 * 8);

    // And it keeps following changes over the new watches.
    await custom.deleteNamespacedCustomObject({ ...ref, namespace: ns, name: 'added' });
    await eventually(() => expect(events).toContain('deleted added'));
    expect(source.synced).toBe(true);
  }, 60_000);
});
