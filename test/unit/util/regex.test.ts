import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { compileAnchoredRegex, compileExpansion, compileGoRegex, RegexSyntaxError } from '../../../src/util/regex.js';

// Every expected answer below is Go's regexp (RE2 syntax) as Prometheus uses it, checked with
// Go 1.26: `regexp.Compile("^(?s:" + p + ")$")`, `Regexp.ExpandString`, `ReplaceAllString`.
const matches = (re: string, s: string) => compileAnchoredRegex(re).test(s);

describe('compileAnchoredRegex: RE2 semantics, anchored as Prometheus anchors them', () => {
  it.each([
    ['foo', 'foo', true],
    ['foo', 'foobar', false],
    ['foo|bar', 'bar', true],
    ['a.c', 'a\nc', true],
    ['(?-s)a.c', 'a\nc', false],
    ['(?i)FOO', 'foo', true],
    ['a(?i)b', 'AB', false],
    ['(?i:b)c', 'BC', false],
    ['[[:digit:]]+', '123', true],
    ['[[:alpha:]_]+', 'a_b', true],
    ['\\d+\\.\\d+', '1.5', true],
    ['\\s', ' ', true],
    ['\\-\\#', '-#', true],
    ['a{2}', 'aa', true],
    ['a{', 'a{', true],
    ['x}', 'x}', true],
    ['a{,3}', 'a{,3}', true],
    ['\\x41\\x{42}', 'AB', true],
    ['[]a]+', ']a', true],
    ['[a-]+', 'a-', true],
    ['[\\d\\-]+', '1-2', true],
    ['(?m)^a$', 'a', true],
    ['\\Aab\\z', 'ab', true],
    ['', '', true],
    ['.*', 'anything\nat all', true],
    ['[😀]', '😀', true],
    ['[a-😀]+', 'z😀', true],
    ['[^😀]', '😀', false],
    ['x(?i:é)', 'xÉ', true],
    ['(?i:[é])', 'É', true],
    ['\\0', '\0', true],
    ['\\012', '\n', true],
    ['\\12x', '\nx', true],
    ['[\\101-\\103]+', 'ABC', true],
    ['\\b', '', false],
  ])('%s ~ %j → %s', (re, s, want) => {
    expect(matches(re, s)).toBe(want);
  });

  // Patterns JavaScript's RegExp reads differently (or rejects), with RE2's answer: what the old
  // hand translation had to get right, and what a JS engine would get wrong.
  it.each([
    ['x\\z', 'x', true, 'JS has no \\z (reads it as "z")'],
    ['a(?i)b', 'aB', true, 'JS cannot turn flags on mid-pattern'],
    ['a(?i:b)c', 'aBc', true, 'scoped flags are not in Node 20'],
    ['a(?i:b)c', 'ABC', false, 'the flag covers only b'],
    ['[[:alpha:]]+', 'abc', true, 'JS has no POSIX classes'],
    ['[[:^alpha:]]+', '12', true, 'negated POSIX class'],
    ['\\pL+', 'héllo', true, 'one-letter Unicode class without braces'],
    ['\\PL', '1', true, 'negated one-letter Unicode class'],
    ['\\p{Greek}+', 'αβ', true, 'a script name without Script='],
    ['\\Qa.b\\E', 'a.b', true, 'JS has no \\Q…\\E quoting'],
    ['\\Qa.b\\E', 'axb', false, 'quoted . is literal'],
    ['\\s', '\u000b', false, 'RE2 \\s is [\\t\\n\\f\\r ], JS adds \\v'],
    ['\\s', '\u00a0', false, 'and JS adds Unicode spaces'],
    ['.', '😀', true, 'a code point, not a UTF-16 unit'],
    ['\\x{1F600}', '😀', true, 'braced hex escape'],
    ['(?i)k', '\u212a', true, 'Go folds k, K and the Kelvin sign together'],
    ['(?i)S', '\u017f', true, 'Go folds s, S and ſ together'],
    ['(?i)σ', 'ς', true, 'Go folds σ, ς and Σ together'],
    ['(?P<n>a)b', 'ab', true, 'JS has no (?P<name>…)'],
  ])('%s ~ %j → %s (%s)', (re, s, want) => {
    expect(matches(re, s)).toBe(want);
  });

  it.each([
    // (?U) swaps greediness: Go's groups are ["aaa", "a", "aa"], a JS engine ignoring it gives "aaa", "".
    ['(?U)(a+)(a*)', 'aaa', ['aaa', 'a', 'aa']],
    ['(a+?)(a*)', 'aaa', ['aaa', 'a', 'aa']],
    // Leftmost-first (Perl) alternation, not leftmost-longest (POSIX).
    ['(a|ab)(c|bcd)(d*)', 'abcd', ['abcd', 'a', 'bcd', '']],
    ['(a)|(b)', 'b', ['b', undefined, 'b']],
  ])('groups of %s on %j', (re, s, groups) => {
    expect([...compileAnchoredRegex(re).exec(s)!]).toEqual(groups);
  });

  it.each([
    ['a(b', 'missing closing ): `a(b`'],
    ['a)b', 'unexpected ): `a)b`'],
    // Refused alone even though `^(?s:a)|(b)$` would compile: the wrapper must not be closed early.
    ['a)|(b', 'unexpected ): `a)|(b`'],
    // Valid alone, but \Q swallows the wrapper's `)`: Prometheus refuses it the same way.
    ['\\Qa.b', 'missing closing ): `^(?s:\\Qa.b)$`'],
    ['(?=a)', 'invalid or unsupported Perl syntax: `(?=`'],
    ['(?<=a)b', 'invalid named capture: `(?<=a)b`'],
    ['(a)\\1', 'invalid escape sequence: `\\1`'],
    ['\\8', 'invalid escape sequence: `\\8`'],
    ['\\Z', 'invalid escape sequence: `\\Z`'],
    ['\\C', 'invalid escape sequence: `\\C`'],
    ['*a', 'missing argument to repetition operator: `*`'],
    ['a**', 'invalid nested repetition operator: `**`'],
    ['a{1001}', 'invalid repeat count: `{1001}`'],
    ['[a', 'missing closing ]: `[a`'],
    ['\\k', 'invalid escape sequence: `\\k`'],
    ['[z-a]', 'invalid character class range: `z-a`'],
    ['[😀-a]', 'invalid character class range: `😀-a`'],
    ['\\p{Nope}', 'invalid character class range: `\\p{Nope}`'],
  ])('rejects %s with RE2’s message', (re, detail) => {
    let err: unknown;
    try {
      compileAnchoredRegex(re);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RegexSyntaxError);
    const e = err as RegexSyntaxError;
    expect(e.detail).toBe(detail);
    expect(e.message).toBe(`invalid regular expression ${JSON.stringify(re)}: ${detail}`);
    expect(e.goMessage).toBe(`error parsing regexp: ${detail}`);
    expect(e.code).toBe('bad_regex');
    expect(e.httpStatus).toBe(400);
  });

  it('answers a plain alternation of literals (matched as a set) as the RE2 automaton does', () => {
    const chars = fc.constantFrom('a', 'b', '-', '_', '/', ':', ' ', 'é', '😀', '\n', '|', '.', '*', '(', ')', '\\');
    const text = fc.array(chars, { maxLength: 6 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 8 }), (pattern, inputs) => {
        let automaton: RE2JS;
        try {
          automaton = RE2JS.compile(`^(?s:${pattern})$`);
          RE2JS.compile(pattern);
        } catch {
          expect(() => compileAnchoredRegex(pattern)).toThrow(RegexSyntaxError);
          return;
        }
        const re = compileAnchoredRegex(pattern);
        for (const s of [...inputs, ...pattern.split('|')]) {
          expect(re.test(s), `${pattern} ~ ${JSON.stringify(s)}`).toBe(automaton.test(s));
          expect(re.exec(s)?.[0]).toBe(automaton.exec(s)?.[0]);
        }
      }),
      { numRuns: 2000 },
    );
    const grafana = compileAnchoredRegex('api|web-1|');
    expect(['api', 'web-1', '', 'web', 'api|web-1'].map((s) => grafana.test(s))).toEqual([true, true, true, false, false]);
    expect(grafana.expand(compileExpansion('[$0][$1]'), grafana.exec('api')!)).toBe('[api][]');
  });

  it('matches a pathological pattern in linear time', () => {
    // A backtracking engine takes minutes on this (2^34 ways to split the a's).
    const value = `${'a'.repeat(34)}c`;
    const started = performance.now();
    expect(compileAnchoredRegex('(a+)+b').exec(value)).toBeNull();
    expect(compileAnchoredRegex('(a|aa)*b').test(`${'a'.repeat(100_000)}c`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('compileGoRegex: regexp.Compile as Go templates use it', () => {
  it.each([
    ['a.c', 'a\nc', false],
    ['(?s)a.c', 'a\nc', true],
    ['b', 'abc', true],
    ['^b', 'abc', false],
  ])('%s matches %j → %s', (re, s, want) => {
    expect(compileGoRegex(re).test(s)).toBe(want);
  });

  it.each([
    ['a*', 'baaac', 'x', 'xbxcx'],
    ['', '😀é', '-', '-😀-é-'],
    ['(\\w+)@(\\w+)', 'me@host, you@there', '${2}:$1', 'host:me, there:you'],
    ['\\b', 'ab cd', '|', '|ab| |cd|'],
    ['^a|b$', 'aab\nab', 'X', 'Xab\naX'],
    ['(?P<user>\\w+)@', 'me@host', '$user at ', 'me at host'],
  ])('ReplaceAllString(%j, %j, %j) = %j', (re, text, repl, want) => {
    expect(compileGoRegex(re).replaceAll(text, compileExpansion(repl))).toBe(want);
  });
});

describe('Regex.expand: Go’s Regexp.Expand', () => {
  it.each([
    ['(a)(b)?', 'a', '[$1][$2][${1}x][$1x][${}][$$][$-][$10][$01][${n}]', '[a][][ax][][${}][$][$-][][][]'],
    ['(?P<n>a)(?P<constructor>b)?', 'a', '$n|${n}|${constructor}|$nope|${n', 'a|a|||${n'],
    ['(?P<1x>a)', 'a', '$1x|$1', 'a|a'],
    ['(a)', 'a', 'no references', 'no references'],
    ['(a)', 'a', '', ''],
  ])('%s on %j expands %j to %j', (re, s, template, want) => {
    const regex = compileAnchoredRegex(re);
    expect(regex.expand(compileExpansion(template), regex.exec(s)!)).toBe(want);
  });
});
