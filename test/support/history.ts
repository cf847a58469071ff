/**
 * A few hours of metric history to migrate: counters (some scraped with jitter, one with a gap),
 * gauges with random floats, and a metric left out by the tests' selectors; as samples and as the
 * OpenMetrics text `promtool tsdb create-blocks-from openmetrics` and `sightline import
 * --from-file` take. Whole-second timestamps: OpenMetrics writes seconds, and Prometheus truncates
 * fractional milliseconds where Sightline rounds.
 */
export interface HistorySeries {
  labels: Record<string, string>;
  timestamps: number[];
  /** Typed, so NaN payloads would survive (V8 canonicalises NaNs in number[]). */
  values: Float64Array;
}

function random(seed: number): () => number {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

/** Series from startMs (a whole second) for spanMs at a 15 s interval. */
export function makeHistory(startMs: number, spanMs: number): HistorySeries[] {
  const rnd = random(11);
  const out: HistorySeries[] = [];
  for (let i = 0; i < 5; i++) {
    const ts: number[] = [];
    const vs: number[] = [];
    let total = 0;
    for (let t = startMs; t <= startMs + spanMs; t += 15_000) {
      // Instance 3 was down for 10 minutes: one very large delta-of-delta.
      if (i === 3 && t > startMs + 3_600_000 && t < startMs + 4_200_000) continue;
      ts.push(i % 2 === 1 && t < startMs + spanMs ? t + Math.floor(rnd() * 3) * 1000 : t);
      total += Math.floor(rnd() * 50);
      vs.push(total);
    }
    out.push({ labels: { __name__: 'imp_requests_total', job: 'api', instance: `10.0.0.${i}:80` }, timestamps: ts, values: Float64Array.from(vs) });
  }
  for (let i = 0; i < 5; i++) {
    const ts: number[] = [];
    const vs: number[] = [];
    for (let t = startMs; t <= startMs + spanMs; t += 15_000) {
      ts.push(t);
      vs.push(15 + rnd() * 10);
    }
    out.push({ labels: { __name__: 'imp_temperature_celsius', room: `r${i}` }, timestamps: ts, values: Float64Array.from(vs) });
  }
  out.push({ labels: { __name__: 'other_metric', job: 'other' }, timestamps: [startMs], values: Float64Array.of(1) });
  return out;
}

const FAMILIES: Record<string, [string, string]> = {
  imp_requests_total: ['imp_requests', 'counter'],
  imp_temperature_celsius: ['imp_temperature_celsius', 'gauge'],
  other_metric: ['other_metric', 'gauge'],
};

export function toOpenMetrics(history: readonly HistorySeries[]): string {
  const lines: string[] = [];
  let family = '';
  for (const s of history) {
    const [name, type] = FAMILIES[s.labels.__name__!]!;
    if (name !== family) {
      lines.push(`# TYPE ${name} ${type}`);
      family = name;
    }
    const labels = Object.entries(s.labels)
      .filter(([k]) => k !== '__name__')
      .map(([k, v]) => `${k}="${v}"`)
      .join(',');
    s.timestamps.forEach((t, i) => lines.push(`${s.labels.__name__}{${labels}} ${s.values[i]} ${t / 1000}`));
  }
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}
