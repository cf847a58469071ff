/**
 * Numbered schema migrations. Each runs once, in order, inside the migration transaction; a
 * migration may branch on capabilities (e.g. TimescaleDB hypertables vs native partitions).
 * Never edit a released migration: add a new one.
 */
import type { Capabilities } from '../capabilities.js';
import type { Queryable } from '../db.js';
import { metricsMigration, servicePoliciesMigration } from '../metrics/schema.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(tx: Queryable, caps: Capabilities): Promise<void>;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'installation metadata',
    async up(tx) {
      await tx.query(`
        CREATE TABLE meta (
          key text PRIMARY KEY,
          value text NOT NULL,
          updated_at timestamptz NOT NULL DEFAULT now()
        )`);
      await tx.query("INSERT INTO meta (key, value) VALUES ('installation_id', gen_random_uuid()::text)");
    },
  },
  metricsMigration,
  servicePoliciesMigration,
];
