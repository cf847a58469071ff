/**
 * The real metrics store for tests: a fresh database (PostgreSQL by default, or embedded), migrated,
 * with openMetricStore on top — the same store the servers use.
 */
import { afterAll } from 'vitest';
import type { Appender, MetricStore, Querier } from '../../src/storage/api.js';
import { detectCapabilities } from '../../src/storage/capabilities.js';
import type { Db, DbKind } from '../../src/storage/db.js';
import { migrate } from '../../src/storage/migrate.js';
import { openMetricStore, type MetricStoreOptions, type OpenMetricStore } from '../../src/storage/metrics/store.js';
import { openTestDb } from './db.js';

export async function migrateAndOpenStore(db: Db, options: MetricStoreOptions = {}): Promise<OpenMetricStore> {
  const caps = await detectCapabilities(db);
  await migrate(db, caps);
  return openMetricStore(db, caps, options);
}

/** A store on its own database, closed after the test file. */
export async function openTestMetricStore(kind: DbKind = 'postgres', options: MetricStoreOptions = {}): Promise<OpenMetricStore> {
  const t = await openTestDb(kind);
  const store = await migrateAndOpenStore(t.db, { maintenanceIntervalMs: 0, ...options });
  afterAll(async () => {
    await store.close();
    await t.close();
  });
  return store;
}

/** Wraps a store so its commits can be made to fail, for tests of how callers handle that. */
export class FailingStore implements MetricStore {
  /** When set, every commit rejects with this error and stores nothing. */
  failCommitsWith: Error | undefined;

  constructor(private readonly inner: MetricStore) {}

  querier(): Querier {
    return this.inner.querier();
  }

  appender(): Appender {
    const inner = this.inner.appender();
    return {
      append: (labels, t, v) => inner.append(labels, t, v),
      rollback: () => inner.rollback(),
      commit: () => {
        if (!this.failCommitsWith) return inner.commit();
        inner.rollback();
        return Promise.reject(this.failCommitsWith);
      },
    };
  }
}
