/**
 * Scrape targets from target sets, as Prometheus's PopulateLabels/TargetsFromGroup: group labels
 * under target labels, the endpoint's relabelings, `instance` defaulting to `__address__`, meta
 * labels removed, and the settings the loop needs (URL, interval, timeout) read from the remaining
 * `__` labels. Like Prometheus 3, no default port is added to an address without one.
 */
import { isValidLabelName, labelsKey, type Labels } from '../model/labels.js';
import { compileRelabelConfigs, relabel, type CompiledRelabelConfig } from '../discovery/relabel.js';
import type { TargetSet } from '../discovery/scrapetarget.js';
import { ADDRESS, METRICS_PATH, PARAM_PREFIX, SCHEME, SCRAPE_INTERVAL, SCRAPE_TIMEOUT } from '../discovery/targets.js';
import { parseDuration } from '../util/duration.js';

export interface Target {
  /** Identity within the manager: the target set plus every label after relabeling (`__` ones included). */
  readonly id: string;
  readonly setKey: string;
  /** The object whose status reports this target (TargetSet.owner). */
  readonly owner: string;
  readonly jobName: string;
  /** Labels before relabeling (group and target merged), as the targets API shows them. */
  readonly discoveredLabels: Labels;
  /** Labels after relabeling, `__` ones included (the loop reads its settings from them). */
  readonly allLabels: Labels;
  /** Labels attached to every scraped series: no `__`-prefixed ones. */
  readonly labels: Labels;
  readonly url: URL;
  readonly intervalMs: number;
  readonly timeoutMs: number;
}

export interface DroppedTarget {
  readonly setKey: string;
  readonly discoveredLabels: Labels;
}

export interface TargetsOfSet {
  active: Target[];
  dropped: DroppedTarget[];
  /** Targets whose labels are invalid (e.g. no address), with why; they are not scraped. */
  errors: string[];
  /** Set when the set is over its targetLimit: its targets are listed but none is scraped. */
  limitError: string | undefined;
}

/** Builds one target, or returns null when relabeling drops it; throws a message for invalid labels. */
export function populateTarget(set: TargetSet, discovered: Labels, relabelings: readonly CompiledRelabelConfig[]): Target | null {
  const after = relabel(discovered, relabelings);
  if (after === null) return null;
  const address = after[ADDRESS];
  if (!address) throw new Error('no address');
  if (address.includes('/')) throw new Error(`invalid address ${JSON.stringify(address)}`);
  const intervalMs = parseDuration(after[SCRAPE_INTERVAL] ?? '');
  const timeoutMs = parseDuration(after[SCRAPE_TIMEOUT] ?? '');
  if (!intervalMs) throw new Error(`invalid scrape interval ${JSON.stringify(after[SCRAPE_INTERVAL])}`);
  if (!timeoutMs) throw new Error(`invalid scrape timeout ${JSON.stringify(after[SCRAPE_TIMEOUT])}`);
  if (timeoutMs > intervalMs) throw new Error(`scrape timeout ${after[SCRAPE_TIMEOUT]} greater than scrape interval ${after[SCRAPE_INTERVAL]}`);

  const all: Record<string, string> = {};
  const labels: Record<string, string> = {};
  for (const [name, value] of Object.entries(after)) {
    if (name.startsWith('__meta_') || value === '') continue;
    all[name] = value;
    if (name.startsWith('__')) continue;
    if (!isValidLabelName(name)) throw new Error(`invalid label name ${JSON.stringify(name)}`);
    labels[name] = value;
  }
  labels.instance ??= address;
  all.instance ??= address;

  const scheme = after[SCHEME] || 'http';
  const url = new URL(`${scheme}://${address}${after[METRICS_PATH] || '/metrics'}`);
  // Endpoint params first; a `__param_<name>` label (possibly relabeled) replaces all values of that name.
  for (const [name, values] of Object.entries(set.endpoint.params ?? {})) for (const v of values) url.searchParams.append(name, v);
  for (const [name, value] of Object.entries(after)) if (name.startsWith(PARAM_PREFIX)) url.searchParams.set(name.slice(PARAM_PREFIX.length), value);

  return { id: `${set.key}\u0002${labelsKey(all)}`, setKey: set.key, owner: set.owner, jobName: set.jobName, discoveredLabels: discovered, allLabels: all, labels, url, intervalMs, timeoutMs };
}

/** Every target of a set: active ones, the ones relabeling dropped, and the targetLimit verdict. */
export function targetsOfSet(set: TargetSet): TargetsOfSet {
  const relabelings = compileRelabelConfigs(set.endpoint.relabelings ?? []);
  const out: TargetsOfSet = { active: [], dropped: [], errors: [], limitError: undefined };
  const seen = new Set<string>();
  for (const group of set.groups) {
    for (const t of group.targets) {
      const discovered: Labels = { ...group.labels, ...t };
      try {
        const target = populateTarget(set, discovered, relabelings);
        if (target === null) out.dropped.push({ setKey: set.key, discoveredLabels: discovered });
        else if (!seen.has(target.id)) {
          // Two discovered targets relabeled to the same labels are one target, as in Prometheus.
          seen.add(target.id);
          out.active.push(target);
        }
      } catch (err) {
        out.errors.push(`target ${discovered[ADDRESS] ?? '?'}: ${(err as Error).message}`);
      }
    }
  }
  const limit = set.limits.targetLimit;
  if (limit > 0 && out.active.length > limit) out.limitError = `target_limit exceeded (number of targets: ${out.active.length}, limit: ${limit})`;
  return out;
}
