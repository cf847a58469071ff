/**
 * A rule group, as Prometheus's rules.Group: its rules evaluated in order at one timestamp, each
 * rule's output committed before the next rule runs (so a recording rule's series is visible to
 * the rules after it in the same round), series a rule stops producing ended with staleness
 * markers, and alert state restored from and saved to the database.
 */
import type { Labels } from '../model/labels.js';
import { labelsKey, METRIC_NAME } from '../model/labels.js';
import { fingerprint } from '../model/fingerprint.js';
import { STALE_NAN } from '../model/samples.js';
import { Engine, type EngineOptions } from '../promql/index.js';
import type { MetricStore } from '../storage/api.js';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';
import { AlertingRule, alertFields, type Alert, type AlertFields, type AlertTemplateEnv, type OutputSample, type ResultSample } from './alerting.js';
import type { GroupDefinition, RuleDefinition } from './definition.js';
import { ruleMetrics } from './metrics.js';
import type { AlertStateStore, StoredAlert } from './state-store.js';

const log = logger('rules');

export interface RuleGroupDeps {
  store: MetricStore;
  engine?: EngineOptions;
  externalLabels?: Labels;
  externalURL?: string;
  /** Where alert state survives restarts; offline tools (rule unit tests) have none. */
  stateStore?: AlertStateStore;
  /** False while the database is still being opened: rounds are skipped then, not failed. */
  storageReady?: () => boolean;
}

export type RuleHealth = 'ok' | 'err' | 'unknown';

/** One rule as the group runs it: its definition, alert state (alerting rules) and last outcome. */
export class Rule {
  readonly alerting?: AlertingRule;
  health: RuleHealth = 'unknown';
  lastError?: string;
  lastEvaluationMs?: number;
  lastDurationMs = 0;
  /** Series written at the last evaluation, by labelsKey: ended with staleness markers when gone. */
  previous = new Map<string, Labels>();

  constructor(readonly def: RuleDefinition) {
    if (def.kind === 'alerting') this.alerting = new AlertingRule(def);
  }

  /** What identifies a rule across edits of its group, for carrying its state over. */
  get identity(): string {
    return JSON.stringify([this.def.kind, this.def.name, this.def.expr, this.def.labels]);
  }
}

/** An alert of one of the group's rules, as the APIs and the status show it. */
export interface AlertInstance extends Readonly<AlertFields> {
  readonly rule: string;
  readonly fingerprint: string;
}

export class RuleGroup {
  readonly rules: Rule[];
  lastEvaluationMs?: number;
  lastDurationMs = 0;
  /** Whether alert state was loaded from the state store (or there is none). */
  private restored: boolean;
  /** What the state store holds, by `ruleIndex\0fingerprint`: a snapshot of the saved fields. */
  private saved = new Map<string, string>();
  private readonly metrics;

  constructor(
    readonly def: GroupDefinition,
    private readonly deps: RuleGroupDeps,
  ) {
    this.rules = def.rules.map((r) => new Rule(r));
    this.restored = deps.stateStore === undefined;
    this.metrics = ruleMetrics(def);
  }

  /**
   * Takes over the state of the same rules in the group this one replaces (an edit of the
   * AlertRule): alerts, previous series, health. Returns the series of rules that are gone, for
   * the caller to end with staleness markers.
   */
  adopt(old: RuleGroup): Map<string, Labels> {
    const byIdentity = new Map(old.rules.map((r) => [r.identity, r]));
    for (const rule of this.rules) {
      const prev = byIdentity.get(rule.identity);
      if (!prev) continue;
      byIdentity.delete(rule.identity);
      rule.previous = prev.previous;
      Object.assign(rule, { health: prev.health, lastError: prev.lastError, lastEvaluationMs: prev.lastEvaluationMs, lastDurationMs: prev.lastDurationMs });
      if (rule.alerting && prev.alerting) for (const [k, a] of prev.alerting.active) rule.alerting.active.set(k, a);
    }
    this.restored = old.restored;
    this.saved = old.restored ? old.saved : new Map<string, string>();
    this.lastEvaluationMs = old.lastEvaluationMs;
    this.lastDurationMs = old.lastDurationMs;
    const gone = new Map<string, Labels>();
    for (const r of byIdentity.values()) for (const [k, l] of r.previous) gone.set(k, l);
    return gone;
  }

  /** Every alert of the group's alerting rules (pending, firing, and resolved ones still kept). */
  alerts(): AlertInstance[] {
    return this.rules.flatMap((r) =>
      r.alerting
        ? [...r.alerting.active.values()].map((a) => ({ rule: r.def.name, fingerprint: fingerprint(a.labels), ...alertFields(a) }))
        : [],
    );
  }

  /** One evaluation round at tMs (the group's aligned tick time). */
  async evaluate(tMs: number): Promise<void> {
    const began = performance.now();
    if (!this.restored) await this.restore();
    const evalT = tMs - this.def.queryOffsetMs;
    const engine = new Engine(this.deps.store.querier(), this.deps.engine);
    const query = async (q: string): Promise<ResultSample[]> => {
      const { result } = await engine.instantQuery(q, evalT);
      if (result.type === 'vector') return result.samples;
      if (result.type === 'scalar') return [{ labels: {}, value: result.value }];
      throw new Error('rule result is not a vector or scalar');
    };
    const env: AlertTemplateEnv = {
      externalLabels: this.deps.externalLabels ?? {},
      externalURL: this.deps.externalURL ?? '',
      context: { timeMs: evalT, externalURL: this.deps.externalURL ?? '', query },
    };
    for (const rule of this.rules) {
      const started = performance.now();
      this.metrics.evaluations.inc();
      let out: OutputSample[] | undefined;
      try {
        const result = await query(rule.def.expr);
        out = rule.alerting ? await rule.alerting.update(result, tMs, this.def.limit, env) : recorded(rule.def, result, this.def.limit);
        rule.health = 'ok';
        delete rule.lastError;
      } catch (err) {
        const message = errorMessage(err);
        // Logged when the error changes, not at every round of a rule that keeps failing.
        if (message !== rule.lastError) log.warn({ group: this.def.key, rule: rule.def.name, err: message }, 'evaluating rule failed');
        rule.health = 'err';
        rule.lastError = message;
        this.metrics.failures.inc();
        // As Prometheus, a failed rule writes nothing, not even staleness markers: its series pause.
        // Only an execErrorState other than KeepLast changes its alerts.
        if (rule.alerting && rule.def.execErrorState !== 'KeepLast') out = await rule.alerting.failed(rule.lastError, tMs, env);
      }
      if (out) await this.write(rule, out, evalT);
      this.finishRule(rule, started, tMs);
    }
    await this.persist();
    this.lastEvaluationMs = tMs;
    this.lastDurationMs = performance.now() - began;
    this.metrics.groupDuration.observe(this.lastDurationMs / 1000);
    this.metrics.lastDuration.set(this.lastDurationMs / 1000);
    this.metrics.lastEvaluation.set(tMs / 1000);
    this.metrics.iterations.inc();
  }

  /** Ends every series the group wrote (the group was deleted, or a rule left it). */
  async markStale(series: ReadonlyMap<string, Labels> = this.allPrevious(), tMs = Date.now()): Promise<void> {
    if (series.size === 0) return;
    const app = this.deps.store.appender();
    for (const labels of series.values()) app.append(labels, tMs, STALE_NAN);
    await app.commit();
  }

  recordMissed(missed: number): void {
    if (missed > 0) this.metrics.missed.inc(missed);
  }

  private allPrevious(): Map<string, Labels> {
    const all = new Map<string, Labels>();
    for (const r of this.rules) for (const [k, l] of r.previous) all.set(k, l);
    return all;
  }

  private finishRule(rule: Rule, started: number, tMs: number): void {
    rule.lastEvaluationMs = tMs;
    rule.lastDurationMs = performance.now() - started;
    this.metrics.ruleDuration.observe(rule.lastDurationMs / 1000);
  }

  /** Commits a rule's samples and staleness markers for the series it no longer produces. */
  private async write(rule: Rule, out: readonly OutputSample[], tMs: number): Promise<void> {
    const current = new Map<string, Labels>();
    const app = this.deps.store.appender();
    for (const s of out) {
      app.append(s.labels, tMs, s.value);
      current.set(labelsKey(s.labels), s.labels);
    }
    for (const [k, labels] of rule.previous) if (!current.has(k)) app.append(labels, tMs, STALE_NAN);
    try {
      await app.commit();
      rule.previous = current;
    } catch (err) {
      // The state machine moved on; only the series were lost. Staleness is retried next round.
      rule.health = 'err';
      rule.lastError = `storing the rule's output failed: ${errorMessage(err)}`;
      this.metrics.failures.inc();
      log.warn({ group: this.def.key, rule: rule.def.name, err: rule.lastError }, 'storing rule output failed');
    }
  }

  /** Loads alert state saved by an earlier process: alerts go back to the rule of the same index and name (else name). */
  private async restore(): Promise<void> {
    const rows = await this.deps.stateStore!.load(this.def.key);
    const saved = new Map<string, string>();
    for (const row of rows) {
      const id = `${row.ruleIndex}\u0000${row.fingerprint}`;
      const rule = this.rules[row.ruleIndex]?.def.name === row.rule ? this.rules[row.ruleIndex] : this.rules.find((r) => r.def.name === row.rule && r.alerting);
      // A row of a rule that left the group is deleted at the first save.
      saved.set(id, '');
      if (!rule?.alerting) continue;
      const { ruleIndex: _i, rule: _r, fingerprint: _f, ...fields } = row;
      const alert: Alert = { key: labelsKey(row.labels), ...fields };
      rule.alerting.active.set(alert.key, alert);
      saved.set(id, snapshot(alert));
    }
    // Rows whose rule moved or left are rewritten or deleted at the first save.
    this.saved = saved;
    this.restored = true;
    if (rows.length > 0) log.info({ group: this.def.key, alerts: rows.length }, 'restored alert state');
  }

  /** Saves what changed in the alerts since the last successful save. */
  private async persist(): Promise<void> {
    const store = this.deps.stateStore;
    if (!store) return;
    const now = new Map<string, string>();
    const changed: StoredAlert[] = [];
    this.rules.forEach((rule, ruleIndex) => {
      for (const a of rule.alerting?.active.values() ?? []) {
        const stored: StoredAlert = { ruleIndex, rule: rule.def.name, fingerprint: fingerprint(a.labels), ...alertFields(a) };
        const id = `${ruleIndex}\u0000${stored.fingerprint}`;
        const fields = snapshot(a);
        now.set(id, fields);
        if (this.saved.get(id) !== fields) changed.push(stored);
      }
    });
    const gone = [...this.saved.keys()]
      .filter((id) => !now.has(id))
      .map((id) => {
        const [ruleIndex, fp] = id.split('\u0000');
        return { ruleIndex: Number(ruleIndex), fingerprint: fp! };
      });
    try {
      await store.save(this.def.key, changed, gone);
      this.saved = now;
    } catch (err) {
      log.warn({ group: this.def.key, err: errorMessage(err) }, 'could not save alert state; retrying at the next evaluation');
    }
  }
}

/** What a saved alert row must match; not the value, which changes at every evaluation. */
function snapshot(a: Alert): string {
  return JSON.stringify([a.state, a.annotations, a.activeAtMs, a.firedAtMs, a.resolvedAtMs, a.keepFiringSinceMs]);
}

/** A recording rule's output: the result renamed and relabelled, as Prometheus's RecordingRule.Eval. */
function recorded(def: RuleDefinition, result: readonly ResultSample[], limit: number): OutputSample[] {
  const out: OutputSample[] = [];
  const seen = new Set<string>();
  for (const s of result) {
    const labels: Record<string, string> = { ...s.labels, [METRIC_NAME]: def.name };
    for (const [k, v] of Object.entries(def.labels)) {
      if (v === '') delete labels[k];
      else labels[k] = v;
    }
    const key = labelsKey(labels);
    if (seen.has(key)) throw new Error('vector contains metrics with the same labelset after applying rule labels');
    seen.add(key);
    out.push({ labels, value: s.value });
  }
  if (limit > 0 && out.length > limit) throw new Error(`exceeded limit of ${limit} with ${out.length} series`);
  return out;
}
