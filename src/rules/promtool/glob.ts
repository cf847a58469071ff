/** Go's filepath.Glob, which promtool applies to rule_files: `*`, `?` and `[…]` within one path segment. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, sep } from 'node:path';

const hasMeta = (s: string): boolean => /[*?[]/.test(s);

function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    // Segments hold no separator, so `*` may match anything within one.
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else if (ch === '[') {
      const end = segment.indexOf(']', i + 1);
      if (end < 0) throw new Error('syntax error in pattern');
      re += `[${segment.slice(i + 1, end)}]`;
      i = end;
    } else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Matching paths in lexical order, as Go returns them; a path without wildcards matches if it exists. */
export function glob(pattern: string): string[] {
  if (!hasMeta(pattern)) return existsSync(pattern) ? [pattern] : [];
  const segments = pattern.split(sep);
  let paths = [isAbsolute(pattern) ? sep : ''];
  for (const [i, segment] of segments.entries()) {
    if (segment === '' && i === 0) continue;
    const last = i === segments.length - 1;
    paths = paths.flatMap((dir) => {
      if (!hasMeta(segment)) {
        const p = dir === '' ? segment : join(dir, segment);
        return existsSync(p) ? [p] : [];
      }
      const base = dir === '' ? '.' : dir;
      if (!existsSync(base) || !statSync(base).isDirectory()) return [];
      const re = segmentRegExp(segment);
      return readdirSync(base)
        .filter((name) => re.test(name))
        .sort()
        .map((name) => (dir === '' ? name : join(dir, name)))
        .filter((p) => last || statSync(p).isDirectory());
    });
  }
  return paths;
}
