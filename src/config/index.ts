/** The flags of each `sightline` command and the typed configuration they resolve to. */
import type { Flag, Positionals } from './flags.js';

const ADDRESS = { pattern: '^(\\[[0-9a-fA-F:.]+\\]|[^:\\[\\]\\s]*):[0-9]{1,5}$' };
const ADDRESS_ACCEPTS = 'host:port or :port, e.g. :9470 or 127.0.0.1:9470';

export interface CommonConfig {
  storage: string;
  dataDir: string;
  maxConnections: number;
  logLevel: string;
}

export interface ServerConfig extends CommonConfig {
  webListenAddress: string;
  shutdownTimeoutMs: number;
}

/** Rule evaluation: what `$externalURL` and `$externalLabels` give rule templates, as Prometheus's flags. */
export interface RulesConfig {
  externalUrl?: string;
  externalLabels?: string;
}

const rulesFlags: Flag<keyof RulesConfig>[] = [
  {
    name: 'web.external-url',
    key: 'externalUrl',
    kind: 'string',
    description: 'The URL users reach Sightline at (e.g. behind a proxy): $externalURL in rule templates and links in alerts. Default: http://<hostname>:<web port>.',
    schema: { pattern: '^https?://' },
    accepts: 'an http:// or https:// URL',
  },
  {
    name: 'rules.external-labels',
    key: 'externalLabels',
    kind: 'string',
    description: 'Labels of this installation, as Prometheus\'s global external_labels: $externalLabels in rule templates.',
    schema: { pattern: '^[a-zA-Z_][a-zA-Z0-9_]*=[^,]*(,[a-zA-Z_][a-zA-Z0-9_]*=[^,]*)*$' },
    accepts: 'name=value[,name=value…]',
  },
];

/** Parses `name=value,name=value` flags (--rules.external-labels, --ingest.env), validated by their patterns. */
export function parsePairs(text: string | undefined): Record<string, string> {
  return Object.fromEntries((text ?? '').split(',').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

export interface OperatorConfig extends ServerConfig, KubeConfigFlags, RulesConfig {
  resyncMs: number;
  watchPrometheusRules: boolean;
  manageCrds: boolean;
  leaderElect: boolean;
  leaderElectionNamespace: string;
  leaseDurationMs: number;
  renewDeadlineMs: number;
  retryPeriodMs: number;
  ingestImage?: string;
  ingestNamespace: string;
  ingestReplicas: number;
  ingestCpu: string;
  ingestMemory: string;
  ingestEnv?: string;
  ingestStorageSecret?: string;
}

/** A server that receives telemetry: OTLP on its own ports, remote write and push on the web port. */
export interface IngestConfig extends ServerConfig {
  otlpHttpListenAddress: string;
  otlpGrpcListenAddress: string;
  retentionMs: number;
  outOfOrderWindowMs: number;
  memoryHeadWindowMs: number;
  /** Remote read limits; the server's defaults when unset. */
  remoteReadSampleLimit?: number;
  remoteReadConcurrentLimit?: number;
  remoteReadMaxBytesInFrame?: number;
}

export interface StandaloneConfig extends IngestConfig, RulesConfig {
  manifests: string;
}

const storage = (required: boolean): Flag<'storage'> => ({
  name: 'storage',
  key: 'storage',
  kind: 'string',
  description: 'Where data is stored: "embedded" (PostgreSQL in-process, in --data-dir) or a PostgreSQL connection URL.',
  ...(required ? { required: true } : { default: 'embedded' }),
  schema: { pattern: '^(embedded|postgres(ql)?://.+)$' },
  accepts: '"embedded" or a postgres:// URL',
});

const commonFlags = (storageRequired: boolean): Flag<keyof CommonConfig>[] => [
  storage(storageRequired),
  { name: 'data-dir', key: 'dataDir', kind: 'string', description: 'Folder of the embedded database.', default: './data' },
  {
    name: 'storage.max-connections',
    key: 'maxConnections',
    kind: 'integer',
    description: 'Maximum PostgreSQL connections in the pool.',
    default: 10,
    schema: { minimum: 1, maximum: 1000 },
  },
  {
    name: 'log.level',
    key: 'logLevel',
    kind: 'string',
    description: 'Minimum level of log lines.',
    default: 'info',
    schema: { enum: ['debug', 'info', 'warn', 'error'] },
  },
];

const serverFlags = (storageRequired: boolean): Flag<keyof ServerConfig>[] => [
  ...commonFlags(storageRequired),
  {
    name: 'web.listen-address',
    key: 'webListenAddress',
    kind: 'string',
    description: 'Address of the HTTP server (health, metrics, APIs).',
    default: ':9470',
    schema: ADDRESS,
    accepts: ADDRESS_ACCEPTS,
  },
  {
    name: 'shutdown-timeout',
    key: 'shutdownTimeoutMs',
    kind: 'duration',
    description: 'How long SIGTERM waits for in-flight work to drain before exiting.',
    default: '10s',
  },
];

/**
 * Standalone is its store's only writer, so a memory head of its newest samples is exact; ingest
 * replicas share the database with each other, and read it.
 */
const ingestFlags = (storageRequired: boolean, singleWriter: boolean): Flag<keyof IngestConfig>[] => [
  ...serverFlags(storageRequired),
  {
    name: 'storage.out-of-order-window',
    key: 'outOfOrderWindowMs',
    kind: 'duration',
    description:
      'Samples up to this late go to the head, the fast path; older ones, back to the retention limit (a sender replaying its backlog), are stored apart and compacted into blocks later.',
    default: '10m',
  },
  {
    name: 'storage.memory-head-window',
    key: 'memoryHeadWindowMs',
    kind: 'duration',
    description:
      'Keep this much of the newest metric data in memory and answer queries over it from there (0: off). Only exact for the store\'s single writer: on for standalone, off for ingest replicas, which share the database.',
    default: singleWriter ? '2h' : '0s',
  },
  {
    name: 'otlp.http-listen-address',
    key: 'otlpHttpListenAddress',
    kind: 'string',
    description: 'Address of the OTLP/HTTP receiver (POST /v1/metrics).',
    default: ':4318',
    schema: ADDRESS,
    accepts: ADDRESS_ACCEPTS,
  },
  {
    name: 'otlp.grpc-listen-address',
    key: 'otlpGrpcListenAddress',
    kind: 'string',
    description: 'Address of the OTLP/gRPC receiver (MetricsService/Export).',
    default: ':4317',
    schema: ADDRESS,
    accepts: ADDRESS_ACCEPTS,
  },
  {
    name: 'storage.retention',
    key: 'retentionMs',
    kind: 'duration',
    description: 'How long raw metric samples are kept on a new database (MonitoredService retention overrides it per service).',
    default: '15d',
  },
  {
    name: 'storage.remote.read-sample-limit',
    key: 'remoteReadSampleLimit',
    kind: 'integer',
    description: 'Most samples one remote read request (POST /api/v1/read) may select; a larger read is refused with 413 before anything is sent (0: no limit). As Prometheus\'s flag of the same name.',
    default: 50_000_000,
    schema: { minimum: 0 },
  },
  {
    name: 'storage.remote.read-concurrent-limit',
    key: 'remoteReadConcurrentLimit',
    kind: 'integer',
    description: 'Remote read requests served at once; the others wait their turn (0: no limit).',
    default: 10,
    schema: { minimum: 0 },
  },
  {
    name: 'storage.remote.read-max-bytes-in-frame',
    key: 'remoteReadMaxBytesInFrame',
    kind: 'integer',
    description: 'Size a frame of a streamed remote read response (STREAMED_XOR_CHUNKS) is cut at; a frame holds one series, and at least one chunk.',
    default: 1_048_576,
    schema: { minimum: 1024 },
  },
];

/** Access to a Kubernetes API server: shared by the operator and the ingest replicas. */
export interface KubeConfigFlags {
  kubeconfig?: string;
  watchNamespace?: string;
}

const kubeFlags: Flag<keyof KubeConfigFlags>[] = [
  {
    name: 'kubeconfig',
    key: 'kubeconfig',
    kind: 'string',
    description: 'Path of a kubeconfig file; when unset, $KUBECONFIG, ~/.kube/config, then the in-cluster ServiceAccount.',
  },
  {
    name: 'watch-namespace',
    key: 'watchNamespace',
    kind: 'string',
    description: 'Watch only this namespace (bind the ClusterRole with a RoleBinding there); all namespaces when unset.',
    schema: { pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 },
    accepts: 'a namespace name',
  },
];

/** `sightline ingest`: the receivers plus, with Kubernetes access, its shard of the cluster's scrape targets. */
export interface IngestReplicaConfig extends IngestConfig, KubeConfigFlags {
  scrapeKubernetes: 'auto' | 'true' | 'false';
  scrapeShards?: number;
  scrapeShardIndex?: number;
}

export interface Command<C> {
  name: string;
  summary: string;
  flags: readonly Flag<keyof C & string>[];
  /** Arguments after the flags; only the offline tools take them. */
  positionals?: Positionals;
}

export const standaloneCommand: Command<StandaloneConfig> = {
  name: 'standalone',
  summary: 'Run every Sightline component in one process, with desired state from a folder of manifests and an embedded database by default.',
  flags: [
    ...ingestFlags(false, true),
    ...rulesFlags,
    {
      name: 'manifests',
      key: 'manifests',
      kind: 'string',
      description: 'Folder of ScrapeTarget, MonitoredService, AlertRule and NotificationChannel manifests (watched for changes).',
      default: 'config/samples',
    },
  ],
};

export const operatorCommand: Command<OperatorConfig> = {
  name: 'operator',
  summary: 'Run the Kubernetes operator: watch Sightline resources and reconcile them into the runtime.',
  flags: [
    ...serverFlags(true),
    ...kubeFlags,
    ...rulesFlags,
    {
      name: 'resync-period',
      key: 'resyncMs',
      kind: 'duration',
      description: 'How often every object is reconciled again even without a change (picks up Secrets, which are not watched).',
      default: '30s',
    },
    {
      name: 'watch-prometheusrules',
      key: 'watchPrometheusRules',
      kind: 'boolean',
      description: 'Also evaluate prometheus-operator PrometheusRule objects (monitoring.coreos.com/v1), each group as an AlertRule; the CRD need not exist yet.',
      default: false,
    },
    {
      name: 'manage-crds',
      key: 'manageCrds',
      kind: 'boolean',
      description:
        'At start, server-side apply the Sightline CRDs this version carries (unless a newer version applied them), so upgrading the image upgrades the schemas; needs get/patch on those four CRDs.',
      default: false,
    },
    {
      name: 'leader-elect',
      key: 'leaderElect',
      kind: 'boolean',
      description: 'Elect one active replica through a coordination.k8s.io Lease; required when running more than one.',
      default: false,
    },
    {
      name: 'leader-election.namespace',
      key: 'leaderElectionNamespace',
      kind: 'string',
      description: 'Namespace of the Lease (named sightline-operator).',
      default: 'sightline-system',
      schema: { pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 },
      accepts: 'a namespace name',
    },
    {
      name: 'leader-election.lease-duration',
      key: 'leaseDurationMs',
      kind: 'duration',
      description: 'How long a standby waits after the last renewal it saw before taking over.',
      default: '10s',
    },
    {
      name: 'leader-election.renew-deadline',
      key: 'renewDeadlineMs',
      kind: 'duration',
      description: 'How long the leader keeps acting while its renewals fail; then it exits.',
      default: '7s',
    },
    {
      name: 'leader-election.retry-period',
      key: 'retryPeriodMs',
      kind: 'duration',
      description: 'How often candidates try to acquire and the leader renews the Lease.',
      default: '2s',
    },
    {
      name: 'ingest.image',
      key: 'ingestImage',
      kind: 'string',
      description: 'Image of the ingest Deployment the operator owns (`sightline ingest` replicas behind a Service); unset: no ingest tier.',
    },
    {
      name: 'ingest.namespace',
      key: 'ingestNamespace',
      kind: 'string',
      description: 'Namespace of the ingest Deployment and Service.',
      default: 'sightline-system',
      schema: { pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 },
      accepts: 'a namespace name',
    },
    { name: 'ingest.replicas', key: 'ingestReplicas', kind: 'integer', description: 'Ingest replicas.', default: 2, schema: { minimum: 0, maximum: 1000 } },
    { name: 'ingest.cpu', key: 'ingestCpu', kind: 'string', description: 'CPU request and limit of each ingest replica.', default: '500m', schema: { pattern: '^[0-9.]+m?$' }, accepts: 'a CPU quantity such as 500m or 2' },
    {
      name: 'ingest.memory',
      key: 'ingestMemory',
      kind: 'string',
      description: 'Memory request and limit of each ingest replica.',
      default: '512Mi',
      schema: { pattern: '^[0-9]+(Ki|Mi|Gi|k|M|G)?$' },
      accepts: 'a memory quantity such as 512Mi',
    },
    {
      name: 'ingest.storage-secret',
      key: 'ingestStorageSecret',
      kind: 'string',
      description:
        'Secret (in the ingest namespace) and key holding the database URL: the ingest replicas read SIGHTLINE_STORAGE from it instead of a copy of --storage in their Deployment.',
      schema: { pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?/[-._a-zA-Z0-9]+$' },
      accepts: 'SECRET/KEY, e.g. sightline-database/url',
    },
    {
      name: 'ingest.env',
      key: 'ingestEnv',
      kind: 'string',
      description: 'Extra environment of the ingest replicas as NAME=value pairs separated by commas; SIGHTLINE_STORAGE defaults to this operator\'s --storage.',
      schema: { pattern: '^[A-Za-z_][A-Za-z0-9_]*=[^,]*(,[A-Za-z_][A-Za-z0-9_]*=[^,]*)*$' },
      accepts: 'NAME=value[,NAME=value…]',
    },
  ],
};

export const ingestCommand: Command<IngestReplicaConfig> = {
  name: 'ingest',
  summary:
    'Run a stateless ingest replica: OTLP, remote-write and push receivers and the query API over PostgreSQL; with Kubernetes access, it also scrapes its shard of the cluster (ScrapeTargets, MonitoredService metrics, annotated pods).',
  flags: [
    ...ingestFlags(true, false),
    ...kubeFlags,
    {
      name: 'scrape.kubernetes',
      key: 'scrapeKubernetes',
      kind: 'string',
      description:
        'Scrape the targets of the cluster: "auto" when a Kubernetes configuration is found (--kubeconfig, $KUBECONFIG, ~/.kube/config or the in-cluster ServiceAccount), "true" requires one, "false" only receives pushed data. Without read access to Kubernetes the replica logs it and keeps receiving.',
      default: 'auto',
      schema: { enum: ['auto', 'true', 'false'] },
    },
    {
      name: 'scrape.shards',
      key: 'scrapeShards',
      kind: 'integer',
      description:
        'Number of scrape shards; each target is scraped by the one replica its label hash picks. Unset: derived from the ingest Deployment (its non-terminating pods sorted by name; this replica is $POD_NAME in $POD_NAMESPACE, which the operator sets), or 1 when POD_NAME is unset.',
      schema: { minimum: 1, maximum: 10000 },
    },
    {
      name: 'scrape.shard-index',
      key: 'scrapeShardIndex',
      kind: 'integer',
      description: 'This replica\'s shard, from 0 to --scrape.shards - 1; required with --scrape.shards.',
      schema: { minimum: 0, maximum: 9999 },
    },
  ],
};

export const migrateCommand: Command<CommonConfig> = {
  name: 'migrate',
  summary: 'Apply pending database migrations and exit.',
  flags: commonFlags(false),
};

/** `sightline import`: history from a Prometheus (remote read) or an OpenMetrics file into the store. */
export interface ImportConfig extends CommonConfig {
  from?: string;
  fromFile?: string;
  match: string[];
  start?: string;
  end?: string;
  sliceMs: number;
}

const TIME = { pattern: '^([+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|\\d{4}-\\d{2}-\\d{2}T.+)$' };
const TIME_ACCEPTS = 'Unix seconds or an RFC 3339 time, e.g. 2026-01-31T00:00:00Z';

export const importCommand: Command<ImportConfig> = {
  name: 'import',
  summary:
    'Import history into the store, so people moving to Sightline keep theirs: from a Prometheus (or any remote-read server) through its remote-read endpoint, in time slices, or from an OpenMetrics text file with timestamps (as `promtool tsdb create-blocks-from openmetrics` takes). Progress (time slice, series, samples) is shown on stderr; a summary on stdout. Exit code 0 when every sample was stored, 1 when some were refused or the source failed, 2 on a usage error.',
  flags: [
    // Logs would break the progress line: warnings and errors only, unless asked.
    ...commonFlags(false).map((f) => (f.name === 'log.level' ? { ...f, default: 'warn' } : f)),
    {
      name: 'from',
      key: 'from',
      kind: 'string',
      description: 'Remote-read URL to read from, e.g. http://prometheus:9090/api/v1/read. Streamed XOR chunks are asked for first, samples second.',
      schema: { pattern: '^https?://' },
      accepts: 'an http:// or https:// URL',
    },
    {
      name: 'from-file',
      key: 'fromFile',
      kind: 'string',
      description: 'OpenMetrics text file to read from instead of --from; every sample needs a timestamp, the file ends with "# EOF". It is checked whole before anything is written.',
    },
    {
      name: 'match',
      key: 'match',
      kind: 'list',
      description: 'Series selector of what to import, e.g. \'{job="node"}\' or \'{__name__=~".+"}\' for everything; required with --from, a filter with --from-file (all series when unset).',
      accepts: 'a PromQL series selector',
    },
    {
      name: 'start',
      key: 'start',
      kind: 'string',
      description: 'Start of the imported range (inclusive). Default with --from: --end minus 15 days (the default retention); with --from-file: the file\'s first sample.',
      schema: TIME,
      accepts: TIME_ACCEPTS,
    },
    {
      name: 'end',
      key: 'end',
      kind: 'string',
      description: 'End of the imported range (inclusive). Default with --from: now; with --from-file: the file\'s last sample.',
      schema: TIME,
      accepts: TIME_ACCEPTS,
    },
    {
      name: 'slice',
      key: 'sliceMs',
      kind: 'duration',
      description: 'Time range of one remote-read request: smaller slices bound the memory of both sides (and stay under the source\'s sample limit), larger ones make fewer requests.',
      default: '2h',
    },
  ],
};

/** `sightline check rules`: an offline tool, like promtool's. */
export interface CheckRulesConfig {
  lint: string;
  lintFatal: boolean;
}

const RULE_FILES: Positionals = { name: 'FILE…', description: 'Prometheus rule files or files of PrometheusRule manifests (monitoring.coreos.com/v1, several documents or a List).' };

export const checkRulesCommand: Command<CheckRulesConfig> = {
  name: 'check rules',
  summary:
    'Check rule files as `promtool check rules` (Prometheus 2.42) does, with its output: "Checking FILE", then "SUCCESS: N rules found" or "FAILED:" and the problems. Exit code 0 when every file is valid, 1 when one is not, 3 when only lint findings remain and --lint-fatal is set, 2 on a usage error (e.g. a file that does not exist).',
  positionals: RULE_FILES,
  flags: [
    {
      name: 'lint',
      key: 'lint',
      kind: 'string',
      description: 'Linting checks to apply: all, duplicate-rules (rules with the same name and labels) or none, comma-separated.',
      default: 'duplicate-rules',
      schema: { pattern: '^(all|duplicate-rules|none)(,(all|duplicate-rules|none))*$' },
      accepts: 'all, duplicate-rules or none, comma-separated',
    },
    { name: 'lint-fatal', key: 'lintFatal', kind: 'boolean', description: 'Make lint findings exit with code 3.', default: false },
  ],
};

export const testRulesCommand: Command<Record<never, never>> = {
  name: 'test rules',
  summary:
    'Run rule unit tests written for `promtool test rules` (rule_files, evaluation_interval, input_series, alert_rule_test, promql_expr_test), with its output. Exit code 0 when every test passes, 1 when one fails, 2 on a usage error.',
  positionals: { name: 'FILE…', description: 'Unit test files; their rule_files are relative to each test file.' },
  flags: [],
};

export const convertPrometheusRuleCommand: Command<Record<never, never>> = {
  name: 'convert prometheusrule',
  summary:
    'Convert PrometheusRule manifests and Prometheus rule files into AlertRules, one per rule group (named after the PrometheusRule and the group, in its namespace or "default"), printed as YAML documents on stdout; what cannot be converted exactly is left out and listed on stderr as FILE:LINE: reason. Exit code 0 when everything was converted, 1 when something was left out, 2 on a usage error.',
  positionals: RULE_FILES,
  flags: [],
};

/** Splits "host:port" / ":port" / "[::1]:port" into what net.listen wants. */
export function parseListenAddress(address: string): { host: string; port: number } {
  const i = address.lastIndexOf(':');
  const host = address.slice(0, i).replace(/^\[(.*)\]$/, '$1');
  return { host: host === '' ? '0.0.0.0' : host, port: Number(address.slice(i + 1)) };
}
