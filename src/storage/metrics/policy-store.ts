/**
 * Desired policies and their run state in `metric_policy`, for the runtime-driven (plain
 * PostgreSQL) path. Kept in the database so every replica and a restarted process see the same
 * desired state and status.
 */
import { errorMessage } from '../../util/errors.js';
import type { Queryable } from '../db.js';
import type { MetricsPolicies, PolicyKind, PolicyState, RollupPolicy } from './policy-types.js';

interface PolicyRow {
  name: string;
  spec: Record<string, unknown>;
  next_run_at: Date | null;
  last_success_at: Date | null;
  last_failure_at: Date | null;
  last_error: string | null;
  consecutive_failures: number;
  total_failures: number;
}

function kindOf(name: string): PolicyKind {
  return name.startsWith('rollup:') ? 'rollup' : (name as PolicyKind);
}

function toState(r: PolicyRow): PolicyState {
  return {
    name: r.name,
    kind: kindOf(r.name),
    spec: r.spec,
    ...(r.next_run_at ? { nextRunAt: new Date(r.next_run_at) } : {}),
    ...(r.last_success_at ? { lastSuccessAt: new Date(r.last_success_at) } : {}),
    ...(r.last_failure_at ? { lastFailureAt: new Date(r.last_failure_at) } : {}),
    ...(r.last_error ? { lastError: r.last_error } : {}),
    consecutiveFailures: r.consecutive_failures,
    totalFailures: r.total_failures,
  };
}

/** Desired policies as named specs: what `metric_policy` must contain. */
export function desiredSpecs(desired: MetricsPolicies): Map<string, Record<string, unknown>> {
  const specs = new Map<string, Record<string, unknown>>([
    ['retention', { retentionMs: desired.retentionMs }],
    ['compaction', {}],
  ]);
  for (const r of desired.rollups) specs.set(`rollup:${r.name}`, { resolutionMs: r.resolutionMs, retentionMs: r.retentionMs ?? desired.retentionMs });
  return specs;
}

export class PolicyStore {
  constructor(private readonly db: Queryable) {}

  /** Upserts changed specs (keeping run state when unchanged) and deletes policies no longer desired. */
  async apply(specs: Map<string, Record<string, unknown>>): Promise<{ removed: string[] }> {
    const names = [...specs.keys()];
    await this.db.query(
      `INSERT INTO metric_policy (name, spec) SELECT * FROM unnest($1::text[], $2::jsonb[])
       ON CONFLICT (name) DO UPDATE SET spec = EXCLUDED.spec WHERE metric_policy.spec IS DISTINCT FROM EXCLUDED.spec`,
      [names, names.map((n) => JSON.stringify(specs.get(n)))],
    );
    const removed = await this.db.query<{ name: string }>('DELETE FROM metric_policy WHERE NOT (name = ANY($1::text[])) RETURNING name', [names]);
    return { removed: removed.map((r) => r.name) };
  }

  async list(): Promise<PolicyState[]> {
    return (await this.db.query<PolicyRow>('SELECT * FROM metric_policy ORDER BY name')).map(toState);
  }

  async rollups(): Promise<RollupPolicy[]> {
    return (await this.list()).filter((p) => p.kind === 'rollup').map((p) => ({
      name: p.name.slice('rollup:'.length),
      resolutionMs: p.spec.resolutionMs as number,
      retentionMs: p.spec.retentionMs as number,
    }));
  }

  async retentionMs(): Promise<number | undefined> {
    const [row] = await this.db.query<{ ms: number | null }>("SELECT (spec->>'retentionMs')::int8 AS ms FROM metric_policy WHERE name = 'retention'");
    return row?.ms ?? undefined;
  }

  async recordRun(names: readonly string[], nextRunAt: Date, error?: unknown): Promise<void> {
    if (error === undefined) {
      await this.db.query('UPDATE metric_policy SET last_success_at = now(), consecutive_failures = 0, next_run_at = $2 WHERE name = ANY($1::text[])', [names, nextRunAt]);
    } else {
      await this.db.query(
        `UPDATE metric_policy SET last_failure_at = now(), last_error = $3, consecutive_failures = consecutive_failures + 1,
                total_failures = total_failures + 1, next_run_at = $2 WHERE name = ANY($1::text[])`,
        [names, nextRunAt, errorMessage(error)],
      );
    }
  }
}
