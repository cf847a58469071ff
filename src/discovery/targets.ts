/**
 * Target groups, as Prometheus's service discovery yields them: each target is a label set with
 * `__address__` and `__meta_*` labels, and the group adds labels common to its targets.
 * Relabeling then turns them into what is scraped.
 */
import type { Labels } from '../model/labels.js';

export const ADDRESS = '__address__';
export const SCHEME = '__scheme__';
export const METRICS_PATH = '__metrics_path__';
export const SCRAPE_INTERVAL = '__scrape_interval__';
export const SCRAPE_TIMEOUT = '__scrape_timeout__';
export const PARAM_PREFIX = '__param_';

export interface TargetGroup {
  /** Identifies the group within its provider, e.g. `pod/default/web-0`. */
  source: string;
  targets: Labels[];
  labels: Labels;
}

/** Turns any Kubernetes label or annotation name into a valid label-name suffix, as Prometheus does. */
export function sanitizeLabelName(name: string): string {
  return name.replace(/[^a-zA-Z0-9_]/g, '_');
}

/** `__meta_kubernetes_<kind>_label_<name>` and `…_labelpresent_<name>` for a map of labels or annotations. */
export function metaMap(prefix: string, kind: 'label' | 'annotation', values: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values ?? {})) {
    const name = sanitizeLabelName(k);
    out[`${prefix}_${kind}_${name}`] = v;
    out[`${prefix}_${kind}present_${name}`] = 'true';
  }
  return out;
}

/** Joins host and port, bracketing IPv6 literals. */
export function joinHostPort(host: string, port: number | string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
