/**
 * An alerting rule's per-alert state machine, as Prometheus's rules.AlertingRule: every label set
 * the expression returns becomes an alert that is pending until it has held for `for`, then
 * firing; an alert whose label set disappears becomes inactive (resolved) unless `keepFiringFor`
 * keeps it firing, and a resolved alert is kept for 15 minutes so that notifiers learn of it.
 *
 * Besides Prometheus's behaviour, `noDataState` and `execErrorState` (as Grafana alerting offers)
 * say what happens when the expression returns nothing or fails.
 */
import { canonicalLabels, labelsKey, METRIC_NAME, type Labels } from '../model/labels.js';
import type { RuleDefinition } from './definition.js';
import { expandAlertTemplate, type TemplateContext } from './template.js';

export type AlertState = 'pending' | 'firing' | 'inactive';

/** How long a resolved alert stays in the active set (Prometheus's resolvedRetention). */
export const RESOLVED_RETENTION_MS = 15 * 60_000;

export const ALERTS_METRIC = 'ALERTS';
export const ALERTS_FOR_STATE_METRIC = 'ALERTS_FOR_STATE';
export const ALERT_NAME = 'alertname';
const ALERT_STATE = 'alertstate';

/** What an alert is, apart from its identity. */
export interface AlertFields {
  labels: Labels;
  annotations: Labels;
  state: AlertState;
  value: number;
  activeAtMs: number;
  firedAtMs?: number;
  resolvedAtMs?: number;
  keepFiringSinceMs?: number;
}

export interface Alert extends AlertFields {
  /** Identity of the alert: labelsKey(labels). */
  readonly key: string;
}

/** An alert's fields without its key, for the APIs and the state store. */
export function alertFields(a: Alert): AlertFields {
  const { key: _key, ...fields } = a;
  return fields;
}

/** One sample of the expression's result (a scalar result is one sample without labels). */
export interface ResultSample {
  readonly labels: Labels;
  readonly value: number;
}

export interface OutputSample {
  readonly labels: Labels;
  readonly value: number;
}

export interface AlertTemplateEnv {
  externalLabels: Labels;
  externalURL: string;
  context: TemplateContext;
}

/** Grafana's names for the alerts that stand for "no data" and "evaluation failed". */
export const NO_DATA_ALERT = 'DatasourceNoData';
export const ERROR_ALERT = 'DatasourceError';

export class AlertingRule {
  /** Alerts by key: pending, firing, and resolved ones within their retention. */
  readonly active = new Map<string, Alert>();

  constructor(readonly def: RuleDefinition) {}

  get name(): string {
    return this.def.name;
  }

  /**
   * Turns one evaluation's result into alerts and returns the ALERTS / ALERTS_FOR_STATE samples,
   * as Prometheus's AlertingRule.Eval. Throws (leaving the state as it was) on a duplicate label
   * set or when `limit` is exceeded — after which, as in Prometheus, the rule's alerts are dropped.
   */
  async update(result: readonly ResultSample[], tMs: number, limit: number, env: AlertTemplateEnv): Promise<OutputSample[]> {
    const current = new Map<string, Alert>();
    for (const sample of result) {
      const alert = await this.instantiate(sample, tMs, env);
      if (current.has(alert.key)) throw new Error('vector contains metrics with the same labelset after applying alert labels');
      current.set(alert.key, alert);
    }
    if (result.length === 0) {
      switch (this.def.noDataState) {
        case 'OK':
          break;
        case 'KeepLast':
          for (const [key, a] of this.active) if (a.state !== 'inactive') current.set(key, a);
          break;
        case 'Alerting':
        case 'NoData':
          await this.raise(current, tMs, env, this.def.noDataState === 'NoData' ? NO_DATA_ALERT : undefined);
      }
    }
    return this.advance(current, tMs, limit);
  }

  /**
   * The evaluation failed and execErrorState is not KeepLast (Prometheus's behaviour, where
   * nothing changes): OK resolves the alerts; Alerting / Error raise one alert for the failure.
   */
  async failed(error: string, tMs: number, env: AlertTemplateEnv): Promise<OutputSample[]> {
    const mode = this.def.execErrorState;
    const current = new Map<string, Alert>();
    if (mode !== 'OK') {
      const alert = await this.raise(current, tMs, env, mode === 'Error' ? ERROR_ALERT : undefined);
      alert.annotations = { ...alert.annotations, error };
    }
    return this.advance(current, tMs, 0);
  }

  /** The state the status counts this rule in: firing if any alert fires, else pending if any waits. */
  state(): AlertState {
    let pending = false;
    for (const a of this.active.values()) {
      if (a.state === 'firing') return 'firing';
      if (a.state === 'pending') pending = true;
    }
    return pending ? 'pending' : 'inactive';
  }

  /** One alert standing for the rule as a whole (no data, failed evaluation), without result labels. */
  private async raise(current: Map<string, Alert>, tMs: number, env: AlertTemplateEnv, alertName: string | undefined): Promise<Alert> {
    const alert = await this.instantiate({ labels: {}, value: Number.NaN }, tMs, env, alertName);
    current.set(alert.key, alert);
    return alert;
  }

  /** An alert for one result sample: rule labels and annotations expanded as templates. */
  private async instantiate(sample: ResultSample, tMs: number, env: AlertTemplateEnv, alertName?: string): Promise<Alert> {
    const data = { labels: sample.labels, externalLabels: env.externalLabels, externalURL: env.externalURL, value: sample.value };
    const labels: Record<string, string> = { ...sample.labels };
    delete labels[METRIC_NAME];
    for (const [name, text] of Object.entries(this.def.labels)) {
      const value = await expandAlertTemplate(this.def.name, text, data, env.context);
      if (value === '') delete labels[name];
      else labels[name] = value;
    }
    labels[ALERT_NAME] = alertName ?? this.def.name;
    if (alertName !== undefined) labels.rulename = this.def.name;
    const annotations: Record<string, string> = {};
    for (const [name, text] of Object.entries(this.def.annotations)) annotations[name] = await expandAlertTemplate(this.def.name, text, data, env.context);
    // Sorted, as Prometheus's label sets are (and as its APIs print them).
    const sorted = canonicalLabels(labels);
    return { key: labelsKey(sorted), labels: sorted, annotations, state: 'pending', value: sample.value, activeAtMs: tMs };
  }

  /** Pending → firing → inactive for every known alert; the samples of the active ones. */
  private advance(current: ReadonlyMap<string, Alert>, tMs: number, limit: number): OutputSample[] {
    // A known alert takes the new value and annotations; a new one (or one resolved before) starts pending.
    for (const [key, fresh] of current) {
      const known = this.active.get(key);
      if (known && known.state !== 'inactive') {
        known.value = fresh.value;
        known.annotations = fresh.annotations;
      } else {
        this.active.set(key, fresh);
      }
    }
    const out: OutputSample[] = [];
    let activeCount = 0;
    for (const [key, a] of this.active) {
      if (!current.has(key)) {
        let keepFiring = false;
        if (a.state === 'firing' && this.def.keepFiringForMs > 0) {
          a.keepFiringSinceMs ??= tMs;
          keepFiring = tMs - a.keepFiringSinceMs < this.def.keepFiringForMs;
        }
        if (a.state === 'pending' || (a.resolvedAtMs !== undefined && tMs - a.resolvedAtMs > RESOLVED_RETENTION_MS)) this.active.delete(key);
        if (a.state !== 'inactive' && !keepFiring) {
          a.state = 'inactive';
          a.resolvedAtMs = tMs;
          delete a.keepFiringSinceMs;
        }
        if (!keepFiring) continue;
      } else {
        delete a.keepFiringSinceMs;
      }
      activeCount++;
      if (a.state === 'pending' && tMs - a.activeAtMs >= this.def.forMs) {
        a.state = 'firing';
        a.firedAtMs = tMs;
      }
      out.push({ labels: { ...a.labels, [METRIC_NAME]: ALERTS_METRIC, [ALERT_STATE]: a.state }, value: 1 });
      out.push({ labels: { ...a.labels, [METRIC_NAME]: ALERTS_FOR_STATE_METRIC }, value: Math.floor(a.activeAtMs / 1000) });
    }
    if (limit > 0 && activeCount > limit) {
      this.active.clear();
      throw new Error(`exceeded limit of ${limit} with ${activeCount} alerts`);
    }
    return out;
  }
}
