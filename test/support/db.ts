/**
 * Per-test-file databases on both backends: a fresh database on the run's PostgreSQL server, and
 * a fresh embedded (PGlite) data dir. Suites that cover a shared code path run once per backend.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { EmbeddedDb, PostgresDb, type Db, type DbKind } from '../../src/storage/db.js';
import { createDatabase } from './postgres.js';

export const BACKENDS: readonly DbKind[] = ['postgres', 'embedded'];

export interface TestDb {
  db: Db;
  /** Connection URL (postgres) or data dir (embedded), to open the same database again. */
  location: string;
  close(): Promise<void>;
}

export async function postgresTestUrl(): Promise<string> {
  return createDatabase(inject('pgUrl'));
}

export async function openTestDb(kind: DbKind): Promise<TestDb> {
  if (kind === 'postgres') {
    const url = await postgresTestUrl();
    return {
      db: PostgresDb.open(url),
      location: url,
      close(this: TestDb) {
        return this.db.close();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'sightline-pglite-'));
  return {
    db: await EmbeddedDb.open(dir),
    location: dir,
    // Closes whichever instance `db` holds now: a test may have reopened the data dir.
    async close(this: TestDb) {
      await this.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
