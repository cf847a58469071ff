/**
 * `sightline operator`: the Kubernetes source, the controller and the web server in one process;
 * without an ingest tier (no --ingest.image) the leader also scrapes the cluster.
 * Readiness waits for storage and for every informer's first list ("caches synced").
 */
import { hostname } from 'node:os';
import { KubeConfig } from '@kubernetes/client-node';
import { parsePairs, type OperatorConfig } from '../config/index.js';
import { applyOwnCrds } from '../controller/crds.js';
import { Controller } from '../controller/index.js';
import { IngestTier } from '../controller/ingest.js';
import { LeaderElector } from '../controller/leader.js';
import { ownDeployment } from '../controller/owner.js';
import { acceptingRuntime, combine } from '../controller/runtime.js';
import { StoragePolicyComponent } from '../controller/storage-policies.js';
import { HealthChecks } from '../health/checks.js';
import { TargetStateReader } from '../scrape/state.js';
import { KubernetesSource } from '../sources/kubernetes/index.js';
import { logger } from '../util/log.js';
import { scrapeCluster } from './cluster-scrape.js';
import { startServer } from './server.js';
import { notifier, ruleManager } from './rules.js';
import type { Notifier } from '../notify/index.js';
import { registerAlertmanagerApi } from '../web/alertmanager-api.js';
import type { RuleManager } from '../rules/index.js';
import { PrometheusRuleWatcher } from '../rules/prometheusrules.js';
import { registerRulesApi } from '../web/rules-api.js';

const log = logger('cli');

export function loadKubeConfig(path: string | undefined): KubeConfig {
  const kc = new KubeConfig();
  // loadFromDefault covers $KUBECONFIG, ~/.kube/config and the in-cluster ServiceAccount.
  if (path) kc.loadFromFile(path);
  else kc.loadFromDefault();
  return kc;
}

/** `NAME/KEY` of --ingest.storage-secret (validated by the flag's pattern). */
function secretKey(ref: string): { name: string; key: string } {
  const slash = ref.indexOf('/');
  return { name: ref.slice(0, slash), key: ref.slice(slash + 1) };
}

async function ingestTier(kc: KubeConfig, config: OperatorConfig, image: string): Promise<IngestTier> {
  const extra = parsePairs(config.ingestEnv);
  const owner = await ownDeployment(kc);
  // Owner references cannot cross namespaces: only an ingest tier beside the operator is owned.
  const owned = owner && process.env.POD_NAMESPACE === config.ingestNamespace;
  return new IngestTier(kc, {
    namespace: config.ingestNamespace,
    image,
    replicas: config.ingestReplicas,
    resources: { cpu: config.ingestCpu, memory: config.ingestMemory },
    // Without a Secret to name, the replicas get this operator's URL as it is.
    env: { ...(config.ingestStorageSecret ? {} : { SIGHTLINE_STORAGE: config.storage }), ...extra },
    ...(config.ingestStorageSecret ? { storageSecret: secretKey(config.ingestStorageSecret) } : {}),
    ...(config.watchNamespace ? { watchNamespace: config.watchNamespace } : {}),
    ...(owned ? { owner } : {}),
  });
}

export async function runOperator(config: OperatorConfig, reportUnavailable: (command: string, parts: string[]) => void): Promise<void> {
  const kc = loadKubeConfig(config.kubeconfig);
  // Before any informer starts, so every watch sees the schemas this code expects.
  if (config.manageCrds) await applyOwnCrds(kc);
  const source = new KubernetesSource(kc, { namespace: config.watchNamespace });
  const rules: { manager?: RuleManager; notifier?: Notifier } = {};
  const server = await startServer(config, {
    extraReadiness: [{ name: 'kubernetes', notReadyReason: () => (source.synced ? undefined : 'caches not synced') }],
    routes: (app) => {
      registerRulesApi(app, { groups: () => rules.manager?.groups() ?? [] });
      registerAlertmanagerApi(app, { notifier: () => rules.notifier });
    },
  });
  // Only the leader evaluates: the controller applies AlertRules to the manager once it leads.
  rules.manager = ruleManager(server, config);
  // Every replica answers the Alertmanager API from the database; only the leader routes and sends.
  const notifications = (rules.notifier = notifier(server, config));
  // The leader health-checks MonitoredServices, runs their storage policies and reads the scrape state scraping processes report.
  const health = new HealthChecks(source, server.storage.metrics);
  const targetState = new TargetStateReader(server.storage);
  const runtime = { ...acceptingRuntime(), services: combine(health, new StoragePolicyComponent(() => server.storage.readyMetrics())), scrape: targetState, rules: combine(rules.manager, notifications.rules), notifier: notifications };
  const controller = new Controller(source, kc, runtime, { resyncMs: config.resyncMs, ...(config.ingestImage ? { ingest: await ingestTier(kc, config, config.ingestImage) } : {}) });
  server.lifecycle.add({ name: 'controller', stop: () => controller.stop() });
  server.lifecycle.add({ name: 'health checks', stop: () => health.stop() });
  const prometheusRules = config.watchPrometheusRules ? new PrometheusRuleWatcher(kc, rules.manager, config.watchNamespace ? { namespace: config.watchNamespace } : {}) : undefined;
  if (prometheusRules) server.lifecycle.add({ name: 'PrometheusRules', stop: () => prometheusRules.stop() });
  server.lifecycle.add({ name: 'rules', stop: () => rules.manager!.stop() });
  server.lifecycle.add({ name: 'notifier', stop: () => notifications.stop() });
  server.lifecycle.add({ name: 'scrape target state', stop: () => targetState.stop() });
  // Without an ingest tier (small installs, tests) the leader also scrapes every target itself.
  const lead = (): void => {
    targetState.start();
    notifications.start();
    controller.start();
    prometheusRules?.start().catch((err: unknown) => log.error({ err }, 'watching PrometheusRules failed to start'));
    if (!config.ingestImage) scrapeCluster(server, kc, source, { shards: 1, shardIndex: 0 }).catch((err: unknown) => log.error({ err }, 'cluster scraping failed to start'));
  };
  server.lifecycle.add({ name: 'kubernetes source', stop: () => source.stop() });
  log.info({ server: kc.getCurrentCluster()?.server, namespace: config.watchNamespace ?? '(all)' }, 'watching Kubernetes');
  reportUnavailable('operator', ['web UI']);
  await source.start();
  if (!config.leaderElect) {
    lead();
    log.info({ url: server.url }, 'operator reconciling');
    return;
  }
  // Standbys keep their caches warm but neither reconcile nor write until they lead.
  const elector = new LeaderElector(
    kc,
    {
      namespace: config.leaderElectionNamespace,
      name: 'sightline-operator',
      identity: `${hostname()}_${process.pid}`,
      leaseDurationMs: config.leaseDurationMs,
      renewDeadlineMs: config.renewDeadlineMs,
      retryPeriodMs: config.retryPeriodMs,
    },
    {
      onStartedLeading: lead,
      // Another replica may already be reconciling: stop at once, as client-go operators do.
      onStoppedLeading: () => void server.lifecycle.shutdown('lost leadership').then(() => process.exit(1)),
    },
  );
  // Stopped after the controller: the Lease is handed over only once this replica stopped writing.
  server.lifecycle.add({ name: 'leader election', stop: () => elector.stop() });
  elector.start();
}
