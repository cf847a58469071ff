/**
 * What the notifier's poll costs with many active alerts, on PostgreSQL (a throwaway local
 * cluster) and on PGlite: 1,000 and 10,000 firing rule alerts (500 groups of 20, realistic labels
 * and annotations) written an age ago, then one full poll (every alert read, as once a minute)
 * and the mean of ten incremental polls (only rows written since the last poll, none here), wall
 * time and the Node process's CPU (the database server's CPU is not counted for PostgreSQL).
 *
 * Run: npx tsx bench/notify-poll.ts
 */
import { fingerprint } from '../src/model/fingerprint.js';
import { Notifier } from '../src/notify/notifier.js';
import { PgAlertStateStore } from '../src/rules/state-store.js';
import { detectCapabilities } from '../src/storage/capabilities.js';
import { EmbeddedDb, PostgresDb, type Db } from '../src/storage/db.js';
import { migrate } from '../src/storage/migrate.js';
import { startPostgres, createDatabase } from '../test/support/postgres.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function measure(db: Db, label: string) {
  await migrate(db, await detectCapabilities(db));
  const store = new PgAlertStateStore(() => db);
  for (const n of [1000, 10000]) {
    await db.query('DELETE FROM alerts');
    for (let g = 0; g < n / 20; g++) {
      const alerts = Array.from({ length: 20 }, (_, i) => {
        const labels = { alertname: `Rule${g % 10}`, instance: `host-${g}-${i}:9100`, job: `job${g % 50}`, severity: 'warning' };
        return { ruleIndex: i, rule: labels.alertname, fingerprint: fingerprint(labels), labels, annotations: { summary: `instance ${labels.instance} is down`, description: 'The last scrape failed for more than a minute.' }, state: 'firing' as const, value: 0, activeAtMs: Date.now(), firedAtMs: Date.now() };
      });
      await store.save(`AlertRule/ns/g${g}`, alerts, []);
    }
    await db.query("UPDATE alerts SET updated_at = now() - interval '1 minute'");
    const n1 = new Notifier({ db: () => db, storageReady: () => true, externalURL: 'x' });
    const f0 = process.cpuUsage(); const ft = performance.now();
    await n1.poll();
    const fc = process.cpuUsage(f0);
    console.log(`${label} ${n} active alerts: full poll ${(performance.now() - ft).toFixed(1)} ms wall, ${((fc.user + fc.system) / 1000).toFixed(1)} ms Node CPU`);
    const cpu0 = process.cpuUsage(); const t0 = performance.now();
    const R = 10;
    for (let i = 0; i < R; i++) await n1.poll();
    const wall = (performance.now() - t0) / R; const cpu = process.cpuUsage(cpu0);
    console.log(`${label} ${n} active alerts: poll ${wall.toFixed(1)} ms wall, ${((cpu.user + cpu.system) / 1000 / R).toFixed(1)} ms Node CPU per incremental poll (nothing changed)`);
  }
}
const server = await startPostgres();
try {
  const pgdb = PostgresDb.open(await createDatabase(server.url, 'bench'));
  await measure(pgdb, 'PostgreSQL');
  await pgdb.close();
  const edb = await EmbeddedDb.open(mkdtempSync(join(tmpdir(), 'nb-')));
  await measure(edb, 'PGlite');
  await edb.close();
} finally { await server.stop(); }
