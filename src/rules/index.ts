/**
 * Rule evaluation's public surface, and how `standalone` feeds it: every valid AlertRule of the
 * manifests folder runs as a group; an AlertRule that does not pass checkAlertRule is logged and
 * kept out (its last good version keeps running).
 */
import type { AlertRule } from '../api/index.js';
import { parseExpr } from '../promql/index.js';
import { objectKey, type DesiredStateSource } from '../sources/types.js';
import { errorMessage, SightlineError } from '../util/errors.js';
import { logger } from '../util/log.js';
import { compileRuleExpr } from './compile.js';
import type { RuleManager } from './manager.js';
import { checkAlertTemplate } from './template.js';

export { RuleManager, type RuleFigures } from './manager.js';
export { RuleGroup, type AlertInstance, type RuleGroupDeps } from './group.js';
export { PgAlertStateStore, type AlertStateStore } from './state-store.js';
export { groupFromAlertRule, type GroupDefinition, type RuleDefinition } from './definition.js';

const log = logger('rules');

/**
 * Checks what Prometheus checks when it loads a rule file: every rule's expression (compiled for
 * threshold/anomaly/forecast) parses, and every alert label and annotation parses as a template.
 * Throws a SightlineError whose code is the condition reason (InvalidExpression, InvalidTemplate),
 * naming the first rule and field at fault.
 */
export function checkAlertRule(ar: AlertRule): void {
  for (const [i, rule] of ar.spec.rules.entries()) {
    const where = `spec.rules[${i}] (${rule.alert ?? rule.record ?? ''})`;
    try {
      parseExpr(compileRuleExpr(rule));
    } catch (err) {
      // Compile errors name their field (threshold.query: …); PromQL errors are the expr's.
      throw new SightlineError('InvalidExpression', `${where}${rule.expr !== undefined ? ' expr' : ''}: ${errorMessage(err)}`);
    }
    if (rule.alert === undefined) continue;
    for (const [field, texts] of [['labels', rule.labels], ['annotations', rule.annotations]] as const) {
      for (const [name, text] of Object.entries(texts ?? {})) {
        try {
          checkAlertTemplate(rule.alert, text);
        } catch (err) {
          throw new SightlineError('InvalidTemplate', `${where} ${field}.${name}: ${errorMessage(err)}`);
        }
      }
    }
  }
}

/** Runs the source's AlertRules on `manager` until the returned function is called. */
export async function runRulesFromSource(source: DesiredStateSource, manager: RuleManager): Promise<() => void> {
  const apply = async (ar: AlertRule): Promise<void> => {
    try {
      checkAlertRule(ar);
    } catch (err) {
      log.error({ alertRule: objectKey(ar), err: errorMessage(err) }, 'AlertRule not applied; the last good version keeps running');
      return;
    }
    await manager.apply(objectKey(ar), { object: ar, secrets: new Map() });
  };
  for (const o of source.list()) if (o.kind === 'AlertRule') await apply(o);
  return source.subscribe((e) => {
    if (e.object.kind !== 'AlertRule') return;
    const done = e.type === 'deleted' ? manager.remove(objectKey(e.object)) : apply(e.object);
    done.catch((err: unknown) => log.error({ alertRule: objectKey(e.object), err: errorMessage(err) }, 'applying AlertRule failed'));
  });
}
