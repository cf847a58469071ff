/** The chart and the kustomize base carry byte-for-byte copies of crds/ and config/rbac: no drift. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COPIES, renderPackaging, repoRoot } from '../../../scripts/gen-packaging.js';

describe('packaging copies (npm run gen:packaging)', () => {
  it('match their sources exactly', () => {
    const expected = renderPackaging();
    expect(expected.size).toBeGreaterThan(0);
    for (const [path, content] of expected) expect(readFileSync(join(repoRoot, path), 'utf8'), `${path}: run npm run gen:packaging`).toBe(content);
  });

  it('hold no file their source lacks', () => {
    const expected = new Set(renderPackaging().keys());
    for (const target of Object.values(COPIES).flat()) {
      for (const f of readdirSync(join(repoRoot, target)).filter((n) => n.endsWith('.yaml'))) expect(expected, `${target}/${f}`).toContain(join(target, f));
    }
  });
});
