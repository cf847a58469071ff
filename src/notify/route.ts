/**
 * A NotificationChannel as a route, with Alertmanager's semantics: the alerts it accepts
 * (matchers), how they are grouped (groupBy, `...` = every label), the dispatch timers, and
 * whether resolved alerts are sent. Which channels an alert goes to depends on where it came from:
 * an AlertRule's `channels` names channels of its namespace (empty: all of them), any other rule
 * group (a PrometheusRule) goes to the channels of its namespace, and posted alerts to every channel.
 * A channel's matchers always apply.
 */
import type { NotificationChannel } from '../api/index.js';
import type { SecretValues } from '../controller/runtime.js';
import type { LabelMatcher } from '../storage/api.js';
import { matchesAll } from '../storage/match.js';
import { formatLabels, type Labels } from '../model/labels.js';
import { parseDuration } from '../util/duration.js';
import { compileAnchoredRegex } from '../util/regex.js';
import type { Channel } from './channels/channel.js';
import { channelFor } from './channels/index.js';

export interface Route {
  /** `<namespace>/<name>`: the receiver name in payloads and in the Alertmanager API. */
  readonly name: string;
  readonly namespace: string;
  readonly channelName: string;
  readonly matchers: readonly LabelMatcher[];
  /** undefined: group by every label (`["..."]`). */
  readonly groupBy: readonly string[] | undefined;
  readonly groupWaitMs: number;
  readonly groupIntervalMs: number;
  readonly repeatIntervalMs: number;
  readonly sendResolved: boolean;
  readonly channel: Channel;
}

const ms = (text: string | undefined, fallback: number): number => (text === undefined ? fallback : (parseDuration(text) ?? fallback));

export function routeFor(nc: NotificationChannel, secrets: SecretValues): Route {
  const spec = nc.spec;
  const namespace = nc.metadata.namespace ?? 'default';
  const matchers = (spec.matchers ?? []).map((m) => ({ name: m.name, type: m.matchType ?? '=', value: m.value }));
  // Invalid regexes fail here, at apply time, rather than at every alert.
  for (const m of matchers) if (m.type === '=~' || m.type === '!~') compileAnchoredRegex(m.value);
  const groupBy = spec.groupBy ?? [];
  return {
    name: `${namespace}/${nc.metadata.name ?? ''}`,
    namespace,
    channelName: nc.metadata.name ?? '',
    matchers,
    groupBy: groupBy.includes('...') ? undefined : [...new Set(groupBy)].sort(),
    groupWaitMs: ms(spec.groupWait, 30_000),
    groupIntervalMs: Math.max(ms(spec.groupInterval, 300_000), 1000),
    repeatIntervalMs: Math.max(ms(spec.repeatInterval, 4 * 3600_000), 1000),
    sendResolved: spec.sendResolved ?? true,
    channel: channelFor(spec, secrets),
  };
}

/** The labels an alert's group is identified by on this route. */
export function groupLabels(route: Route, labels: Labels): Labels {
  if (!route.groupBy) return labels;
  const out: Record<string, string> = {};
  for (const name of route.groupBy) if (labels[name] !== undefined) out[name] = labels[name];
  return out;
}

/** Alertmanager's group key: route, then the group labels. */
export function groupKey(route: Route, group: Labels): string {
  return `{}/${route.name}:${formatLabels(group)}`;
}

/** `AlertRule/<ns>/<name>` or `PrometheusRule/<ns>/<name>/<group>`: the namespace, if the origin has one. */
function originNamespace(origin: string): string | undefined {
  const [kind, ns] = origin.split('/');
  return kind === 'AlertRule' || kind === 'PrometheusRule' ? ns : undefined;
}

/**
 * The routes an alert goes to. `ruleChannels` gives an AlertRule's `channels` by its key.
 */
export function routesFor(routes: Iterable<Route>, origin: string, labels: Labels, ruleChannels: (key: string) => readonly string[] | undefined): Route[] {
  const ns = originNamespace(origin);
  const named = ns !== undefined && origin.startsWith('AlertRule/') ? ruleChannels(origin) : undefined;
  const out: Route[] = [];
  for (const r of routes) {
    if (ns !== undefined && r.namespace !== ns) continue;
    if (named && named.length > 0 && !named.includes(r.channelName)) continue;
    if (matchesAll(r.matchers, labels)) out.push(r);
  }
  return out;
}
