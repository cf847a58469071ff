import { describe, expect, it } from 'vitest';
import { formatFloatLabel, prometheusMetricName, sanitizeLabelName, sanitizeMetricName, unitSuffix } from '../../../src/ingest/otlp/naming.js';

describe('OTLP → Prometheus names', () => {
  it.each([
    ['http.server.duration', 'http_server_duration'],
    ['a..b--c', 'a_b_c'],
    ['2xx.count', '_2xx_count'],
    ['ns:metric', 'ns:metric'],
    ['ünïcode', '_n_code'],
  ])('sanitises metric name %s → %s', (input, expected) => {
    expect(sanitizeMetricName(input)).toBe(expected);
  });

  it.each([
    ['http.method', 'http_method'],
    ['k8s.pod.name', 'k8s_pod_name'],
    ['0day', 'key_0day'],
    ['_private', 'key_private'],
    ['__name__', 'key_name_'],
    ['a__b', 'a_b'],
  ])('sanitises label name %s → %s', (input, expected) => {
    expect(sanitizeLabelName(input)).toBe(expected);
  });

  it.each([
    ['ms', 'histogram', 'milliseconds'],
    ['s', 'gauge', 'seconds'],
    ['By', 'counter', 'bytes'],
    ['1', 'gauge', 'ratio'],
    ['1', 'counter', ''],
    ['{request}', 'counter', ''],
    ['By/s', 'gauge', 'bytes_per_second'],
    ['{packet}/s', 'counter', 'per_second'],
    ['m/h', 'gauge', 'meters_per_hour'],
    ['widgets', 'gauge', 'widgets'],
  ] as const)('unit %s on a %s → suffix %s', (unit, type, expected) => {
    expect(unitSuffix(unit, type)).toBe(expected);
  });

  it('builds full names: unit before _total, no doubled suffixes', () => {
    expect(prometheusMetricName('http.server.requests', '{request}', 'counter')).toBe('http_server_requests_total');
    expect(prometheusMetricName('process.cpu.time', 's', 'counter')).toBe('process_cpu_time_seconds_total');
    expect(prometheusMetricName('requests_total', '', 'counter')).toBe('requests_total');
    expect(prometheusMetricName('latency_seconds', 's', 'histogram')).toBe('latency_seconds');
    expect(prometheusMetricName('cpu.utilization', '1', 'gauge')).toBe('cpu_utilization_ratio');
  });

  it.each([
    [0.005, '0.005'],
    [1000000, '1000000'],
    [1e-7, '0.0000001'],
    [1.5e21, '1500000000000000000000'],
    [-2.5e-8, '-0.000000025'],
    [Infinity, '+Inf'],
  ])('formats bound %d as %s', (value, expected) => {
    expect(formatFloatLabel(value)).toBe(expected);
  });
});
