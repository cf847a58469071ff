/**
 * `--manage-crds` on a real kube-apiserver, as the operator's ServiceAccount bound to exactly
 * config/rbac: its CRDs are server-side applied back to the schemas the code carries, and a CRD
 * applied by a newer Sightline is left alone.
 */
import { ApiextensionsV1Api, PatchStrategy, setHeaderOptions, type V1CustomResourceDefinition } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { APPLIED_BY, applyOwnCrds, compareVersions } from '../../../src/controller/crds.js';
import { adminKubeConfig } from '../../support/kube.js';
import { useOperatorSandbox } from '../../support/kube-operator.js';

const NAME = 'scrapetargets.monitoring.sightline.dev';
// A field nothing validates against, so other test files sharing these CRDs are unaffected.
const description = (crd: V1CustomResourceDefinition) => crd.spec.versions[0]!.schema!.openAPIV3Schema!.description;
const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);

describe('--manage-crds', () => {
  const sandbox = useOperatorSandbox('crds');

  it('orders versions as semver does', () => {
    expect(compareVersions('0.2.0', '0.1.9')).toBe(1);
    expect(compareVersions('0.1.0', '0.1.0')).toBe(0);
    expect(compareVersions('1.0.0-rc.1', '1.0.0')).toBe(-1);
    expect(compareVersions('v0.10.0', '0.9.0')).toBe(1);
  });

  it('applies the schemas this version carries over an edited CRD, with only the operator RBAC', async () => {
    const admin = adminKubeConfig(sandbox.coords).makeApiClient(ApiextensionsV1Api);
    const original = description(await admin.readCustomResourceDefinition({ name: NAME }));
    // Stands in for an older schema left by a previous install.
    const versions = (await admin.readCustomResourceDefinition({ name: NAME })).spec.versions;
    versions[0]!.schema!.openAPIV3Schema!.description = 'an older schema';
    await admin.patchCustomResourceDefinition({ name: NAME, body: { spec: { versions } }, fieldManager: 'someone-else' }, mergePatch);

    const result = await applyOwnCrds(sandbox.operatorKc, '0.1.0');
    expect(result.applied).toContain(NAME);
    const after = await admin.readCustomResourceDefinition({ name: NAME });
    expect(description(after)).toBe(original);
    expect(after.metadata?.annotations?.[APPLIED_BY]).toBe('0.1.0');
    expect(after.metadata?.managedFields?.map((m) => m.manager)).toContain('sightline-operator');
  });

  it('leaves a CRD applied by a newer Sightline as it is', async () => {
    const admin = adminKubeConfig(sandbox.coords).makeApiClient(ApiextensionsV1Api);
    await admin.patchCustomResourceDefinition({ name: NAME, body: { metadata: { annotations: { [APPLIED_BY]: '99.0.0' } } } }, mergePatch);
    try {
      const result = await applyOwnCrds(sandbox.operatorKc, '0.1.0');
      expect(result.skipped).toEqual([NAME]);
      expect(result.applied).toHaveLength(3);
      expect((await admin.readCustomResourceDefinition({ name: NAME })).metadata?.annotations?.[APPLIED_BY]).toBe('99.0.0');
    } finally {
      await admin.patchCustomResourceDefinition({ name: NAME, body: { metadata: { annotations: { [APPLIED_BY]: null } } } }, mergePatch);
    }
  });

  it('cannot touch any other CRD', async () => {
    const asOperator = sandbox.operatorKc.makeApiClient(ApiextensionsV1Api);
    await expect(asOperator.readCustomResourceDefinition({ name: 'prometheusrules.monitoring.coreos.com' })).rejects.toMatchObject({ code: 403 });
    await expect(asOperator.listCustomResourceDefinition()).rejects.toMatchObject({ code: 403 });
  });
});
