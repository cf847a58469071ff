/** Schema pieces shared by several kinds. */
import { RELABEL_ACTIONS } from '../../discovery/relabel.js';
import { arr, bool, duration, enumOf, int, obj, secretKeyRef, str, type Schema } from '../schema.js';


const LABEL_NAME = '^[a-zA-Z_][a-zA-Z0-9_]*$';

export const relabelConfig = (description: string): Schema =>
  arr(
    description,
    obj(
      'One relabeling step, with Prometheus relabel_config semantics.',
      {
        sourceLabels: arr('Labels whose values are joined with separator and matched against regex.', str('A label name.', { pattern: LABEL_NAME, maxLength: 256 }), { maxItems: 32 }),
        separator: str('Separator placed between concatenated source label values.', { default: ';', maxLength: 32 }),
        regex: str('RE2 regular expression matched against the joined source values; anchored at both ends.', { default: '(.*)', maxLength: 4096 }),
        modulus: int('Modulus for the hashmod action.', { minimum: 1 }),
        targetLabel: str('Label written by replace, hashmod, lowercase and uppercase. May use $1-style group references with replace.', { maxLength: 256 }),
        replacement: str('Replacement for replace and labelmap; $1, ${1} and ${name} refer to regex groups.', { default: '$1', maxLength: 4096 }),
        action: enumOf('What to do when the regex matches.', [...RELABEL_ACTIONS], { default: 'replace' }),
      },
      {
        'x-kubernetes-validations': [
          {
            rule: "!(self.action in ['replace', 'hashmod', 'lowercase', 'uppercase']) || (has(self.targetLabel) && self.targetLabel != '')",
            message: 'targetLabel is required for the replace, hashmod, lowercase and uppercase actions',
          },
          { rule: "self.action != 'hashmod' || has(self.modulus)", message: 'modulus is required for the hashmod action' },
          {
            rule: "!(self.action in ['keepequal', 'dropequal']) || (has(self.targetLabel) && self.targetLabel != '')",
            message: 'targetLabel is required for the keepequal and dropequal actions',
          },
        ],
      },
    ),
    { maxItems: 64 },
  );

export const scrapeEndpoint = (description: string): Schema =>
  obj(
    description,
    {
      port: {
        'x-kubernetes-int-or-string': true,
        description: 'Port to scrape: a container or service port name, or a number.',
      },
      path: str('HTTP path to scrape.', { default: '/metrics', maxLength: 1024, pattern: '^/' }),
      scheme: enumOf('HTTP scheme.', ['http', 'https'], { default: 'http' }),
      interval: duration('How often to scrape.', { default: '30s' }),
      scrapeTimeout: duration('How long a scrape may take before it fails; at most the interval.', { default: '10s' }),
      params: {
        type: 'object',
        description: 'URL query parameters added to every scrape request.',
        additionalProperties: arr('Values of one parameter.', str('A value.'), { maxItems: 16 }),
        maxProperties: 32,
      },
      honorLabels: bool('Keep labels from the scraped page when they clash with target labels (otherwise they are renamed exported_<name>).', { default: false }),
      honorTimestamps: bool('Use timestamps from the scraped page instead of the scrape time.', { default: true }),
      relabelings: relabelConfig('Relabeling applied to the target\'s labels before scraping.'),
      metricRelabelings: relabelConfig('Relabeling applied to every scraped sample before it is stored.'),
      tlsConfig: obj('TLS settings for https scrapes.', {
        caSecret: secretKeyRef('Secret key holding the PEM CA bundle that verifies the target.'),
        certSecret: secretKeyRef('Secret key holding the PEM client certificate.'),
        keySecret: secretKeyRef('Secret key holding the PEM client key.'),
        serverName: str('Server name used to verify the target certificate.', { maxLength: 253 }),
        insecureSkipVerify: bool('Do not verify the target certificate.', { default: false }),
      }),
      basicAuth: obj(
        'HTTP basic authentication.',
        {
          username: secretKeyRef('Secret key holding the user name.'),
          password: secretKeyRef('Secret key holding the password.'),
        },
        { required: ['username', 'password'] },
      ),
      bearerTokenSecret: secretKeyRef('Secret key holding a bearer token sent in the Authorization header.'),
    },
    {
      'x-kubernetes-validations': [
        {
          rule: 'duration(self.scrapeTimeout) <= duration(self.interval)',
          message: 'scrapeTimeout must not be greater than interval',
          fieldPath: '.scrapeTimeout',
        },
        { rule: '!(has(self.basicAuth) && has(self.bearerTokenSecret))', message: 'basicAuth and bearerTokenSecret are mutually exclusive' },
      ],
    },
  );
