/**
 * The seam between where desired state comes from (Kubernetes API or a folder of manifests) and
 * everything downstream: both yield the same validated, typed objects and the same events.
 */
import type { KindName, SightlineResource } from '../api/index.js';

export interface ObjectKey {
  kind: KindName;
  namespace: string;
  name: string;
}

export function objectKey(o: SightlineResource): string {
  return `${o.kind}/${o.metadata.namespace ?? 'default'}/${o.metadata.name ?? ''}`;
}

export type ChangeEvent =
  | { type: 'added' | 'modified'; object: SightlineResource }
  | { type: 'deleted'; object: SightlineResource };

export interface DesiredStateSource {
  /** Loads the initial state; resolves once list() is complete. */
  start(): Promise<void>;
  /** Every current valid object. */
  list(): SightlineResource[];
  /** The current object with this key (see objectKey), if any. */
  get(key: string): SightlineResource | undefined;
  /** Calls listener for every change after start(); returns an unsubscribe function. */
  subscribe(listener: (event: ChangeEvent) => void): () => void;
  stop(): Promise<void>;
}
