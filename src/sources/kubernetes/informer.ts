/**
 * One list+watch cache (client-node's ListWatch) that never gives up. ListWatch itself relists on
 * `410 Gone` (the resourceVersion it watched from was compacted away), emitting deletes for
 * objects that vanished meanwhile and updates for those that changed. On any other error it stops
 * and only reports: here it is restarted with exponential backoff, resuming the watch from the last
 * resourceVersion it saw (a relist only happens when that is too old, via the 410 path).
 */
import { ListWatch, Watch, type KubeConfig, type KubernetesListObject, type KubernetesObject } from '@kubernetes/client-node';
import { errorMessage } from '../../util/errors.js';
import { logger } from '../../util/log.js';

const log = logger('sources/kubernetes');

export type WatchEventType = 'add' | 'update' | 'delete';

export interface InformerOptions<T extends KubernetesObject> {
  /** What is watched, for logs, e.g. "pods". */
  name: string;
  /** Watch path, e.g. /api/v1/pods or /api/v1/namespaces/NS/pods. */
  path: string;
  list: () => Promise<KubernetesListObject<T>>;
  /** Watch only objects with these labels (the list must use the same selector). */
  labelSelector?: string;
  onEvent: (type: WatchEventType, object: T) => void;
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

export class ResilientInformer<T extends KubernetesObject> {
  private readonly cache: ListWatch<T>;
  private failures = 0;
  private restartTimer?: NodeJS.Timeout;
  private stopped = false;
  private listedOnce = false;
  /** Full lists made: the first, then one per relist (410 Gone); a figure for logs and tests. */
  lists = 0;
  private readonly synced: Promise<void>;
  private markSynced!: () => void;

  constructor(
    kc: KubeConfig,
    private readonly options: InformerOptions<T>,
  ) {
    this.synced = new Promise((resolve) => (this.markSynced = resolve));
    const list = async (): Promise<KubernetesListObject<T>> => {
      this.lists++;
      const result = await options.list();
      this.listedOnce = true;
      return result;
    };
    this.cache = new ListWatch<T>(options.path, new Watch(kc), list, false, options.labelSelector);
    this.cache.on('add', (o) => this.seen('add', o));
    this.cache.on('update', (o) => this.seen('update', o));
    this.cache.on('delete', (o) => this.seen('delete', o));
    this.cache.on('error', (err: unknown) => this.restartLater(err));
  }

  /** Resolves once the first list has been loaded into the cache (informer "synced"). */
  start(): Promise<void> {
    void this.run();
    return this.synced;
  }

  get hasSynced(): boolean {
    return this.listedOnce;
  }

  get(namespace: string, name: string): T | undefined {
    return this.cache.get(name, namespace);
  }

  list(namespace?: string): readonly T[] {
    return this.cache.list(namespace);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    await this.cache.stop();
  }

  private seen(type: WatchEventType, object: T): void {
    this.failures = 0;
    this.options.onEvent(type, object);
  }

  private async run(): Promise<void> {
    try {
      // Resolves once listed (if needed) and the watch is open; failures arrive on 'error'.
      await this.cache.start();
      if (this.listedOnce) {
        this.markSynced();
      }
    } catch (err) {
      this.restartLater(err);
    }
  }

  private restartLater(err: unknown): void {
    if (this.stopped) return;
    const min = this.options.minBackoffMs ?? 500;
    const delay = Math.min(min * 2 ** this.failures, this.options.maxBackoffMs ?? 30_000);
    this.failures++;
    log.warn({ watch: this.options.name, err: errorMessage(err), retryInMs: delay }, 'watch failed; reconnecting');
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => void this.run(), delay);
    this.restartTimer.unref();
  }
}
