import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sprintf } from '../../../src/rules/gotemplate/values.js';

/** Go's own fmt output, recorded by test/fixtures/rules/gofmt/main.go: [kind, value, format, output]. */
const cases = readFileSync(new URL('../../fixtures/rules/gofmt/gofmt.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as [string, string, string, string]);

/** Arguments of the `mixed` cases, as main.go passes them. */
const MIXED_ARGS: Record<string, unknown[]> = {
  '%!|%z|%-+5d|%+-5d|%-05d|%*d|%.*f|%': [1n, 3n, 5n, 2n, 3n, 1.23456],
  '%d %d': [1n],
  '%d': [1n, 'x', 2.5],
};

function operand(kind: string, value: string): unknown[] {
  switch (kind) {
    case 'float': {
      const view = new DataView(new ArrayBuffer(8));
      view.setBigUint64(0, BigInt(value));
      return [view.getFloat64(0)];
    }
    case 'int':
      return [BigInt(value)];
    case 'string':
      return [value];
  }
  return [];
}

describe("Go's fmt (recorded from Go)", () => {
  it.each(['float', 'int', 'string', 'mixed'])('formats %s operands as Go does', (kind) => {
    const mine = cases.filter(([k]) => k === kind).map(([, value, format, out]) => {
      const args = kind === 'mixed' ? MIXED_ARGS[format]! : operand(kind, value);
      return { value, format, go: out, mine: sprintf(format, args) };
    });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.filter((c) => c.go !== c.mine)).toEqual([]);
  });
});
