import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectCapabilities } from '../../../src/storage/capabilities.js';
import { EmbeddedDb, PostgresDb } from '../../../src/storage/db.js';
import { migrate } from '../../../src/storage/migrate.js';
import { migrations } from '../../../src/storage/migrations/index.js';
import { BACKENDS, openTestDb, type TestDb } from '../../support/db.js';

const latest = Math.max(...migrations.map((m) => m.version));

describe.each(BACKENDS)('migrations on %s', (kind) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(kind);
  });
  afterAll(() => t.close());

  it('applies every migration on a fresh database and records it', async () => {
    const caps = await detectCapabilities(t.db);
    const report = await migrate(t.db, caps);
    expect(report.applied.map((a) => a.version)).toEqual(migrations.map((m) => m.version));
    expect(report.currentVersion).toBe(latest);
    const rows = await t.db.query<{ version: number }>('SELECT version FROM sightline.schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    const [id] = await t.db.query<{ value: string }>("SELECT value FROM sightline.meta WHERE key = 'installation_id'");
    expect(id?.value).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('does nothing when re-run', async () => {
    const report = await migrate(t.db, await detectCapabilities(t.db));
    expect(report.applied).toEqual([]);
    expect(report.currentVersion).toBe(latest);
  });

  it('rolls back a failing migration completely', async () => {
    const caps = await detectCapabilities(t.db);
    const broken = [
      ...migrations,
      { version: latest + 1, name: 'creates then fails', up: async (tx: { query: (s: string) => Promise<unknown> }) => {
        await tx.query('CREATE TABLE half_done (x int)');
        await tx.query('SELECT * FROM no_such_table');
      } },
    ];
    await expect(migrate(t.db, caps, broken)).rejects.toThrow(/no_such_table/);
    const [row] = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'half_done'");
    expect(row?.n).toBe(0);
    expect((await migrate(t.db, caps)).currentVersion).toBe(latest);
  });

  it('detects capabilities', async () => {
    const caps = await detectCapabilities(t.db);
    expect(caps.kind).toBe(kind);
    expect(caps.serverVersionNum).toBeGreaterThanOrEqual(150000);
    expect(typeof caps.timescaledb.available).toBe('boolean');
  });

  it('persists across reopen', async () => {
    if (kind === 'postgres') {
      const again = PostgresDb.open(t.location);
      expect((await migrate(again, await detectCapabilities(again))).applied).toEqual([]);
      await again.close();
    } else {
      await t.db.close();
      t.db = await EmbeddedDb.open(t.location);
      expect((await migrate(t.db, await detectCapabilities(t.db))).applied).toEqual([]);
    }
  });
});

describe('concurrent start on PostgreSQL', () => {
  it('applies each migration exactly once when several processes migrate at once', async () => {
    const t = await openTestDb('postgres');
    const dbs = Array.from({ length: 4 }, () => PostgresDb.open(t.location, 2));
    try {
      const caps = await detectCapabilities(dbs[0]!);
      const reports = await Promise.all(dbs.map((db) => migrate(db, caps)));
      const appliedCounts = reports.map((r) => r.applied.length).sort();
      expect(appliedCounts).toEqual([0, 0, 0, migrations.length]);
      const [row] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sightline.schema_migrations');
      expect(row?.n).toBe(migrations.length);
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
      await t.close();
    }
  });
});
