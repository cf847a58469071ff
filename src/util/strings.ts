/**
 * A string kept for long (a map key, a cached label value) should be one flat sequential string.
 * One built by `+=` is a tree of cons strings, ≈14 objects and ≈0.5 KB more per 7-label series
 * key (heap snapshot of bench/scrape.ts), which every major GC marks; reading a character makes
 * V8 flatten it in place, and the collector then drops the tree.
 */
export function flattened(s: string): string {
  s.charCodeAt(0);
  return s;
}
