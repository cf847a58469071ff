/**
 * `sightline check rules` and `sightline test rules` against Debian's promtool 2.42 on the same
 * files (test/fixtures/rules/promtool): the same output on stdout and stderr, the same exit codes.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { RuleGroup } from '../../../src/rules/group.js';
import { checkRules } from '../../../src/rules/promtool/check.js';
import type { Output } from '../../../src/rules/promtool/output.js';
import { testRules } from '../../../src/rules/promtool/unittest.js';
import { repoRoot } from '../../support/cli.js';
import { ensurePrometheusInstalled } from '../../support/prometheus.js';

const DIR = 'test/fixtures/rules/promtool';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function promtool(args: string[]): Run {
  const res = spawnSync('/usr/bin/promtool', args, { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

async function sightline(run: (io: Output) => Promise<number>): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await run({ out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  return { status, stdout, stderr };
}

const paths = (...files: string[]): string[] => files.map((f) => `${DIR}/${f}`);

beforeAll(() => ensurePrometheusInstalled(), 300_000);

describe('sightline check rules gives promtool check rules\' output and exit code', () => {
  it.each([
    ['rules.yml', 0],
    ['bad.rules.yml', 1],
    ['duplicate.rules.yml', 0],
    ['yaml-errors.rules.yml', 1],
    ['bad-duration.rules.yml', 1],
    ['empty.rules.yml', 0],
  ])('%s (exit %i)', async (file, status) => {
    for (const fatal of [false, true]) {
      const args = paths(file);
      const ours = await sightline((io) => checkRules(args, { duplicateRules: true, fatal }, io));
      expect(ours).toEqual(promtool(['check', 'rules', ...(fatal ? ['--lint-fatal'] : []), ...args]));
      // Lint findings only fail with --lint-fatal, with exit code 3.
      expect(ours.status).toBe(file === 'duplicate.rules.yml' && fatal ? 3 : status);
    }
  });

  it('checks several files in one run, without the lint when asked', async () => {
    const args = paths('rules.yml', 'duplicate.rules.yml', 'bad.rules.yml');
    const ours = await sightline((io) => checkRules(args, { duplicateRules: false, fatal: false }, io));
    expect(ours).toEqual(promtool(['check', 'rules', '--lint=none', ...args]));
    expect(ours.stdout).toContain('  SUCCESS: 4 rules found\n');
  });
});

describe('sightline test rules gives promtool test rules\' output and exit code', () => {
  const newGroup = (...a: ConstructorParameters<typeof RuleGroup>): RuleGroup => new RuleGroup(...a);

  it.each([
    // Alerts through pending, firing, keep_firing_for; recording rules feeding later ones; the
    // series notation (`a+bxn`, `_`, `stale`, `-2x3`); external labels; scalar results.
    ['pass.test.yml', 0],
    // Wrong alerts, wrong samples, a query that does not parse, expected labels that do not parse.
    ['fail.test.yml', 1],
    // A rule failing at evaluation stops the test group with the rule's error.
    ['eval-error.test.yml', 1],
    // Unknown field in the test file.
    ['bad-file.test.yml', 1],
    // Rule files that do not pass rulefmt's checks; a rule_files glob that matches nothing.
    ['bad-rules.test.yml', 1],
    ['no-alertname.test.yml', 1],
    // promtool's engine limit of 10,000 samples per query.
    ['too-many-samples.test.yml', 1],
  ])('%s (exit %i)', async (file, status) => {
    const args = paths(file);
    const ours = await sightline((io) => testRules(args, newGroup, io));
    expect(ours).toEqual(promtool(['test', 'rules', ...args]));
    expect(ours.status).toBe(status);
  });

  it('runs several files in one run', async () => {
    const args = paths('pass.test.yml', 'eval-error.test.yml');
    expect(await sightline((io) => testRules(args, newGroup, io))).toEqual(promtool(['test', 'rules', ...args]));
  });

  it('fails on input series it cannot parse, as promtool does (with its own message)', async () => {
    const args = paths('bad-series.test.yml');
    const ours = await sightline((io) => testRules(args, newGroup, io));
    const theirs = promtool(['test', 'rules', ...args]);
    expect(ours.status).toBe(theirs.status);
    expect(ours.stdout).toBe(theirs.stdout);
    expect(theirs.stderr).toMatch(/^ {2}FAILED:\n1:8: parse error: unexpected "x"\n$/);
    expect(ours.stderr).toBe('  FAILED:\nline 2: invalid number "x"\n');
  });
});
