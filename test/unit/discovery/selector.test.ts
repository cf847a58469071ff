import { describe, expect, it } from 'vitest';
import { compileSelector, InvalidSelectorError } from '../../../src/discovery/selector.js';

describe('compileSelector', () => {
  const labels = { app: 'web', tier: 'frontend' };
  it.each([
    [undefined, true],
    [{}, true],
    [{ matchLabels: { app: 'web' } }, true],
    [{ matchLabels: { app: 'api' } }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['frontend', 'edge'] }] }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['frontend'] }] }, false],
    [{ matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
    [{ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'zone', operator: 'Exists' }] }, false],
  ])('%j → %s', (selector, want) => {
    expect(compileSelector(selector)(labels)).toBe(want);
  });

  it('treats missing labels as an empty set', () => {
    expect(compileSelector({ matchExpressions: [{ key: 'a', operator: 'DoesNotExist' }] })(undefined)).toBe(true);
    expect(compileSelector({ matchLabels: { a: 'b' } })(undefined)).toBe(false);
  });

  it.each([
    [{ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] }, 'a In needs at least one value'],
    [{ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] }, 'a Exists takes no values'],
    [{ matchExpressions: [{ key: 'a', operator: 'Like', values: ['x'] }] }, 'unknown operator "Like" for a; expected In, NotIn, Exists or DoesNotExist'],
  ])('rejects %j', (selector, message) => {
    expect(() => compileSelector(selector)).toThrow(InvalidSelectorError);
    expect(() => compileSelector(selector)).toThrow(message);
  });
});
