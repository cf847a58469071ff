/**
 * Checks every receiver applies before a sample reaches the store: label-set validity and limits,
 * the accepted time window, and the bookkeeping of what was rejected and why.
 */
import { METRIC_NAME, isValidLabelName, isValidMetricName, type Labels } from '../model/labels.js';
import type { Appender } from '../storage/api.js';
import { SightlineError } from '../util/errors.js';
import type { IngestLimits } from './limits.js';

/** Why samples were rejected: the reason is a metric label, the message goes back to the sender. */
export type RejectReason =
  | 'invalid_labels'
  | 'too_many_labels'
  | 'label_too_long'
  | 'too_old'
  | 'too_new'
  | 'out_of_order'
  | 'invalid_timestamp'
  | 'unsupported_type'
  | 'delta_temporality'
  | 'invalid_data_point'
  | 'duplicate_sample';

/** Counts rejections by reason and keeps the first few messages for the response. */
export class Rejections {
  static readonly MAX_MESSAGES = 5;
  readonly byReason = new Map<RejectReason, number>();
  readonly messages: string[] = [];
  total = 0;
  /** Problems beyond MAX_MESSAGES, counted but not described. */
  private unreported = 0;

  add(reason: RejectReason, count: number, message: string): void {
    if (count <= 0) return;
    this.total += count;
    this.byReason.set(reason, (this.byReason.get(reason) ?? 0) + count);
    if (this.messages.length < Rejections.MAX_MESSAGES) this.messages.push(message);
    else this.unreported++;
  }

  /** One line for the sender: how many, and the first few reasons. */
  summary(unit: string): string {
    const more = this.unreported > 0 ? `; and ${this.unreported} more problems` : '';
    return `${this.total} ${unit} rejected: ${this.messages.join('; ')}${more}`;
  }
}

export interface LabelProblem {
  reason: RejectReason;
  message: string;
}

/**
 * Label names already seen valid: the same few dozen names repeat in every request, so the regex
 * runs once per name rather than once per series. Bounded so hostile input cannot grow it.
 */
const validLabelNames = new Set<string>();
const MAX_REMEMBERED_NAMES = 10_000;

function rememberValidLabelName(name: string): boolean {
  if (!isValidLabelName(name)) return false;
  if (validLabelNames.size < MAX_REMEMBERED_NAMES) validLabelNames.add(name);
  return true;
}

export type LabelsOrProblem = { ok: true; labels: Labels } | ({ ok: false } & LabelProblem);

/**
 * Limits a label set must respect, whatever the receiver. `extra` counts labels the caller will
 * add afterwards (e.g. `__name__` and `le`), whose values it checks itself.
 */
export function checkLabelLimits(labels: Labels, limits: IngestLimits, extra = 0): LabelProblem | undefined {
  const names = Object.keys(labels);
  if (names.length + extra > limits.maxLabelsPerSeries) {
    return { reason: 'too_many_labels', message: `${labels[METRIC_NAME] === undefined ? 'a series' : `series ${labels[METRIC_NAME]}`} has ${names.length + extra} labels, more than the limit of ${limits.maxLabelsPerSeries}` };
  }
  for (const name of names) {
    if (name.length > limits.maxLabelNameLength) return { reason: 'label_too_long', message: `label name ${name.slice(0, 64)}… is longer than ${limits.maxLabelNameLength}` };
    if (labels[name]!.length > limits.maxLabelValueLength) {
      return { reason: 'label_too_long', message: `value of label ${name} is longer than ${limits.maxLabelValueLength}` };
    }
  }
  return undefined;
}

/**
 * Builds a label set from name/value pairs as remote write sends them and checks the rules
 * Prometheus enforces: valid names, names unique and sorted, a valid `__name__`, within limits.
 * Labels with an empty value are dropped, as Prometheus treats them as absent.
 */
export function labelsFromPairs(names: readonly string[], values: readonly string[], count: number, limits: IngestLimits): LabelsOrProblem {
  const labels: Record<string, string> = {};
  let previous = '';
  for (let i = 0; i < count; i++) {
    const name = names[i]!;
    if (!validLabelNames.has(name) && !rememberValidLabelName(name)) return { ok: false, reason: 'invalid_labels', message: `invalid label name ${JSON.stringify(name)}` };
    if (i > 0 && name <= previous) {
      return {
        ok: false,
        reason: 'invalid_labels',
        message: name === previous ? `duplicate label name ${JSON.stringify(name)}` : `label names not sorted: ${JSON.stringify(name)} after ${JSON.stringify(previous)}`,
      };
    }
    previous = name;
    if (values[i] !== '') labels[name] = values[i]!;
  }
  const metric = labels[METRIC_NAME];
  if (metric === undefined) return { ok: false, reason: 'invalid_labels', message: `series without ${METRIC_NAME} label: {${names.slice(0, count).join(', ')}}` };
  if (!isValidMetricName(metric)) return { ok: false, reason: 'invalid_labels', message: `invalid metric name ${JSON.stringify(metric)}` };
  const problem = checkLabelLimits(labels, limits);
  return problem === undefined ? { ok: true, labels } : { ok: false, ...problem };
}

/** The timestamps a request may carry, fixed when the request arrives. */
export class TimeWindow {
  readonly minMs: number;
  readonly maxMs: number;

  constructor(limits: IngestLimits, nowMs = Date.now()) {
    this.minMs = nowMs - limits.maxSampleAgeMs;
    this.maxMs = nowMs + limits.maxFutureSkewMs;
  }

  /** Undefined when the timestamp is acceptable, otherwise why not. */
  check(timestampMs: number): LabelProblem | undefined {
    if (!Number.isFinite(timestampMs)) return { reason: 'invalid_timestamp', message: `invalid timestamp ${timestampMs}` };
    if (timestampMs < this.minMs) return { reason: 'too_old', message: `timestamp ${new Date(timestampMs).toISOString()} is older than the accepted window (from ${new Date(this.minMs).toISOString()})` };
    if (timestampMs > this.maxMs) return { reason: 'too_new', message: `timestamp ${new Date(timestampMs).toISOString()} is too far in the future (after ${new Date(this.maxMs).toISOString()})` };
    return undefined;
  }
}

/** The reason a store's refusal of one sample is counted under. */
const STORE_REASONS: Record<string, RejectReason> = {
  sample_too_old: 'too_old',
  sample_too_new: 'too_new',
  duplicate_sample_for_timestamp: 'duplicate_sample',
  invalid_timestamp: 'invalid_timestamp',
  invalid_labels: 'invalid_labels',
};

/**
 * Appends one sample. A sample the store refuses on its own rules (older than its out-of-order
 * window, a duplicate timestamp with another value…) is counted as rejected and the rest of the
 * request goes on; anything else (e.g. the store being unavailable) propagates. `reused`: the
 * caller keeps this label set object and will pass it again (Appender.appendKnown).
 */
export function appendOrReject(appender: Appender, labels: Labels, timestampMs: number, value: number, rejections: Rejections, reused = false): boolean {
  try {
    if (reused && appender.appendKnown) appender.appendKnown(labels, timestampMs, value);
    else appender.append(labels, timestampMs, value);
    return true;
  } catch (err) {
    if (!(err instanceof SightlineError) || err.retryable || err.httpStatus !== 400) throw err;
    rejections.add(STORE_REASONS[err.code] ?? 'invalid_data_point', 1, `${err.message} (series ${labels[METRIC_NAME] ?? '?'})`);
    return false;
  }
}
