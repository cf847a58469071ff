/**
 * Remote-write requests (1.0 `prometheus.WriteRequest`, 2.0 `io.prometheus.write.v2.Request`) →
 * validated samples in an appender. Invalid series and samples are skipped and counted; the HTTP
 * layer turns any rejection into a 400, as Prometheus does.
 */
import type { Labels } from '../../model/labels.js';
import type { Appender } from '../../storage/api.js';
import { io } from '../generated/protos.js';
import { badRequest } from '../errors.js';
import type { IngestLimits } from '../limits.js';
import { decodeStrict, toNumber } from '../protobuf.js';
import { forEachSeriesV1 } from './wire-v1.js';
import { appendOrReject, labelsFromPairs, type Rejections, type TimeWindow } from '../validation.js';
import { BoundedCache } from '../../util/bounded-cache.js';

export interface WriteCounts {
  samples: number;
  histograms: number;
  exemplars: number;
}

/** Appends one series' samples in time order; shared by both protocol versions. */
function appendSamples(
  appender: Appender,
  labels: Labels,
  timestamps: Float64Array,
  values: Float64Array,
  count: number,
  window: TimeWindow,
  rejections: Rejections,
  reused = false,
): number {
  let written = 0;
  let previous = -Infinity;
  for (let i = 0; i < count; i++) {
    const t = timestamps[i]!;
    const problem = window.check(t);
    if (problem !== undefined) {
      rejections.add(problem.reason, 1, `${problem.message} (series ${labels.__name__})`);
      continue;
    }
    if (t < previous) {
      rejections.add('out_of_order', 1, `samples of series ${labels.__name__} not in time order`);
      continue;
    }
    previous = t;
    if (appendOrReject(appender, labels, t, values[i]!, rejections, reused)) written++;
  }
  return written;
}

/** Native histograms are out of scope: counted as rejected so the sender learns they were not stored. */
function rejectHistograms(count: number, name: string | undefined, rejections: Rejections): void {
  rejections.add('unsupported_type', count, `native histograms are not supported (series ${name ?? '?'})`);
}

export function decodeV2(body: Buffer): io.prometheus.write.v2.Request {
  return decodeStrict(io.prometheus.write.v2.Request, body, 'io.prometheus.write.v2.Request');
}

/**
 * Valid label sets by their raw encoding (WireSeries.rawLabels()), as Prometheus' and
 * VictoriaMetrics' receivers do: a known series skips string decoding, validation and key
 * building, and its one Labels object lets the store skip its key too (SeriesKeys). Only label
 * sets that passed validation under these limits are kept, so one cache per limits.
 */
export type KnownLabelSets = BoundedCache<Labels>;

/** Sized like the store's series cache, so every series the store keeps hot stays known here. */
export function knownLabelSets(capacity = 1_000_000): KnownLabelSets {
  return new BoundedCache<Labels>(capacity);
}

/** Remote write 1.0: label names and values inline. Exemplars and metadata are not stored. */
export function appendV1(body: Buffer, appender: Appender, limits: IngestLimits, window: TimeWindow, rejections: Rejections, known: KnownLabelSets): WriteCounts {
  const counts: WriteCounts = { samples: 0, histograms: 0, exemplars: 0 };
  forEachSeriesV1(body, (s) => {
    const raw = s.rawLabels();
    let labels = raw === undefined ? undefined : known.get(raw);
    if (labels === undefined) {
      s.readLabels();
      const result = labelsFromPairs(s.names, s.values, s.labelCount, limits);
      if (!result.ok) {
        rejections.add(result.reason, s.sampleCount + s.histogramCount, result.message);
        return;
      }
      labels = result.labels;
      if (raw !== undefined) known.set(raw, labels);
    }
    counts.samples += appendSamples(appender, labels, s.timestamps, s.sampleValues, s.sampleCount, window, rejections, raw !== undefined);
    if (s.histogramCount > 0) rejectHistograms(s.histogramCount, labels.__name__, rejections);
  });
  return counts;
}

/** Remote write 2.0: labels are references into the request's symbols table. */
export function appendV2(request: io.prometheus.write.v2.IRequest, appender: Appender, limits: IngestLimits, window: TimeWindow, rejections: Rejections): WriteCounts {
  const symbols = request.symbols ?? [];
  if (symbols.length > 0 && symbols[0] !== '') throw badRequest('symbols table must start with the empty string');
  const counts: WriteCounts = { samples: 0, histograms: 0, exemplars: 0 };
  for (const ts of request.timeseries ?? []) {
    const samples = ts.samples ?? [];
    const histograms = ts.histograms?.length ?? 0;
    const refs = ts.labelsRefs ?? [];
    const names: string[] = [];
    const labelValues: string[] = [];
    let refProblem: string | undefined;
    if (refs.length % 2 !== 0) refProblem = `labels_refs has an odd length (${refs.length})`;
    for (let i = 0; refProblem === undefined && i < refs.length; i += 2) {
      const n = refs[i]!;
      const v = refs[i + 1]!;
      if (n >= symbols.length || v >= symbols.length) refProblem = `labels_refs entry ${Math.max(n, v)} is outside the symbols table (${symbols.length} entries)`;
      else {
        names.push(symbols[n]!);
        labelValues.push(symbols[v]!);
      }
    }
    const result = refProblem === undefined ? labelsFromPairs(names, labelValues, names.length, limits) : ({ ok: false, reason: 'invalid_labels', message: refProblem } as const);
    if (!result.ok) {
      rejections.add(result.reason, samples.length + histograms, result.message);
      continue;
    }
    // Float64Arrays, not plain arrays, so staleness-marker NaNs keep their payload.
    const timestamps = Float64Array.from(samples, (x) => toNumber(x.timestamp));
    const values = new Float64Array(samples.length);
    for (let i = 0; i < samples.length; i++) values[i] = samples[i]!.value ?? 0;
    counts.samples += appendSamples(appender, result.labels, timestamps, values, samples.length, window, rejections);
    if (histograms > 0) rejectHistograms(histograms, result.labels.__name__, rejections);
  }
  return counts;
}
