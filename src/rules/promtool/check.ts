/**
 * `sightline check rules`: validates rule files as `promtool check rules` (Prometheus 2.42) does,
 * with its output and exit codes. PrometheusRule manifests are checked too, each object's groups
 * as the rule file prometheus-operator would render from it.
 */
import { loadRuleFile } from '../files.js';
import { ruleName, validateGroups, type RuleGroupNode } from '../rulefmt.js';
import { goCompareLabels, goSortedNames } from './goformat.js';
import type { Output } from './output.js';

export interface LintOptions {
  /** --lint=duplicate-rules (promtool's default): report rules with the same name and labels. */
  readonly duplicateRules: boolean;
  /** --lint-fatal: lint findings exit with 3. */
  readonly fatal: boolean;
}

export const EXIT_SUCCESS = 0;
export const EXIT_FAILURE = 1;
export const EXIT_LINT = 3;

interface RuleKey {
  readonly metric: string;
  readonly labels: Record<string, string>;
}

const compareKeys = (a: RuleKey, b: RuleKey): number => (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : goCompareLabels(a.labels, b.labels));

/** promtool's checkDuplicates: rules of the same name and labels, each reported once. */
function duplicates(groups: readonly RuleGroupNode[]): RuleKey[] {
  const keys = groups.flatMap((g) => g.rules.map((r) => ({ metric: ruleName(r), labels: r.labels }))).sort(compareKeys);
  const dups: RuleKey[] = [];
  for (let i = 1; i < keys.length; i++) {
    if (compareKeys(keys[i - 1]!, keys[i]!) === 0 && (dups.length === 0 || compareKeys(keys[i]!, dups[dups.length - 1]!) !== 0)) dups.push(keys[i]!);
  }
  return dups;
}

function lintMessage(dups: readonly RuleKey[]): string {
  let msg = `lint error ${dups.length} duplicate rule(s) found.\n`;
  for (const d of dups) {
    msg += `Metric: ${d.metric}\nLabel(s):\n`;
    for (const name of goSortedNames(d.labels)) msg += `\t${name}: ${d.labels[name]}\n`;
  }
  return `${msg}Might cause inconsistency while recording expressions`;
}

/** One file: its rule count, or its errors and whether they are only lint findings. */
async function checkFile(path: string, lint: LintOptions): Promise<{ rules: number } | { errors: string[]; lintOnly: boolean }> {
  const file = await loadRuleFile(path);
  const errors: string[] = [];
  for (const unit of file.units) errors.push(...unit.errors, ...validateGroups(unit.groups));
  if (errors.length > 0) return { errors: errors.map((e) => `${path}: ${e}`), lintOnly: false };
  if (lint.duplicateRules) {
    const dups = file.units.flatMap((u) => duplicates(u.groups));
    if (dups.length > 0) return { errors: [lintMessage(dups)], lintOnly: true };
  }
  return { rules: file.units.reduce((n, u) => n + u.groups.reduce((m, g) => m + g.rules.length, 0), 0) };
}

export async function checkRules(paths: readonly string[], lint: LintOptions, io: Output): Promise<number> {
  let failed = false;
  let hasErrors = false;
  for (const path of paths) {
    io.out(`Checking ${path}\n`);
    const result = await checkFile(path, lint);
    if ('errors' in result) {
      io.err(`  FAILED:\n${result.errors.map((e) => `${e}\n`).join('')}`);
      failed = true;
      hasErrors ||= !result.lintOnly;
    } else {
      io.out(`  SUCCESS: ${result.rules} rules found\n`);
    }
    io.out('\n');
  }
  if (failed && hasErrors) return EXIT_FAILURE;
  return failed && lint.fatal ? EXIT_LINT : EXIT_SUCCESS;
}
