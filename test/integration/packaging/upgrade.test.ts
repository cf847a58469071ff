/**
 * `helm upgrade` from a previous chart version whose CRD differs: Helm itself leaves the CRD as the
 * first install made it (it never upgrades crds/), and the operator started as the upgraded
 * Deployment runs it (--manage-crds) brings it to the schema of its own version. A kube-apiserver
 * of its own, so the CRDs are this test's alone.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiextensionsV1Api, CoreV1Api } from '@kubernetes/client-node';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLIED_BY } from '../../../src/controller/crds.js';
import { repoRoot, type SightlineProcess } from '../../support/cli.js';
import { postgresTestUrl } from '../../support/db.js';
import { adminKubeConfig, startKubeApiServer, type KubeApiServer } from '../../support/kube.js';
import { chartDir, find, helm, parseManifests, startAsDeployed } from '../../support/packaging.js';

const CRD = 'scrapetargets.monitoring.sightline.dev';
interface Crd {
  metadata: { annotations?: Record<string, string> };
  spec: { versions: { schema: { openAPIV3Schema: { description: string } } }[] };
}
const description = (crd: Crd) => crd.spec.versions[0]!.schema.openAPIV3Schema.description;

describe('helm upgrade from a previous chart version with a changed CRD', () => {
  let server: KubeApiServer;
  let dir: string;
  let operator: SightlineProcess | undefined;
  const ns = 'sightline-system';

  beforeAll(async () => {
    [server, dir] = await Promise.all([startKubeApiServer(), mkdtemp(join(tmpdir(), 'sightline-upgrade-'))]);
    const core = adminKubeConfig(server).makeApiClient(CoreV1Api);
    await core.createNamespace({ body: { metadata: { name: ns } } });
    await core.createNamespacedSecret({ namespace: ns, body: { metadata: { name: 'sightline-database' }, stringData: { url: await postgresTestUrl() } } });
  }, 20 * 60_000);

  afterAll(async () => {
    await operator?.stop();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('leaves the CRD to the operator, which applies its own schema at start', async () => {
    // The previous version: this chart at 0.0.9 with an older ScrapeTarget schema.
    const previous = join(dir, 'sightline');
    await cp(chartDir, previous, { recursive: true });
    const chartYaml = join(previous, 'Chart.yaml');
    await writeFile(chartYaml, (await readFile(chartYaml, 'utf8')).replace(/^version: .*$/m, 'version: 0.0.9'));
    const crdPath = join(previous, 'crds/scrapetargets.yaml');
    const oldCrd = yaml.load(await readFile(crdPath, 'utf8')) as Crd;
    const current = description(oldCrd);
    oldCrd.spec.versions[0]!.schema.openAPIV3Schema.description = 'ScrapeTarget as chart 0.0.9 described it.';
    await writeFile(crdPath, yaml.dump(oldCrd));

    const kube = (args: string[]) => ['--kubeconfig', server.kubeconfigPath, '--namespace', ns, ...args];
    const crds = adminKubeConfig(server).makeApiClient(ApiextensionsV1Api);
    const live = async () => (await crds.readCustomResourceDefinition({ name: CRD })) as unknown as Crd;

    expect((await helm(kube(['install', 'sightline', previous]))).code).toBe(0);
    expect(description(await live())).toBe('ScrapeTarget as chart 0.0.9 described it.');

    const upgrade = await helm(kube(['upgrade', 'sightline', chartDir]));
    expect(upgrade.code).toBe(0);
    expect(upgrade.stdout).toContain('REVISION: 2');
    // Helm's rule: crds/ is installed once, never upgraded.
    expect(description(await live())).toBe('ScrapeTarget as chart 0.0.9 described it.');

    const started = Date.now();
    const manifest = parseManifests((await helm(kube(['get', 'manifest', 'sightline']))).stdout);
    operator = await startAsDeployed(server, ns, find(manifest, 'Deployment', 'sightline-operator'), dir);
    const after = await live();
    expect(description(after)).toBe(current);
    expect(after.metadata.annotations?.[APPLIED_BY]).toBe((JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
    console.log(`operator start → CRDs upgraded and /-/ready: ${Date.now() - started} ms`);
  }, 5 * 60_000);
});
