/**
 * Rule self-metrics under Prometheus's names with Sightline's prefix (prometheus_rule_* →
 * sightline_rule_*), labelled rule_group="<file>;<group>" as Prometheus labels them.
 */
import client from 'prom-client';
import type { GroupDefinition } from './definition.js';

const ruleDuration = new client.Summary({
  name: 'sightline_rule_evaluation_duration_seconds',
  help: 'The duration for a rule to execute.',
  percentiles: [0.5, 0.9, 0.99],
});
const groupDuration = new client.Summary({
  name: 'sightline_rule_group_duration_seconds',
  help: 'The duration of rule group evaluations.',
  percentiles: [0.01, 0.05, 0.5, 0.9, 0.99],
});
const labelNames = ['rule_group'] as const;
const iterationsMissed = new client.Counter({ name: 'sightline_rule_group_iterations_missed_total', help: 'The total number of rule group evaluations missed due to slow rule group evaluation.', labelNames });
const iterations = new client.Counter({ name: 'sightline_rule_group_iterations_total', help: 'The total number of scheduled rule group evaluations, whether executed or missed.', labelNames });
const evaluations = new client.Counter({ name: 'sightline_rule_evaluations_total', help: 'The total number of rule evaluations.', labelNames });
const failures = new client.Counter({ name: 'sightline_rule_evaluation_failures_total', help: 'The total number of rule evaluation failures.', labelNames });
const lastDuration = new client.Gauge({ name: 'sightline_rule_group_last_duration_seconds', help: 'The duration of the last rule group evaluation.', labelNames });
const lastEvaluation = new client.Gauge({ name: 'sightline_rule_group_last_evaluation_timestamp_seconds', help: 'The timestamp of the last rule group evaluation in seconds.', labelNames });
const rules = new client.Gauge({ name: 'sightline_rule_group_rules', help: 'The number of rules.', labelNames });

export function ruleMetrics(def: GroupDefinition) {
  const group = { rule_group: `${def.file};${def.name}` };
  rules.set(group, def.rules.length);
  return {
    ruleDuration,
    groupDuration,
    missed: { inc: (n: number) => (iterationsMissed.inc(group, n), iterations.inc(group, n)) },
    iterations: iterations.labels(group),
    evaluations: evaluations.labels(group),
    failures: failures.labels(group),
    lastDuration: lastDuration.labels(group),
    lastEvaluation: lastEvaluation.labels(group),
  };
}

/** Drops a deleted group's series. */
export function forgetRuleMetrics(def: GroupDefinition): void {
  const group = { rule_group: `${def.file};${def.name}` };
  for (const m of [iterationsMissed, iterations, evaluations, failures, lastDuration, lastEvaluation, rules]) m.remove(group);
}
