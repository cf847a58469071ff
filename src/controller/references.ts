/**
 * Secret references of an object, resolved at reconcile time.
 *
 * Least privilege: the operator reads only the Secrets objects name, one `get` by name in the
 * object's own namespace, and never lists or watches Secrets. Nothing notifies it when a Secret
 * appears or changes, so the controller's periodic resync re-reads them: an object waiting for a
 * Secret heals within one resync period, without a restart.
 */
import type { CoreV1Api } from '@kubernetes/client-node';
import type { Outcome } from './conditions.js';
import type { SecretValues } from './runtime.js';

export interface SecretKeyRef {
  name: string;
  key: string;
  optional?: boolean;
}

const REF_FIELDS = new Set(['name', 'key', 'optional']);

function isSecretKeyRef(v: Record<string, unknown>): boolean {
  return typeof v.name === 'string' && typeof v.key === 'string' && Object.keys(v).every((k) => REF_FIELDS.has(k));
}

/** Every secretKeyRef in a spec, with the path it was found at (for messages). */
export function secretRefs(value: unknown, path = 'spec'): { path: string; ref: SecretKeyRef }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => secretRefs(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  if (isSecretKeyRef(obj)) return [{ path, ref: obj as unknown as SecretKeyRef }];
  return Object.entries(obj).flatMap(([k, v]) => secretRefs(v, `${path}.${k}`));
}

/** Reads a Secret's decoded data; undefined when it does not exist. Other errors throw (retried). */
export async function readSecret(core: CoreV1Api, namespace: string, name: string): Promise<Record<string, string> | undefined> {
  try {
    const secret = await core.readNamespacedSecret({ namespace, name });
    const data: Record<string, string> = { ...(secret.stringData ?? {}) };
    for (const [k, v] of Object.entries(secret.data ?? {})) data[k] = Buffer.from(v, 'base64').toString('utf8');
    return data;
  } catch (err) {
    if ((err as { code?: number }).code === 404) return undefined;
    throw err;
  }
}

export type SecretResolution = { ok: true; values: SecretValues } | { ok: false; outcome: Outcome };

/** Resolves every reference of a spec; a missing Secret or key stalls the object unless optional. */
export async function resolveSecrets(core: CoreV1Api, namespace: string, spec: unknown): Promise<SecretResolution> {
  const values = new Map<string, string>();
  const read = new Map<string, Promise<Record<string, string> | undefined>>();
  for (const { path, ref } of secretRefs(spec)) {
    if (!read.has(ref.name)) read.set(ref.name, readSecret(core, namespace, ref.name));
    const data = await read.get(ref.name);
    const value = data?.[ref.key];
    if (value !== undefined) {
      values.set(`${ref.name}/${ref.key}`, value);
      continue;
    }
    if (ref.optional) continue;
    return {
      ok: false,
      outcome: data
        ? { kind: 'stalled', reason: 'SecretKeyNotFound', message: `Secret ${namespace}/${ref.name} has no key "${ref.key}" (referenced by ${path}).` }
        : { kind: 'stalled', reason: 'SecretNotFound', message: `Secret ${namespace}/${ref.name} not found (referenced by ${path}).` },
    };
  }
  return { ok: true, values };
}
