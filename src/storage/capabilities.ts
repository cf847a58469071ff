/**
 * What the connected database can do. Storage picks its backend (TimescaleDB, plain PostgreSQL
 * partitions) from this, and the set is reported in the log and at /api/v1/status/storage.
 */
import type { DbKind, Queryable } from './db.js';

export interface ExtensionInfo {
  available: boolean;
  /** Version installed in this database, when it is. */
  installedVersion?: string;
  defaultVersion?: string;
}

export interface Capabilities {
  kind: DbKind;
  serverVersion: string;
  serverVersionNum: number;
  timescaledb: ExtensionInfo;
  pgTrgm: ExtensionInfo;
}

interface ExtensionRow {
  name: string;
  default_version: string | null;
  installed_version: string | null;
}

function extension(rows: ExtensionRow[], name: string): ExtensionInfo {
  const row = rows.find((r) => r.name === name);
  if (!row) return { available: false };
  return {
    available: true,
    ...(row.default_version ? { defaultVersion: row.default_version } : {}),
    ...(row.installed_version ? { installedVersion: row.installed_version } : {}),
  };
}

export async function detectCapabilities(db: Queryable & { kind: DbKind }): Promise<Capabilities> {
  const [version] = await db.query<{ server_version: string; server_version_num: string }>(
    "SELECT current_setting('server_version') AS server_version, current_setting('server_version_num') AS server_version_num",
  );
  const extensions = await db.query<ExtensionRow>(
    "SELECT name, default_version, installed_version FROM pg_available_extensions WHERE name IN ('timescaledb', 'pg_trgm')",
  );
  return {
    kind: db.kind,
    serverVersion: version?.server_version ?? 'unknown',
    serverVersionNum: Number(version?.server_version_num ?? 0),
    timescaledb: extension(extensions, 'timescaledb'),
    pgTrgm: extension(extensions, 'pg_trgm'),
  };
}

/** A one-line view for the log: which backend features will be used. */
export function capabilitiesSummary(caps: Capabilities): Record<string, string | boolean> {
  return {
    backend: caps.kind,
    postgres: caps.serverVersion,
    timescaledb: caps.timescaledb.installedVersion ?? (caps.timescaledb.available ? `available ${caps.timescaledb.defaultVersion ?? ''}`.trim() : false),
    pg_trgm: caps.pgTrgm.available,
  };
}
