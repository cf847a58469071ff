/**
 * Runs PromQL conformance test files: `npm run promqltest -- [--storage memory] [--list-skipped] <files…>`.
 * Prints results per file, every failing case, skip counts, and a final `N passed, N failed, N skipped`.
 */
import path from 'node:path';
import { readdirSync, statSync } from 'node:fs';
import type { CaseResult } from '../src/promql/promqltest/runner.js';
import { STORE_FACTORIES, runTestFile } from '../src/promql/promqltest/runner.js';

function usage(): never {
  console.error(`usage: promqltest [--storage ${[...STORE_FACTORIES.keys()].join('|')}] [--list-skipped] <file.test|dir>…`);
  process.exit(2);
}

const args = process.argv.slice(2);
let storage = 'memory';
let listSkipped = false;
const inputs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--storage') storage = args[++i] ?? usage();
  else if (args[i] === '--list-skipped') listSkipped = true;
  else inputs.push(args[i]!);
}
const factory = STORE_FACTORIES.get(storage);
if (!factory || inputs.length === 0) usage();

const files = inputs.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith('.test'))
        .sort()
        .map((f) => path.join(p, f))
    : [p],
);

const all: CaseResult[] = [];
for (const file of files) {
  let results: CaseResult[];
  try {
    results = await runTestFile(file, factory);
  } catch (err) {
    // A file that cannot be read or parsed counts as one failure, so it cannot pass silently.
    results = [{ file, line: 0, expr: '', status: 'fail', reason: `cannot run file: ${String(err)}` }];
  }
  all.push(...results);
  const count = (s: string): number => results.filter((r) => r.status === s).length;
  console.log(`${count('fail') === 0 ? 'PASS' : 'FAIL'} ${file}: ${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`);
  if (listSkipped) for (const r of results.filter((x) => x.status === 'skip')) console.log(`  skipped ${path.basename(r.file)}:${r.line}: ${r.expr} (${r.reason ?? ''})`);
  for (const r of results.filter((x) => x.status === 'fail')) {
    console.log(`  ${path.basename(r.file)}:${r.line}: ${r.expr}\n      ${r.reason ?? ''}`);
  }
}
const reasons = new Map<string, number>();
for (const r of all.filter((x) => x.status === 'skip')) reasons.set(r.reason ?? '', (reasons.get(r.reason ?? '') ?? 0) + 1);
for (const [reason, n] of reasons) console.log(`skipped ${n}: ${reason}`);
const passed = all.filter((r) => r.status === 'pass').length;
const failed = all.filter((r) => r.status === 'fail').length;
const skipped = all.length - passed - failed;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
