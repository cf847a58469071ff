/**
 * How far V8 lets the old generation grow between major GCs. By default V8 derives it from how
 * fast it marks against how fast the process allocates over wall-clock time. A scraper is idle
 * most of the time and keeps a large, stable heap (the series caches, ≈1 KB per active series),
 * so V8 judges marking cheap and lets the heap grow only ≈10% before marking all of it again:
 * in bench/scrape.ts (200 k series) a major GC every 3–6 s, and the less garbage the scrape path
 * made, the more often it came. A fixed growth makes major GCs follow the garbage actually made.
 * 50% is half of what Go's default (GOGC=100) allows Prometheus.
 */
import v8 from 'node:v8';

const HEAP_GROWING_PERCENT = 50;

/** Applies the heap growth; V8 reads it at each major GC, so it may be set after start-up. */
export function tuneHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
