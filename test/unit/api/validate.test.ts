import { describe, expect, it } from 'vitest';
import { validateResource } from '../../../src/api/validate.js';

const base = (kind: string, spec: unknown) => ({
  apiVersion: 'monitoring.sightline.dev/v1alpha1',
  kind,
  metadata: { name: 'x', namespace: 'default' },
  spec,
});

function issues(obj: Record<string, unknown>) {
  const r = validateResource(obj);
  return r.ok ? [] : r.issues;
}

describe('validateResource', () => {
  it('accepts a valid ScrapeTarget and applies schema defaults', () => {
    const r = validateResource(base('ScrapeTarget', { staticTargets: ['127.0.0.1:9470'], endpoints: [{}] }));
    expect(r.ok).toBe(true);
    if (!r.ok || r.object.kind !== 'ScrapeTarget') return;
    expect(r.object.spec.endpoints[0]).toMatchObject({ path: '/metrics', scheme: 'http', interval: '30s', scrapeTimeout: '10s', honorTimestamps: true });
    expect(r.object.spec.role).toBe('endpoints');
  });

  it('does not modify its input', () => {
    const input = base('ScrapeTarget', { staticTargets: ['a:1'], endpoints: [{}] });
    validateResource(input);
    expect(input.spec).toEqual({ staticTargets: ['a:1'], endpoints: [{}] });
  });

  it('rejects unknown fields with their pointer', () => {
    expect(issues(base('ScrapeTarget', { staticTargets: ['a:1'], endpoints: [{ intervall: '5s' }] }))).toEqual([
      { pointer: '/spec/endpoints/0/intervall', message: 'unknown field "intervall"' },
    ]);
  });

  it('enforces CEL rules: scrapeTimeout <= interval', () => {
    expect(issues(base('ScrapeTarget', { staticTargets: ['a:1'], endpoints: [{ interval: '5s', scrapeTimeout: '10s' }] }))).toEqual([
      { pointer: '/spec/endpoints/0/scrapeTimeout', message: 'scrapeTimeout must not be greater than interval' },
    ]);
  });

  it('enforces CEL rules: staticTargets and selector are exclusive', () => {
    const both = issues(base('ScrapeTarget', { staticTargets: ['a:1'], selector: {}, endpoints: [{ port: 80 }] }));
    expect(both.map((i) => i.message)).toContain('exactly one of staticTargets and selector must be set');
    const neither = issues(base('ScrapeTarget', { endpoints: [{}] }));
    expect(neither.map((i) => i.message)).toContain('exactly one of staticTargets and selector must be set');
  });

  it('checks patterns, enums and required fields', () => {
    const found = issues(base('NotificationChannel', { type: 'carrier-pigeon' }));
    expect(found[0]?.pointer).toBe('/spec/type');
    expect(found[0]?.message).toMatch(/must be one of "webhook"/);
    expect(issues(base('NotificationChannel', { type: 'webhook' })).map((i) => i.message)).toEqual(['webhook settings are required when type is webhook']);
    expect(issues(base('AlertRule', { rules: [{ alert: 'A', threshold: { query: 'x', value: 1 } }] }))).toEqual([{ pointer: '/spec/rules/0/threshold/operator', message: 'required field is missing' }]);
  });

  it('evaluates rules on fields named like CEL keywords (for)', () => {
    expect(issues(base('AlertRule', { rules: [{ record: 'job:up:sum', expr: 'sum(up)', for: '5m' }] })).map((i) => i.message)).toEqual([
      'for, keepFiringFor, annotations, noDataState and execErrorState only apply to alerting rules',
    ]);
    expect(issues(base('AlertRule', { rules: [{ alert: 'Down', expr: 'up == 0', for: '5m' }] }))).toEqual([]);
  });

  describe('rules without PromQL', () => {
    const rule = (r: Record<string, unknown>) => base('AlertRule', { rules: [r] });
    const messages = (r: Record<string, unknown>) => issues(rule(r)).map((i) => `${i.pointer}: ${i.message}`);

    it('accepts each kind and applies its defaults', () => {
      const r = validateResource(
        base('AlertRule', {
          rules: [
            { alert: 'HighCPU', threshold: { query: 'node_cpu_utilisation', window: '5m', aggregation: 'avg', by: ['instance'], operator: '>', value: 80 } },
            { alert: 'LatencyAnomaly', anomaly: { query: 'latency_seconds' } },
            { alert: 'WeeklyAnomaly', anomaly: { query: 'x', method: 'seasonal', season: '1w', sensitivity: 2.5 } },
            { record: 'latency:anomaly_score', anomaly: { query: 'latency_seconds', method: 'mad' } },
            { alert: 'DiskFullIn4h', forecast: { query: 'node_filesystem_avail_bytes', direction: 'below', value: 0, within: '4h' } },
          ],
        }),
      );
      if (!r.ok) expect(r.issues).toEqual([]);
      if (!r.ok || r.object.kind !== 'AlertRule') return;
      expect(r.object.spec.rules[1]!.anomaly).toEqual({ query: 'latency_seconds', method: 'zscore', sensitivity: 3, window: '1h', direction: 'both', step: '1m' });
      expect(r.object.spec.rules[4]!.forecast).toMatchObject({ window: '1h', step: '1m' });
    });

    it('needs exactly one of expr, threshold, anomaly and forecast', () => {
      const one = '/spec/rules/0: exactly one of expr, threshold, anomaly and forecast must be set';
      expect(messages({ alert: 'A' })).toEqual([one]);
      expect(messages({ alert: 'A', expr: 'up == 0', anomaly: { query: 'up' } })).toEqual([one]);
      expect(messages({ alert: 'A', threshold: { query: 'x', operator: '>', value: 1 }, forecast: { query: 'x', direction: 'above', value: 1, within: '1h' } })).toEqual([one]);
    });

    it('keeps threshold and forecast to alerting rules; a recording rule may record an anomaly score', () => {
      const only = '/spec/rules/0: threshold and forecast only apply to alerting rules';
      expect(messages({ record: 'r', threshold: { query: 'x', operator: '>', value: 1 } })).toEqual([only]);
      expect(messages({ record: 'r', forecast: { query: 'x', direction: 'above', value: 1, within: '1h' } })).toEqual([only]);
      expect(messages({ record: 'r', anomaly: { query: 'x' } })).toEqual([]);
    });

    it('checks the fields of each kind', () => {
      expect(messages({ alert: 'A', threshold: { query: 'x', operator: '>', value: 1, by: ['job'] } })).toEqual(['/spec/rules/0/threshold: by needs aggregation']);
      expect(messages({ alert: 'A', threshold: { query: 'x', operator: '>', value: 1, windowFunction: 'max' } })).toEqual(['/spec/rules/0/threshold: windowFunction needs window']);
      expect(messages({ alert: 'A', threshold: { query: 'x', operator: '=>', value: 1 } })).toEqual(['/spec/rules/0/threshold/operator: must be one of ">", ">=", "<", "<=", "==", "!="']);
      expect(messages({ alert: 'A', threshold: { query: 'x', operator: '>', value: '80%' } })).toEqual(['/spec/rules/0/threshold/value: must be number']);
      const season = '/spec/rules/0/anomaly: season must be set for method seasonal, and only for it';
      expect(messages({ alert: 'A', anomaly: { query: 'x', method: 'seasonal' } })).toEqual([season]);
      expect(messages({ alert: 'A', anomaly: { query: 'x', season: '1d' } })).toEqual([season]);
      expect(messages({ alert: 'A', anomaly: { query: 'x', window: 'a week' } })[0]).toMatch(/^\/spec\/rules\/0\/anomaly\/window: must match pattern/);
      expect(messages({ alert: 'A', forecast: { query: 'x', value: 0, within: '4h' } })).toEqual(['/spec/rules/0/forecast/direction: required field is missing']);
    });
  });

  it('validates label selector expressions', () => {
    const spec = { selector: { matchExpressions: [{ key: 'app', operator: 'In' }] }, endpoints: [{ port: 'http' }] };
    expect(issues(base('ScrapeTarget', spec)).map((i) => i.pointer)).toEqual(['/spec/selector/matchExpressions/0']);
  });

  it('validates metadata names', () => {
    const obj = { ...base('ScrapeTarget', { staticTargets: ['a:1'], endpoints: [{}] }), metadata: { name: 'Bad_Name' } };
    expect(issues(obj)).toEqual([{ pointer: '/metadata/name', message: 'must be a lowercase RFC 1123 subdomain' }]);
  });
});
