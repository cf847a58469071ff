import { describe, expect, it } from 'vitest';
import { targetsOfSet } from '../../../src/scrape/target.js';
import { jumpHash, shardOf } from '../../../src/scrape/shard.js';
import type { TargetSet } from '../../../src/discovery/scrapetarget.js';
import { targetSets } from '../../support/scrape-targets.js';

function withGroup(set: TargetSet, targets: Record<string, string>[], labels: Record<string, string> = {}): TargetSet {
  return { ...set, groups: [{ source: 'test', targets, labels: { ...set.groups[0]!.labels, ...labels } }] };
}

describe('target labels', () => {
  it('defaults instance to the address, drops meta labels, adds no default port and keeps settings labels for the loop', () => {
    const [set] = targetSets('job1', ['host-a:9100'], { params: { module: ['a', 'b'] }, interval: '30s', scrapeTimeout: '10s' });
    const set2 = withGroup(set!, [{ __address__: 'host-b', __meta_kubernetes_pod_name: 'p', team: 'x' }]);
    const { active } = targetsOfSet(set2);
    expect(active).toHaveLength(1);
    const t = active[0]!;
    expect(t.labels).toEqual({ job: 'job1', instance: 'host-b', team: 'x' });
    expect(t.allLabels.__meta_kubernetes_pod_name).toBeUndefined();
    expect(t.allLabels.__scrape_interval__).toBe('30s');
    expect(t.discoveredLabels.__meta_kubernetes_pod_name).toBe('p');
    expect(t.url.href).toBe('http://host-b/metrics?module=a');
    expect([t.intervalMs, t.timeoutMs]).toEqual([30_000, 10_000]);
  });

  it('applies relabelings: settings from __ labels, __param_ overrides, dropped targets kept', () => {
    const [set] = targetSets('job1', ['a:1', 'b:2', 'c:3'], {
      relabelings: [
        { sourceLabels: ['__address__'], regex: 'c:3', action: 'drop' },
        { sourceLabels: ['__address__'], regex: 'b:2', targetLabel: '__metrics_path__', replacement: '/probe' },
        { sourceLabels: ['__address__'], regex: 'b:2', targetLabel: '__param_target', replacement: 'x' },
        { sourceLabels: ['__address__'], regex: '(.*):.*', targetLabel: 'instance', replacement: '$1' },
      ],
    });
    const { active, dropped } = targetsOfSet(set!);
    expect(active.map((t) => [t.labels.instance, t.url.href])).toEqual([
      ['a', 'http://a:1/metrics'],
      ['b', 'http://b:2/probe?target=x'],
    ]);
    expect(dropped.map((d) => d.discoveredLabels.__address__)).toEqual(['c:3']);
  });

  it('reports targets without an address or with a timeout over the interval, and the target limit', () => {
    const [set] = targetSets('job1', ['a:1']);
    const bad = withGroup(set!, [{ foo: 'x' }, { __address__: 'a:1', __scrape_timeout__: '1m' }]);
    expect(targetsOfSet(bad).errors).toEqual(['target ?: no address', 'target a:1: scrape timeout 1m greater than scrape interval 200ms']);
    const [limited] = targetSets('job1', ['a:1', 'b:1'], {}, { targetLimit: 1 });
    expect(targetsOfSet(limited!).limitError).toBe('target_limit exceeded (number of targets: 2, limit: 1)');
  });
});

describe('sharding', () => {
  const labels = Array.from({ length: 2000 }, (_, i) => ({ job: 'j', instance: `10.0.${i >> 8}.${i & 255}:9100` }));

  it('is stable, in range and roughly even', () => {
    const counts = [0, 0, 0, 0];
    for (const l of labels) {
      const s = shardOf(l, 4);
      expect(shardOf({ instance: l.instance, job: l.job }, 4)).toBe(s);
      counts[s]!++;
    }
    for (const c of counts) expect(c).toBeGreaterThan(400);
  });

  it('moves only the targets the new shard takes when shards go from N to N+1', () => {
    for (const n of [1, 2, 3, 5]) {
      let moved = 0;
      for (const l of labels) {
        const before = shardOf(l, n);
        const after = shardOf(l, n + 1);
        if (before !== after) {
          expect(after).toBe(n);
          moved++;
        }
      }
      expect(moved / labels.length).toBeCloseTo(1 / (n + 1), 1);
    }
  });

  it('matches the reference jump hash (values from the Go implementation in the paper)', () => {
    const reference: [bigint, number[]][] = [
      [1n, [0, 0, 0, 0, 0, 0, 6, 6, 6, 6, 6, 6]],
      [0xdeadbeefn, [0, 1, 2, 3, 3, 5, 5, 5, 5, 5, 5, 5]],
      [0xffffffffffffffffn, [0, 1, 2, 2, 2, 2, 2, 7, 7, 9, 10, 10]],
      [123456789012345n, [0, 0, 2, 2, 2, 2, 2, 7, 7, 7, 7, 7]],
    ];
    for (const [key, buckets] of reference) expect(buckets.map((_, i) => jumpHash(key, i + 1))).toEqual(buckets);
  });
});
