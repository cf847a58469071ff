import { arr, conditions, enumOf, int, labelSelector, obj, observedGeneration, readyColumns, str, type KindDefinition } from '../schema.js';
import { scrapeEndpoint } from './common.js';

export const scrapeTarget: KindDefinition = {
  kind: 'ScrapeTarget',
  plural: 'scrapetargets',
  singular: 'scrapetarget',
  shortNames: ['stgt'],
  description:
    'ScrapeTarget tells Sightline which Prometheus endpoints to scrape: a fixed list of host:port addresses, or the pods, services or endpoints picked by a label selector.',
  spec: obj(
    'Desired scraping.',
    {
      jobName: str('Value of the job label of every target; defaults to <namespace>/<name>.', { maxLength: 256 }),
      staticTargets: arr('Fixed host:port addresses to scrape. Mutually exclusive with selector.', str('A host:port address.', { pattern: '^[^\\s/]+:[0-9]{1,5}$', maxLength: 260 }), { maxItems: 1000 }),
      selector: labelSelector('Selects the pods, services or endpoints (per role) to scrape. Mutually exclusive with staticTargets.'),
      role: enumOf('What the selector selects.', ['pod', 'service', 'endpoints'], { default: 'endpoints' }),
      namespaceSelector: obj('Namespaces in which the selector applies; defaults to this object\'s namespace.', {
        any: { type: 'boolean', description: 'Select objects in all namespaces.' },
        matchNames: arr('Names of the namespaces to select from.', str('A namespace name.', { maxLength: 63 }), { maxItems: 100 }),
      }),
      endpoints: arr('How each target is scraped; one scrape per target and endpoint.', scrapeEndpoint('One scrape endpoint.'), { minItems: 1, maxItems: 16 }),
      sampleLimit: int('Maximum samples accepted per scrape; a scrape over the limit fails. 0 means no limit.', { minimum: 0, default: 0 }),
      labelLimit: int('Maximum labels per sample; a scrape with more fails. 0 means no limit.', { minimum: 0, default: 0 }),
      targetLimit: int('Maximum number of targets after relabeling; over it, no target is scraped. 0 means no limit.', { minimum: 0, default: 0 }),
    },
    {
      required: ['endpoints'],
      'x-kubernetes-validations': [
        { rule: 'has(self.staticTargets) != has(self.selector)', message: 'exactly one of staticTargets and selector must be set' },
        { rule: '!has(self.staticTargets) || self.endpoints.all(e, !has(e.port))', message: 'with staticTargets the port comes from each address; leave endpoint ports unset' },
        { rule: '!has(self.selector) || self.endpoints.all(e, has(e.port))', message: 'with a selector every endpoint must name the port to scrape' },
      ],
    },
  ),
  status: obj('Observed state of the scraping.', {
    observedGeneration: observedGeneration(),
    conditions: conditions(),
    discoveredTargets: int('Targets found by discovery before relabeling.', { minimum: 0 }),
    activeTargets: int('Targets being scraped after relabeling and limits.', { minimum: 0 }),
    upTargets: int('Active targets whose last scrape succeeded.', { minimum: 0 }),
    downTargets: int('Active targets whose last scrape failed.', { minimum: 0 }),
    lastScrapeTime: str('When the scrape that last changed these figures (a target\'s health or error) ran; scrapes that change nothing do not refresh it, so an idle operator makes no writes.', { format: 'date-time' }),
    lastError: str('The most recent scrape error of any target, with the target address.', { maxLength: 4096 }),
  }),
  printerColumns: [
    { name: 'Targets', type: 'integer', jsonPath: '.status.activeTargets', description: 'Targets being scraped.' },
    { name: 'Up', type: 'integer', jsonPath: '.status.upTargets', description: 'Targets whose last scrape succeeded.' },
    ...readyColumns,
    { name: 'Last Error', type: 'string', jsonPath: '.status.lastError', description: 'Most recent scrape error.', priority: 1 },
  ],
};
