/**
 * The PromQL compiled from threshold, anomaly and forecast rules, run by Prometheus itself:
 * Debian's promtool 2.42 evaluates each compiled rule over the same crafted series as the unit
 * test, and must fire at exactly the evaluations where Sightline's engine returns something, with
 * the same labels and (to 4 decimals, through a `$value` annotation) the same value. Values are not
 * compared for subqueries: a step on the range's left edge ([1h:1m] at a whole minute) is in
 * Prometheus 2.42's closed range and not in Sightline's (Prometheus 3's) left-open one.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExpr } from '../../../src/promql/index.js';
import { compileRuleExpr } from '../../../src/rules/compile.js';
import { formatDuration } from '../../../src/util/duration.js';
import { ensurePrometheusInstalled } from '../../support/prometheus.js';
import {
  EVAL_MS, SAMPLE_PHASE_MS, cpuThreshold, diskFilling, firings, latencyDip, latencySpike, latencySteady, seasonalBump, type RuleScenario, type ScenarioSeries,
} from '../../support/rule-scenarios.js';

const run = promisify(execFile);

/** promtool's series notation: `name{a="b"}` and one value per 7.5 s from 0, `_` where there is none. */
function inputSeries(s: ScenarioSeries): { series: string; values: string } {
  const { __name__: name, ...rest } = s.labels;
  const labels = Object.entries(rest).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  const byTime = new Map(s.timestamps.map((t, i) => [t, s.values[i]!]));
  const values: string[] = [];
  for (let t = 0; t <= s.timestamps.at(-1)!; t += SAMPLE_PHASE_MS) values.push(byTime.has(t) ? String(byTime.get(t)) : '_');
  return { series: `${name ?? ''}{${labels.join(', ')}}`, values: values.join(' ') };
}

/** The rule file and the promtool test expecting, at every evaluation, what Sightline's engine returned. */
async function promtoolFiles(sc: RuleScenario): Promise<{ rules: unknown; tests: unknown }> {
  const expr = compileRuleExpr(sc.rule);
  const compareValues = !JSON.stringify(parseExpr(expr)).includes('"type":"subquery"');
  const annotations = compareValues ? { value: '{{ printf "%.4f" $value }}' } : {};
  const fired = await firings(sc);
  const alertRuleTests = [];
  for (let t = sc.from; t <= sc.to; t += EVAL_MS) {
    const expAlerts = fired.filter((f) => f.t === t).map((f) => ({ exp_labels: f.labels, exp_annotations: compareValues ? { value: f.value.toFixed(4) } : {} }));
    alertRuleTests.push({ eval_time: formatDuration(t), alertname: 'A', exp_alerts: expAlerts });
  }
  return {
    rules: { groups: [{ name: 'compiled', interval: '1m', rules: [{ alert: 'A', expr, annotations }] }] },
    tests: {
      rule_files: ['rules.yaml'],
      evaluation_interval: '1m',
      tests: [{ interval: formatDuration(SAMPLE_PHASE_MS), input_series: sc.series.map(inputSeries), alert_rule_test: alertRuleTests }],
    },
  };
}

describe('compiled rules under promtool 2.42', () => {
  let dir: string;
  beforeAll(async () => {
    ensurePrometheusInstalled();
    dir = await mkdtemp(join(tmpdir(), 'sightline-compile-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const scenarios = [cpuThreshold, latencySpike('zscore'), latencySpike('mad'), latencySteady('zscore'), latencySteady('mad'), latencyDip('mad'), seasonalBump, diskFilling];
  it.each(scenarios.map((sc) => [sc.name, sc] as const))('%s: Prometheus fires where Sightline does', async (_name, sc) => {
    const { rules, tests } = await promtoolFiles(sc);
    const at = await mkdtemp(join(dir, 'case-'));
    await writeFile(join(at, 'rules.yaml'), yaml.dump(rules, { lineWidth: -1 }));
    await writeFile(join(at, 'test.yaml'), yaml.dump(tests, { lineWidth: -1 }));
    const outcome = await run('/usr/bin/promtool', ['test', 'rules', 'test.yaml'], { cwd: at, maxBuffer: 64 << 20 }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
    );
    expect(outcome.out.slice(0, 4000)).toContain('SUCCESS');
    expect(outcome.code).toBe(0);
  }, 120_000);
});
