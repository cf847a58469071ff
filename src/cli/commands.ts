/** The `sightline` subcommands. */
import { existsSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import {
  checkRulesCommand,
  convertPrometheusRuleCommand,
  importCommand,
  ingestCommand,
  migrateCommand,
  operatorCommand,
  standaloneCommand,
  testRulesCommand,
  type CommonConfig,
  type IngestReplicaConfig,
  type OperatorConfig,

  type StandaloneConfig,
} from '../config/index.js';
import { UsageError, type Flag, type Positionals } from '../config/flags.js';
import { reportTargetState, startScraping, type ScrapeManager } from '../scrape/index.js';
import { FilesSource } from '../sources/files/index.js';
import { StorageService } from '../storage/service.js';
import { buildInfo } from '../util/build-info.js';
import { logger } from '../util/log.js';
import { registerTargetsApi } from '../web/targets-api.js';
import { findKubeConfig, scrapeClusterInBackground, scrapeSharding } from './cluster-scrape.js';
import { runImport } from './import.js';
import { runOperator } from './operator.js';
import { runCheckRules, runConvertPrometheusRule, runTestRules } from './rule-tools.js';
import { startServer } from './server.js';
import { notifier, ruleManager } from './rules.js';
import { runRulesFromSource, type RuleManager } from '../rules/index.js';
import { runNotifierFromSource, type Notifier } from '../notify/index.js';
import { registerAlertmanagerApi } from '../web/alertmanager-api.js';
import { registerRulesApi } from '../web/rules-api.js';

const log = logger('cli');

/** Components later milestones add; each command says plainly which are not there yet. */
function reportUnavailable(command: string, parts: string[]): void {
  log.warn({ command, notYetAvailable: parts }, `not yet available in this build: ${parts.join(', ')}`);
}

export async function runStandalone(config: StandaloneConfig): Promise<void> {
  if (!existsSync(config.manifests) || !statSync(config.manifests).isDirectory()) {
    throw new UsageError(`invalid value ${JSON.stringify(config.manifests)} for --manifests: not a folder`);
  }
  const source = new FilesSource(config.manifests);
  let loaded = false;
  // The targets route is registered before the web server listens; scraping starts afterwards.
  const scrape: { manager?: ScrapeManager } = {};
  const rules = { manager: undefined as RuleManager | undefined };
  const notify = { notifier: undefined as Notifier | undefined };
  const server = await startServer(config, {
    ingest: config,
    extraReadiness: [{ name: 'manifests', notReadyReason: () => (loaded ? undefined : 'loading') }],
    routes: (app) => {
      registerTargetsApi(app, { targets: () => scrape.manager?.targets() ?? { active: [], dropped: [] } });
      registerRulesApi(app, { groups: () => rules.manager?.groups() ?? [] });
      registerAlertmanagerApi(app, { notifier: () => notify.notifier });
    },
  });
  server.lifecycle.add({ name: 'manifests', stop: () => source.stop() });
  await source.start();
  loaded = true;
  const scraping = await startScraping(source, server.storage.metrics);
  scrape.manager = scraping.manager;
  server.lifecycle.add({ name: 'scraping', stop: () => scraping.stop() });
  source.subscribe((e) => log.info({ event: e.type, kind: e.object.kind, namespace: e.object.metadata.namespace, name: e.object.metadata.name }, 'manifest changed'));
  const counts: Record<string, number> = {};
  for (const o of source.list()) counts[o.kind] = (counts[o.kind] ?? 0) + 1;
  log.info({ folder: config.manifests, objects: counts, invalid: source.issues().length }, 'manifests loaded');
  rules.manager = ruleManager(server, config);
  const stopRules = await runRulesFromSource(source, rules.manager);
  // Standalone has no API server to hold status: rule group status changes go to the log.
  rules.manager.watch((key) => log.info({ alertRule: key, ...rules.manager?.figures(key) }, 'AlertRule status'));
  server.lifecycle.add({ name: 'rules', stop: () => (stopRules(), rules.manager!.stop()) });
  const notifications = notifier(server, config);
  const stopNotifier = await runNotifierFromSource(source, notifications);
  notify.notifier = notifications;
  notifications.start();
  notifications.watch((key) => log.info({ notificationChannel: key, ...notifications.figures(key) }, 'NotificationChannel status'));
  server.lifecycle.add({ name: 'notifier', stop: () => (stopNotifier(), notifications.stop()) });
  reportUnavailable('standalone', ['web UI']);
  if (source.list().some((o) => o.kind === 'MonitoredService' && o.spec.healthCheck)) {
    log.info('MonitoredService health checks probe the pods their selector picks: they run under `sightline operator`, not in standalone');
  }
  await server.storage.whenReady();
  const reporter = reportTargetState(scraping.manager, server.storage, `${hostname()}/standalone`);
  server.lifecycle.add({ name: 'scrape target state', stop: () => reporter.stop() });
  log.info({ url: server.url }, `Sightline standalone is ready at ${server.url}`);
}

export async function runIngest(config: IngestReplicaConfig): Promise<void> {
  // Flag problems end the command before anything listens.
  const sharding = scrapeSharding(config, process.env);
  const kc = config.scrapeKubernetes === 'false' ? undefined : findKubeConfig(config.kubeconfig);
  if (config.scrapeKubernetes === 'true' && !kc) {
    throw new UsageError('--scrape.kubernetes is true but no Kubernetes configuration was found: set --kubeconfig or $KUBECONFIG, or run in a pod with a ServiceAccount');
  }
  const scrape: { manager?: ScrapeManager } = {};
  const server = await startServer(config, { ingest: config, routes: (app) => registerTargetsApi(app, { targets: () => scrape.manager?.targets() ?? { active: [], dropped: [] } }) });
  if (!kc) {
    log.info({ scrapeKubernetes: config.scrapeKubernetes }, 'not scraping: no Kubernetes configuration (see --scrape.kubernetes); receiving pushed data only');
    return;
  }
  scrapeClusterInBackground(server, kc, config, sharding, (s) => (scrape.manager = s.manager));
}

export async function runMigrate(config: CommonConfig): Promise<void> {
  const storage = new StorageService({ storage: config.storage, dataDir: config.dataDir, maxConnections: 1, retryMaxMs: 0 });
  try {
    await storage.start({ retry: false });
    const s = storage.status();
    process.stdout.write(`database schema at version ${s.schemaVersion ?? 0} (${s.backend}: ${s.location})\n`);
  } finally {
    await storage.stop();
  }
}

export function runVersion(): void {
  process.stdout.write(`sightline ${buildInfo.version} (revision ${buildInfo.revision}, ${buildInfo.nodeVersion})\n`);
}

export const COMMANDS = {
  standalone: { spec: standaloneCommand, run: runStandalone },
  operator: { spec: operatorCommand, run: (config: OperatorConfig) => runOperator(config, reportUnavailable) },
  ingest: { spec: ingestCommand, run: runIngest },
  migrate: { spec: migrateCommand, run: runMigrate },
  // Resolves to its exit code; the servers above keep running until a signal.
  import: { spec: importCommand, run: runImport },
} as const;

/** An offline tool: it prints its result and resolves to the exit code. */
export interface Tool {
  readonly spec: { readonly name: string; readonly summary: string; readonly flags: readonly Flag[]; readonly positionals?: Positionals };
  /** Takes the config parseFlags resolved from spec.flags (hence `never` here: each tool has its own type). */
  readonly run: (config: never, files: string[]) => Promise<number>;
}

/** Offline tools: `sightline <verb> <noun> [flags] FILE…`. */
export const TOOLS: Readonly<Record<string, Readonly<Record<string, Tool>>>> = {
  check: { rules: { spec: checkRulesCommand, run: runCheckRules } },
  test: { rules: { spec: testRulesCommand, run: runTestRules } },
  convert: { prometheusrule: { spec: convertPrometheusRuleCommand, run: runConvertPrometheusRule } },
};
