import { describe, expect, it } from 'vitest';
import { conditionsFor, sameStatus } from '../../../src/controller/conditions.js';

const t0 = new Date('2026-01-01T00:00:00Z');
const t1 = new Date('2026-01-01T00:05:00Z');

describe('conditionsFor', () => {
  it('reports a ready object in kstatus form', () => {
    expect(conditionsFor(undefined, { kind: 'ready' }, 3, t0)).toEqual([
      { type: 'Ready', status: 'True', observedGeneration: 3, lastTransitionTime: '2026-01-01T00:00:00Z', reason: 'Reconciled', message: 'Reconciled successfully.' },
      { type: 'Reconciling', status: 'False', observedGeneration: 3, lastTransitionTime: '2026-01-01T00:00:00Z', reason: 'Idle', message: 'Nothing left to do.' },
      { type: 'Stalled', status: 'False', observedGeneration: 3, lastTransitionTime: '2026-01-01T00:00:00Z', reason: 'Progressing', message: 'No problem that needs a change.' },
    ]);
  });

  it('moves lastTransitionTime only when a status flips', () => {
    const first = conditionsFor(undefined, { kind: 'ready' }, 1, t0);
    const again = conditionsFor(first, { kind: 'ready' }, 2, t1);
    expect(again.map((c) => c.lastTransitionTime)).toEqual(first.map((c) => c.lastTransitionTime));
    expect(again.every((c) => c.observedGeneration === 2)).toBe(true);

    const stalled = conditionsFor(again, { kind: 'stalled', reason: 'SecretNotFound', message: 'Secret default/creds not found' }, 2, t1);
    const ready = stalled.find((c) => c.type === 'Ready')!;
    expect(ready).toMatchObject({ status: 'False', reason: 'SecretNotFound', lastTransitionTime: '2026-01-01T00:05:00Z' });
    expect(stalled.find((c) => c.type === 'Stalled')).toMatchObject({ status: 'True', reason: 'SecretNotFound' });
    expect(stalled.find((c) => c.type === 'Reconciling')!.lastTransitionTime).toBe('2026-01-01T00:00:00Z');
  });

  it('marks transient problems as Reconciling, not Stalled', () => {
    const c = conditionsFor(undefined, { kind: 'progressing', reason: 'StorageUnavailable', message: 'database down' }, 1, t0);
    expect(c.map((x) => `${x.type}=${x.status}`)).toEqual(['Ready=False', 'Reconciling=True', 'Stalled=False']);
  });

  it('keeps condition types it does not manage', () => {
    const other = { type: 'TargetsHealthy', status: 'True' as const, lastTransitionTime: 'x', reason: 'AllUp', message: '' };
    expect(conditionsFor([other], { kind: 'ready' }, 1, t0)).toContainEqual(other);
  });
});

describe('sameStatus', () => {
  it('ignores key order and undefined fields', () => {
    expect(sameStatus({ a: 1, b: { c: 2, d: undefined } }, { b: { c: 2 }, a: 1 })).toBe(true);
    expect(sameStatus({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameStatus({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });
});
