/**
 * Finalizers on Sightline objects, written only in metadata (never spec, so GitOps tools see no
 * drift). A JSON patch guarded by the resourceVersion the controller read: if the object changed
 * meanwhile (another controller's finalizer, a spec edit) the patch fails and the reconcile is
 * retried on the fresh object, so no one else's finalizer is ever lost.
 */
import { CustomObjectsApi, PatchStrategy, setHeaderOptions, type KubeConfig } from '@kubernetes/client-node';
import { GROUP, VERSION, kindDefinition, type SightlineResource } from '../api/index.js';

/** Finalizers Sightline owns share this prefix. */
export const SIGHTLINE_FINALIZER_PREFIX = `${GROUP}/`;

const jsonPatch = setHeaderOptions('Content-Type', PatchStrategy.JsonPatch);

export class FinalizerWriter {
  private readonly custom: CustomObjectsApi;
  writes = 0;

  constructor(kc: KubeConfig) {
    this.custom = kc.makeApiClient(CustomObjectsApi);
  }

  /** Makes Sightline's finalizers on `o` exactly `wanted`, keeping everyone else's; no call when already so. */
  async reconcile(o: SightlineResource, wanted: readonly string[]): Promise<void> {
    const current = o.metadata.finalizers ?? [];
    const others = current.filter((f) => !f.startsWith(SIGHTLINE_FINALIZER_PREFIX));
    const next = [...others, ...current.filter((f) => wanted.includes(f)), ...wanted.filter((f) => !current.includes(f))];
    if (next.length === current.length && next.every((f) => current.includes(f))) return;
    const { namespace = 'default', name = '', resourceVersion } = o.metadata;
    this.writes++;
    await this.custom.patchNamespacedCustomObject(
      {
        group: GROUP,
        version: VERSION,
        namespace,
        plural: kindDefinition(o.kind)!.plural,
        name,
        body: [
          { op: 'test', path: '/metadata/resourceVersion', value: resourceVersion },
          { op: 'add', path: '/metadata/finalizers', value: next },
        ],
      },
      jsonPatch,
    );
  }
}
