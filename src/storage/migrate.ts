/**
 * Applies pending migrations. A transaction-scoped advisory lock serialises processes that start
 * at once (operator + ingest replicas, or `sightline migrate` beside a running server): the
 * second waits, then finds nothing left to do.
 */
import { SCHEMA, type Db } from './db.js';
import type { Capabilities } from './capabilities.js';
import { migrations as allMigrations, type Migration } from './migrations/index.js';
import { logger } from '../util/log.js';

const log = logger('storage');
// Arbitrary constant shared by every Sightline process: "sightlin" in ASCII.
const MIGRATION_LOCK_KEY = 0x73696768746c696en;

export interface MigrationReport {
  applied: { version: number; name: string }[];
  currentVersion: number;
}

export async function migrate(db: Db, caps: Capabilities, migrations: readonly Migration[] = allMigrations): Promise<MigrationReport> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
    await tx.query(`
      CREATE TABLE IF NOT EXISTS ${SCHEMA}.schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Qualify everything this transaction creates, whatever the connection's search_path.
    await tx.query(`SET LOCAL search_path = ${SCHEMA}, public`);
    const done = new Set((await tx.query<{ version: number }>(`SELECT version FROM ${SCHEMA}.schema_migrations`)).map((r) => r.version));
    const applied: MigrationReport['applied'] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      log.info({ version: m.version, name: m.name }, 'applying migration');
      await m.up(tx, caps);
      await tx.query(`INSERT INTO ${SCHEMA}.schema_migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
      applied.push({ version: m.version, name: m.name });
    }
    const currentVersion = Math.max(0, ...done, ...applied.map((a) => a.version));
    return { applied, currentVersion };
  });
}
