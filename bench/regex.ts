/**
 * Regex engines for user regexes, on the workloads Sightline gives them. Prints, per engine:
 * - start-up: importing the library in a fresh node process (median of 5);
 * - compile: µs per distinct anchored pattern `^(?s:…)$`;
 * - matchers: anchored test of 6 label-matcher patterns against 10,000 label values (none a plain
 *   literal alternation, which src/util/regex.ts answers with a set: see "alternation");
 * - relabel: anchored match with groups + `$1`/`${name}` expansion, 3 rules × 10,000 values;
 * - alternation: a Grafana-style `v1|v2|…` of 1,000 literal values, as an automaton and as a set;
 * - pathological: `(a+)+b` against 34 a's and a c, compiled and run once, and `(a+)+b.*` against
 *   100,000 a's, c, b (a backtracking engine needs minutes for the first: skipped for it).
 * Engines: re2js through src/util/regex.ts (what Sightline runs), the `re2` native binding when it
 * is installed (`npm install --no-save re2`: it builds from source when no prebuilt binary can
 * be downloaded), and JavaScript's RegExp as the backtracking reference.
 * Run: npx tsx bench/regex.ts
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { RE2JS } from 're2js';
import { compileAnchoredRegex, compileExpansion, type Expansion } from '../src/util/regex.js';

interface Engine {
  name: string;
  module?: string;
  compile(pattern: string): { test(s: string): boolean; replace(s: string, template: string): string | undefined };
}

const VALUES = Array.from({ length: 10_000 }, (_, i) => {
  const kinds = [`api-server-${i}-7d9f8b6c4-x${i % 97}`, `10.0.${i % 256}.${i % 200}:9090`, `/api/v1/users/${i}/orders`, `worker-${i % 50}`, 'GET'];
  return kinds[i % kinds.length]!;
});
const MATCHERS = ['api-server-.*', '.*orders', '10\\.0\\.(1|2|3)\\..*:9090', '(?i)WORKER-[0-9]+', '(GET|POST|PUT)', '.*-7d9f8b6c4-.*'];
const RULES: [string, string][] = [
  ['(.+):(\\d+)', '$1'],
  ['([^-]+)-server-(\\d+)-.*', '${1}/$2'],
  ['/api/v1/(?P<res>[a-z]+)/.*', '${res}'],
];

const re2js: Engine = {
  name: 're2js (src/util/regex.ts)',
  module: 're2js',
  compile(pattern) {
    const re = compileAnchoredRegex(pattern);
    const expansions = new Map<string, Expansion>();
    return {
      test: (s) => re.test(s),
      replace(s, template) {
        const m = re.exec(s);
        if (m === null) return undefined;
        let expansion = expansions.get(template);
        if (expansion === undefined) expansions.set(template, (expansion = compileExpansion(template)));
        return re.expand(expansion, m);
      },
    };
  },
};

/** JS RegExp for the patterns above only (no RE2 translation): the backtracking reference. */
const regexp: Engine = {
  name: 'RegExp (backtracking)',
  compile(pattern) {
    const ci = pattern.startsWith('(?i)');
    const re = new RegExp(`^(?:${pattern.replace(/^\(\?i\)/, '').replace('(?P<', '(?<')})$`, ci ? 'isu' : 'su');
    return { test: (s) => re.test(s), replace: (s, template) => (re.test(s) ? s.replace(re, template.replace(/\$\{(\w+)\}/g, (_, n: string) => (/^\d+$/.test(n) ? `$${n}` : `$<${n}>`))) : undefined) };
  },
};

async function nativeRe2(): Promise<Engine | undefined> {
  const name = 're2';
  let RE2: new (pattern: string, flags: string) => { test(s: string): boolean; exec(s: string): RegExpExecArray | null; replace(s: string, r: string): string };
  try {
    RE2 = ((await import(name)) as { default: typeof RE2 }).default;
  } catch {
    return undefined;
  }
  return {
    name: 're2 (native binding)',
    module: 're2',
    compile(pattern) {
      const re = new RE2(`^(?s:${pattern})$`, 'u');
      // RE2#replace expands $1 and $<name> as String#replace does.
      return { test: (s) => re.test(s), replace: (s, template) => (re.test(s) ? re.replace(s, template.replace(/\$\{(\w+)\}/g, (_, n: string) => (/^\d+$/.test(n) ? `$${n}` : `$<${n}>`))) : undefined) };
    },
  };
}

function best(fn: () => void, reps = 7): number {
  let min = Infinity;
  for (let r = 0; r < reps; r++) {
    const started = performance.now();
    fn();
    min = Math.min(min, performance.now() - started);
  }
  return min;
}

function importMs(module: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(module)}); console.log(performance.now() - t);`;
  const runs = Array.from({ length: 5 }, () => Number(spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout));
  return runs.sort((a, b) => a - b)[2]!;
}

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; best of 7 runs`);
const engines = [re2js, await nativeRe2(), regexp].filter((e): e is Engine => e !== undefined);
if (engines.length === 2) console.log('re2 (native binding) not installed: `npm install --no-save re2` to compare it');
for (const e of engines) {
  const startup = e.module === undefined ? '—' : `${importMs(e.module).toFixed(1)} ms`;
  let n = 0;
  const compileMs = best(() => {
    for (let i = 0; i < 200; i++) e.compile(`job-${n++}|(api|web)-[0-9]+-.*|.*foo${i}bar.*`);
  }, 3);
  const matchers = MATCHERS.map((p) => e.compile(p));
  let hits = 0;
  const matchMs = best(() => {
    hits = 0;
    for (const m of matchers) for (const v of VALUES) if (m.test(v)) hits++;
  });
  const rules = RULES.map(([p, t]) => [e.compile(p), t] as const);
  let replaced = 0;
  const relabelMs = best(() => {
    replaced = 0;
    for (const [r, t] of rules) for (const v of VALUES) if (r.replace(v, t) !== undefined) replaced++;
  });
  let patho = 'skipped (minutes)';
  if (e !== regexp) {
    const started = performance.now();
    const re = e.compile('(a+)+b');
    re.test(`${'a'.repeat(34)}c`);
    const cold = performance.now() - started;
    // `.*` at the end defeats a scan backwards from the end, and the trailing b a check for a
    // required literal: the whole value is read.
    const scan = e.compile('(a+)+b.*');
    const long = `${'a'.repeat(100_000)}cb`;
    patho = `${(cold * 1000).toFixed(0)} µs compiled and run once; (a+)+b.* on a¹⁰⁰⁰⁰⁰cb ${best(() => scan.test(long)).toFixed(1)} ms`;
  }
  const perMatch = (ms: number, count: number) => `${((ms * 1e6) / count).toFixed(0)} ns each`;
  console.log(
    `${e.name}: start-up ${startup}; compile ${((compileMs * 1000) / 200).toFixed(0)} µs/pattern; ` +
      `matchers ${MATCHERS.length}×${VALUES.length} ${matchMs.toFixed(1)} ms (${perMatch(matchMs, MATCHERS.length * VALUES.length)}, ${hits} hits); ` +
      `relabel ${RULES.length}×${VALUES.length} ${relabelMs.toFixed(1)} ms (${perMatch(relabelMs, RULES.length * VALUES.length)}, ${replaced} replaced); ` +
      `(a+)+b on a³⁴c ${patho}`,
  );
}

// Grafana's multi-value variables: `=~"v1|v2|…"` with many literal values.
const alternation = Array.from({ length: 1000 }, (_, i) => `pod-name-${i}-7d9f8b6c4`).join('|');
const probes = Array.from({ length: 10_000 }, (_, i) => `pod-name-${i}-7d9f8b6c4`);
function alternationFigures(compile: () => { test(s: string): boolean }): string {
  const started = performance.now();
  const re = compile();
  const compileMs = performance.now() - started;
  let hits = 0;
  const ms = best(() => {
    hits = 0;
    for (const p of probes) if (re.test(p)) hits++;
  }, 3);
  return `compile ${compileMs.toFixed(1)} ms, ${((ms * 1000) / probes.length).toFixed(2)} µs a test (${hits} hits)`;
}
console.log(
  `alternation of 1,000 literal values: as an automaton (re2js) ${alternationFigures(() => RE2JS.compile(`^(?s:${alternation})$`))}; ` +
    `as src/util/regex.ts runs it (a set) ${alternationFigures(() => compileAnchoredRegex(alternation))}`,
);
