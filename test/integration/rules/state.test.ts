/**
 * Alert state survives a restart (or a new leader) on both backends: a group built afresh over the
 * same database carries on with the alerts another process left — a pending alert fires at its
 * original due time, a firing one neither fires again nor is forgotten — and an evaluation that
 * changes nothing writes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { GroupDefinition } from '../../../src/rules/definition.js';
import { RuleGroup } from '../../../src/rules/group.js';
import { PgAlertStateStore } from '../../../src/rules/state-store.js';
import { BACKENDS } from '../../support/db.js';
import { MINUTE, T0, useStoreSuite } from '../storage/metrics-support.js';

const def: GroupDefinition = {
  key: 'AlertRule/shop/availability',
  name: 'availability',
  file: 'shop/availability',
  intervalMs: MINUTE,
  limit: 0,
  queryOffsetMs: 0,
  rules: [
    { kind: 'alerting', name: 'Down', expr: 'up == 0', forMs: 3 * MINUTE, keepFiringForMs: 0, labels: { severity: 'page' }, annotations: { summary: 'down' }, noDataState: 'OK', execErrorState: 'KeepLast' },
    { kind: 'alerting', name: 'Any', expr: 'up >= 0', forMs: 0, keepFiringForMs: 0, labels: {}, annotations: {}, noDataState: 'OK', execErrorState: 'KeepLast' },
  ],
};

describe.each(BACKENDS)('alert state on %s', (kind) => {
  const suite = useStoreSuite(kind);

  it('restores pending and firing alerts into a new process and writes only changes', async () => {
    const { store, clock } = suite;
    const states = new PgAlertStateStore(() => suite.t.db);
    const scrape = async (t: number): Promise<void> => {
      clock.ms = t;
      const app = store.appender();
      app.append({ __name__: 'up', job: 'shop', instance: 'a' }, t, 0);
      await app.commit();
    };
    const first = new RuleGroup(def, { store, stateStore: states });
    await scrape(T0);
    await first.evaluate(T0);
    await scrape(T0 + MINUTE);
    await first.evaluate(T0 + MINUTE);
    expect(first.alerts().map((a) => [a.rule, a.state])).toEqual([
      ['Down', 'pending'],
      ['Any', 'firing'],
    ]);
    const rows = await suite.t.db.query<{ rule: string; state: string; updated_at: Date }>('SELECT rule, state, updated_at FROM alerts ORDER BY rule');
    expect(rows.map((r) => [r.rule, r.state])).toEqual([
      ['Any', 'firing'],
      ['Down', 'pending'],
    ]);
    // The second round changed nothing but the value: the rows were written once.
    expect(new Set(rows.map((r) => r.updated_at.getTime())).size).toBeLessThanOrEqual(2);
    const written = rows.map((r) => r.updated_at.getTime());

    // "Restart": the first process is gone; a new one evaluates two minutes later.
    const second = new RuleGroup(def, { store, stateStore: states });
    await scrape(T0 + 2 * MINUTE);
    await second.evaluate(T0 + 2 * MINUTE);
    expect(second.alerts()).toMatchObject([
      { rule: 'Down', state: 'pending', activeAtMs: T0, labels: { alertname: 'Down', instance: 'a', job: 'shop', severity: 'page' }, annotations: { summary: 'down' } },
      { rule: 'Any', state: 'firing', activeAtMs: T0, firedAtMs: T0 },
    ]);
    expect((await suite.t.db.query<{ updated_at: Date }>('SELECT updated_at FROM alerts ORDER BY rule')).map((r) => r.updated_at.getTime())).toEqual(written);
    // Due at T0 + 3 min, as if nothing had happened.
    await scrape(T0 + 3 * MINUTE);
    await second.evaluate(T0 + 3 * MINUTE);
    expect(second.alerts()).toMatchObject([{ rule: 'Down', state: 'firing', firedAtMs: T0 + 3 * MINUTE }, { rule: 'Any', firedAtMs: T0 }]);
    expect((await suite.t.db.query<{ state: string }>("SELECT state FROM alerts WHERE rule = 'Down'"))[0]?.state).toBe('firing');

    // Deleting the group forgets its alerts.
    await states.drop(def.key);
    expect(await states.load(def.key)).toEqual([]);
  });
});
