/** The offline rule tools: `check rules`, `test rules`, `convert prometheusrule` (no server, no storage). */
import { existsSync } from 'node:fs';
import { stringify } from 'yaml';
import type { CheckRulesConfig } from '../config/index.js';
import { UsageError } from '../config/flags.js';
import { convertRuleFiles, formatProblem, loadRuleFile } from '../rules/files.js';
import { RuleGroup } from '../rules/group.js';
import { checkRules } from '../rules/promtool/check.js';
import { processOutput } from '../rules/promtool/output.js';
import { testRules } from '../rules/promtool/unittest.js';

/** As promtool (kingpin's ExistingFiles), a missing file is a usage error, before any output. */
function requireFiles(files: readonly string[]): void {
  for (const f of files) if (!existsSync(f)) throw new UsageError(`path '${f}' does not exist`);
}

export function runCheckRules(config: CheckRulesConfig, files: string[]): Promise<number> {
  requireFiles(files);
  const lint = config.lint.split(',');
  return checkRules(files, { duplicateRules: lint.includes('all') || lint.includes('duplicate-rules'), fatal: config.lintFatal }, processOutput);
}

export function runTestRules(_config: unknown, files: string[]): Promise<number> {
  requireFiles(files);
  return testRules(files, (def, deps) => new RuleGroup(def, deps), processOutput);
}

/** Exit code 1 when anything was left out; what could be converted is printed all the same. */
export async function runConvertPrometheusRule(_config: unknown, files: string[]): Promise<number> {
  requireFiles(files);
  const { alertRules, problems } = convertRuleFiles(await Promise.all(files.map(loadRuleFile)));
  process.stdout.write(alertRules.map((ar) => stringify(ar, { lineWidth: 0 })).join('---\n'));
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  if (problems.length > 0) process.stderr.write(`${problems.length} problem(s): what they concern was not converted; ${alertRules.length} AlertRule(s) written\n`);
  return problems.length > 0 ? 1 : 0;
}
