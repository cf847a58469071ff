/**
 * The Prometheus data model shared by every signal path: a series is identified by its label set,
 * with the metric name stored under `__name__`.
 */
export type Labels = Readonly<Record<string, string>>;

export const METRIC_NAME = '__name__';

/** Label names as Prometheus accepts them (legacy validation, which remote senders and PromQL assume). */
const LABEL_NAME_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const METRIC_NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

export function isValidLabelName(name: string): boolean {
  return LABEL_NAME_RE.test(name);
}

export function isValidMetricName(name: string): boolean {
  return METRIC_NAME_RE.test(name);
}

/** Label names in the canonical order: `__name__` first, then lexicographic. */
export function sortedLabelNames(labels: Labels): string[] {
  return Object.keys(labels).sort(compareLabelNames);
}

export function compareLabelNames(a: string, b: string): number {
  if (a === b) return 0;
  if (a === METRIC_NAME) return -1;
  if (b === METRIC_NAME) return 1;
  return a < b ? -1 : 1;
}

/**
 * The same label set with its properties in canonical order. Keys built from such an object
 * (labelsKey, the storage series key) need no sort: worth it for label sets kept and appended
 * again and again, as a scrape loop's series.
 */
export function canonicalLabels(labels: Labels): Labels {
  // fromEntries defines properties, so a `__proto__` label stays a label.
  return Object.fromEntries(sortedLabelNames(labels).map((name) => [name, labels[name]!]));
}

/**
 * A stable string key for a label set: equal label sets give equal keys, whatever the insertion
 * order. Sorted `name\0value\1` pairs built by concatenation (≈0.4 µs for 9 labels here against
 * ≈2.8 µs via JSON.stringify); names are only sorted when they are not in canonical order already
 * (remote write and canonicalLabels give them sorted).
 */
export function labelsKey(labels: Labels): string {
  const names = Object.keys(labels);
  for (let i = 1; i < names.length; i++) {
    if (compareLabelNames(names[i - 1]!, names[i]!) > 0) {
      names.sort(compareLabelNames);
      break;
    }
  }
  let key = '';
  for (const name of names) key += `${name}\u0000${labels[name]}\u0001`;
  return key;
}

/** Formats a label set the way Prometheus prints it: `name{a="1", b="2"}`. */
export function formatLabels(labels: Labels): string {
  const name = labels[METRIC_NAME] ?? '';
  const pairs = sortedLabelNames(labels)
    .filter((n) => n !== METRIC_NAME)
    .map((n) => `${n}=${JSON.stringify(labels[n])}`);
  return pairs.length === 0 && name !== '' ? name : `${name}{${pairs.join(', ')}}`;
}
