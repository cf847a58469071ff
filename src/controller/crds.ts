/**
 * `--manage-crds`: the operator server-side applies its own CRDs at start, built from the same
 * schemas as crds/ (src/api). Helm installs crds/ once and never upgrades them, so without this a
 * `helm upgrade` would run new code against old schemas; with it the image and its schemas move
 * together, whatever installed them (Helm, kustomize, Argo CD).
 *
 * Only the four named CRDs are touched (RBAC: get and patch with resourceNames), never deleted.
 * A CRD last applied by a newer Sightline is left alone, so an old replica still running during a
 * rolling upgrade cannot take a schema back.
 */
import { ApiextensionsV1Api, PatchStrategy, setHeaderOptions, type KubeConfig } from '@kubernetes/client-node';
import { buildCrd } from '../api/crd.js';
import { KINDS } from '../api/index.js';
import { buildInfo } from '../util/build-info.js';
import { logger } from '../util/log.js';
import { FIELD_MANAGER } from './status.js';

const log = logger('crds');
const applyPatch = setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply);

/** Annotation naming the Sightline version that last applied a CRD. */
export const APPLIED_BY = 'monitoring.sightline.dev/applied-by-version';

/** -1, 0 or 1 as a is older, equal or newer than b (major.minor.patch; a pre-release sorts before its release). */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.replace(/^v/, '').split('-', 2);
    return { nums: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

export interface CrdApplyResult {
  applied: string[];
  /** Left alone: a newer Sightline applied them. */
  skipped: string[];
}

/** Applies every Sightline CRD unless a newer version applied it; throws on any API error. */
export async function applyOwnCrds(kc: KubeConfig, version = buildInfo.version): Promise<CrdApplyResult> {
  const api = kc.makeApiClient(ApiextensionsV1Api);
  const result: CrdApplyResult = { applied: [], skipped: [] };
  for (const def of KINDS) {
    const crd = buildCrd(def);
    const name = crd.metadata.name;
    let liveVersion: string | undefined;
    try {
      liveVersion = (await api.readCustomResourceDefinition({ name })).metadata?.annotations?.[APPLIED_BY];
    } catch (err) {
      if ((err as { code?: number }).code !== 404) throw err;
    }
    if (liveVersion && compareVersions(liveVersion, version) > 0) {
      log.warn({ crd: name, liveVersion, version }, 'CRD applied by a newer Sightline: left as it is');
      result.skipped.push(name);
      continue;
    }
    const body = { ...crd, metadata: { ...crd.metadata, annotations: { [APPLIED_BY]: version } } };
    await api.patchCustomResourceDefinition({ name, body, fieldManager: FIELD_MANAGER, force: true }, applyPatch);
    result.applied.push(name);
  }
  log.info(result, 'CRDs applied');
  return result;
}
