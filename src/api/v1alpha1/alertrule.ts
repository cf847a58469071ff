import { arr, conditions, duration, enumOf, int, obj, observedGeneration, readyColumns, str, stringMap, type KindDefinition } from '../schema.js';

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
      limit: int('Most alerts an alerting rule and series a recording rule may produce in one evaluation; 0 means no limit. Past it the rule fails and produces nothing, as Prometheus does.', { minimum: 0, default: 0 }),
      queryOffset: duration('How far in the past the rules are evaluated, so that late samples (e.g. remote-written) are seen.'),
      labels: stringMap('Labels added to every rule of the group; a rule\'s own labels win.'),
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
            noDataState: enumOf(
              'What an alerting rule does when its expression returns nothing: OK (the Prometheus behaviour: no alert), Alerting (one alert with the rule\'s labels), NoData (a DatasourceNoData alert) or KeepLast (alerts keep their state). Default OK.',
              ['OK', 'Alerting', 'NoData', 'KeepLast'],
            ),
            execErrorState: enumOf(
              'What an alerting rule does when its evaluation fails: KeepLast (the Prometheus behaviour: alerts keep their state), OK (alerts resolve), Alerting (one alert with the rule\'s labels) or Error (a DatasourceError alert). Default KeepLast.',
              ['OK', 'Alerting', 'Error', 'KeepLast'],
            ),
          },
          {
            required: ['expr'],
            'x-kubernetes-validations': [
              { rule: 'has(self.alert) != has(self.record)', message: 'exactly one of alert and record must be set' },
              {
                rule: "has(self.alert) || (self.__for__ == '0s' && self.keepFiringFor == '0s' && !has(self.annotations) && !has(self.noDataState) && !has(self.execErrorState))",
                message: 'for, keepFiringFor, annotations, noDataState and execErrorState only apply to alerting rules',
              },
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
    lastEvaluationTime: str('When the evaluation that last changed this status ran (rewritten only on change, so an idle group causes no writes).', { format: 'date-time' }),
    lastEvaluationDuration: str('How long that evaluation took.'),
    lastError: str('The last evaluation error, with the rule name.', { maxLength: 4096 }),
    rules: arr(
      'Each rule as it runs: the PromQL evaluated (compiled for threshold, anomaly and forecast rules) and its health.',
      obj('One rule.', {
        name: str('The alert or recorded metric name.', { maxLength: 256 }),
        type: enumOf('alerting or recording.', ['alerting', 'recording']),
        query: str('The PromQL expression evaluated.', { maxLength: 16384 }),
        health: enumOf('ok after a successful evaluation, err after a failed one, unknown before the first.', ['ok', 'err', 'unknown']),
        lastError: str('Why the last evaluation failed.', { maxLength: 4096 }),
      }),
    ),
  }),
  printerColumns: [
    { name: 'Firing', type: 'integer', jsonPath: '.status.firing', description: 'Rules with firing alerts.' },
    { name: 'Pending', type: 'integer', jsonPath: '.status.pending', description: 'Rules with pending alerts.' },
    ...readyColumns,
  ],
};
