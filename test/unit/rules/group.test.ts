/**
 * Rule groups evaluated over the in-memory store, step by step, against what Prometheus's rules
 * package does at the same timestamps (pending → firing → inactive, keep_firing_for, resolved
 * retention, ALERTS/ALERTS_FOR_STATE, recording rules chained within a round, staleness markers,
 * duplicate label sets and limits).
 */
import { describe, expect, it } from 'vitest';
import type { Labels } from '../../../src/model/labels.js';
import { isStaleMarker, STALE_NAN } from '../../../src/model/samples.js';
import type { GroupDefinition, RuleDefinition } from '../../../src/rules/definition.js';
import { RuleGroup } from '../../../src/rules/group.js';
import { MemoryStorage } from '../../../src/storage/memory.js';

const MIN = 60_000;
const T0 = 1_700_000_000_000;

function rule(r: Partial<RuleDefinition> & Pick<RuleDefinition, 'name' | 'expr'>): RuleDefinition {
  return { kind: 'alerting', forMs: 0, keepFiringForMs: 0, labels: {}, annotations: {}, noDataState: 'OK', execErrorState: 'KeepLast', ...r };
}

function group(rules: RuleDefinition[], extra: Partial<GroupDefinition> = {}): GroupDefinition {
  return { key: 'AlertRule/default/test', name: 'test', file: 'default/test', intervalMs: MIN, limit: 0, queryOffsetMs: 0, rules, ...extra };
}

async function write(store: MemoryStorage, labels: Labels, t: number, v: number): Promise<void> {
  const app = store.appender();
  app.append(labels, t, v);
  await app.commit();
}

/** The value of each series matching `name` at exactly t. */
async function samplesAt(store: MemoryStorage, name: string, t: number): Promise<{ labels: Labels; value: number }[]> {
  const series = await store.querier().select([{ name: '__name__', type: '=', value: name }], t, t);
  return series.flatMap((s) => (s.timestamps.length ? [{ labels: s.labels, value: s.values[0]! }] : []));
}

describe('alerting rules', () => {
  it('goes pending, then firing after `for`, then inactive, and writes ALERTS and ALERTS_FOR_STATE', async () => {
    const store = new MemoryStorage();
    const g = new RuleGroup(group([rule({ name: 'High', expr: 'x > 1', forMs: 2 * MIN, labels: { severity: 'page' } })]), { store });
    for (let i = 0; i <= 3; i++) await write(store, { __name__: 'x', job: 'a' }, T0 + i * MIN, 5);

    await g.evaluate(T0);
    expect(g.alerts()).toMatchObject([{ rule: 'High', state: 'pending', labels: { alertname: 'High', job: 'a', severity: 'page' }, activeAtMs: T0, value: 5 }]);
    expect(await samplesAt(store, 'ALERTS', T0)).toEqual([{ labels: { __name__: 'ALERTS', alertname: 'High', alertstate: 'pending', job: 'a', severity: 'page' }, value: 1 }]);
    expect(await samplesAt(store, 'ALERTS_FOR_STATE', T0)).toEqual([{ labels: { __name__: 'ALERTS_FOR_STATE', alertname: 'High', job: 'a', severity: 'page' }, value: T0 / 1000 }]);

    await g.evaluate(T0 + MIN);
    expect(g.alerts()[0]!.state).toBe('pending');
    await g.evaluate(T0 + 2 * MIN);
    expect(g.alerts()).toMatchObject([{ state: 'firing', firedAtMs: T0 + 2 * MIN, activeAtMs: T0 }]);
    expect((await samplesAt(store, 'ALERTS', T0 + 2 * MIN)).find((s) => s.labels.alertstate === 'firing')!.value).toBe(1);
    // The pending series ends with a staleness marker when the alert turns firing.
    expect(isStaleMarker((await samplesAt(store, 'ALERTS', T0 + 2 * MIN)).find((s) => s.labels.alertstate === 'pending')!.value)).toBe(true);

    // The condition stops holding (x drops below the threshold): the alert resolves and is kept 15 minutes.
    await write(store, { __name__: 'x', job: 'a' }, T0 + 4 * MIN, 0);
    await g.evaluate(T0 + 4 * MIN);
    expect(g.alerts()).toMatchObject([{ state: 'inactive', resolvedAtMs: T0 + 4 * MIN }]);
    expect((await samplesAt(store, 'ALERTS', T0 + 4 * MIN)).every((s) => isStaleMarker(s.value))).toBe(true);
    await g.evaluate(T0 + 19 * MIN);
    expect(g.alerts()).toHaveLength(1);
    await g.evaluate(T0 + 20 * MIN);
    expect(g.alerts()).toHaveLength(0);
  });

  it('drops a pending alert at once when its condition goes away, and starts over when it returns', async () => {
    const store = new MemoryStorage();
    const g = new RuleGroup(group([rule({ name: 'High', expr: 'x > 1', forMs: 5 * MIN })]), { store });
    await write(store, { __name__: 'x' }, T0, 5);
    await g.evaluate(T0);
    await write(store, { __name__: 'x' }, T0 + MIN, 0);
    await g.evaluate(T0 + MIN);
    expect(g.alerts()).toEqual([]);
    await write(store, { __name__: 'x' }, T0 + 2 * MIN, 5);
    await g.evaluate(T0 + 2 * MIN);
    expect(g.alerts()).toMatchObject([{ state: 'pending', activeAtMs: T0 + 2 * MIN }]);
  });

  it('keeps firing for keepFiringFor after the condition stops, then resolves', async () => {
    const store = new MemoryStorage();
    const g = new RuleGroup(group([rule({ name: 'Flappy', expr: 'x > 1', keepFiringForMs: 2 * MIN })]), { store });
    await write(store, { __name__: 'x' }, T0, 5);
    await g.evaluate(T0);
    expect(g.alerts()[0]!.state).toBe('firing');
    await write(store, { __name__: 'x' }, T0 + MIN, 0);
    await g.evaluate(T0 + MIN);
    expect(g.alerts()).toMatchObject([{ state: 'firing', keepFiringSinceMs: T0 + MIN }]);
    await g.evaluate(T0 + 2 * MIN);
    expect(g.alerts()[0]!.state).toBe('firing');
    await g.evaluate(T0 + 3 * MIN);
    expect(g.alerts()).toMatchObject([{ state: 'inactive', resolvedAtMs: T0 + 3 * MIN }]);
  });

  it('gives a scalar result an alert without labels but its name', async () => {
    const store = new MemoryStorage();
    const g = new RuleGroup(group([rule({ name: 'Always', expr: 'vector(1) > 0' }), rule({ name: 'Scalar', expr: '1' })]), { store });
    await g.evaluate(T0);
    expect(g.alerts().map((a) => a.labels)).toEqual([{ alertname: 'Always' }, { alertname: 'Scalar' }]);
  });

  it('fails a rule whose alerts collide after labels apply, and one over the limit, keeping its state', async () => {
    const store = new MemoryStorage();
    await write(store, { __name__: 'x', pod: 'a' }, T0, 1);
    await write(store, { __name__: 'x', pod: 'b' }, T0, 1);
    const g = new RuleGroup(group([rule({ name: 'Dup', expr: 'x', labels: { pod: 'same' } }), rule({ name: 'Many', expr: 'x' })], { limit: 1 }), { store });
    await g.evaluate(T0);
    expect(g.rules.map((r) => [r.health, r.lastError])).toEqual([
      ['err', 'vector contains metrics with the same labelset after applying alert labels'],
      ['err', 'exceeded limit of 1 with 2 alerts'],
    ]);
    expect(g.alerts()).toEqual([]);
    expect(await samplesAt(store, 'ALERTS', T0)).toEqual([]);
  });

  it('expands no-data and error states when asked (Grafana-style), and keeps the Prometheus behaviour by default', async () => {
    const store = new MemoryStorage();
    const g = new RuleGroup(
      group([
        rule({ name: 'Quiet', expr: 'absent_metric > 0', noDataState: 'NoData' }),
        rule({ name: 'QuietOK', expr: 'absent_metric > 0' }),
        rule({ name: 'Broken', expr: 'x + on(job) group_left y', execErrorState: 'Error' }),
      ]),
      { store },
    );
    await write(store, { __name__: 'x', job: 'a', i: '1' }, T0, 1);
    await write(store, { __name__: 'x', job: 'a', i: '2' }, T0, 1);
    await write(store, { __name__: 'y', job: 'a', k: '1' }, T0, 1);
    await write(store, { __name__: 'y', job: 'a', k: '2' }, T0, 1);
    await g.evaluate(T0);
    const alerts = g.alerts();
    expect(alerts.map((a) => a.labels)).toEqual([
      { alertname: 'DatasourceNoData', rulename: 'Quiet' },
      { alertname: 'DatasourceError', rulename: 'Broken' },
    ]);
    expect(alerts[1]!.annotations.error).toMatch(/many-to-many|multiple matches/);
  });
});

describe('recording rules', () => {
  it('records under the new name with rule labels; later rules of the round see the output; vanished series get staleness markers', async () => {
    const store = new MemoryStorage();
    const g = new RuleGroup(
      group([
        rule({ kind: 'recording', name: 'job:x:sum', expr: 'sum by (job) (x)', labels: { team: 'infra' } }),
        rule({ name: 'SumHigh', expr: 'job:x:sum > 2' }),
      ]),
      { store },
    );
    await write(store, { __name__: 'x', job: 'a', i: '1' }, T0, 2);
    await write(store, { __name__: 'x', job: 'a', i: '2' }, T0, 3);
    await write(store, { __name__: 'x', job: 'b' }, T0, 1);
    await g.evaluate(T0);
    expect(await samplesAt(store, 'job:x:sum', T0)).toEqual([
      { labels: { __name__: 'job:x:sum', job: 'a', team: 'infra' }, value: 5 },
      { labels: { __name__: 'job:x:sum', job: 'b', team: 'infra' }, value: 1 },
    ]);
    // The alert read the recorded series in the same round.
    expect(g.alerts().map((a) => a.labels)).toEqual([{ alertname: 'SumHigh', job: 'a', team: 'infra' }]);

    // job b stops reporting (its series is marked stale): the recorded series of b gets a marker.
    await write(store, { __name__: 'x', job: 'a', i: '1' }, T0 + MIN, 2);
    await write(store, { __name__: 'x', job: 'a', i: '2' }, T0 + MIN, 3);
    await write(store, { __name__: 'x', job: 'b' }, T0 + MIN, STALE_NAN);
    await g.evaluate(T0 + MIN);
    const recorded = await samplesAt(store, 'job:x:sum', T0 + MIN);
    expect(recorded.find((s) => s.labels.job === 'a')!.value).toBe(5);
    expect(isStaleMarker(recorded.find((s) => s.labels.job === 'b')!.value)).toBe(true);
  });

  it('fails on a label set collision after renaming', async () => {
    const store = new MemoryStorage();
    await write(store, { __name__: 'a', job: 'j' }, T0, 1);
    await write(store, { __name__: 'b', job: 'j' }, T0, 1);
    const g = new RuleGroup(group([rule({ kind: 'recording', name: 'both', expr: '{job="j"}' })]), { store });
    await g.evaluate(T0);
    expect(g.rules[0]!.lastError).toBe('vector contains metrics with the same labelset after applying rule labels');
  });
});

describe('group edits', () => {
  it('carries alerts of unchanged rules over to the edited group and reports the series of removed rules', async () => {
    const store = new MemoryStorage();
    await write(store, { __name__: 'x' }, T0, 5);
    const keep = rule({ name: 'Keep', expr: 'x > 1', forMs: 10 * MIN });
    const old = new RuleGroup(group([keep, rule({ name: 'Gone', expr: 'x > 0' })]), { store });
    await old.evaluate(T0);
    const next = new RuleGroup(group([keep]), { store });
    const gone = next.adopt(old);
    expect(next.alerts()).toMatchObject([{ rule: 'Keep', state: 'pending', activeAtMs: T0 }]);
    expect([...gone.values()].map((l) => [l.__name__, l.alertname])).toEqual([
      ['ALERTS', 'Gone'],
      ['ALERTS_FOR_STATE', 'Gone'],
    ]);
  });
});
