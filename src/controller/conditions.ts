/**
 * Status conditions in metav1.Condition form, following kstatus: `Ready` says whether the object
 * works; `Reconciling` is True while the controller is still converging it; `Stalled` is True when
 * it cannot progress without a change by the user (an invalid selector, a missing Secret).
 * lastTransitionTime only moves when a condition's status flips, so an unchanged outcome produces
 * an identical status — and the status writer then makes no write.
 */

export type ConditionStatus = 'True' | 'False' | 'Unknown';

export interface Condition {
  type: string;
  status: ConditionStatus;
  observedGeneration?: number;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

/** What a reconcile concluded about one object. */
export type Outcome =
  | { kind: 'ready'; reason?: string; message?: string }
  /** Will resolve by itself (e.g. the database is down); retried with backoff. */
  | { kind: 'progressing'; reason: string; message: string }
  /** Needs a change by the user; the reason names the problem (e.g. SecretNotFound). */
  | { kind: 'stalled'; reason: string; message: string };

function setCondition(previous: readonly Condition[], next: Omit<Condition, 'lastTransitionTime'>, now: string): Condition {
  const old = previous.find((c) => c.type === next.type);
  return { ...next, lastTransitionTime: old && old.status === next.status ? old.lastTransitionTime : now };
}

/** The Ready/Reconciling/Stalled conditions for an outcome, keeping unrelated condition types. */
export function conditionsFor(previous: readonly Condition[] | undefined, outcome: Outcome, generation: number, now: Date = new Date()): Condition[] {
  const prev = previous ?? [];
  const at = statusTime(now);
  const base = { observedGeneration: generation };
  const ready =
    outcome.kind === 'ready'
      ? { type: 'Ready', status: 'True' as const, reason: outcome.reason ?? 'Reconciled', message: outcome.message ?? 'Reconciled successfully.' }
      : { type: 'Ready', status: 'False' as const, reason: outcome.reason, message: outcome.message };
  const reconciling =
    outcome.kind === 'progressing'
      ? { type: 'Reconciling', status: 'True' as const, reason: outcome.reason, message: outcome.message }
      : { type: 'Reconciling', status: 'False' as const, reason: 'Idle', message: 'Nothing left to do.' };
  const stalled =
    outcome.kind === 'stalled'
      ? { type: 'Stalled', status: 'True' as const, reason: outcome.reason, message: outcome.message }
      : { type: 'Stalled', status: 'False' as const, reason: 'Progressing', message: 'No problem that needs a change.' };
  const managed = new Set(['Ready', 'Reconciling', 'Stalled']);
  return [
    ...[ready, reconciling, stalled].map((c) => setCondition(prev, { ...c, ...base }, at)),
    ...prev.filter((c) => !managed.has(c.type)),
  ];
}

/** A status timestamp as metav1.Time writes it: RFC 3339 in whole seconds. */
export function statusTime(t: Date): string {
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Deep equality of two status objects as JSON, for "write only when changed". */
export function sameStatus(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}
