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
    expect(issues(base('AlertRule', { rules: [{ alert: 'A' }] }))).toEqual([{ pointer: '/spec/rules/0/expr', message: 'required field is missing' }]);
  });

  it('evaluates rules on fields named like CEL keywords (for)', () => {
    expect(issues(base('AlertRule', { rules: [{ record: 'job:up:sum', expr: 'sum(up)', for: '5m' }] })).map((i) => i.message)).toEqual([
      'for, keepFiringFor and annotations only apply to alerting rules',
    ]);
    expect(issues(base('AlertRule', { rules: [{ alert: 'Down', expr: 'up == 0', for: '5m' }] }))).toEqual([]);
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
