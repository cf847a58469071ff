/** Alertmanager's routing and dedup rules as the notifier applies them, and the retry timing. */
import { describe, expect, it } from 'vitest';
import type { NotificationChannel } from '../../../src/api/index.js';
import { needsUpdate } from '../../../src/notify/dispatcher.js';
import { retryAfterMs } from '../../../src/notify/channels/http.js';
import { groupKey, groupLabels, routeFor, routesFor } from '../../../src/notify/route.js';
import { backoffMs } from '../../../src/notify/sender.js';
import { parseMatcher } from '../../../src/web/alertmanager-api.js';

const nc = (name: string, namespace: string, spec: Partial<NotificationChannel['spec']> = {}): NotificationChannel =>
  ({ kind: 'NotificationChannel', metadata: { name, namespace }, spec: { type: 'webhook', webhook: { url: 'http://x', maxAlerts: 0 }, ...spec } }) as NotificationChannel;

describe('routes', () => {
  const pages = routeFor(nc('pages', 'shop', { matchers: [{ name: 'severity', value: 'page|critical', matchType: '=~' }], groupBy: ['job', 'alertname'] }), new Map());
  const all = routeFor(nc('all', 'shop', { groupBy: ['...'] }), new Map());
  const other = routeFor(nc('pages', 'team-b'), new Map());
  const routes = [pages, all, other];

  it('takes Alertmanager defaults and sendResolved true', () => {
    expect(all).toMatchObject({ name: 'shop/all', groupBy: undefined, groupWaitMs: 30_000, groupIntervalMs: 300_000, repeatIntervalMs: 4 * 3600_000, sendResolved: true });
  });

  it('groups by the listed labels, or by all with "..."', () => {
    const labels = { alertname: 'Down', job: 'api', instance: 'a' };
    expect(groupLabels(pages, labels)).toEqual({ alertname: 'Down', job: 'api' });
    expect(groupKey(pages, groupLabels(pages, labels))).toBe('{}/shop/pages:{alertname="Down", job="api"}');
    expect(groupLabels(all, labels)).toEqual(labels);
  });

  it('picks channels by the AlertRule, its namespace and the matchers', () => {
    const names = (origin: string, labels: Record<string, string>, channels?: string[]): string[] => routesFor(routes, origin, labels, () => channels).map((r) => r.name);
    expect(names('AlertRule/shop/r', { severity: 'page' })).toEqual(['shop/pages', 'shop/all']);
    expect(names('AlertRule/shop/r', { severity: 'info' })).toEqual(['shop/all']);
    expect(names('AlertRule/shop/r', { severity: 'page' }, ['pages'])).toEqual(['shop/pages']);
    expect(names('PrometheusRule/team-b/x/g', { severity: 'page' })).toEqual(['team-b/pages']);
    expect(names('api', { severity: 'page' })).toEqual(['shop/pages', 'shop/all', 'team-b/pages']);
  });

  it('refuses channel types not delivered yet', () => {
    expect(() => routeFor(nc('s', 'x', { type: 'slack', slack: { urlSecret: { name: 'a', key: 'b' } } }), new Map())).toThrow(/slack is not delivered yet/);
  });
});

describe('dedup (Alertmanager needsUpdate)', () => {
  const route = { sendResolved: true, repeatIntervalMs: 3600_000 };
  const entry = (firing: string[], resolved: string[], createdAtMs = 0) => ({ seq: 1, firing, resolved, createdAtMs });
  it('notifies new firing alerts, resolutions, and repeats after repeatInterval only', () => {
    expect(needsUpdate(undefined, ['a'], [], route, 1)).toBe(true);
    expect(needsUpdate(undefined, [], ['a'], route, 1)).toBe(false);
    expect(needsUpdate(entry(['a'], []), ['a', 'b'], [], route, 1)).toBe(true);
    expect(needsUpdate(entry(['a', 'b'], []), ['a'], ['b'], route, 1)).toBe(true);
    expect(needsUpdate(entry(['a', 'b'], []), ['a'], ['b'], { ...route, sendResolved: false }, 1)).toBe(false);
    expect(needsUpdate(entry(['a'], []), [], ['a'], { ...route, sendResolved: false }, 1)).toBe(true);
    expect(needsUpdate(entry([], ['a']), [], ['a'], route, 1)).toBe(false);
    expect(needsUpdate(entry(['a'], []), ['a'], [], route, 3599_999)).toBe(false);
    expect(needsUpdate(entry(['a'], []), ['a'], [], route, 3600_000)).toBe(true);
  });
});

describe('retry timing', () => {
  it('backs off exponentially with jitter between half and all of the step, capped', () => {
    const o = { backoffBaseMs: 1000, backoffMaxMs: 60_000 };
    expect([1, 2, 3, 4].map((n) => backoffMs(n, o, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => backoffMs(n, o, () => 1))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(20, o, () => 1)).toBe(60_000);
  });
  it('reads Retry-After in seconds or as a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('amtool filters', () => {
  it('parse as Alertmanager matchers, quoted or not', () => {
    expect(parseMatcher('alertname="Disk Full"')).toEqual({ name: 'alertname', value: 'Disk Full', isRegex: false, isEqual: true });
    expect(parseMatcher('instance=~db-.*')).toEqual({ name: 'instance', value: 'db-.*', isRegex: true, isEqual: true });
    expect(parseMatcher('{job!="x"}')).toEqual({ name: 'job', value: 'x', isRegex: false, isEqual: false });
    expect(() => parseMatcher('nonsense')).toThrow(/bad matcher format/);
    expect(() => parseMatcher('a=~(')).toThrow(/bad matcher format/);
  });
});
