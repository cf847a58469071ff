/**
 * MonitoredService health checks, run by the operator's leader as the services' runtime component:
 * one probe loop per endpoint (pod × the spec's HTTP or TCP check) at the spec's interval, each at
 * a stable offset within it. Results become series and a roll-up in the service's status.
 *
 * An endpoint's verdict starts unknown, becomes up at its first passing probe and down after
 * `failureThreshold` consecutive failures, and goes back up at the next pass. Series, labelled
 * job="<namespace>/<name>", namespace, monitoredservice, pod, instance (ip:port) and check:
 * - `sightline_health_up`: the verdict (1 up, 0 down), from the first verdict on;
 * - `sightline_health_duration_seconds`: how long each probe took.
 * An endpoint that goes away (pod deleted, terminating, spec changed) gets staleness markers.
 *
 * The roll-up (health, endpointsUp, endpointsTotal) is the status's; listeners hear of a service
 * only when it changes, and `lastCheckTime` is the time of the check that changed it — refreshing
 * it at every check would rewrite every status every interval, and an idle operator makes no writes.
 * Endpoints are re-resolved at every apply, which the controller calls whenever pods change.
 */
import type { MonitoredService } from '../api/index.js';
import { statusTime } from '../controller/conditions.js';
import type { Resolved, RuntimeComponent } from '../controller/runtime.js';
import type { ClusterView } from '../discovery/scrapetarget.js';
import { joinHostPort } from '../discovery/targets.js';
import { METRIC_NAME, type Labels } from '../model/labels.js';
import { STALE_NAN } from '../model/samples.js';
import { Ticker } from '../scrape/ticker.js';
import type { MetricStore } from '../storage/api.js';
import { parseDuration } from '../util/duration.js';
import { errorMessage } from '../util/errors.js';
import { logger } from '../util/log.js';
import { resolvePort, serviceEndpoints, type ServiceEndpoint } from './endpoints.js';
import { probeHttp, probeTcp, type ProbeResult } from './probe.js';

const log = logger('health');

export const HEALTH_UP = 'sightline_health_up';
export const HEALTH_DURATION = 'sightline_health_duration_seconds';

type HealthSpec = NonNullable<MonitoredService['spec']['healthCheck']>;
type Verdict = 'unknown' | 'up' | 'down';
export type ServiceHealth = 'Healthy' | 'Degraded' | 'Down' | 'Unknown';

export interface HealthFigures {
  health: ServiceHealth;
  endpointsTotal: number;
  endpointsUp?: number;
  lastCheckTime?: string;
}

/** One endpoint's probe loop. */
class EndpointCheck {
  verdict: Verdict = 'unknown';
  failures = 0;
  private written = false;
  private readonly ticker: Ticker;

  constructor(
    readonly id: string,
    /** What the settings are made of: a change restarts the loop. */
    readonly fingerprint: string,
    private readonly labels: Labels,
    private readonly probe: () => Promise<ProbeResult>,
    intervalMs: number,
    private readonly failureThreshold: number,
    private readonly store: MetricStore,
    private readonly onResult: () => void,
  ) {
    this.ticker = new Ticker(id, intervalMs, () => this.check().catch((err: unknown) => log.error({ endpoint: id, err: errorMessage(err) }, 'health check failed to run')));
  }

  start(from?: EndpointCheck): void {
    // Same endpoint under new settings: it keeps its verdict and its series.
    if (from) Object.assign(this, { verdict: from.verdict, failures: from.failures, written: from.written });
    this.ticker.start();
  }

  private async check(): Promise<void> {
    const result = await this.probe();
    const before = this.verdict;
    this.failures = result.ok ? 0 : this.failures + 1;
    if (result.ok) this.verdict = 'up';
    else if (this.failures >= this.failureThreshold) this.verdict = 'down';
    if (this.verdict !== before) log.info({ endpoint: this.id, health: this.verdict, err: result.error || undefined }, 'endpoint health changed');
    const t = Date.now();
    await this.append((app) => {
      if (this.verdict !== 'unknown') app.append({ ...this.labels, [METRIC_NAME]: HEALTH_UP }, t, this.verdict === 'up' ? 1 : 0);
      app.append({ ...this.labels, [METRIC_NAME]: HEALTH_DURATION }, t, result.seconds);
    });
    this.written = true;
    this.onResult();
  }

  /** Stops probing; with `stale`, ends the endpoint's series with staleness markers. */
  async stop(stale: boolean): Promise<void> {
    await this.ticker.stop();
    if (!stale || !this.written) return;
    const t = Date.now();
    await this.append((app) => {
      for (const name of [HEALTH_UP, HEALTH_DURATION]) app.append({ ...this.labels, [METRIC_NAME]: name }, t, STALE_NAN);
    });
  }

  private async append(fill: (app: ReturnType<MetricStore['appender']>) => void): Promise<void> {
    try {
      const app = this.store.appender();
      fill(app);
      await app.commit();
    } catch (err) {
      // Storage down or not ready yet: this result is lost, the checks carry on.
      log.warn({ endpoint: this.id, err: errorMessage(err) }, 'could not store health check results');
    }
  }
}

interface Service {
  checks: Map<string, EndpointCheck>;
  figures: HealthFigures;
  hasCheck: boolean;
}

export class HealthChecks implements RuntimeComponent<Resolved<MonitoredService>> {
  private readonly services = new Map<string, Service>();
  private readonly listeners = new Set<(key: string) => void>();

  constructor(
    private readonly cluster: ClusterView,
    private readonly store: MetricStore,
  ) {}

  async apply(key: string, desired: Resolved<MonitoredService>): Promise<void> {
    const ms = desired.object;
    const service: Service = this.services.get(key) ?? { checks: new Map<string, EndpointCheck>(), figures: { health: 'Unknown', endpointsTotal: 0 }, hasCheck: false };
    this.services.set(key, service);
    const endpoints = serviceEndpoints(ms, this.cluster);
    const spec = ms.spec.healthCheck;
    service.hasCheck = spec !== undefined;
    const wanted = new Map<string, EndpointCheck>();
    if (spec) for (const ep of endpoints) {
      const check = this.endpointCheck(key, ms, spec, ep);
      wanted.set(check.id, check);
    }
    const stops: Promise<void>[] = [];
    for (const [id, running] of service.checks) {
      const next = wanted.get(id);
      if (next?.fingerprint === running.fingerprint) {
        wanted.set(id, running);
        continue;
      }
      stops.push(running.stop(next === undefined));
      next?.start(running);
    }
    for (const [id, check] of wanted) if (!service.checks.has(id)) check.start();
    service.checks = wanted;
    await Promise.all(stops);
    // The reconcile calling apply reads the figures next: no need to signal this change.
    this.rollUp(key, service, endpoints.length, false);
  }

  async remove(key: string): Promise<void> {
    const service = this.services.get(key);
    if (!service) return;
    this.services.delete(key);
    await Promise.all([...service.checks.values()].map((c) => c.stop(true)));
  }

  figures(key: string): Record<string, unknown> {
    return { ...this.services.get(key)?.figures };
  }

  watch(listener: (key: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops every probe without staleness markers: the next leader carries the series on. */
  async stop(): Promise<void> {
    const services = [...this.services.values()];
    this.services.clear();
    await Promise.all(services.flatMap((s) => [...s.checks.values()].map((c) => c.stop(false))));
  }

  private endpointCheck(key: string, ms: MonitoredService, spec: HealthSpec, ep: ServiceEndpoint): EndpointCheck {
    const kind = spec.http ? 'http' : 'tcp';
    const portSpec = (spec.http ?? spec.tcp)!.port;
    const port = resolvePort(ep.pod, portSpec);
    const instance = joinHostPort(ep.ip, port ?? portSpec);
    const namespace = ms.metadata.namespace ?? 'default';
    const name = ms.metadata.name ?? '';
    const labels: Labels = { job: `${namespace}/${name}`, namespace, monitoredservice: name, pod: ep.name, instance, check: kind };
    // Durations are validated by the CRD schema.
    const timeoutMs = parseDuration(spec.timeout)!;
    const probe = (): Promise<ProbeResult> => {
      if (port === undefined) return Promise.resolve({ ok: false, seconds: 0, error: `pod ${ep.name} has no container port named ${JSON.stringify(portSpec)}` });
      return spec.http ? probeHttp(new URL(`${spec.http.scheme}://${instance}${spec.http.path}`), spec.http.expectedStatus, timeoutMs) : probeTcp(ep.ip, port, timeoutMs);
    };
    const fingerprint = JSON.stringify([spec, port]);
    return new EndpointCheck(`${key}/${ep.name}/${instance}/${kind}`, fingerprint, labels, probe, parseDuration(spec.interval)!, spec.failureThreshold, this.store, () =>
      this.rollUp(key, this.services.get(key), undefined, true),
    );
  }

  /** Recomputes a service's figures; on a change, stamps lastCheckTime and (if `signal`) tells the listeners. */
  private rollUp(key: string, service: Service | undefined, total: number | undefined, signal: boolean): void {
    if (!service) return;
    const endpointsTotal = total ?? service.figures.endpointsTotal;
    let up = 0;
    let down = 0;
    for (const c of service.checks.values()) {
      if (c.verdict === 'up') up++;
      else if (c.verdict === 'down') down++;
    }
    const health: ServiceHealth = !service.hasCheck || up + down === 0 ? 'Unknown' : down === 0 ? 'Healthy' : up === 0 ? 'Down' : 'Degraded';
    const prev = service.figures;
    const endpointsUp = service.hasCheck ? up : undefined;
    if (prev.health === health && prev.endpointsTotal === endpointsTotal && prev.endpointsUp === endpointsUp) return;
    const checked = up + down > 0;
    service.figures = {
      health,
      endpointsTotal,
      ...(endpointsUp !== undefined ? { endpointsUp } : {}),
      ...(checked ? { lastCheckTime: signal || !prev.lastCheckTime ? statusTime(new Date()) : prev.lastCheckTime } : {}),
    };
    if (signal) for (const listener of this.listeners) listener(key);
  }
}
