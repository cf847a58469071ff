/**
 * Numbered schema migrations. Each runs once, in order, inside the migration transaction; a
 * migration may branch on capabilities (e.g. TimescaleDB hypertables vs native partitions).
 * Never edit a released migration: add a new one.
 */
import type { Capabilities } from '../capabilities.js';
import type { Queryable } from '../db.js';
import { createMetadataTable } from '../metrics/metadata.js';
import { createAlertsTable } from '../../rules/state-store.js';
import { createNotifyTables } from '../../notify/schema.js';
import { blockEndIndexMigration, headPagesMigration, lateSamplesMigration, metricsMigration, servicePoliciesMigration } from '../metrics/schema.js';

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
  {
    version: 3,
    name: 'scrape target state',
    async up(tx) {
      // Each scraping process (ingest replica, standalone) reports its targets' health here for
      // the operator's status figures; its rows go with its heartbeat row (see src/scrape/state.ts).
      await tx.query(`
        CREATE TABLE scrape_reporters (
          replica text PRIMARY KEY,
          heartbeat_at timestamptz NOT NULL DEFAULT now()
        )`);
      await tx.query(`
        CREATE TABLE scrape_target_state (
          owner text NOT NULL,
          url text NOT NULL,
          replica text NOT NULL REFERENCES scrape_reporters ON DELETE CASCADE,
          health text NOT NULL CHECK (health IN ('up', 'down')),
          last_error text NOT NULL DEFAULT '',
          last_scrape timestamptz,
          updated_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (owner, url, replica)
        )`);
      await tx.query('CREATE INDEX scrape_target_state_replica ON scrape_target_state (replica)');
    },
  },
  { version: 4, name: 'metric metadata', up: createMetadataTable },
  servicePoliciesMigration,
  blockEndIndexMigration,
  headPagesMigration,
  { version: 8, name: 'alert state', up: createAlertsTable },
  { version: 9, name: 'posted alerts, silences, notification outbox', up: createNotifyTables },
  lateSamplesMigration,
];
