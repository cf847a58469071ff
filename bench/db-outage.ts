/**
 * How fast a running server notices a PostgreSQL outage and its end: one StorageService with its
 * default checks on a throwaway PostgreSQL, stopped (`pg_ctl stop -m fast`, then `immediate`, in
 * turn) and started (`pg_ctl start -w`) `rounds` times. Prints the time from the stop returning
 * until storage is not ready (what /-/ready reports), and from the start returning until it is
 * ready again. Run: npx tsx bench/db-outage.ts [rounds=5]
 */
import { loadavg } from 'node:os';
import { StorageService } from '../src/storage/service.js';
import { LocalPostgres } from '../test/support/postgres.js';

const ROUNDS = Number(process.argv[2] ?? 5);

async function msUntil(done: () => boolean): Promise<number> {
  const started = performance.now();
  while (!done()) await new Promise((r) => setTimeout(r, 5));
  return performance.now() - started;
}

const pg = await LocalPostgres.start();
const storage = new StorageService({ storage: pg.url, dataDir: '', maxConnections: 2 });
try {
  await storage.start();
  const down: number[] = [];
  const up: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    pg.stopServer(i % 2 === 0 ? 'fast' : 'immediate');
    down.push(await msUntil(() => !storage.ready()));
    await pg.startServer();
    up.push(await msUntil(() => storage.ready()));
  }
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`PostgreSQL stopped and started ${ROUNDS} times, default checks (every 1 s, 2 s timeout), load average ${loadavg()[0]!.toFixed(1)}`);
  console.log(`stop returned → not ready: ${list(down)} ms`);
  console.log(`start returned → ready again: ${list(up)} ms`);
} finally {
  await storage.stop();
  await pg.stop();
}
