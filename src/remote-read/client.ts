/**
 * A remote-read client, as Prometheus's own: one query per request, asking for streamed XOR chunks
 * first and plain samples second, so it reads from Prometheus (which streams) and from servers
 * that only answer SAMPLES alike. Series come out one at a time, their samples clipped to the
 * query's range (chunks may reach past it) and in time order.
 */
import { compressSync, uncompressSync } from 'snappy';
import { prometheus } from '../ingest/generated/protos.js';
import { toNumber } from '../ingest/protobuf.js';
import type { Labels } from '../model/labels.js';
import type { LabelMatcher } from '../storage/api.js';
import { buildInfo } from '../util/build-info.js';
import { readFrames } from './framing.js';
import { fromMatchers, labelsOf, ResponseType } from './protocol.js';
import { decodeXorChunk } from './xor-chunk.js';

export interface ReadQuery {
  matchers: readonly LabelMatcher[];
  /** Inclusive range in ms since the epoch. */
  startMs: number;
  endMs: number;
}

export interface ReadSeries {
  labels: Labels;
  timestamps: Float64Array;
  values: Float64Array;
}

export interface ReadClientOptions {
  /** Response types to accept, in order of preference (default: streamed chunks, then samples). */
  accept?: readonly ResponseType[];
  /** Per-request timeout (default 5 minutes). */
  timeoutMs?: number;
  /** Largest frame accepted from a streamed response (default 64 MiB). */
  maxFrameBytes?: number;
}

export class RemoteReadError extends Error {
  /** Whether asking again may succeed: the connection failed, or the server answered 429 or 5xx. */
  constructor(
    message: string,
    readonly retryable = false,
  ) {
    super(message);
  }
}

/** Reads one query's series from a remote-read endpoint. */
export async function* remoteRead(url: string, query: ReadQuery, options: ReadClientOptions = {}): AsyncGenerator<ReadSeries> {
  const request = prometheus.ReadRequest.encode({
    queries: [{ startTimestampMs: query.startMs, endTimestampMs: query.endMs, matchers: fromMatchers(query.matchers) }],
    acceptedResponseTypes: [...(options.accept ?? [ResponseType.STREAMED_XOR_CHUNKS, ResponseType.SAMPLES])],
  }).finish();
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      body: compressSync(request),
      headers: {
        'content-type': 'application/x-protobuf',
        'content-encoding': 'snappy',
        'x-prometheus-remote-read-version': '0.1.0',
        'user-agent': `sightline/${buildInfo.version}`,
      },
      signal: AbortSignal.timeout(options.timeoutMs ?? 300_000),
    });
  } catch (err) {
    throw new RemoteReadError(`remote read from ${url} failed: ${(err as Error).message}${(err as { cause?: Error }).cause ? ` (${(err as { cause: Error }).cause.message})` : ''}`, true);
  }
  if (!res.ok) throw new RemoteReadError(`remote read from ${url} answered HTTP ${res.status}: ${(await res.text()).trim().slice(0, 500)}`, res.status === 429 || res.status >= 500);
  const type = res.headers.get('content-type') ?? '';
  if (type.startsWith('application/x-streamed-protobuf')) {
    if (!res.body) return;
    yield* streamedSeries(res.body, query, options.maxFrameBytes ?? 64 * 1024 * 1024);
  } else {
    const body = Buffer.from(await res.arrayBuffer());
    const raw = (res.headers.get('content-encoding') ?? 'snappy') === 'snappy' ? (uncompressSync(body, { asBuffer: true }) as Buffer) : body;
    const response = prometheus.ReadResponse.decode(raw);
    for (const ts of response.results[0]?.timeseries ?? []) {
      const samples = ts.samples ?? [];
      yield clip(
        labelsOf(ts.labels),
        Float64Array.from(samples, (s) => toNumber(s.timestamp)),
        Float64Array.from(samples, (s) => s.value ?? 0),
        query,
      );
    }
  }
}

/** Frames of one series may follow each other (a long series is split): they are joined here. */
async function* streamedSeries(body: AsyncIterable<Uint8Array>, query: ReadQuery, maxFrameBytes: number): AsyncGenerator<ReadSeries> {
  let key: string | undefined;
  let labels: Labels = {};
  let parts: { timestamps: Float64Array; values: Float64Array }[] = [];
  const flush = (): ReadSeries | undefined => {
    if (key === undefined) return undefined;
    const n = parts.reduce((s, p) => s + p.timestamps.length, 0);
    const timestamps = new Float64Array(n);
    const values = new Float64Array(n);
    let at = 0;
    for (const p of parts) {
      timestamps.set(p.timestamps, at);
      values.set(p.values, at);
      at += p.timestamps.length;
    }
    return clip(labels, timestamps, values, query);
  };
  for await (const message of readFrames(body, maxFrameBytes)) {
    const response = prometheus.ChunkedReadResponse.decode(message);
    for (const series of response.chunkedSeries) {
      const seriesKey = JSON.stringify(series.labels?.map((l) => [l.name, l.value]));
      if (seriesKey !== key) {
        const done = flush();
        if (done) yield done;
        key = seriesKey;
        labels = labelsOf(series.labels);
        parts = [];
      }
      for (const chunk of series.chunks ?? []) {
        if (chunk.type !== prometheus.Chunk.Encoding.XOR) throw new RemoteReadError(`series ${JSON.stringify(labels)} has a ${prometheus.Chunk.Encoding[chunk.type ?? 0]} chunk: only float samples (XOR chunks) can be read; native histograms cannot`);
        parts.push(decodeXorChunk(chunk.data ?? new Uint8Array()));
      }
    }
  }
  const last = flush();
  if (last) yield last;
}

/** Keeps the samples in the query's range, in time order, one per timestamp (chunks may overlap). */
function clip(labels: Labels, timestamps: Float64Array, values: Float64Array, query: ReadQuery): ReadSeries {
  let ordered = true;
  for (let i = 1; i < timestamps.length && ordered; i++) ordered = timestamps[i - 1]! < timestamps[i]!;
  if (!ordered) {
    const order = Array.from(timestamps.keys()).sort((a, b) => timestamps[a]! - timestamps[b]!);
    const keep = order.filter((i, k) => k === 0 || timestamps[i] !== timestamps[order[k - 1]!]);
    timestamps = Float64Array.from(keep, (i) => timestamps[i]!);
    values = Float64Array.from(keep, (i) => values[i]!);
  }
  let from = 0;
  while (from < timestamps.length && timestamps[from]! < query.startMs) from++;
  let to = timestamps.length;
  while (to > from && timestamps[to - 1]! > query.endMs) to--;
  return { labels, timestamps: timestamps.subarray(from, to), values: values.subarray(from, to) };
}
