/**
 * `sightline operator`: the Kubernetes source, the controller and the web server in one process.
 * Readiness waits for storage and for every informer's first list ("caches synced").
 */
import { KubeConfig } from '@kubernetes/client-node';
import type { OperatorConfig } from '../config/index.js';
import { Controller } from '../controller/index.js';
import { acceptingRuntime } from '../controller/runtime.js';
import { KubernetesSource } from '../sources/kubernetes/index.js';
import { logger } from '../util/log.js';
import { startServer } from './server.js';

const log = logger('cli');

export function loadKubeConfig(path: string | undefined): KubeConfig {
  const kc = new KubeConfig();
  // loadFromDefault covers $KUBECONFIG, ~/.kube/config and the in-cluster ServiceAccount.
  if (path) kc.loadFromFile(path);
  else kc.loadFromDefault();
  return kc;
}

export async function runOperator(config: OperatorConfig, reportUnavailable: (command: string, parts: string[]) => void): Promise<void> {
  const kc = loadKubeConfig(config.kubeconfig);
  const source = new KubernetesSource(kc, { namespace: config.watchNamespace });
  const server = await startServer(config, [{ name: 'kubernetes', notReadyReason: () => (source.synced ? undefined : 'caches not synced') }]);
  const controller = new Controller(source, kc, acceptingRuntime(), { resyncMs: config.resyncMs });
  server.lifecycle.add({ name: 'controller', stop: () => controller.stop() });
  server.lifecycle.add({ name: 'kubernetes source', stop: () => source.stop() });
  log.info({ server: kc.getCurrentCluster()?.server, namespace: config.watchNamespace ?? '(all)' }, 'watching Kubernetes');
  reportUnavailable('operator', ['leader election', 'ingest Deployment management', 'scrape engine, rule evaluation and notifications behind the controller (the runtime registry accepts and holds the desired state)']);
  await source.start();
  controller.start();
  log.info({ url: server.url }, 'operator reconciling');
}
