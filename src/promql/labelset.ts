/** Label-set operations the evaluator needs: matching signatures, grouping, edits, ordering. */
import type { Labels } from '../model/labels.js';
import { METRIC_NAME, labelsKey, sortedLabelNames } from '../model/labels.js';

/**
 * Labels describing the metric rather than the series (Prometheus's metadata labels): they go
 * together whenever an operation changes what the values measure.
 */
export const METADATA_LABELS: readonly string[] = [METRIC_NAME, '__type__', '__unit__'];

/** Key of the listed labels only (`on(...)`, `by(...)`); missing labels are left out. */
export function keyWith(labels: Labels, names: readonly string[]): string {
  let key = '';
  for (const n of [...names].sort()) {
    const v = labels[n];
    if (v !== undefined && v !== '') key += `${n}\u0000${v}\u0001`;
  }
  return key;
}

/** Key of every label except the listed ones and, unless keepName, the metric name. */
export function keyWithout(labels: Labels, names: readonly string[], keepName = false): string {
  let key = '';
  for (const n of sortedLabelNames(labels)) {
    const v = labels[n]!;
    // An empty value means the label is absent (as in keyWith).
    if ((n === METRIC_NAME && !keepName) || names.includes(n) || v === '') continue;
    key += `${n}\u0000${v}\u0001`;
  }
  return key;
}

export function pickLabels(labels: Labels, names: readonly string[]): Labels {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = labels[n];
    if (v !== undefined && v !== '') out[n] = v;
  }
  return out;
}

export function dropLabels(labels: Labels, names: readonly string[]): Labels {
  const out: Record<string, string> = {};
  for (const [n, v] of Object.entries(labels)) if (!names.includes(n)) out[n] = v;
  return out;
}

/** Sets a label; an empty value deletes it, as Prometheus's labels.Builder does. */
export function withLabel(labels: Labels, name: string, value: string): Labels {
  const out: Record<string, string> = { ...labels };
  if (value === '') delete out[name];
  else out[name] = value;
  return out;
}

/**
 * Sorts items by label set in place, in the order of Prometheus's labels.Compare (pairwise by
 * name, then value, shorter sets first). The canonical key orders the same way, and computing
 * it once per item is far cheaper than comparing label objects in every sort comparison.
 */
export function sortByLabelSet<T extends { readonly labels: Labels }>(items: T[]): T[] {
  const keyed = items.map((item) => ({ item, key: labelsKey(item.labels) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  keyed.forEach((k, i) => (items[i] = k.item));
  return items;
}

/** labels.Compare for a single pair. */
export function compareLabels(a: Labels, b: Labels): number {
  const ka = labelsKey(a);
  const kb = labelsKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export { labelsKey };
