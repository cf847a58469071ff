/**
 * The rule manager, as Prometheus's rules.Manager: one RuleGroup per AlertRule, each evaluated at
 * its interval at a stable offset within it (groups spread as Prometheus spreads them). It is the
 * runtime component for AlertRules (the operator's leader and `standalone` run it): an edited
 * AlertRule replaces its group and keeps the state of the rules that stayed; a deleted one ends its
 * series with staleness markers and forgets its alerts.
 *
 * Status figures change only when counts, health or errors change — an idle group causes no
 * status writes; lastEvaluationTime is the time of the evaluation that changed them.
 */
import type { AlertRule } from '../api/index.js';
import { statusTime, type Outcome } from '../controller/conditions.js';
import type { Resolved, RuntimeComponent } from '../controller/runtime.js';
import { Ticker } from '../scrape/ticker.js';
import { formatDuration } from '../util/duration.js';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';
import { groupFromAlertRule, type GroupDefinition } from './definition.js';
import { RuleGroup, type RuleGroupDeps } from './group.js';
import { forgetRuleMetrics } from './metrics.js';

const log = logger('rules');

export interface RuleFigures {
  firing: number;
  pending: number;
  inactive: number;
  lastEvaluationTime?: string;
  lastEvaluationDuration?: string;
  lastError?: string;
  rules: { name: string; type: 'alerting' | 'recording'; query: string; health: 'ok' | 'err' | 'unknown'; lastError?: string }[];
}

interface Running {
  group: RuleGroup;
  ticker: Ticker;
  /** The definition as JSON: an apply with the same one changes nothing. */
  fingerprint: string;
  figures: RuleFigures;
  /** Retryable failure (storage unavailable) rather than a problem in the rules. */
  transient: boolean;
}

export class RuleManager implements RuntimeComponent<Resolved<AlertRule>> {
  private readonly running = new Map<string, Running>();
  private readonly listeners = new Set<(key: string) => void>();

  constructor(private readonly deps: RuleGroupDeps) {}

  apply(key: string, desired: Resolved<AlertRule>): Promise<void> {
    return this.applyGroup(key, groupFromAlertRule(desired.object));
  }

  /** Starts or replaces the group `key` (also used for rule files and PrometheusRules). */
  async applyGroup(key: string, def: GroupDefinition): Promise<void> {
    const fingerprint = JSON.stringify(def);
    const old = this.running.get(key);
    if (old?.fingerprint === fingerprint) return;
    const group = new RuleGroup(def, this.deps);
    const entry: Running = { group, ticker: new Ticker(key, def.intervalMs, (at, missed) => this.tick(key, entry, at, missed)), fingerprint, figures: figuresOf(group), transient: false };
    if (old) {
      // The old group finishes its round first, so the new one adopts settled state.
      await old.ticker.stop();
      const gone = group.adopt(old.group);
      entry.figures = { ...figuresOf(group), ...pick(old.figures) };
      await group.markStale(gone).catch((err: unknown) => log.warn({ group: key, err: errorMessage(err) }, 'could not end the series of removed rules'));
    }
    this.running.set(key, entry);
    entry.ticker.start();
    log.info({ group: key, rules: def.rules.length, interval: formatDuration(def.intervalMs) }, old ? 'rule group updated' : 'rule group started');
  }

  async remove(key: string): Promise<void> {
    const entry = this.running.get(key);
    if (!entry) return;
    this.running.delete(key);
    await entry.ticker.stop();
    forgetRuleMetrics(entry.group.def);
    try {
      await entry.group.markStale();
      await this.deps.stateStore?.drop(key);
    } catch (err) {
      log.warn({ group: key, err: errorMessage(err) }, 'could not clean up after a deleted rule group');
    }
    log.info({ group: key }, 'rule group stopped');
  }

  figures(key: string): Record<string, unknown> {
    const f = this.running.get(key)?.figures;
    return f ? { ...f } : {};
  }

  /** A failing rule makes the AlertRule not Ready: Stalled for a problem in the rule, Reconciling while storage is down. */
  outcome(key: string): Outcome | undefined {
    const entry = this.running.get(key);
    const failing = entry?.group.rules.find((r) => r.health === 'err');
    if (!entry || !failing) return undefined;
    const message = `Rule ${failing.def.name}: ${failing.lastError ?? 'evaluation failed'}`;
    return entry.transient ? { kind: 'progressing', reason: 'StorageUnavailable', message } : { kind: 'stalled', reason: 'RuleEvaluationFailed', message };
  }

  watch(listener: (key: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every running group, for the rules and alerts APIs. */
  groups(): RuleGroup[] {
    return [...this.running.values()].map((r) => r.group);
  }

  /** Stops evaluating without staleness markers or forgetting state: another process carries on. */
  async stop(): Promise<void> {
    const entries = [...this.running.values()];
    this.running.clear();
    await Promise.all(entries.map((e) => e.ticker.stop()));
  }

  private async tick(key: string, entry: Running, at: number, missed: number): Promise<void> {
    entry.group.recordMissed(missed);
    // At start-up the first rounds may come before the database is open: nothing to report yet.
    if (this.deps.storageReady?.() === false) return;
    try {
      await entry.group.evaluate(at);
      entry.transient = false;
    } catch (err) {
      // Restoring state or opening a querier failed: the database is not there yet.
      entry.transient = true;
      for (const rule of entry.group.rules) Object.assign(rule, { health: 'err', lastError: errorMessage(err) });
      log.warn({ group: key, err: errorMessage(err) }, 'rule group evaluation failed');
    }
    const next = figuresOf(entry.group);
    if (sameFigures(next, entry.figures)) return;
    entry.figures = next;
    for (const listener of this.listeners) listener(key);
  }
}

function figuresOf(group: RuleGroup): RuleFigures {
  let firing = 0;
  let pending = 0;
  let inactive = 0;
  for (const r of group.rules) {
    if (!r.alerting) continue;
    const state = r.alerting.state();
    if (state === 'firing') firing++;
    else if (state === 'pending') pending++;
    else inactive++;
  }
  const failing = group.rules.find((r) => r.health === 'err');
  return {
    firing,
    pending,
    inactive,
    ...(group.lastEvaluationMs !== undefined ? { lastEvaluationTime: statusTime(new Date(group.lastEvaluationMs)), lastEvaluationDuration: `${(group.lastDurationMs / 1000).toFixed(3)}s` } : {}),
    ...(failing ? { lastError: `rule ${failing.def.name}: ${failing.lastError}` } : {}),
    rules: group.rules.map((r) => ({ name: r.def.name, type: r.def.kind, query: r.def.expr, health: r.health, ...(r.lastError ? { lastError: r.lastError } : {}) })),
  };
}

/** The evaluation time fields, kept from figures that did not change otherwise. */
function pick(f: RuleFigures): Partial<RuleFigures> {
  return f.lastEvaluationTime ? { lastEvaluationTime: f.lastEvaluationTime, lastEvaluationDuration: f.lastEvaluationDuration! } : {};
}

function sameFigures(a: RuleFigures, b: RuleFigures): boolean {
  const strip = ({ lastEvaluationTime: _t, lastEvaluationDuration: _d, ...rest }: RuleFigures): string => JSON.stringify(rest);
  return strip(a) === strip(b);
}
