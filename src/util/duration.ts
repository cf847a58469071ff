/**
 * Prometheus durations ("1h30m", "15d", "500ms"): units y, w, d, h, m, s, ms, largest first,
 * each at most once, as Prometheus's model.ParseDuration accepts them.
 */
const UNITS: [string, number][] = [
  ['y', 365 * 24 * 3600_000],
  ['w', 7 * 24 * 3600_000],
  ['d', 24 * 3600_000],
  ['h', 3600_000],
  ['m', 60_000],
  ['s', 1000],
  ['ms', 1],
];
const DURATION_RE = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;

/** Milliseconds in a Prometheus duration, or undefined when the text is not one. */
export function parseDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const m = DURATION_RE.exec(text);
  if (!m || text === '') return undefined;
  let ms = 0;
  UNITS.forEach(([, size], i) => {
    const n = m[i + 1];
    if (n !== undefined) ms += Number(n) * size;
  });
  return Number.isSafeInteger(ms) ? ms : undefined;
}

/** Formats milliseconds as the shortest Prometheus duration, e.g. 90000 → "1m30s". */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  let rest = ms;
  let out = '';
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out;
}
