/**
 * Native range partitions by time, created ahead by the runtime and dropped for retention.
 * Partition names carry their bounds (`<parent>_<start>_<end>`, milliseconds) so listing them
 * needs no catalogue parsing of partition bound expressions. Sibling tables partitioned the same
 * way (e.g. the head's pages and layouts) get their partitions created and dropped with the parent's.
 */
import { SCHEMA, type Queryable } from '../db.js';

export interface Partition {
  name: string;
  start: number;
  end: number;
}

// duplicate_table, and "would overlap": another process created the same partition first.
const ALREADY_CREATED = new Set(['42P07', '42P17', '23505']);

export class RangePartitions {
  private readonly known = new Set<number>();

  constructor(
    private readonly db: Queryable,
    readonly parent: string,
    readonly spanMs: number,
    private readonly siblings: readonly string[] = [],
  ) {}

  /** The name of `p`'s partition of `table` (the parent or a sibling). */
  static partitionOf(table: string, p: Partition): string {
    return `${table}_${p.start}_${p.end}`;
  }

  startOf(t: number): number {
    return Math.floor(t / this.spanMs) * this.spanMs;
  }

  /** Creates every partition covering [minT, maxT] that this process has not seen yet. */
  async ensure(minT: number, maxT: number): Promise<void> {
    for (let start = this.startOf(minT); start <= maxT; start += this.spanMs) {
      if (this.known.has(start)) continue;
      const end = start + this.spanMs;
      for (const table of [this.parent, ...this.siblings]) {
        try {
          await this.db.query(`CREATE TABLE IF NOT EXISTS ${SCHEMA}.${table}_${start}_${end} PARTITION OF ${SCHEMA}.${table} FOR VALUES FROM (${start}) TO (${end})`);
        } catch (err) {
          if (!ALREADY_CREATED.has((err as { code?: string }).code ?? '')) throw err;
        }
      }
      this.known.add(start);
    }
  }

  async list(): Promise<Partition[]> {
    const rows = await this.db.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i
         JOIN pg_class c ON c.oid = i.inhrelid
         JOIN pg_class p ON p.oid = i.inhparent
         JOIN pg_namespace n ON n.oid = p.relnamespace
        WHERE n.nspname = $1 AND p.relname = $2`,
      [SCHEMA, this.parent],
    );
    const out: Partition[] = [];
    for (const { name } of rows) {
      const m = /_(\d+)_(\d+)$/.exec(name);
      if (m) out.push({ name, start: Number(m[1]), end: Number(m[2]) });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** Drops a partition (and its siblings'); `q` lets compaction drop inside its own transaction. */
  async drop(p: Partition, q: Queryable = this.db): Promise<void> {
    const tables = [this.parent, ...this.siblings].map((t) => `${SCHEMA}.${RangePartitions.partitionOf(t, p)}`);
    await q.query(`DROP TABLE IF EXISTS ${tables.join(', ')}`);
    this.known.delete(p.start);
  }
}
