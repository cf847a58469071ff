/**
 * What one object needs before it can run, per kind: its Secret references resolve, its
 * selectors parse, its relabel configs compile, its PromQL parses, the channels it names exist,
 * and (ScrapeTarget) its selector matches something. The result is the outcome for its
 * conditions, the live figures known here, and the resolved object for the runtime.
 */
import type { CoreV1Api } from '@kubernetes/client-node';
import type { AlertRule, MonitoredService, ScrapeTarget, SightlineResource } from '../api/index.js';
import { compileRelabelConfigs, relabel, type CompiledRelabelConfig } from '../discovery/relabel.js';
import { compileSelector } from '../discovery/selector.js';
import { targetSetsFor, type ClusterView, type ScrapeEndpointSpec } from '../discovery/scrapetarget.js';
import { serviceEndpoints } from '../health/endpoints.js';
import { checkAlertRule } from '../rules/index.js';
import { errorMessage, SightlineError } from '../util/errors.js';
import type { Outcome } from './conditions.js';
import { resolveSecrets } from './references.js';
import { desiredPolicies } from './storage-policies.js';
import type { SecretValues } from './runtime.js';

export interface ReconcileContext {
  core: CoreV1Api;
  cluster: ClusterView;
  /** Another Sightline object by objectKey, e.g. the NotificationChannels an AlertRule names. */
  lookup(key: string): SightlineResource | undefined;
  /** The operator-managed ingest Service's OTLP endpoints, when the operator runs one. */
  ingestEndpoints?: { otlpGrpc: string; otlpHttp: string };
}

export interface Evaluation {
  outcome: Outcome;
  /** Status fields besides conditions and observedGeneration. */
  figures: Record<string, unknown>;
  /** What the runtime gets; absent when the object cannot run at all. */
  desired?: { object: SightlineResource; secrets: SecretValues; [extra: string]: unknown };
}

const stalled = (reason: string, message: string): Evaluation => ({ outcome: { kind: 'stalled', reason, message }, figures: {} });

/** Runs `fn`, turning a thrown error into a stalled outcome with `reason`. */
function check(reason: string, what: string, fn: () => void): Evaluation | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    return stalled(reason, `${what}: ${errorMessage(err)}`);
  }
}

function compileEndpointRelabelings(ep: ScrapeEndpointSpec, path: string): { target: CompiledRelabelConfig[]; error?: Evaluation } {
  let target: CompiledRelabelConfig[] = [];
  const error =
    check('InvalidRelabelConfig', `${path}.relabelings`, () => (target = compileRelabelConfigs((ep.relabelings ?? [])))) ??
    check('InvalidRelabelConfig', `${path}.metricRelabelings`, () => compileRelabelConfigs((ep.metricRelabelings ?? [])));
  return error ? { target, error } : { target };
}

function scrapeTarget(st: ScrapeTarget, ctx: ReconcileContext, secrets: SecretValues): Evaluation {
  const bad = st.spec.selector ? check('InvalidSelector', 'spec.selector', () => compileSelector(st.spec.selector)) : undefined;
  if (bad) return bad;
  const relabelings: CompiledRelabelConfig[][] = [];
  for (const [i, ep] of st.spec.endpoints.entries()) {
    const compiled = compileEndpointRelabelings(ep, `spec.endpoints[${i}]`);
    if (compiled.error) return compiled.error;
    relabelings.push(compiled.target);
  }
  const targetSets = targetSetsFor(st, ctx.cluster);
  let discovered = 0;
  let active = 0;
  for (const [i, set] of targetSets.entries()) {
    for (const group of set.groups) {
      for (const target of group.targets) {
        discovered++;
        if (relabel({ ...group.labels, ...target }, relabelings[i]!) !== null) active++;
      }
    }
  }
  const figures = { discoveredTargets: discovered, activeTargets: active };
  const desired = { object: st, secrets, targetSets };
  if (st.spec.selector && discovered === 0) {
    const where = st.spec.namespaceSelector?.any ? 'any namespace' : `namespaces ${(st.spec.namespaceSelector?.matchNames ?? [st.metadata.namespace]).join(', ')}`;
    return {
      outcome: { kind: 'stalled', reason: 'NoTargetsMatched', message: `The selector matches no ${st.spec.role} with a matching port in ${where}.` },
      figures,
      desired,
    };
  }
  return { outcome: { kind: 'ready' }, figures, desired };
}

function monitoredService(ms: MonitoredService, ctx: ReconcileContext, secrets: SecretValues): Evaluation {
  let endpointsTotal = 0;
  const bad =
    check('InvalidSelector', 'spec.selector', () => (endpointsTotal = serviceEndpoints(ms, ctx.cluster).length)) ??
    (ms.spec.metrics ? compileEndpointRelabelings(ms.spec.metrics, 'spec.metrics').error : undefined) ??
    check('InvalidStoragePolicy', 'storage policies', () => desiredPolicies(ms));
  if (bad) return bad;
  const figures = { endpointsTotal, ...(ctx.ingestEndpoints ? { ingestEndpoints: ctx.ingestEndpoints } : {}) };
  return { outcome: { kind: 'ready' }, figures, desired: { object: ms, secrets } };
}

function alertRule(ar: AlertRule, ctx: ReconcileContext, secrets: SecretValues): Evaluation {
  try {
    checkAlertRule(ar);
  } catch (err) {
    return stalled(err instanceof SightlineError ? err.code : 'InvalidExpression', errorMessage(err));
  }
  const missing = (ar.spec.channels ?? []).filter((c) => !ctx.lookup(`NotificationChannel/${ar.metadata.namespace}/${c}`));
  if (missing.length > 0) return stalled('ChannelNotFound', `NotificationChannel ${missing.map((c) => `${ar.metadata.namespace}/${c}`).join(', ')} not found.`);
  return { outcome: { kind: 'ready' }, figures: {}, desired: { object: ar, secrets } };
}

export async function evaluate(o: SightlineResource, ctx: ReconcileContext): Promise<Evaluation> {
  const resolved = await resolveSecrets(ctx.core, o.metadata.namespace ?? 'default', o.spec);
  if (!resolved.ok) return { outcome: resolved.outcome, figures: {} };
  switch (o.kind) {
    case 'ScrapeTarget':
      return scrapeTarget(o, ctx, resolved.values);
    case 'MonitoredService':
      return monitoredService(o, ctx, resolved.values);
    case 'AlertRule':
      return alertRule(o, ctx, resolved.values);
    case 'NotificationChannel':
      return { outcome: { kind: 'ready' }, figures: {}, desired: { object: o, secrets: resolved.values } };
  }
}
