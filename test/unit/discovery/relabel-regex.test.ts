import { describe, expect, it } from 'vitest';
import { compileAnchoredRegex, RegexSyntaxError } from '../../../src/util/regex.js';

// Fixes to the RE2 → JS translation that relabel regexes rely on (the translator's own table is in
// test/unit/util/regex.test.ts).
describe('compileAnchoredRegex: RE2 details relabel rules meet', () => {
  it.each([
    ['[😀]', '😀', true],
    ['[a-😀]+', 'z😀', true],
    ['[^😀]', '😀', false],
    ['(?i:σ)', 'Σ', true],
    ['(?i:σ)', 'ς', true],
    ['x(?i:é)', 'xÉ', true],
    ['x(?i:k)', 'x\u212a', true],
    ['(?i:[é])', 'É', true],
    ['\\0', '\0', true],
    ['\\012', '\n', true],
    ['\\12x', '\nx', true],
    ['[\\101-\\103]+', 'ABC', true],
  ])('%s ~ %j → %s', (re, s, want) => {
    expect(compileAnchoredRegex(re).test(s)).toBe(want);
  });

  it.each([
    ['\\1', /backreferences are not supported: \\1/],
    ['(a)\\2', /backreferences/],
    ['\\8', /backreferences/],
    ['[😀-a]', /invalid character class range 😀-a/],
  ])('rejects %s', (re, message) => {
    expect(() => compileAnchoredRegex(re)).toThrow(RegexSyntaxError);
    expect(() => compileAnchoredRegex(re)).toThrow(message);
  });
});
