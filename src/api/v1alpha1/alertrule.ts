import { arr, conditions, duration, enumOf, int, longDuration, num, obj, observedGeneration, readyColumns, str, stringMap, type KindDefinition, type Schema } from '../schema.js';

// Fields shared by the rules written without PromQL (compiled by src/rules/compile.ts).
// A compiled mad anomaly holds its query four times: 2048 keeps it within status.rules[].query.
const query = (what: string): Schema =>
  str(`${what}: a PromQL expression giving an instant vector, e.g. a selector such as node_filesystem_avail_bytes{mountpoint="/"} or rate(http_requests_total[5m]).`, {
    minLength: 1,
    maxLength: 2048,
  });
const step = (): Schema =>
  duration('Resolution at which a query that is not a plain selector is evaluated over a window (the step of the PromQL subquery it compiles to); plain selectors use their raw samples.', { default: '1m' });

const threshold = obj(
  'A threshold rule, compiled to PromQL: [aggregation by (by)] ([windowFunction_over_time](query[window])) operator value. E.g. CPU above 80 % averaged over 5m: {query: node_cpu_utilisation, window: 5m, operator: ">", value: 80}. Alerting rules only.',
  {
    query: query('The series compared'),
    window: longDuration('Reduce each series over this window first (with windowFunction) rather than comparing its latest value.'),
    windowFunction: enumOf('How each series is reduced over window: avg (default), max, min, sum, count or last (the matching *_over_time function). Needs window.', ['avg', 'max', 'min', 'sum', 'count', 'last']),
    aggregation: enumOf('Aggregate across series before comparing (avg, max, min, sum or count), keeping the labels in by; unset compares every series on its own.', ['avg', 'max', 'min', 'sum', 'count']),
    by: arr('Labels the aggregation keeps (PromQL `by`); empty aggregates all series into one. Needs aggregation.', str('A label name.', { pattern: '^[a-zA-Z_][a-zA-Z0-9_]*$', maxLength: 256 }), { maxItems: 32 }),
    operator: enumOf('How the value is compared with the threshold.', ['>', '>=', '<', '<=', '==', '!=']),
    value: num('The threshold.'),
    step: step(),
  },
  {
    required: ['query', 'operator', 'value'],
    'x-kubernetes-validations': [
      { rule: '!has(self.windowFunction) || has(self.window)', message: 'windowFunction needs window' },
      { rule: '!has(self.by) || has(self.aggregation)', message: 'by needs aggregation' },
    ],
  },
);

const anomaly = obj(
  'An anomaly rule, compiled to PromQL: how many deviations each series is from its normal level, alerting past sensitivity. Methods: zscore, (x − mean) / stddev over window; mad, (x − median) / (1.4826 · median absolute deviation) over window, robust to outliers in the baseline; seasonal, (x − mean) / stddev of the window around the same time one season ago. A recording rule records the signed score itself.',
  {
    query: query('The series watched'),
    method: enumOf('zscore, mad or seasonal (see above).', ['zscore', 'mad', 'seasonal'], { default: 'zscore' }),
    sensitivity: num('How many standard deviations (or scaled MADs) from normal count as an anomaly (k in mean ± k·stddev).', { minimum: 0, default: 3 }),
    window: longDuration('The baseline window: the mean and deviation are taken over this much history.', { default: '1h' }),
    season: longDuration("For method seasonal: the period of the pattern, e.g. 1d or 1w; the baseline is the window centred on the same time one season ago (only a window's worth of samples is read, not the whole season)."),
    direction: enumOf('Which anomalies alert: above (too high), below (too low) or both.', ['above', 'below', 'both'], { default: 'both' }),
    step: step(),
  },
  {
    required: ['query'],
    'x-kubernetes-validations': [
      { rule: "(self.method == 'seasonal') == has(self.season)", message: 'season must be set for method seasonal, and only for it' },
    ],
  },
);

const forecast = obj(
  'A forecast rule, compiled to PromQL: predict_linear(query[window], within) compared with value, i.e. "will cross value within this time" from a linear fit over window. E.g. a disk full in 4h: {query: node_filesystem_avail_bytes, direction: below, value: 0, within: 4h}. Alerting rules only.',
  {
    query: query('The series extrapolated'),
    value: num('The level that must not be crossed.'),
    direction: enumOf('above: alert when the series is predicted to exceed value; below: to fall under it.', ['above', 'below']),
    within: longDuration('How far ahead to predict, e.g. 4h.'),
    window: longDuration('History the linear fit uses.', { default: '1h' }),
    step: step(),
  },
  { required: ['query', 'value', 'direction', 'within'] },
);


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
          'One rule: either alert or record, with its condition written in PromQL (expr) or as a threshold, anomaly or forecast that Sightline compiles to PromQL.',
          {
            alert: str('Name of the alert this rule fires.', { pattern: '^[a-zA-Z_][a-zA-Z0-9_]*$', maxLength: 256 }),
            record: str('Name of the metric this rule records.', { pattern: '^[a-zA-Z_:][a-zA-Z0-9_:]*$', maxLength: 256 }),
            expr: str('PromQL expression. Exactly one of expr, threshold, anomaly and forecast is set.', { minLength: 1, maxLength: 16384 }),
            threshold,
            anomaly,
            forecast,
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
            'x-kubernetes-validations': [
              {
                rule: '(has(self.expr) ? 1 : 0) + (has(self.threshold) ? 1 : 0) + (has(self.anomaly) ? 1 : 0) + (has(self.forecast) ? 1 : 0) == 1',
                message: 'exactly one of expr, threshold, anomaly and forecast must be set',
              },
              { rule: 'has(self.alert) || !(has(self.threshold) || has(self.forecast))', message: 'threshold and forecast only apply to alerting rules' },
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
