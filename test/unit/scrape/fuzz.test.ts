import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidLabelName } from '../../../src/model/labels.js';
import { createParser, parseExposition, ParseError, type Sample } from '../../../src/scrape/parser/index.js';

const TEXT = 'text/plain; version=0.0.4';
const OM = 'application/openmetrics-text; version=1.0.0';
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/exposition/${name}`, import.meta.url), 'utf8');
const PAGES = [fixture('node-exporter-1.5.0.prom'), fixture('prom-client-15.1.3.om')];

// Far above any honest parse of these inputs (a few KB): a hang or exponential backtracking trips it.
const TIME_LIMIT_MS = 250;

/** This process's CPU milliseconds: unlike wall time, not inflated when other processes hold the cores. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Parses with both parsers; anything other than success or a ParseError fails the property. */
function parsesOrRejects(body: string): void {
  for (const contentType of [TEXT, OM]) {
    const started = cpuMs();
    try {
      const { samples } = parseExposition(body, contentType);
      for (const s of samples) {
        expect(typeof s.value).toBe('number');
        for (const name of Object.keys(s.labels)) expect(isValidLabelName(name)).toBe(true);
      }
    } catch (err) {
      if (!(err instanceof ParseError)) throw err;
      expect(err.line).toBeGreaterThanOrEqual(1);
      expect(err.column).toBeGreaterThanOrEqual(1);
    }
    expect(cpuMs() - started).toBeLessThan(TIME_LIMIT_MS);
  }
}

// Characters that matter to the grammars, so random text exercises the parsers beyond the first byte.
const SYNTAX = ['{', '}', '"', '=', ',', '\\', '\n', ' ', '\t', '#', 'a', '_', ':', '1', '.', 'e', '+', '-', 'NaN', 'Inf', '# EOF\n', '# TYPE ', '# HELP ', 'le', 'x', 'é', '😀', '\r', '\0'];
const syntaxString = fc.array(fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ maxLength: 3 })), { maxLength: 200 }).map((parts) => parts.join(''));

/** A valid page with a few random edits: the inputs most likely to reach deep parser states. */
const mutatedPage = fc
  .tuple(
    fc.constantFrom(...PAGES),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.constantFrom(...SYNTAX, '')), { minLength: 1, maxLength: 6 }),
  )
  .map(([page, edits]) => {
    let out = page;
    for (const [at, deleteCount, insert] of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + insert + out.slice(i + deleteCount);
    }
    return out;
  });

/**
 * Parses as a scrape loop does, guessing each line's series from what followed the previous
 * line's series in `known` (series texts of an earlier page); returns what parseExposition would.
 */
function parseWithGuesses(body: string, contentType: string, known: readonly string[]): Sample[] {
  const following = new Map<string, string>();
  known.forEach((series, i) => following.set(series, known[i + 1]!));
  const p = createParser(body, contentType);
  const samples: Sample[] = [];
  let guess = known[0];
  while (p.next(guess)) {
    const sample: Sample = { name: p.metricName(), labels: p.labels(), value: p.value };
    if (p.timestampMs !== undefined) sample.timestampMs = p.timestampMs;
    if (p.exemplar !== undefined) sample.exemplar = p.exemplar;
    samples.push(sample);
    guess = following.get(p.series());
  }
  return samples;
}

function seriesOf(body: string, contentType: string): string[] {
  const p = createParser(body, contentType);
  const out: string[] = [];
  while (p.next()) out.push(p.series());
  return out;
}

/** The same outcome (samples, or a ParseError at the same place) as a parse without guesses. */
function outcome(parse: () => unknown): unknown {
  try {
    return parse();
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
    return err.message;
  }
}

describe('parser fuzzing', () => {
  it('guessing series (as the scrape cache does) never changes what a page parses to', () => {
    const pages = [
      { page: PAGES[0]!, contentType: TEXT },
      { page: PAGES[1]!, contentType: OM },
    ];
    const known = pages.map(({ page, contentType }) => seriesOf(page, contentType));
    // Whole lines moved, dropped or repeated as well as character edits, so guesses go stale.
    const edited = fc.tuple(fc.nat({ max: 1 }), mutatedPage, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 })).map(([k, mutated, moves]) => {
      const lines = (mutated.startsWith(pages[k]!.page.slice(0, 20)) ? mutated : pages[k]!.page).split('\n');
      for (const [from, to] of moves) lines.splice(to % lines.length, 0, lines[from % lines.length]!);
      return { k, body: lines.join('\n') };
    });
    fc.assert(
      fc.property(edited, ({ k, body }) => {
        const { contentType } = pages[k]!;
        expect(outcome(() => parseWithGuesses(body, contentType, known[k]!))).toEqual(outcome(() => parseExposition(body, contentType).samples));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws anything but ParseError, and never hangs, on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300, unit: 'binary' }), syntaxString), parsesOrRejects), { numRuns: 1500 });
  });

  it('never throws anything but ParseError, and never hangs, on mutated real pages', () => {
    fc.assert(fc.property(mutatedPage, parsesOrRejects), { numRuns: 300 });
  });

  it('stays linear on long pathological lines', () => {
    const n = 20_000;
    for (const body of [
      `a{${'b="c" '.repeat(n)}`,
      `a{b="${'\\'.repeat(n)}`,
      `a{${'b="1",'.repeat(n)}\n`,
      `a{b="c"${' '.repeat(n)}x} 1\n`,
      `a${' '.repeat(n)}`,
      `# TYPE ${'a'.repeat(n)} bogus\n`,
      `a{${' b = "c" ,'.repeat(n)}!} 1\n`,
    ]) {
      const started = cpuMs();
      expect(() => parseExposition(body, TEXT)).toThrow(ParseError);
      expect(() => parseExposition(body, OM)).toThrow(ParseError);
      expect(cpuMs() - started).toBeLessThan(TIME_LIMIT_MS * 4);
    }
  });
});

describe('round trip of generated samples', () => {
  const labelName = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,10}$/).filter((n) => n !== '__name__' && n !== 'le' && n !== 'quantile');
  const metricName = fc.stringMatching(/^[a-zA-Z_:][a-zA-Z0-9_:]{0,20}$/);
  const labelValue = fc.string({ maxLength: 20, unit: 'grapheme' });
  const value = fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: 0, max: 2 ** 53 }));
  const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
  const render = (v: number) => (v === Infinity ? '+Inf' : v === -Infinity ? '-Inf' : Object.is(v, -0) ? '-0' : String(v));

  it('parses what it is given back exactly, in both formats', () => {
    fc.assert(
      fc.property(fc.uniqueArray(metricName, { minLength: 1, maxLength: 5 }), fc.dictionary(labelName, labelValue, { maxKeys: 4 }), value, (names, labels, v) => {
        // Distinct families that are not suffixed variants of each other, so OpenMetrics grouping holds.
        const families = names.filter((n) => !names.some((m) => m !== n && n.startsWith(m)));
        const pairs = Object.entries(labels)
          .map(([k, val]) => `${k}="${escape(val)}"`)
          .join(',');
        const lines = families.map((n) => `${n}{${pairs}} ${render(v)}`);
        for (const [body, contentType] of [
          [`${lines.join('\n')}\n`, TEXT],
          [`${lines.join('\n')}\n# EOF\n`, OM],
        ] as const) {
          const { samples } = parseExposition(body, contentType);
          expect(samples.map((s) => s.labels)).toEqual(families.map((n) => ({ __name__: n, ...labels })));
          for (const s of samples) expect(Object.is(s.value, v)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
