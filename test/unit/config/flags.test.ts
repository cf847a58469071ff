import { describe, expect, it } from 'vitest';
import { importCommand, operatorCommand, parseListenAddress, standaloneCommand } from '../../../src/config/index.js';
import { envName, formatHelp, parseFlags, UsageError } from '../../../src/config/flags.js';

const parseStandalone = (argv: string[], env: Record<string, string> = {}) => parseFlags('standalone', standaloneCommand.flags, argv, env);

function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseFlags', () => {
  it('uses defaults that work in standalone mode', () => {
    const { config } = parseStandalone([]);
    expect(config).toEqual({
      storage: 'embedded',
      dataDir: './data',
      maxConnections: 10,
      logLevel: 'info',
      webListenAddress: ':9470',
      shutdownTimeoutMs: 10_000,
      otlpHttpListenAddress: ':4318',
      otlpGrpcListenAddress: ':4317',
      retentionMs: 15 * 24 * 3600_000,
      outOfOrderWindowMs: 10 * 60_000,
      memoryHeadWindowMs: 2 * 60 * 60_000,
      remoteReadSampleLimit: 50_000_000,
      remoteReadConcurrentLimit: 10,
      remoteReadMaxBytesInFrame: 1_048_576,
      manifests: 'config/samples',
    });
  });

  it('collects a repeatable flag, or takes one value from its environment variable', () => {
    const parseImport = (argv: string[], env: Record<string, string> = {}) => parseFlags('import', importCommand.flags, argv, env).config;
    expect(parseImport(['--match', '{job="a"}', '--match=up']).match).toEqual(['{job="a"}', 'up']);
    expect(parseImport([], { SIGHTLINE_MATCH: '{job="b"}' }).match).toEqual(['{job="b"}']);
    expect(parseImport([]).match).toEqual([]);
    expect(parseImport(['--slice', '30m']).sliceMs).toBe(1_800_000);
    expect(formatHelp('import', importCommand.summary, importCommand.flags)).toMatch(/--match <value>\n.*\(repeatable\)/);
  });

  it('takes flags over environment variables over defaults', () => {
    const env = { SIGHTLINE_WEB_LISTEN_ADDRESS: '127.0.0.1:1000', SIGHTLINE_STORAGE_MAX_CONNECTIONS: '4', SIGHTLINE_DATA_DIR: '/env' };
    const { config } = parseStandalone(['--web.listen-address=127.0.0.1:2000', '--data-dir', '/flag'], env);
    expect(config.webListenAddress).toBe('127.0.0.1:2000');
    expect(config.dataDir).toBe('/flag');
    expect(config.maxConnections).toBe(4);
  });

  it('converts durations to milliseconds', () => {
    expect(parseStandalone(['--shutdown-timeout', '1m30s']).config.shutdownTimeoutMs).toBe(90_000);
  });

  it('names env variables after flags', () => {
    expect(standaloneCommand.flags.map(envName)).toContain('SIGHTLINE_WEB_LISTEN_ADDRESS');
    expect(standaloneCommand.flags.map(envName)).toContain('SIGHTLINE_STORAGE_MAX_CONNECTIONS');
  });

  it.each([
    [['--nope'], "unknown flag --nope for 'sightline standalone'; see 'sightline standalone --help'"],
    [['--web.listen-address', 'localhost'], 'invalid value "localhost" for --web.listen-address: expected host:port or :port, e.g. :9470 or 127.0.0.1:9470'],
    [['--storage', 'mysql://x'], 'invalid value "mysql://x" for --storage: expected "embedded" or a postgres:// URL'],
    [['--storage.max-connections', '0'], 'invalid value "0" for --storage.max-connections: expected an integer ≥ 1'],
    [['--storage.max-connections', 'many'], 'invalid value "many" for --storage.max-connections: expected an integer ≥ 1'],
    [['--log.level', 'loud'], 'invalid value "loud" for --log.level: expected one of debug, info, warn, error'],
    [['--shutdown-timeout', '10'], 'invalid value "10" for --shutdown-timeout: expected a duration such as 500ms, 10s or 5m'],
    [['--shutdown-timeout'], 'flag --shutdown-timeout needs a value'],
    [['extra'], "unexpected argument 'extra' for 'sightline standalone'; see 'sightline standalone --help'"],
  ])('rejects %j with one clear line', (argv, message) => {
    expect(usageError(() => parseStandalone(argv))).toBe(message);
  });

  it('names the environment variable when the bad value came from it', () => {
    expect(usageError(() => parseStandalone([], { SIGHTLINE_LOG_LEVEL: 'loud' }))).toBe(
      'invalid value "loud" for SIGHTLINE_LOG_LEVEL: expected one of debug, info, warn, error',
    );
  });

  it('requires a database URL for the operator', () => {
    expect(usageError(() => parseFlags('operator', operatorCommand.flags, [], {}))).toBe(
      'missing required flag --storage (or SIGHTLINE_STORAGE): expected "embedded" or a postgres:// URL',
    );
    expect(parseFlags('operator', operatorCommand.flags, [], { SIGHTLINE_STORAGE: 'postgres://db/x' }).config.storage).toBe('postgres://db/x');
  });

  it('reports --help and lists every flag with its variable and default', () => {
    expect(parseStandalone(['--help']).help).toBe(true);
    const help = formatHelp('standalone', standaloneCommand.summary, standaloneCommand.flags);
    for (const f of standaloneCommand.flags) {
      expect(help).toContain(`--${f.name}`);
      expect(help).toContain(envName(f));
    }
    expect(help).toContain('(default ":9470")');
  });
});

describe('parseListenAddress', () => {
  it.each([
    [':9470', { host: '0.0.0.0', port: 9470 }],
    ['127.0.0.1:80', { host: '127.0.0.1', port: 80 }],
    ['[::1]:9470', { host: '::1', port: 9470 }],
  ])('%s', (addr, want) => expect(parseListenAddress(addr)).toEqual(want));
});
