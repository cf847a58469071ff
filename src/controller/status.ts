/**
 * Writes what the controller observed to the API server: the status subresource and Warning
 * Events — the operator's only writes.
 *
 * Status goes through server-side apply with one fixed field manager (`sightline-operator`) and
 * force: the operator then owns exactly the status fields it sets, so figures another component
 * publishes under its own manager (e.g. scrape health) are neither clobbered nor need a
 * read-modify-write; force takes a field back from anyone who edited it by hand. A merge patch
 * would work too, but cannot say which fields it owns and silently fights other writers.
 *
 * Nothing is sent when the status already holds these values (`sameStatus`), so an idle operator
 * makes no writes; the last status written per object is remembered too, so a reconcile that runs
 * before the watch delivered our own previous write does not repeat it.
 */
import { hostname } from 'node:os';
import { CoreV1Api, CustomObjectsApi, PatchStrategy, setHeaderOptions, type KubeConfig } from '@kubernetes/client-node';
import { GROUP, VERSION, kindDefinition, type SightlineResource } from '../api/index.js';
import { logger } from '../util/log.js';
import { sameStatus, type Condition } from './conditions.js';

const log = logger('controller');

export const FIELD_MANAGER = 'sightline-operator';

/** The status fields the controller owns. */
export interface WrittenStatus {
  observedGeneration?: number;
  conditions?: Condition[];
  [figure: string]: unknown;
}

const applyPatch = setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply);

/** What an Event can be about: a Sightline object or a cluster object such as a Pod. */
export interface EventSubject {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; namespace?: string; uid?: string; resourceVersion?: string };
}

export class StatusWriter {
  private readonly custom: CustomObjectsApi;
  private readonly core: CoreV1Api;
  private readonly lastWritten = new Map<string, WrittenStatus>();
  /** API write calls made (status patches + events), for tests and benchmarks. */
  writes = 0;

  constructor(kc: KubeConfig) {
    this.custom = kc.makeApiClient(CustomObjectsApi);
    this.core = kc.makeApiClient(CoreV1Api);
  }

  /** Applies `status` unless the object already has it; returns whether a write was made. */
  async write(key: string, o: SightlineResource, status: WrittenStatus): Promise<boolean> {
    const current = (o.status ?? {}) as Record<string, unknown>;
    const owned = Object.fromEntries(Object.keys(status).map((k) => [k, current[k]]));
    if (sameStatus(owned, status) || sameStatus(this.lastWritten.get(key), status)) return false;
    const { namespace = 'default', name = '' } = o.metadata;
    try {
      this.writes++;
      await this.custom.patchNamespacedCustomObjectStatus(
        {
          group: GROUP,
          version: VERSION,
          namespace,
          plural: kindDefinition(o.kind)!.plural,
          name,
          body: { apiVersion: `${GROUP}/${VERSION}`, kind: o.kind, metadata: { name, namespace }, status },
          fieldManager: FIELD_MANAGER,
          force: true,
        },
        applyPatch,
      );
    } catch (err) {
      // Deleted meanwhile: nothing to report on.
      if ((err as { code?: number }).code === 404) return false;
      throw err;
    }
    this.lastWritten.set(key, status);
    return true;
  }

  /** The status last written for key by this process, if any. */
  lastStatus(key: string): WrittenStatus | undefined {
    return this.lastWritten.get(key);
  }

  forget(key: string): void {
    this.lastWritten.delete(key);
  }

  /** A Warning Event on the object (core/v1, which `kubectl describe` and every dashboard show). */
  async warn(o: EventSubject, reason: string, message: string): Promise<void> {
    const { namespace = 'default', name = '' } = o.metadata;
    const now = new Date();
    this.writes++;
    try {
      await this.core.createNamespacedEvent({
        namespace,
        body: {
          metadata: { generateName: `${name}.`, namespace },
          involvedObject: { apiVersion: o.apiVersion, kind: o.kind, name, namespace, uid: o.metadata.uid, resourceVersion: o.metadata.resourceVersion },
          type: 'Warning',
          reason,
          message,
          source: { component: FIELD_MANAGER, host: hostname() },
          firstTimestamp: now,
          lastTimestamp: now,
          count: 1,
        },
      });
    } catch (err) {
      // An Event is a courtesy: failing to record one must not fail the reconcile.
      log.warn({ object: `${o.kind}/${namespace}/${name}`, reason, err: (err as Error).message }, 'could not record an Event');
    }
  }
}
