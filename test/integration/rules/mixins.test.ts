/**
 * The rules kube-prometheus-stack ships (kubernetes-mixin, node-mixin; see the fixtures' README)
 * load, convert into valid AlertRules, pass `check rules` as they pass promtool 2.42, parse, and
 * evaluate without an error over a real node_exporter page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateResource } from '../../../src/api/validate.js';
import { parseExpr } from '../../../src/promql/index.js';
import { groupFromAlertRule } from '../../../src/rules/definition.js';
import { RuleGroup } from '../../../src/rules/group.js';
import { parseExposition } from '../../../src/scrape/parser/index.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import { convertRuleFiles, loadRuleFile } from '../../../src/rules/files.js';
import { checkRules } from '../../../src/rules/promtool/check.js';
import type { Output } from '../../../src/rules/promtool/output.js';
import { repoRoot } from '../../support/cli.js';
import { ensurePrometheusInstalled } from '../../support/prometheus.js';

const DIR = join(repoRoot, 'test/fixtures/rules/kube-prometheus');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join(DIR, f));
const tmp = mkdtempSync(join(tmpdir(), 'sightline-mixins-'));

beforeAll(() => ensurePrometheusInstalled(), 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const T0 = Date.UTC(2026, 11, 1);

/** Ten minutes of a real node_exporter 1.5 page scraped every 15 s, counters growing, as job node-exporter. */
async function nodeExporterStore(): Promise<MemoryStorage> {
  const page = readFileSync(join(repoRoot, 'test/fixtures/exposition/node-exporter-1.5.0.prom'), 'utf8');
  const { samples, metadata } = parseExposition(page, 'text/plain; version=0.0.4');
  const store = new MemoryStorage();
  const app = store.appender();
  for (let i = 0; i <= 40; i++) {
    const t = T0 - (40 - i) * 15_000;
    for (const s of samples) {
      const counter = metadata.get(s.name)?.type === 'counter';
      app.append({ ...s.labels, job: 'node-exporter', instance: '10.0.0.1:9100' }, t, counter ? s.value + i * 15 : s.value);
    }
  }
  await app.commit();
  return store;
}

async function check(paths: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Output = { out: (t) => void (stdout += t), err: (t) => void (stderr += t) };
  const status = await checkRules(paths, { duplicateRules: true, fatal: false }, io);
  return { status, stdout, stderr };
}

describe.each(FILES.map((f) => [f.slice(DIR.length + 1), f]))('%s', (name, path) => {
  it('loads every group and rule, and every expression parses', async () => {
    const file = await loadRuleFile(path);
    expect(file.kind).toBe('manifests');
    expect(file.units).toHaveLength(1);
    const [unit] = file.units;
    expect(unit!.errors).toEqual([]);
    const rules = unit!.groups.flatMap((g) => g.rules);
    expect(rules.length).toBeGreaterThan(20);
    for (const r of rules) expect(() => parseExpr(r.expr.value), r.expr.value).not.toThrow();
  });

  it('converts into one valid AlertRule per group, with every rule and nothing reported', async () => {
    const file = await loadRuleFile(path);
    const { alertRules, problems } = convertRuleFiles([file]);
    expect(problems).toEqual([]);
    const groups = file.units[0]!.groups;
    expect(alertRules).toHaveLength(groups.length);
    alertRules.forEach((ar, i) => {
      expect(ar.metadata.namespace).toBe('monitoring');
      expect(ar.spec.rules).toHaveLength(groups[i]!.rules.length);
      const result = validateResource(ar as unknown as Record<string, unknown>);
      expect(result.ok, JSON.stringify(!result.ok && result.issues)).toBe(true);
      // What the evaluator runs: the same expressions, durations and labels.
      const def = groupFromAlertRule(ar);
      expect(def.rules.map((r) => r.expr)).toEqual(groups[i]!.rules.map((r) => r.expr.value));
      expect(def.rules.map((r) => r.forMs)).toEqual(groups[i]!.rules.map((r) => r.forMs));
    });
    expect(new Set(alertRules.map((ar) => ar.metadata.name)).size).toBe(alertRules.length);
  });

  it('evaluates every rule over node_exporter data without an error', async () => {
    const store = await nodeExporterStore();
    const { alertRules } = convertRuleFiles([await loadRuleFile(path)]);
    const failures: string[] = [];
    let results = 0;
    for (const ar of alertRules) {
      const group = new RuleGroup(groupFromAlertRule(ar), { store });
      await group.evaluate(T0);
      for (const r of group.rules) if (r.health !== 'ok') failures.push(`${ar.metadata.name}/${r.def.name}: ${r.lastError}`);
      results += (await store.querier().select([{ name: '__name__', type: '=~', value: 'ALERTS|.+:.+' }], T0, T0)).length;
    }
    expect(failures).toEqual([]);
    // Not vacuous: node-mixin's recording rules produce series from the page.
    if (name.startsWith('node')) expect(results).toBeGreaterThan(0);
  });

  it('passes check rules, with the output promtool gives for the same groups as a rule file', async () => {
    const ours = await check([path]);
    expect(ours.status).toBe(0);
    // promtool reads rule files, not manifests: it gets the groups as prometheus-operator renders them.
    const ruleFile = join(tmp, `${name}.rules.yml`);
    writeFileSync(ruleFile, stringify({ groups: (parse(readFileSync(path, 'utf8')) as { spec: { groups: unknown } }).spec.groups }));
    const theirs = spawnSync('/usr/bin/promtool', ['check', 'rules', ruleFile], { encoding: 'utf8' });
    expect(await check([ruleFile])).toEqual({ status: theirs.status, stdout: theirs.stdout, stderr: theirs.stderr });
    expect(ours.stdout.replace(path, ruleFile)).toBe(theirs.stdout);
    expect(ours.stderr).toBe(theirs.stderr);
  });
});
