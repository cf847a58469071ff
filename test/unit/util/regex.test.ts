import { describe, expect, it } from 'vitest';
import { compileAnchoredRegex, RegexSyntaxError } from '../../../src/util/regex.js';

const matches = (re: string, s: string) => compileAnchoredRegex(re).test(s);

describe('compileAnchoredRegex (RE2 semantics)', () => {
  it.each([
    ['foo', 'foo', true],
    ['foo', 'foobar', false],
    ['foo|bar', 'bar', true],
    ['a.c', 'a\nc', true],
    ['(?-s)a.c', 'a\nc', false],
    ['(?i)FOO', 'foo', true],
    ['a(?i)b', 'aB', true],
    ['a(?i)b', 'AB', false],
    ['(?i:b)c', 'Bc', true],
    ['(?i:b)c', 'BC', false],
    ['[[:digit:]]+', '123', true],
    ['[[:alpha:]_]+', 'a_b', true],
    ['\\d+\\.\\d+', '1.5', true],
    ['\\s', '\u00a0', false],
    ['\\s', ' ', true],
    ['\\pL+', 'héllo', true],
    ['\\p{Greek}+', 'αβ', true],
    ['\\Qa.b\\E', 'a.b', true],
    ['\\Qa.b\\E', 'axb', false],
    ['\\-\\#', '-#', true],
    ['a{2}', 'aa', true],
    ['a{', 'a{', true],
    ['x}', 'x}', true],
    ['(?P<n>a)b', 'ab', true],
    ['\\x41\\x{42}', 'AB', true],
    ['[]a]+', ']a', true],
    ['[a-]+', 'a-', true],
    ['(?U)a+', 'aaa', true],
    ['(?m)^a$', 'a', true],
    ['\\Aab\\z', 'ab', true],
    ['', '', true],
    ['.*', 'anything\nat all', true],
  ])('%s ~ %j → %s', (re, s, want) => {
    expect(matches(re, s)).toBe(want);
  });

  it.each([
    ['a(b', /missing closing \)/],
    ['a)b', /unexpected \)/],
    ['(?=a)', /lookahead/],
    ['(a)\\1', /backreferences/],
    ['*a', /missing argument/],
    ['a**', /nested repetition/],
    ['a{1001}', /at most 1000/],
    ['[a', /missing closing \]/],
    ['\\k', /invalid escape/],
    ['[z-a]', /invalid character class range/],
    ['\\p{Nope}', /invalid character class/],
  ])('rejects %s', (re, msg) => {
    expect(() => compileAnchoredRegex(re)).toThrow(RegexSyntaxError);
    expect(() => compileAnchoredRegex(re)).toThrow(msg);
  });
});
