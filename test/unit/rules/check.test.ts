/** What an AlertRule must pass before it runs, with the condition reason and the field at fault. */
import { describe, expect, it } from 'vitest';
import type { AlertRule } from '../../../src/api/index.js';
import { checkAlertRule } from '../../../src/rules/index.js';

const alertRule = (rules: AlertRule['spec']['rules']): AlertRule => ({
  apiVersion: 'monitoring.sightline.dev/v1alpha1',
  kind: 'AlertRule',
  metadata: { name: 'r', namespace: 'default' },
  spec: { interval: '1m', limit: 0, rules },
});
const rule = (r: Partial<AlertRule['spec']['rules'][number]>): AlertRule['spec']['rules'][number] => ({ for: '0s', keepFiringFor: '0s', ...r });

function failure(ar: AlertRule): { code: string; message: string } | undefined {
  try {
    checkAlertRule(ar);
    return undefined;
  } catch (err) {
    return { code: (err as { code: string }).code, message: (err as Error).message };
  }
}

describe('checkAlertRule', () => {
  it('accepts rules whose expressions and templates parse', () => {
    expect(failure(alertRule([rule({ alert: 'A', expr: 'up == 0', labels: { team: '{{ $labels.job }}' }, annotations: { summary: '{{ $value | humanize }}' } })]))).toBeUndefined();
  });

  it('names the rule and expression that does not parse', () => {
    expect(failure(alertRule([rule({ record: 'ok', expr: 'up' }), rule({ alert: 'Bad', expr: 'sum(' })]))).toMatchObject({ code: 'InvalidExpression', message: expect.stringMatching(/^spec\.rules\[1\] \(Bad\) expr: /) });
  });

  it('names the label or annotation whose template does not parse, with Go\'s message', () => {
    expect(failure(alertRule([rule({ alert: 'T', expr: 'up', annotations: { summary: '{{ $labels.job ' } })]))).toEqual({
      code: 'InvalidTemplate',
      message: expect.stringMatching(/^spec\.rules\[0\] \(T\) annotations\.summary: template: __alert_T:1: unclosed action$/),
    });
    expect(failure(alertRule([rule({ alert: 'T', expr: 'up', labels: { x: '{{ nosuchfunc }}' } })]))).toMatchObject({ code: 'InvalidTemplate', message: expect.stringMatching(/labels\.x: .*function "nosuchfunc" not defined/) });
  });
});
