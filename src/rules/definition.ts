/**
 * A rule group as the evaluator runs it, independent of where it came from (an AlertRule, a
 * PrometheusRule, a Prometheus rule file): durations in milliseconds, expressions compiled.
 */
import type { AlertRule } from '../api/index.js';
import type { Labels } from '../model/labels.js';
import { objectKey } from '../sources/types.js';
import { parseDuration } from '../util/duration.js';
import { compileRuleExpr } from './compile.js';

export type NoDataState = 'OK' | 'Alerting' | 'NoData' | 'KeepLast';
export type ExecErrorState = 'OK' | 'Alerting' | 'Error' | 'KeepLast';

export interface RuleDefinition {
  readonly kind: 'alerting' | 'recording';
  /** The alert name or the recorded metric name. */
  readonly name: string;
  /** The PromQL evaluated (compiled from threshold/anomaly/forecast rules). */
  readonly expr: string;
  readonly forMs: number;
  readonly keepFiringForMs: number;
  readonly labels: Labels;
  readonly annotations: Labels;
  readonly noDataState: NoDataState;
  readonly execErrorState: ExecErrorState;
}

export interface GroupDefinition {
  /** Unique key: the AlertRule's objectKey, or `<file>;<group>` for rule files. */
  readonly key: string;
  readonly name: string;
  /** What Prometheus's rules API calls `file`: the AlertRule's namespace/name or the rule file path. */
  readonly file: string;
  readonly intervalMs: number;
  /** Most alerts/series per rule and evaluation; 0 = no limit. */
  readonly limit: number;
  readonly queryOffsetMs: number;
  readonly rules: readonly RuleDefinition[];
}

const ms = (d: string | undefined): number => (d === undefined ? 0 : (parseDuration(d) ?? 0));

/** The group an AlertRule describes; its schema was validated, so durations parse. */
export function groupFromAlertRule(ar: AlertRule): GroupDefinition {
  const spec = ar.spec;
  const groupLabels = spec.labels ?? {};
  return {
    key: objectKey(ar),
    name: ar.metadata.name ?? '',
    file: `${ar.metadata.namespace ?? 'default'}/${ar.metadata.name ?? ''}`,
    intervalMs: ms(spec.interval),
    limit: spec.limit,
    queryOffsetMs: ms(spec.queryOffset),
    rules: spec.rules.map((r) => ({
      kind: r.alert !== undefined ? 'alerting' : 'recording',
      name: r.alert ?? r.record ?? '',
      expr: compileRuleExpr(r),
      forMs: ms(r.for),
      keepFiringForMs: ms(r.keepFiringFor),
      labels: { ...groupLabels, ...r.labels },
      annotations: { ...r.annotations },
      noDataState: r.noDataState ?? 'OK',
      execErrorState: r.execErrorState ?? 'KeepLast',
    })),
  };
}
