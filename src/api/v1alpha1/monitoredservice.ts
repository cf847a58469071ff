import { arr, bool, conditions, duration, enumOf, int, labelSelector, longDuration, obj, observedGeneration, readyColumns, str, type KindDefinition } from '../schema.js';
import { scrapeEndpoint } from './common.js';

const port = { 'x-kubernetes-int-or-string': true as const, description: 'Port to check: a container port name or a number.' };

export const monitoredService: KindDefinition = {
  kind: 'MonitoredService',
  plural: 'monitoredservices',
  singular: 'monitoredservice',
  shortNames: ['msvc'],
  description:
    'MonitoredService describes one application as a whole: how to scrape and health-check its pods, which signals it sends, and how long its data is kept and rolled up.',
  spec: obj(
    'Desired monitoring of the service.',
    {
      selector: labelSelector('Selects the service\'s pods in this namespace.'),
      metrics: scrapeEndpoint('Scrape the pods\' metrics endpoint. Omit when the service pushes metrics over OTLP.'),
      healthCheck: obj(
        'Active health checking of every pod endpoint.',
        {
          http: obj(
            'An HTTP GET check.',
            {
              path: str('Path requested.', { default: '/healthz', pattern: '^/' }),
              port,
              scheme: enumOf('HTTP scheme.', ['http', 'https'], { default: 'http' }),
              expectedStatus: int('Status code that counts as healthy; 0 accepts any 2xx or 3xx.', { minimum: 0, maximum: 599, default: 0 }),
            },
            { required: ['port'] },
          ),
          tcp: obj('A TCP connect check.', { port }, { required: ['port'] }),
          interval: duration('Time between checks.', { default: '30s' }),
          timeout: duration('How long one check may take.', { default: '5s' }),
          failureThreshold: int('Consecutive failures before an endpoint counts as down.', { minimum: 1, default: 3 }),
        },
        {
          'x-kubernetes-validations': [
            { rule: 'has(self.http) != has(self.tcp)', message: 'exactly one of http and tcp must be set' },
            { rule: 'duration(self.timeout) <= duration(self.interval)', message: 'timeout must not be greater than interval', fieldPath: '.timeout' },
          ],
        },
      ),
      ingest: obj('Which signals the service sends to Sightline\'s OTLP endpoints.', {
        metrics: bool('The service sends metrics over OTLP.', { default: true }),
        traces: bool('The service sends traces over OTLP.', { default: true }),
        logs: bool('The service sends logs over OTLP.', { default: true }),
      }),
      retention: obj('How long the service\'s data (series with job "<namespace>/<name>") is kept; unset fields use the installation retention, which is also the maximum: a service can shorten it, and a longer value is capped (its status.storagePolicies entry says so).', {
        metrics: longDuration('Retention of raw metric samples.'),
        traces: longDuration('Retention of spans.'),
        logs: longDuration('Retention of log records.'),
      }),
      rollups: arr(
        'Pre-aggregated downsampled copies of selected metrics (min, max, sum, count and last per interval).',
        obj(
          'One rollup.',
          {
            metric: str('PromQL series selector choosing the metrics to roll up, e.g. http_requests_total{code=~"5.."}.', { minLength: 1, maxLength: 1024 }),
            interval: longDuration('Width of each rollup bucket.'),
            retention: longDuration('How long rolled-up data is kept (may exceed the installation retention); default the installation retention.'),
          },
          { required: ['metric', 'interval'] },
        ),
        { maxItems: 32 },
      ),
    },
    { required: ['selector'] },
  ),
  status: obj('Observed state of the service.', {
    observedGeneration: observedGeneration(),
    conditions: conditions(),
    health: enumOf('Overall health from the endpoint checks: Healthy when every checked endpoint is up, Down when none is, Degraded in between, Unknown before any verdict or without endpoints or checks.', ['Healthy', 'Degraded', 'Down', 'Unknown']),
    endpointsUp: int('Endpoints passing their checks.', { minimum: 0 }),
    endpointsTotal: int('Endpoints found by the selector: selected pods with an IP that are not terminating.', { minimum: 0 }),
    lastCheckTime: str('When the check that last changed health or endpointsUp ran (not refreshed by checks that change nothing, so an idle operator makes no writes).', { format: 'date-time' }),
    ingestEndpoints: obj('Where the service should send its telemetry.', {
      otlpGrpc: str('OTLP/gRPC endpoint (host:port).'),
      otlpHttp: str('OTLP/HTTP base URL.'),
    }),
    storagePolicies: arr(
      'State of the retention and rollup jobs for this service\'s data.',
      obj('One storage policy.', {
        name: str('Policy name: retention/<signal>, or rollup/<interval>/<hash of the selector>.'),
        state: enumOf('Policy state.', ['Active', 'Pending', 'Failing']),
        nextRunTime: str('When the policy job runs next.', { format: 'date-time' }),
        lastSuccessTime: str('When the policy job last succeeded.', { format: 'date-time' }),
        consecutiveFailures: int('Failures since the last success.', { minimum: 0 }),
        lastError: str('The last failure message.', { maxLength: 4096 }),
        message: str('Why the policy is Pending (e.g. a signal Sightline does not store yet), or how it was adjusted (e.g. a retention capped at the installation retention).', { maxLength: 1024 }),
      }),
      { maxItems: 64 },
    ),
  }),
  printerColumns: [
    { name: 'Health', type: 'string', jsonPath: '.status.health', description: 'Health from endpoint checks.' },
    { name: 'Up', type: 'integer', jsonPath: '.status.endpointsUp', description: 'Endpoints passing checks.' },
    { name: 'Endpoints', type: 'integer', jsonPath: '.status.endpointsTotal', description: 'Endpoints found.' },
    ...readyColumns,
  ],
};
