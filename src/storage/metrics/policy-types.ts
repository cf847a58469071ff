/** Desired storage policies for metrics and the observed state of each, for CR status. */

export interface RollupPolicy {
  /** Stable name, e.g. "1m" or "1h"; also names the rollup for readers. */
  name: string;
  resolutionMs: number;
  /** How long rollup buckets are kept; defaults to the raw retention. */
  retentionMs?: number;
}

export interface MetricsPolicies {
  /** How long raw samples are kept. */
  retentionMs: number;
  rollups: readonly RollupPolicy[];
}

export type PolicyKind = 'retention' | 'compaction' | 'rollup';

export interface PolicyState {
  /** "retention", "compaction" or "rollup:<name>". */
  name: string;
  kind: PolicyKind;
  spec: Record<string, unknown>;
  nextRunAt?: Date;
  lastSuccessAt?: Date;
  lastFailureAt?: Date;
  lastError?: string;
  consecutiveFailures: number;
  totalFailures: number;
}
