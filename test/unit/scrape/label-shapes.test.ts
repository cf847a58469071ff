import { describe, expect, it } from 'vitest';
import { labelSetFactory } from '../../../src/scrape/parser/label-shapes.js';

describe('labelSetFactory', () => {
  it('compiles a shape on its second sighting, not its first', () => {
    expect(labelSetFactory(['only', 'once'])).toBeUndefined();
    expect(labelSetFactory(['only', 'once'])).toBeTypeOf('function');
  });

  it('builds label objects for a fixed name sequence, reading only its own values', () => {
    labelSetFactory(['method', 'code']);
    const make = labelSetFactory(['method', 'code'])!;
    expect(make('http_requests_total', ['GET', '200', 'stale'])).toEqual({ __name__: 'http_requests_total', method: 'GET', code: '200' });
    expect(labelSetFactory(['method', 'code'])).toBe(make);
    labelSetFactory([]);
    expect(labelSetFactory([])!('up', [])).toEqual({ __name__: 'up' });
  });

  it('refuses repeated names, including __name__', () => {
    for (let i = 0; i < 3; i++) {
      expect(labelSetFactory(['a', 'b', 'a'])).toBeUndefined();
      expect(labelSetFactory(['__name__'])).toBeUndefined();
    }
  });

  it('defines __proto__ as an ordinary label', () => {
    labelSetFactory(['__proto__', 'constructor']);
    const labels = labelSetFactory(['__proto__', 'constructor'])!('m', ['p', 'c']);
    expect(Object.keys(labels)).toEqual(['__name__', '__proto__', 'constructor']);
    expect(Object.getPrototypeOf(labels)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(labels, '__proto__')?.value).toBe('p');
  });
});
