import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GoTemplate } from '../../../src/rules/gotemplate/exec.js';

/**
 * Go text/template itself as the reference: test/fixtures/rules/gotemplate/main.go ran every
 * template of cases.json through Go and recorded the output or error in expected.json.
 */
const fixture = (name: string): string[] => JSON.parse(readFileSync(new URL(`../../fixtures/rules/gotemplate/${name}`, import.meta.url), 'utf8')) as string[];
const cases = fixture('cases.json');
const expected = fixture('expected.json');

/** main.go's data in Sightline's Go value mapping (int → bigint, map[string]interface{} → Map). */
const DATA = {
  Labels: { job: 'api', instance: 'a:1' },
  Value: 1.5,
  List: ['x', 2n, 3.5],
  Empty: [],
  Map: new Map<string, unknown>([
    ['a', 1n],
    ['b', 'two'],
  ]),
  Nested: new Map([['x', new Map([['y', 'deep']])]]),
};

async function run(text: string): Promise<string> {
  let tmpl: GoTemplate;
  try {
    tmpl = new GoTemplate('t', text, () => false);
  } catch (err) {
    return `PARSE: ${(err as Error).message}`;
  }
  try {
    return await tmpl.execute(DATA);
  } catch (err) {
    return `EXEC: ${(err as Error).message}`;
  }
}

describe('Go text/template semantics (recorded from Go)', () => {
  it('has an expected result for every case', () => {
    expect(expected).toHaveLength(cases.length);
  });

  it.each(cases.map((c, i) => [c, expected[i]!]))('%j', async (text, want) => {
    expect(await run(text)).toBe(want);
  });
});
