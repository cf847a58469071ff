/**
 * `sightline operator --watch-prometheusrules`: the leader evaluates prometheus-operator's
 * `monitoring.coreos.com/v1` PrometheusRule objects as they are, so a kube-prometheus-stack user
 * switches without rewriting rules. Each object's groups convert as `sightline convert
 * prometheusrule` converts them (one AlertRule per group) and run on the rule manager under the key
 * `PrometheusRule/<namespace>/<name>/<group>`; what cannot be converted is logged once per
 * version of the object. The CRD need not exist: while it is not served, the watcher looks again
 * every minute.
 */
import { CustomObjectsApi, type KubeConfig, type KubernetesListObject, type KubernetesObject } from '@kubernetes/client-node';
import { validateResource } from '../api/validate.js';
import { ResilientInformer, type WatchEventType } from '../sources/kubernetes/informer.js';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';
import { groupFromAlertRule } from './definition.js';
import { convertRuleFiles, formatProblem, parseRuleFile } from './files.js';
import type { RuleManager } from './manager.js';

const log = logger('rules');
const GROUP = 'monitoring.coreos.com';
const VERSION = 'v1';
const PLURAL = 'prometheusrules';

export interface PrometheusRuleWatcherOptions {
  /** Only this namespace; all when unset. */
  namespace?: string;
  /** How often to look for the CRD while it is not served; default 60 s. */
  recheckMs?: number;
}

export class PrometheusRuleWatcher {
  private informer?: ResilientInformer<KubernetesObject>;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  /** Group keys running per PrometheusRule (namespace/name). */
  private readonly running = new Map<string, Set<string>>();
  private readonly api: CustomObjectsApi;
  /** Events are applied one at a time, in order. */
  private applying: Promise<void> = Promise.resolve();

  constructor(
    private readonly kc: KubeConfig,
    private readonly manager: RuleManager,
    private readonly options: PrometheusRuleWatcherOptions = {},
  ) {
    this.api = kc.makeApiClient(CustomObjectsApi);
  }

  /** Starts watching once the CRD is served; resolves after the first list (or the first miss). */
  async start(): Promise<void> {
    if (this.stopped) return;
    const list = (): Promise<KubernetesListObject<KubernetesObject>> =>
      (this.options.namespace
        ? this.api.listNamespacedCustomObject({ group: GROUP, version: VERSION, namespace: this.options.namespace, plural: PLURAL })
        : this.api.listClusterCustomObject({ group: GROUP, version: VERSION, plural: PLURAL })) as Promise<KubernetesListObject<KubernetesObject>>;
    try {
      await list();
    } catch (err) {
      const recheckMs = this.options.recheckMs ?? 60_000;
      log.info({ err: errorMessage(err), recheckInMs: recheckMs }, 'PrometheusRules are not served (is the prometheus-operator CRD installed?); looking again later');
      this.timer = setTimeout(() => void this.start(), recheckMs);
      this.timer.unref();
      return;
    }
    const ns = this.options.namespace;
    this.informer = new ResilientInformer<KubernetesObject>(this.kc, {
      name: PLURAL,
      path: `/apis/${GROUP}/${VERSION}/${ns ? `namespaces/${ns}/` : ''}${PLURAL}`,
      list,
      onEvent: (type, o) => {
        this.applying = this.applying.then(() => this.onEvent(type, o)).catch((err: unknown) => log.error({ prometheusRule: keyOf(o), err: errorMessage(err) }, 'applying PrometheusRule failed'));
      },
    });
    await this.informer.start();
    log.info({ namespace: ns ?? '(all)', objects: this.running.size }, 'watching PrometheusRules');
  }

  /** Stops watching and evaluating the PrometheusRules' groups (without forgetting their alerts: the next leader carries on). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.informer?.stop();
    await this.applying;
  }

  private async onEvent(type: WatchEventType, o: KubernetesObject): Promise<void> {
    const key = keyOf(o);
    const wanted = new Map<string, ReturnType<typeof groupFromAlertRule>>();
    if (type !== 'delete') {
      // The converter reads manifests; the API's objects are JSON, which is YAML.
      const file = parseRuleFile(`PrometheusRule ${key}`, JSON.stringify({ ...o, apiVersion: `${GROUP}/${VERSION}`, kind: 'PrometheusRule' }));
      const { alertRules, problems } = convertRuleFiles([file]);
      if (problems.length > 0) log.warn({ prometheusRule: key, resourceVersion: o.metadata?.resourceVersion, problems: problems.map(formatProblem) }, 'parts of a PrometheusRule could not be converted and do not run');
      for (const converted of alertRules) {
        // The converter validated each AlertRule; this gives it the schema's defaults (interval 1m…), as the API server would.
        const valid = validateResource(converted as unknown as Record<string, unknown>);
        if (!valid.ok || valid.object.kind !== 'AlertRule') continue;
        const groupKey = `PrometheusRule/${key}/${converted.metadata.name}`;
        wanted.set(groupKey, { ...groupFromAlertRule(valid.object), key: groupKey, file: `PrometheusRule/${key}` });
      }
    }
    for (const groupKey of this.running.get(key) ?? []) if (!wanted.has(groupKey)) await this.manager.remove(groupKey);
    for (const [groupKey, def] of wanted) await this.manager.applyGroup(groupKey, def);
    if (wanted.size > 0) this.running.set(key, new Set(wanted.keys()));
    else this.running.delete(key);
  }
}

function keyOf(o: KubernetesObject): string {
  return `${o.metadata?.namespace ?? 'default'}/${o.metadata?.name ?? ''}`;
}
