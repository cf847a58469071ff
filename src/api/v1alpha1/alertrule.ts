import { arr, conditions, duration, int, obj, observedGeneration, readyColumns, str, stringMap, type KindDefinition } from '../schema.js';

export const alertRule: KindDefinition = {
  kind: 'AlertRule',
  plural: 'alertrules',
  singular: 'alertrule',
  shortNames: ['ar'],
  description:
    'AlertRule is a group of Prometheus-style alerting and recording rules evaluated together at one interval, with the notification channels its alerts go to.',
  spec: obj(
    'Desired rule group.',
    {
      interval: duration('How often the rules are evaluated.', { default: '1m' }),
      rules: arr(
        'Alerting rules (alert) and recording rules (record), evaluated in order.',
        obj(
          'One rule: either alert or record.',
          {
            alert: str('Name of the alert this rule fires.', { pattern: '^[a-zA-Z_][a-zA-Z0-9_]*$', maxLength: 256 }),
            record: str('Name of the metric this rule records.', { pattern: '^[a-zA-Z_:][a-zA-Z0-9_:]*$', maxLength: 256 }),
            expr: str('PromQL expression.', { minLength: 1, maxLength: 16384 }),
            for: duration('How long the condition must hold before the alert fires.', { default: '0s' }),
            keepFiringFor: duration('How long the alert keeps firing after the condition stops holding.', { default: '0s' }),
            labels: stringMap('Labels added to the alert or recorded series.'),
            annotations: stringMap('Annotations added to the alert, e.g. summary and description; may use templates.'),
          },
          {
            required: ['expr'],
            'x-kubernetes-validations': [
              { rule: 'has(self.alert) != has(self.record)', message: 'exactly one of alert and record must be set' },
              { rule: "has(self.alert) || (self.__for__ == '0s' && self.keepFiringFor == '0s' && !has(self.annotations))", message: 'for, keepFiringFor and annotations only apply to alerting rules' },
            ],
          },
        ),
        { minItems: 1, maxItems: 256 },
      ),
      channels: arr('NotificationChannel names (same namespace) that receive this group\'s alerts; empty means all channels whose matchers match.', str('A NotificationChannel name.', { maxLength: 253 }), { maxItems: 32 }),
    },
    { required: ['rules'] },
  ),
  status: obj('Observed state of the rule group.', {
    observedGeneration: observedGeneration(),
    conditions: conditions(),
    inactive: int('Alerting rules with no active alert.', { minimum: 0 }),
    pending: int('Alerting rules with alerts waiting out their for duration.', { minimum: 0 }),
    firing: int('Alerting rules with firing alerts.', { minimum: 0 }),
    lastEvaluationTime: str('When the group was last evaluated.', { format: 'date-time' }),
    lastEvaluationDuration: str('How long the last evaluation took.'),
    lastError: str('The last evaluation error, with the rule name.', { maxLength: 4096 }),
  }),
  printerColumns: [
    { name: 'Firing', type: 'integer', jsonPath: '.status.firing', description: 'Rules with firing alerts.' },
    { name: 'Pending', type: 'integer', jsonPath: '.status.pending', description: 'Rules with pending alerts.' },
    ...readyColumns,
  ],
};
