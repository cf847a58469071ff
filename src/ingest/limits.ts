/** Per-request limits shared by every receiver; the defaults suit standalone mode. */
export interface IngestLimits {
  /** Largest request body as received on the wire (compressed or not), in bytes. */
  maxBodyBytes: number;
  /** Largest body after decompression, in bytes (a guard against compression bombs). */
  maxDecompressedBytes: number;
  /** Most labels one series may carry, `__name__` included. */
  maxLabelsPerSeries: number;
  /** Longest label name and label value, in UTF-16 code units. */
  maxLabelNameLength: number;
  maxLabelValueLength: number;
  /** Samples older than now minus this are rejected (ms). */
  maxSampleAgeMs: number;
  /** Samples newer than now plus this are rejected (ms); covers clock skew between senders and us. */
  maxFutureSkewMs: number;
}

export const DEFAULT_LIMITS: Readonly<IngestLimits> = Object.freeze({
  maxBodyBytes: 16 * 1024 * 1024,
  maxDecompressedBytes: 64 * 1024 * 1024,
  maxLabelsPerSeries: 64,
  maxLabelNameLength: 1024,
  maxLabelValueLength: 4096,
  maxSampleAgeMs: 7 * 24 * 3600_000,
  maxFutureSkewMs: 10 * 60_000,
});

export function resolveLimits(partial: Partial<IngestLimits> | undefined): IngestLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}
