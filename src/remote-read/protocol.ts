/**
 * Prometheus remote read (prompb ReadRequest / ReadResponse / ChunkedReadResponse) on both sides:
 * what the server and the import client share — content types, response-type negotiation,
 * matchers and label sets in prompb form, and series cut into XOR chunks.
 */
import { prometheus } from '../ingest/generated/protos.js';
import type { Labels } from '../model/labels.js';
import type { LabelMatcher, MatchType, Series } from '../storage/api.js';
import { SAMPLES_PER_CHUNK, encodeXorChunk } from './xor-chunk.js';

export const ResponseType = prometheus.ReadRequest.ResponseType;
export type ResponseType = prometheus.ReadRequest.ResponseType;

/** The SAMPLES response: a snappy block of a ReadResponse. */
export const SAMPLES_CONTENT_TYPE = 'application/x-protobuf';
/** The STREAMED_XOR_CHUNKS response: framed ChunkedReadResponse messages, uncompressed. */
export const STREAMED_CONTENT_TYPE = 'application/x-streamed-protobuf; proto=prometheus.ChunkedReadResponse';

/** The first accepted response type this side implements (both are), SAMPLES when none is listed. */
export function negotiate(accepted: readonly ResponseType[]): ResponseType | undefined {
  if (accepted.length === 0) return ResponseType.SAMPLES;
  return accepted.find((t) => t === ResponseType.SAMPLES || t === ResponseType.STREAMED_XOR_CHUNKS);
}

const TO_TYPE: Record<number, MatchType> = {
  [prometheus.LabelMatcher.Type.EQ]: '=',
  [prometheus.LabelMatcher.Type.NEQ]: '!=',
  [prometheus.LabelMatcher.Type.RE]: '=~',
  [prometheus.LabelMatcher.Type.NRE]: '!~',
};
const FROM_TYPE: Record<MatchType, prometheus.LabelMatcher.Type> = {
  '=': prometheus.LabelMatcher.Type.EQ,
  '!=': prometheus.LabelMatcher.Type.NEQ,
  '=~': prometheus.LabelMatcher.Type.RE,
  '!~': prometheus.LabelMatcher.Type.NRE,
};

/** prompb matchers as the store's; throws with a message for an unknown matcher type. */
export function toMatchers(matchers: readonly prometheus.ILabelMatcher[]): LabelMatcher[] {
  return matchers.map((m) => {
    const type = TO_TYPE[m.type ?? 0];
    if (type === undefined) throw new Error(`unknown label matcher type ${m.type}`);
    return { name: m.name ?? '', type, value: m.value ?? '' };
  });
}

export function fromMatchers(matchers: readonly LabelMatcher[]): prometheus.ILabelMatcher[] {
  return matchers.map((m) => ({ type: FROM_TYPE[m.type], name: m.name, value: m.value }));
}

/** Labels sorted by name, as remote read requires. */
export function sortedLabels(labels: Labels): prometheus.ILabel[] {
  return Object.keys(labels)
    .sort()
    .map((name) => ({ name, value: labels[name]! }));
}

export function labelsOf(labels: readonly prometheus.ILabel[] | null | undefined): Labels {
  const out: Record<string, string> = {};
  for (const l of labels ?? []) out[l.name ?? ''] = l.value ?? '';
  return out;
}

/** Orders series by their sorted label pairs, as Prometheus's storage returns them. */
export function compareLabelSets(a: readonly prometheus.ILabel[], b: readonly prometheus.ILabel[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.name !== y.name) return x.name! < y.name! ? -1 : 1;
    if (x.value !== y.value) return x.value! < y.value! ? -1 : 1;
  }
  return a.length - b.length;
}

/** A series' samples as XOR chunks of at most SAMPLES_PER_CHUNK samples. */
export function xorChunks(series: Series): prometheus.IChunk[] {
  const chunks: prometheus.IChunk[] = [];
  for (let from = 0; from < series.timestamps.length; from += SAMPLES_PER_CHUNK) {
    const to = Math.min(from + SAMPLES_PER_CHUNK, series.timestamps.length);
    chunks.push({
      minTimeMs: series.timestamps[from]!,
      maxTimeMs: series.timestamps[to - 1]!,
      type: prometheus.Chunk.Encoding.XOR,
      data: encodeXorChunk(series.timestamps, series.values, from, to),
    });
  }
  return chunks;
}
