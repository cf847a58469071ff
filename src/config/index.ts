/** The flags of each `sightline` command and the typed configuration they resolve to. */
import type { Flag } from './flags.js';

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

/** A server that receives telemetry: OTLP on its own ports, remote write and push on the web port. */
export interface IngestConfig extends ServerConfig {
  otlpHttpListenAddress: string;
  otlpGrpcListenAddress: string;
  retentionMs: number;
}

export interface StandaloneConfig extends IngestConfig {
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

const ingestFlags = (storageRequired: boolean): Flag<keyof IngestConfig>[] => [
  ...serverFlags(storageRequired),
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
];

export interface Command<C> {
  name: string;
  summary: string;
  flags: readonly Flag<keyof C & string>[];
}

export const standaloneCommand: Command<StandaloneConfig> = {
  name: 'standalone',
  summary: 'Run every Sightline component in one process, with desired state from a folder of manifests and an embedded database by default.',
  flags: [
    ...ingestFlags(false),
    {
      name: 'manifests',
      key: 'manifests',
      kind: 'string',
      description: 'Folder of ScrapeTarget, MonitoredService, AlertRule and NotificationChannel manifests (watched for changes).',
      default: 'config/samples',
    },
  ],
};

export const operatorCommand: Command<ServerConfig> = {
  name: 'operator',
  summary: 'Run the Kubernetes operator: watch Sightline resources and reconcile them into the runtime.',
  flags: serverFlags(true),
};

export const ingestCommand: Command<IngestConfig> = {
  name: 'ingest',
  summary: 'Run a stateless ingest replica: OTLP, remote-write and push receivers and the query API over PostgreSQL.',
  flags: ingestFlags(true),
};

export const migrateCommand: Command<CommonConfig> = {
  name: 'migrate',
  summary: 'Apply pending database migrations and exit.',
  flags: commonFlags(false),
};

/** Splits "host:port" / ":port" / "[::1]:port" into what net.listen wants. */
export function parseListenAddress(address: string): { host: string; port: number } {
  const i = address.lastIndexOf(':');
  const host = address.slice(0, i).replace(/^\[(.*)\]$/, '$1');
  return { host: host === '' ? '0.0.0.0' : host, port: Number(address.slice(i + 1)) };
}
